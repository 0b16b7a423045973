#pragma once
// What the text stages (extract, layout, normalise) make of one PDF: everything matching and
// scoring read, and so what the extraction cache keeps. The pages' own text is not here: layout
// has used it, and the blocks and the folded text carry it on.

#include <string>
#include <vector>

#include "extract/document.hpp"
#include "layout/classify_blocks.hpp"
#include "normalise/normalise.hpp"

namespace galascan {

struct DocumentText {
    std::vector<std::string> page_labels;  // each page's printed label, index 0 for page 1;
                                           // its size is the page count
    std::vector<int> pages_without_text;   // 1-based indices of pages with no letters at all
    std::vector<std::string> diagnostics;  // Poppler's own warnings while reading the file
    std::string content_hash;              // the file's bytes' hash (text/content_hash.hpp), hex
    PdfInfo info;                          // the PDF's own metadata
    LaidOutDocument laid_out;              // blocks, lines set aside
    NormalisedDocument normalised;         // reading form, folded text, offset map, block ranges
    bool operator==(const DocumentText&) const = default;
};

}  // namespace galascan
