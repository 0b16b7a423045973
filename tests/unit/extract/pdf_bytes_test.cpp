// The PDF/A shortcut of extract/pdf_bytes: the output intent key renamed in place, nothing else.
#include <doctest/doctest.h>

#include <string>

#include "extract/extract_pdf.hpp"
#include "extract/pdf_bytes.hpp"

using namespace galascan;

namespace {

std::string fixture(const char* name) { return std::string(GALASCAN_FIXTURES_DIR) + "/" + name; }

}  // namespace

TEST_CASE("the catalogue's /OutputIntents key is renamed to one of the same length") {
    std::string bytes = "<< /Type /Catalog /OutputIntents [5 0 R] /Pages 2 0 R >>";
    const std::size_t length = bytes.size();
    CHECK(neutralise_output_intents(bytes) == 1);
    CHECK(bytes == "<< /Type /Catalog /XOutputIntent [5 0 R] /Pages 2 0 R >>");
    CHECK(bytes.size() == length);
}

TEST_CASE("a key ends at a delimiter; a longer name that starts alike stays") {
    std::string bytes = "/OutputIntents[1 0 R]/OutputIntentsExtra 3/OutputIntents";
    CHECK(neutralise_output_intents(bytes) == 2);
    CHECK(bytes == "/XOutputIntent[1 0 R]/OutputIntentsExtra 3/XOutputIntent");
    std::string none = "no intents here, /OutputIntent alone";
    CHECK(neutralise_output_intents(none) == 0);
    CHECK(none == "no intents here, /OutputIntent alone");
}

TEST_CASE("a file is read whole when small enough, else left to Poppler") {
    const std::optional<std::string> bytes = read_pdf_bytes(fixture("base-text.pdf"), max_pdf_bytes_in_memory);
    REQUIRE(bytes.has_value());
    CHECK(bytes->rfind("%PDF-", 0) == 0);
    CHECK_FALSE(read_pdf_bytes(fixture("base-text.pdf"), bytes->size() - 1).has_value());
    CHECK_FALSE(read_pdf_bytes(fixture("no-such-file.pdf"), max_pdf_bytes_in_memory).has_value());
}

TEST_CASE("a PDF/A export keeps its text with the output intent taken out") {
    std::optional<std::string> bytes = read_pdf_bytes(fixture("pdfa-text.pdf"), max_pdf_bytes_in_memory);
    REQUIRE(bytes.has_value());
    CHECK(neutralise_output_intents(*bytes) == 1);  // LibreOffice's PDF/A-1b: the key in plain bytes

    const ExtractResult result = extract_pdf(fixture("pdfa-text.pdf"), {});
    REQUIRE(std::holds_alternative<Document>(result));
    const Document& document = std::get<Document>(result);
    REQUIRE(document.pages.size() == 1);
    CHECK(document.pages[0].text.find("Mantelzorg in Dijkwater (PDF/A)") != std::string::npos);
    CHECK(document.pages[0].text.find("jonge mantelzorgers op school.") != std::string::npos);
    CHECK(document.diagnostics.empty());
}
