// The encodings of CachedText and DocumentReport, built on store/binary.hpp's varints.
//
// Each encoding opens with a tag byte and a version, then writes the fields in declaration
// order. Every encoder unpacks its struct with a structured binding that names every field:
// a field added to a struct then stops the build here, instead of silently not crossing a
// pipe or not surviving the cache. Decoders read the fields back in the same order, check
// enums against their last value, and CachedText is checked for consistency as a whole,
// since a later stage indexes text and pages with these numbers.
//
// The offset map is written as its stretches, each as the deleted source bytes before it, a
// changed flag and its lengths (an unchanged stretch has one length for both): about three
// bytes a stretch, and begins are implied, so a decoded map is contiguous by construction.

#include "store/codec.hpp"

#include <algorithm>
#include <utility>
#include <vector>

#include "store/binary.hpp"

namespace galascan {

namespace {

constexpr std::uint8_t cached_text_tag = 'T';
constexpr std::uint8_t document_report_tag = 'R';

// Each element's fewest bytes, for ByteReader::get_count: one per varint, eight per double.
constexpr std::size_t min_page_bytes = 2;
constexpr std::size_t min_block_bytes = 4;
constexpr std::size_t min_stretch_bytes = 2;
constexpr std::size_t min_normalised_block_bytes = 5;
constexpr std::size_t min_category_score_bytes = 2 * 8 + 15;
constexpr std::size_t min_evidence_bytes = 6;

template <typename T, typename PutOne>
void put_sequence(ByteWriter& out, const std::vector<T>& items, PutOne put_one) {
    out.put_unsigned(items.size());
    for (const T& item : items) {
        put_one(out, item);
    }
}

template <typename T, typename GetOne>
std::vector<T> get_sequence(ByteReader& in, std::size_t min_bytes_per_element, GetOne get_one) {
    const std::size_t count = in.get_count(min_bytes_per_element);
    std::vector<T> items;
    items.reserve(count);
    for (std::size_t i = 0; i < count && in.ok(); ++i) {
        items.push_back(get_one(in));
    }
    return items;
}

void put_int(ByteWriter& out, int value) { out.put_signed(value); }
void put_string(ByteWriter& out, const std::string& text) { out.put_string(text); }
int get_int(ByteReader& in) { return in.get_int(); }
std::string get_string(ByteReader& in) { return in.get_string(); }

template <typename Enum>
void put_enum(ByteWriter& out, Enum value) {
    out.put_unsigned(static_cast<std::uint64_t>(value));
}

// `last` is the enum's last value: keep it in step when a value is added.
template <typename Enum>
Enum get_enum(ByteReader& in, Enum last) {
    const std::uint64_t value = in.get_unsigned();
    if (value > static_cast<std::uint64_t>(last)) {
        in.fail();
        return Enum{};
    }
    return static_cast<Enum>(value);
}

void put_header(ByteWriter& out, std::uint8_t tag, std::uint32_t version) {
    out.put_byte(tag);
    out.put_unsigned(version);
}

bool get_header(ByteReader& in, std::uint8_t tag, std::uint32_t version) {
    return in.get_byte() == tag && in.get_unsigned() == version && in.ok();
}

// --- CachedText --------------------------------------------------------------------------

void put_document(ByteWriter& out, const Document& document) {
    [[maybe_unused]] const auto& [path, pages, pages_without_text, diagnostics] = document;
    put_sequence(out, pages, [](ByteWriter& o, const Page& page) {
        [[maybe_unused]] const auto& [index, label, text] = page;
        o.put_signed(index);
        o.put_string(label);
    });
    put_sequence(out, pages_without_text, put_int);
    put_sequence(out, diagnostics, put_string);
}

Document get_document(ByteReader& in) {
    Document document;
    document.pages = get_sequence<Page>(in, min_page_bytes, [](ByteReader& i) {
        Page page;
        page.index = i.get_int();
        page.label = i.get_string();
        return page;
    });
    document.pages_without_text = get_sequence<int>(in, 1, get_int);
    document.diagnostics = get_sequence<std::string>(in, 1, get_string);
    return document;
}

void put_laid_out(ByteWriter& out, const LaidOutDocument& laid_out) {
    const auto& [blocks, furniture_lines, toc_lines] = laid_out;
    put_sequence(out, blocks, [](ByteWriter& o, const Block& block) {
        const auto& [page_index, kind, heading_level, text] = block;
        o.put_signed(page_index);
        put_enum(o, kind);
        o.put_signed(heading_level);
        o.put_string(text);
    });
    out.put_signed(furniture_lines);
    out.put_signed(toc_lines);
}

LaidOutDocument get_laid_out(ByteReader& in) {
    LaidOutDocument laid_out;
    laid_out.blocks = get_sequence<Block>(in, min_block_bytes, [](ByteReader& i) {
        Block block;
        block.page_index = i.get_int();
        block.kind = get_enum(i, BlockKind::running_header);
        block.heading_level = i.get_int();
        block.text = i.get_string();
        return block;
    });
    laid_out.furniture_lines = in.get_int();
    laid_out.toc_lines = in.get_int();
    return laid_out;
}

void put_offset_map(ByteWriter& out, const OffsetMap& map) {
    out.put_unsigned(map.source_size());
    std::size_t source_end = 0;
    put_sequence(out, map.stretches(), [&source_end](ByteWriter& o, const OffsetMap::Stretch& stretch) {
        const std::size_t deleted_before = stretch.source_begin - source_end;
        o.put_unsigned((static_cast<std::uint64_t>(deleted_before) << 1) | (stretch.changed ? 1 : 0));
        o.put_unsigned(stretch.text_length);
        if (stretch.changed) {
            o.put_unsigned(stretch.source_length);
        }
        source_end = stretch.source_begin + stretch.source_length;
    });
}

std::optional<OffsetMap> get_offset_map(ByteReader& in) {
    const std::size_t source_size = in.get_size();
    std::size_t text_end = 0;
    std::size_t source_end = 0;
    // Sums may wrap on hostile input; OffsetMap::restore rejects what does not add up.
    std::vector<OffsetMap::Stretch> stretches =
        get_sequence<OffsetMap::Stretch>(in, min_stretch_bytes, [&](ByteReader& i) {
            OffsetMap::Stretch stretch;
            const std::uint64_t deleted_and_changed = i.get_unsigned();
            stretch.changed = (deleted_and_changed & 1) != 0;
            stretch.text_begin = text_end;
            stretch.source_begin = source_end + static_cast<std::size_t>(deleted_and_changed >> 1);
            stretch.text_length = i.get_size();
            stretch.source_length = stretch.changed ? i.get_size() : stretch.text_length;
            text_end += stretch.text_length;
            source_end = stretch.source_begin + stretch.source_length;
            return stretch;
        });
    if (!in.ok()) {
        return std::nullopt;
    }
    return OffsetMap::restore(std::move(stretches), source_size);
}

void put_range(ByteWriter& out, ByteRange range) {
    out.put_unsigned(range.begin);
    out.put_unsigned(range.size());
}

ByteRange get_range(ByteReader& in) {
    const std::size_t begin = in.get_size();
    const std::size_t size = in.get_size();
    if (size > SIZE_MAX - begin) {
        in.fail();
        return {};
    }
    return {begin, begin + size};
}

void put_normalised(ByteWriter& out, const NormalisedDocument& normalised) {
    const auto& [source, text, to_source, blocks] = normalised;
    out.put_string(source);
    out.put_string(text);
    put_offset_map(out, to_source);
    put_sequence(out, blocks, [](ByteWriter& o, const NormalisedBlock& block) {
        const auto& [block_index, source_range, text_range] = block;
        o.put_unsigned(block_index);
        put_range(o, source_range);
        put_range(o, text_range);
    });
}

std::optional<NormalisedDocument> get_normalised(ByteReader& in) {
    NormalisedDocument normalised;
    normalised.source = in.get_string();
    normalised.text = in.get_string();
    std::optional<OffsetMap> map = get_offset_map(in);
    if (!map) {
        in.fail();
        return std::nullopt;
    }
    normalised.to_source = std::move(*map);
    normalised.blocks = get_sequence<NormalisedBlock>(in, min_normalised_block_bytes, [](ByteReader& i) {
        NormalisedBlock block;
        block.block_index = i.get_size();
        block.source = get_range(i);
        block.text = get_range(i);
        return block;
    });
    return normalised;
}

bool within(ByteRange range, const std::string& text) { return range.begin <= range.end && range.end <= text.size(); }

bool pages_are_consistent(const Document& document, const LaidOutDocument& laid_out) {
    const int page_count = static_cast<int>(document.pages.size());
    for (const int page : document.pages_without_text) {
        if (page < 1 || page > page_count) {
            return false;
        }
    }
    for (const Block& block : laid_out.blocks) {
        // last_page_of(block) <= page_count, counted without an int that could overflow
        const auto page_breaks = static_cast<std::size_t>(std::count(block.text.begin(), block.text.end(), '\f'));
        if (block.page_index < 1 || block.page_index > page_count || block.heading_level < 0 ||
            page_breaks > static_cast<std::size_t>(page_count - block.page_index)) {
            return false;
        }
    }
    return laid_out.furniture_lines >= 0 && laid_out.toc_lines >= 0;
}

// Score finds a hit's block by binary search from text offset 0 and counts page breaks in the
// source from the block's start to the hit's: blocks must be in order, start at 0, and map
// into their own source range.
bool blocks_are_consistent(const NormalisedDocument& normalised, std::size_t laid_out_blocks) {
    const OffsetMap& map = normalised.to_source;
    if (map.source_size() != normalised.source.size() || map.text_size() != normalised.text.size()) {
        return false;
    }
    const NormalisedBlock* previous = nullptr;
    for (const NormalisedBlock& block : normalised.blocks) {
        const bool in_order = previous == nullptr
                                  ? block.text.begin == 0
                                  : block.block_index > previous->block_index &&
                                        block.text.begin >= previous->text.end &&
                                        block.source.begin >= previous->source.end;
        if (!in_order || block.block_index >= laid_out_blocks || !within(block.source, normalised.source) ||
            !within(block.text, normalised.text) ||
            map.to_source({block.text.begin, block.text.begin}).begin < block.source.begin) {
            return false;
        }
        previous = &block;
    }
    return true;
}

// What match and score rely on: they index pages, blocks, source and text with these numbers.
bool is_consistent(const CachedText& cached) {
    return pages_are_consistent(cached.document, cached.laid_out) &&
           blocks_are_consistent(cached.normalised, cached.laid_out.blocks.size());
}

// --- DocumentReport ----------------------------------------------------------------------

void put_evidence(ByteWriter& out, const Evidence& evidence) {
    const auto& [page_index, page_label, block_kind, term, text, snippet] = evidence;
    out.put_signed(page_index);
    out.put_string(page_label);
    put_enum(out, block_kind);
    out.put_string(term);
    out.put_string(text);
    out.put_string(snippet);
}

Evidence get_evidence(ByteReader& in) {
    Evidence evidence;
    evidence.page_index = in.get_int();
    evidence.page_label = in.get_string();
    evidence.block_kind = get_enum(in, BlockKind::running_header);
    evidence.term = in.get_string();
    evidence.text = in.get_string();
    evidence.snippet = in.get_string();
    return evidence;
}

void put_category_score(ByteWriter& out, const CategoryScore& score) {
    const auto& [category, grade, points, hits, hit_weight, hits_per_1000_words, pages, heading_hits, paragraphs,
                 list_items, toc_hits, section_paragraphs, focus_paragraphs, section_words, distinct_terms, rule,
                 evidence] = score;
    out.put_unsigned(category);
    put_enum(out, grade);
    for (const int count : {points, hits}) {
        out.put_signed(count);
    }
    out.put_double(hit_weight);
    out.put_double(hits_per_1000_words);
    for (const int count : {pages, heading_hits, paragraphs, list_items, toc_hits, section_paragraphs, focus_paragraphs,
                            section_words, distinct_terms}) {
        out.put_signed(count);
    }
    out.put_string(rule);
    put_sequence(out, evidence, put_evidence);
}

CategoryScore get_category_score(ByteReader& in) {
    CategoryScore score;
    const std::uint64_t category = in.get_unsigned();
    if (category > UINT32_MAX) {
        in.fail();
    }
    score.category = static_cast<CategoryIndex>(category);
    score.grade = get_enum(in, Grade::covered);
    score.score = in.get_int();
    score.hits = in.get_int();
    score.hit_weight = in.get_double();
    score.hits_per_1000_words = in.get_double();
    for (int* count : {&score.pages, &score.heading_hits, &score.paragraphs, &score.list_items, &score.toc_hits,
                       &score.section_paragraphs, &score.focus_paragraphs, &score.section_words,
                       &score.distinct_terms}) {
        *count = in.get_int();
    }
    score.rule = in.get_string();
    score.evidence = get_sequence<Evidence>(in, min_evidence_bytes, get_evidence);
    return score;
}

}  // namespace

std::string encode_cached_text(const CachedText& text) {
    ByteWriter out;
    put_header(out, cached_text_tag, cached_text_encoding_version);
    const auto& [document, laid_out, normalised] = text;
    put_document(out, document);
    put_laid_out(out, laid_out);
    put_normalised(out, normalised);
    return out.take();
}

std::optional<CachedText> decode_cached_text(std::string_view bytes) {
    ByteReader in(bytes);
    if (!get_header(in, cached_text_tag, cached_text_encoding_version)) {
        return std::nullopt;
    }
    CachedText text;
    text.document = get_document(in);
    text.laid_out = get_laid_out(in);
    std::optional<NormalisedDocument> normalised = get_normalised(in);
    if (!normalised || !in.ok() || !in.at_end()) {
        return std::nullopt;
    }
    text.normalised = std::move(*normalised);
    if (!is_consistent(text)) {
        return std::nullopt;
    }
    return text;
}

std::string encode_document_report(const DocumentReport& report) {
    ByteWriter out;
    put_header(out, document_report_tag, document_report_encoding_version);
    const auto& [path, status, reason, pages, words, furniture_lines, toc_lines, diagnostics, categories] = report;
    out.put_string(path);
    put_enum(out, status);
    out.put_string(reason);
    for (const int count : {pages, words, furniture_lines, toc_lines}) {
        out.put_signed(count);
    }
    put_sequence(out, diagnostics, put_string);
    put_sequence(out, categories, put_category_score);
    return out.take();
}

std::optional<DocumentReport> decode_document_report(std::string_view bytes) {
    ByteReader in(bytes);
    if (!get_header(in, document_report_tag, document_report_encoding_version)) {
        return std::nullopt;
    }
    DocumentReport report;
    report.path = in.get_string();
    report.status = get_enum(in, DocumentStatus::page_limit);
    report.reason = in.get_string();
    for (int* count : {&report.pages, &report.words, &report.furniture_lines, &report.toc_lines}) {
        *count = in.get_int();
    }
    report.diagnostics = get_sequence<std::string>(in, 1, get_string);
    report.categories = get_sequence<CategoryScore>(in, min_category_score_bytes, get_category_score);
    if (!in.ok() || !in.at_end()) {
        return std::nullopt;
    }
    return report;
}

}  // namespace galascan
