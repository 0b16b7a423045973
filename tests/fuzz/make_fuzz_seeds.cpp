// make_fuzz_seeds DIR: writes seeds for the codec targets that only galascan's encoders can
// make: DIR/fuzz_text_codec/* (cache payloads, encode_document_text) and
// DIR/fuzz_report_codec/* (worker reports, encode_document_report), from a few small Dutch
// documents run through the real stages. scripts/fuzz runs it into each working corpus, so
// the seeds always match the current encodings (a committed encoded file would go stale, and
// decode as an error, when an encoding version is bumped).

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "fuzz_support.hpp"
#include "pipeline/analyse.hpp"
#include "store/codec.hpp"

namespace {

using namespace galascan;

// Pages at form feeds (fuzz_support.hpp): a heading, a paragraph hyphenated over a line end
// and a page, a list, a table row, contents, running headers, ligatures and diacritics.
const std::vector<std::string> documents = {
    "Welzijnsnota 2025\n\n1 Mantelzorg\n\nMantelzorgers in Zandhoven krijgen onder-\nsteuning van het "
    "steunpunt.\n\n\xE2\x80\xA2 respijtzorg\n\xE2\x80\xA2 logeeropvang",
    "#label i\nGemeente Oosterveen\nInhoud\n1 Inleiding ........ 3\n2 Eenzaamheid ........ 5\f#label ii\n"
    "Gemeente Oosterveen\n2 Eenzaamheid\n\nWe pakken eenzaamheid aan met vrijwilligers en de "
    "co\xC3\xB6rdinatie van de sociale\nbasis.\f3\nGemeente Oosterveen\nBudget      \xE2\x82\xAC 1.200.000\n"
    "De \xEF\xAC\x81nanciering loopt door.",
    "",
    "Parkeerbeleid\n\nHet aantal parkeerplaatsen in het centrum blijft gelijk.",
};

void write(const std::filesystem::path& file, const std::string& bytes) {
    std::ofstream out(file, std::ios::binary);
    out << bytes;
    FUZZ_CHECK(out.good());
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_fuzz_seeds DIR\n");
        return 2;
    }
    const std::filesystem::path out = argv[1];
    std::filesystem::create_directories(out / "fuzz_text_codec");
    std::filesystem::create_directories(out / "fuzz_report_codec");
    const Pipeline& pipeline = fuzz::builtin_pipeline();
    for (std::size_t i = 0; i < documents.size(); ++i) {
        const Document document = fuzz::document_from_bytes(documents[i]);
        DocumentText text;
        for (const Page& page : document.pages) {
            text.page_labels.push_back(page.label);
        }
        text.pages_without_text = document.pages_without_text;
        text.laid_out = classify_blocks(document);
        text.normalised = normalise(text.laid_out, pipeline.options.normalise);
        const std::string name = "encoded-" + std::to_string(i);
        write(out / "fuzz_text_codec" / name, encode_document_text(text));
        const DocumentReport report =
            analyse_document(document.path, pipeline, [&text](const std::string&) { return text; });
        write(out / "fuzz_report_codec" / name, encode_document_report(report));
    }
    // A failed document: the report of a file that is not a PDF.
    DocumentReport failed;
    failed.path = "plannen/notitie.pdf";
    failed.status = DocumentStatus::not_pdf;
    failed.reason = "not a PDF: no %PDF header in the first 1024 bytes";
    write(out / "fuzz_report_codec" / "encoded-failed", encode_document_report(failed));
    return 0;
}
