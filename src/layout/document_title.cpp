// Finding the title. Council documents open with a letterhead of fields (Datum, Raadsnummer,
// Portefeuillehouder) and name their subject in a fixed place: after "Onderwerp", after
// "Voorstel van het college inzake", or as "Motie: ...". Plans and notes open with their
// title as the first heading, or as a short first line on a cover page. The first page is
// enough: a title stands there or nowhere.

#include "layout/document_title.hpp"

#include <algorithm>
#include <string>
#include <string_view>

#include "layout/headings.hpp"
#include "layout/line_text.hpp"
#include "text/utf8.hpp"

namespace galascan {

namespace {

constexpr std::size_t blocks_to_search = 25;   // a letterhead is rarely longer
constexpr std::size_t longest_title_words = 40;
constexpr std::size_t longest_cover_line_words = 15;
constexpr std::size_t longest_title_line_words = 8;

std::string lower_ascii(std::string_view text) {
    std::string lower(join_whitespace(text));
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; });
    return lower;
}

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

bool is_content(const Block& block) {
    return block.kind != BlockKind::running_header && block.kind != BlockKind::table_of_contents;
}

// A subject named in a fixed place: the value of an "Onderwerp" field, "... inzake X",
// "Motie: X".
std::optional<std::size_t> named_subject(const std::vector<Block>& blocks, std::size_t end) {
    for (std::size_t i = 0; i < end; ++i) {
        const std::string lower = lower_ascii(blocks[i].text);
        const bool subject_field = starts_with(lower, "onderwerp");
        if ((lower == "onderwerp" || lower == "onderwerp:") && i + 1 < end && is_content(blocks[i + 1])) {
            return i + 1;
        }
        const bool short_enough = count_words(blocks[i].text) <= longest_title_words;
        if (short_enough && (subject_field || starts_with(lower, "motie:") || starts_with(lower, "amendement:") ||
                             lower.find(" inzake ") != std::string::npos)) {
            return i;
        }
    }
    return std::nullopt;
}

// The first heading that is no letterhead field, else a short first line.
std::optional<std::size_t> first_heading(const std::vector<Block>& blocks, std::size_t end) {
    for (std::size_t i = 0; i < end; ++i) {
        if (blocks[i].kind == BlockKind::heading && !is_metadata_field(blocks[i].text)) {
            return i;
        }
    }
    for (std::size_t i = 0; i < end; ++i) {
        if (blocks[i].kind == BlockKind::paragraph && !is_metadata_field(blocks[i].text) &&
            count_words(blocks[i].text) <= longest_cover_line_words) {
            return i;
        }
    }
    return std::nullopt;
}

// A cover title set on two lines: a second short line without sentence punctuation, right
// below on the same page.
bool continues_title(const Block& title, const Block& next) {
    const std::string text = join_whitespace(next.text);
    return title.kind == BlockKind::heading && next.page_index == title.page_index &&
           (next.kind == BlockKind::paragraph || next.kind == BlockKind::heading) && !text.empty() &&
           count_words(text) <= longest_title_line_words && !ends_sentence(text) && !is_metadata_field(text);
}

}  // namespace

std::optional<TitleBlocks> find_title(const LaidOutDocument& laid_out) {
    const std::vector<Block>& blocks = laid_out.blocks;
    std::size_t end = 0;
    while (end < blocks.size() && end < blocks_to_search && blocks[end].page_index <= 1) {
        ++end;
    }
    if (std::optional<std::size_t> subject = named_subject(blocks, end)) {
        return TitleBlocks{*subject, *subject};
    }
    const std::optional<std::size_t> heading = first_heading(blocks, end);
    if (!heading) {
        return std::nullopt;
    }
    const bool wrapped = *heading + 1 < blocks.size() && continues_title(blocks[*heading], blocks[*heading + 1]);
    return TitleBlocks{*heading, *heading + (wrapped ? 1 : 0)};
}

}  // namespace galascan
