// Extraction on the crafted fixtures of tests/fixtures/ (README there says how each was made).
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "extract/extract_pdf.hpp"
#include "store/test_files.hpp"

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
