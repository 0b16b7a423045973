#include <doctest/doctest.h>

#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "pipeline/inputs.hpp"
#include "store/test_files.hpp"

using namespace galascan;

namespace {

// A scratch folder tree of its own (mkdtemp: parallel test runs never share it), removed when
// the test ends.
struct ScratchFolder {
    test::TemporaryFolder temporary;
    std::filesystem::path root = temporary.path();
    ScratchFolder() { std::filesystem::create_directories(root / "b" / "diep"); }
    std::string touch(const std::string& relative) const {
        std::ofstream(root / relative) << "%PDF-1.4";
        return (root / relative).string();
    }
    std::string path(const std::string& relative) const { return (root / relative).string(); }
};

}  // namespace

TEST_CASE("a folder gives its PDFs recursively, any case of .pdf, sorted, nothing else") {
    ScratchFolder folder;
    const std::string z = folder.touch("z.pdf");
    const std::string upper = folder.touch("b/diep/PLAN.PDF");
    const std::string a = folder.touch("a.Pdf");
    folder.touch("notities.txt");
    folder.touch("pdf");
    const Inputs inputs = collect_inputs({folder.root.string()});
    CHECK(inputs.files == std::vector<std::string>{a, upper, z});
    CHECK(inputs.warnings.empty());
}

TEST_CASE("files are kept as given, in command-line order, once each, missing ones too") {
    ScratchFolder folder;
    const std::string text = folder.touch("lijst.txt");
    const Inputs inputs = collect_inputs({"/nonexistent/plan.pdf", text, "/nonexistent/plan.pdf"});
    CHECK(inputs.files == std::vector<std::string>{"/nonexistent/plan.pdf", text});
}

TEST_CASE("a folder without PDFs is a warning") {
    ScratchFolder folder;
    const Inputs inputs = collect_inputs({(folder.root / "b").string()});
    CHECK(inputs.files.empty());
    REQUIRE(inputs.warnings.size() == 1);
    CHECK(inputs.warnings[0].find("no PDF files") != std::string::npos);
}

TEST_CASE("whatever is named *.pdf in a folder is listed, so that it gets a row: links, FIFOs, devices") {
    ScratchFolder folder;
    const std::string plan = folder.touch("b/plan.pdf");
    std::filesystem::create_symlink("nergens.pdf", folder.path("weg.pdf"));
    std::filesystem::create_symlink("lus.pdf", folder.path("lus.pdf"));
    std::filesystem::create_symlink("/dev/null", folder.path("apparaat.pdf"));
    REQUIRE(::mkfifo(folder.path("pijp.pdf").c_str(), 0644) == 0);
    std::filesystem::create_symlink("/dev/null", folder.path("apparaat.txt"));  // not named *.pdf
    const Inputs inputs = collect_inputs({folder.root.string()});
    CHECK(inputs.files == std::vector<std::string>{folder.path("apparaat.pdf"), plan, folder.path("lus.pdf"),
                                                   folder.path("pijp.pdf"), folder.path("weg.pdf")});
    CHECK(inputs.warnings.empty());
}

TEST_CASE("a symlinked folder is not followed") {
    ScratchFolder folder;
    folder.touch("b/diep/plan.pdf");
    std::filesystem::create_symlink(folder.root / "b", folder.root / "b" / "diep" / "terug");
    const Inputs inputs = collect_inputs({folder.root.string()});
    CHECK(inputs.files == std::vector<std::string>{folder.path("b/diep/plan.pdf")});
}
