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

TEST_CASE("hidden files and folders in a folder are skipped unless --hidden; a hidden path given is read") {
    ScratchFolder folder;
    const std::string plan = folder.touch("b/plan.pdf");
    std::filesystem::create_directories(folder.root / ".git");
    const std::string in_hidden_folder = folder.touch(".git/oud.pdf");
    const std::string hidden_file = folder.touch("b/.draft.pdf");
    CHECK(collect_inputs({folder.root.string()}).files == std::vector<std::string>{plan});
    FileSelection hidden;
    hidden.hidden = true;
    CHECK(collect_inputs({folder.root.string()}, hidden).files ==
          std::vector<std::string>{in_hidden_folder, hidden_file, plan});
    CHECK(collect_inputs({hidden_file, (folder.root / ".git").string()}).files ==
          std::vector<std::string>{hidden_file, in_hidden_folder});
}

TEST_CASE("--glob includes by relative path or name, a folder it matches whole; !GLOB and --exclude exclude") {
    ScratchFolder folder;
    std::filesystem::create_directories(folder.root / "2024" / "concepten");
    const std::string top = folder.touch("visie.pdf");
    const std::string plan = folder.touch("2024/plan.pdf");
    const std::string draft = folder.touch("2024/concepten/plan-v1.pdf");
    const std::string deep = folder.touch("b/diep/plan.pdf");
    const auto selected = [&](std::vector<std::string> globs, std::vector<std::string> excludes = {}) {
        FileSelection selection;
        selection.globs = std::move(globs);
        selection.exclude_globs = std::move(excludes);
        return collect_inputs({folder.root.string()}, selection).files;
    };
    SUBCASE("a name glob matches at any depth") {
        CHECK(selected({"plan*.pdf"}) == std::vector<std::string>{draft, plan, deep});
    }
    SUBCASE("a path glob: '*' does not cross a '/'") {
        CHECK(selected({"2024/*.pdf"}) == std::vector<std::string>{plan});
        CHECK(selected({"*/plan.pdf"}) == std::vector<std::string>{plan});
    }
    SUBCASE("a glob matching a folder takes all it holds") {
        CHECK(selected({"2024"}) == std::vector<std::string>{draft, plan});
    }
    SUBCASE("an excluded folder is skipped whole; exclusion wins over inclusion") {
        CHECK(selected({"!concepten"}) == std::vector<std::string>{plan, deep, top});
        CHECK(selected({}, {"concepten"}) == std::vector<std::string>{plan, deep, top});
        CHECK(selected({"2024"}, {"plan-v*"}) == std::vector<std::string>{plan});
    }
    SUBCASE("a folder with nothing selected says so") {
        FileSelection selection;
        selection.globs = {"bestaat-niet*"};
        const Inputs inputs = collect_inputs({folder.root.string()}, selection);
        CHECK(inputs.files.empty());
        REQUIRE(inputs.warnings.size() == 1);
        CHECK(inputs.warnings[0].find("no PDF files selected") != std::string::npos);
    }
    SUBCASE("a file named directly is taken as given") {
        FileSelection selection;
        selection.exclude_globs = {"*.pdf"};
        CHECK(collect_inputs({plan}, selection).files == std::vector<std::string>{plan});
    }
}

TEST_CASE("--max-depth counts from the folder given: 1 its own files, 0 nothing from it") {
    ScratchFolder folder;
    const std::string top = folder.touch("visie.pdf");
    const std::string middle = folder.touch("b/plan.pdf");
    const std::string deep = folder.touch("b/diep/plan.pdf");
    const auto at_most = [&](int depth) {
        FileSelection selection;
        selection.max_depth = depth;
        return collect_inputs({folder.root.string()}, selection);
    };
    CHECK(at_most(1).files == std::vector<std::string>{top});
    CHECK(at_most(2).files == std::vector<std::string>{middle, top});
    CHECK(at_most(3).files == std::vector<std::string>{deep, middle, top});
    const Inputs nothing = at_most(0);
    CHECK(nothing.files.empty());
    REQUIRE(nothing.warnings.size() == 1);
    CHECK(nothing.warnings[0].find("no PDF files selected") != std::string::npos);
    FileSelection zero;
    zero.max_depth = 0;
    CHECK(collect_inputs({top}, zero).files == std::vector<std::string>{top});
}
