// Extraction on the crafted fixtures of tests/fixtures/ (README there says how each was made).
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "extract/extract_pdf.hpp"
#include "store/cache.hpp"
#include "store/test_files.hpp"
#include "text/content_hash.hpp"

using namespace galascan;

namespace {

std::string fixture(const char* name) { return std::string(GALASCAN_FIXTURES_DIR) + "/" + name; }

DocumentStatus failure_of(const char* name, const std::string& password = "") {
    const ExtractResult result = extract_pdf(fixture(name), ExtractOptions{password});
    REQUIRE(std::holds_alternative<ExtractError>(result));
    return std::get<ExtractError>(result).status;
}

const Document& document_of(const ExtractResult& result) {
    REQUIRE(std::holds_alternative<Document>(result));
    return std::get<Document>(result);
}

}  // namespace

TEST_CASE("a normal PDF gives every page's text, index and label") {
    const ExtractResult result = extract_pdf(fixture("base-text.pdf"), {});
    const Document& document = document_of(result);
    REQUIRE(document.pages.size() == 3);
    CHECK(document.pages[0].index == 1);
    CHECK(document.pages[2].label == "3");
    CHECK(document.pages[0].text.find("antelzorg") != std::string::npos);
    CHECK(document.pages_without_text.empty());
}

TEST_CASE("each broken input becomes its own failure kind") {
    CHECK(failure_of("empty.pdf") == DocumentStatus::empty);
    CHECK(failure_of("not-a-pdf.pdf") == DocumentStatus::not_pdf);
    CHECK(failure_of("truncated.pdf") == DocumentStatus::damaged);
    CHECK(failure_of("damaged-garbage.pdf") == DocumentStatus::damaged);
    CHECK(failure_of("encrypted-userpw.pdf") == DocumentStatus::encrypted);
    CHECK(failure_of("encrypted-userpw.pdf", "fout") == DocumentStatus::encrypted);
    CHECK(failure_of("image-only.pdf") == DocumentStatus::no_text);
    CHECK(failure_of("does-not-exist.pdf") == DocumentStatus::unreadable);
}

TEST_CASE("Poppler's own message is the reason a damaged file gives") {
    const ExtractResult result = extract_pdf(fixture("truncated.pdf"), {});
    REQUIRE(std::holds_alternative<ExtractError>(result));
    const ExtractError& error = std::get<ExtractError>(result);
    CHECK(error.reason.rfind("damaged: ", 0) == 0);
    CHECK_FALSE(error.diagnostics.empty());
}

TEST_CASE("encrypted files open with the right password, owner-password-only files open without") {
    CHECK(document_of(extract_pdf(fixture("encrypted-userpw.pdf"), ExtractOptions{"geheim"})).pages.size() == 3);
    CHECK(document_of(extract_pdf(fixture("encrypted-ownerpw.pdf"), {})).pages.size() == 3);
}

TEST_CASE("a damaged cross-reference table is reconstructed and read") {
    CHECK(document_of(extract_pdf(fixture("corrupt-xref.pdf"), {})).pages.size() == 3);
}

TEST_CASE("pages without text are listed") {
    const ExtractResult result = extract_pdf(fixture("partial-text.pdf"), {});
    CHECK(document_of(result).pages_without_text == std::vector<int>{2});
}

TEST_CASE("Poppler decides what is a PDF: a header past the first 1024 bytes is read, an HTML page is not_pdf") {
    test::TemporaryFolder folder;
    const std::filesystem::path late_header = folder.path() / "voorloop.pdf";
    test::write_file(late_header, std::string(1100, 'x') + "\n" + test::read_file(fixture("base-text.pdf")));
    const ExtractResult result = extract_pdf(late_header.string(), {});
    CHECK(document_of(result).pages.size() == 3);
    CHECK(failure_of("not-a-pdf.pdf") == DocumentStatus::not_pdf);
}

TEST_CASE("the PDF's own metadata: title, author, producer, dates in UTC; control characters kept for the writers") {
    const ExtractResult result = extract_pdf(fixture("hostile-metadata.pdf"), {});
    const Document& document = document_of(result);
    CHECK(document.info.title == "=HYPERLINK(\"http://example.invalid\",\"klik\")");
    CHECK(document.info.author == "\x1b]0;pwned\aJan \x1b[31mJansen\x1b[0m");  // escaping is the writers' job
    CHECK(document.info.producer == "Writer \u202egnp.exe\u202c 1.0");
    CHECK(document.info.created == "2024-03-05T09:30:00Z");   // D:20240305103000+01'00'
    CHECK(document.info.modified == "2025-01-01T01:30:00Z");  // D:20241231230000-02'30'
    const ExtractResult bomb = extract_pdf(fixture("memory-bomb.pdf.bomb"), {});
    const Document& plain = document_of(bomb);
    CHECK(plain.info.title == "Geheugenbom");
    CHECK(plain.info.author.empty());
    CHECK(plain.info.created.empty());
}

TEST_CASE("the content hash is of the file's bytes as read, before any edit for Poppler, and only when asked") {
    const std::string path = fixture("pdfa-text.pdf");  // its /OutputIntents is renamed in memory
    const std::variant<ContentHash, FileReadError> hashed = hash_file(path);
    REQUIRE(std::holds_alternative<ContentHash>(hashed));
    const ExtractResult hashed_here = extract_pdf(path, {});
    CHECK(document_of(hashed_here).content_hash == content_hash_hex(std::get<ContentHash>(hashed)));
    const ExtractResult not_asked = extract_pdf(path, {}, /*hash_content=*/false);
    CHECK(document_of(not_asked).content_hash.empty());
}

TEST_CASE("a PDF date in ISO 8601 UTC; none for Poppler's -1 and what four digits cannot hold") {
    CHECK(iso_8601_utc(0) == "1970-01-01T00:00:00Z");
    CHECK(iso_8601_utc(1709631000) == "2024-03-05T09:30:00Z");
    CHECK(iso_8601_utc(253402300799LL) == "9999-12-31T23:59:59Z");
    CHECK(iso_8601_utc(253402300800LL).empty());
    CHECK(iso_8601_utc(-1).empty());
}
