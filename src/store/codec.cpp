// The encoding of DocumentText, built on store/binary.hpp's varints (DocumentReport's is in
// report_codec.cpp, the same way).
//
// An encoding opens with a tag byte and a version, then writes the fields in declaration
// order. Every encoder unpacks its struct with a structured binding that names every field:
// a field added to a struct then stops the build here, instead of silently not surviving the
// cache (or not crossing to the parent). Decoders read the fields back in the same order, check
// enums against their end (enum_end, from the enum itself, so an appended value decodes),
// and the decoded DocumentText is checked as a whole, since match and score index text and
// pages with its numbers.
//
// The offset map is written as its stretches, each as the deleted source bytes before it, a
// changed flag and its lengths (an unchanged stretch has one length for both): about three
// bytes a stretch, and begins are implied, so a decoded map is contiguous by construction.

#include "store/codec.hpp"

#include <algorithm>
#include <string_view>
#include <utility>
#include <vector>

#include "store/binary.hpp"

namespace galascan {

namespace {

constexpr std::uint8_t document_text_tag = 'T';

// Each element's fewest bytes, for ByteReader::get_count: one per varint, eight per double.
constexpr std::size_t min_block_bytes = 4;
constexpr std::size_t min_stretch_bytes = 2;
constexpr std::size_t min_normalised_block_bytes = 5;

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
        block.kind = get_enum<BlockKind>(i);
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

// Where the offset map says a stretch is unchanged, the folded text repeats the source byte
// for byte (ICU reported no change there), so only the changed stretches' bytes are written
// and the rest is copied back from the source: a third less to store and read. Should the
// text ever not repeat the source there, it is written whole.
bool text_repeats_source(const NormalisedDocument& normalised) {
    const OffsetMap& map = normalised.to_source;
    if (map.text_size() != normalised.text.size() || map.source_size() != normalised.source.size()) {
        return false;
    }
    return std::all_of(map.stretches().begin(), map.stretches().end(), [&](const OffsetMap::Stretch& stretch) {
        return stretch.changed || normalised.text.compare(stretch.text_begin, stretch.text_length, normalised.source,
                                                          stretch.source_begin, stretch.source_length) == 0;
    });
}

void put_folded_text(ByteWriter& out, const NormalisedDocument& normalised) {
    if (!text_repeats_source(normalised)) {
        out.put_byte(0);
        out.put_string(normalised.text);
        return;
    }
    std::string changed;
    for (const OffsetMap::Stretch& stretch : normalised.to_source.stretches()) {
        if (stretch.changed) {
            changed.append(normalised.text, stretch.text_begin, stretch.text_length);
        }
    }
    out.put_byte(1);
    out.put_string(changed);
}

// The text put_folded_text wrote; `source` and `map` are read and checked already.
std::string get_folded_text(ByteReader& in, const std::string& source, const OffsetMap& map) {
    const std::uint8_t form = in.get_byte();
    std::string stored = in.get_string();
    if (form == 0 || !in.ok()) {
        return stored;
    }
    // Unchanged stretches lie within the source (OffsetMap::restore checked them against
    // source_size); changed ones must add up to exactly the stored bytes.
    std::size_t changed_bytes = 0;
    for (const OffsetMap::Stretch& stretch : map.stretches()) {
        changed_bytes += stretch.changed ? stretch.text_length : 0;
    }
    if (form != 1 || map.source_size() != source.size() || changed_bytes != stored.size()) {
        in.fail();
        return {};
    }
    std::string text;
    text.reserve(map.text_size());
    std::size_t next_changed = 0;
    for (const OffsetMap::Stretch& stretch : map.stretches()) {
        if (stretch.changed) {
            text.append(stored, next_changed, stretch.text_length);
            next_changed += stretch.text_length;
        } else {
            text.append(source, stretch.source_begin, stretch.source_length);
        }
    }
    return text;
}

void put_normalised(ByteWriter& out, const NormalisedDocument& normalised) {
    const auto& [source, text, to_source, blocks] = normalised;
    out.put_string(source);
    put_offset_map(out, to_source);
    put_folded_text(out, normalised);
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
    std::optional<OffsetMap> map = get_offset_map(in);
    if (!map) {
        in.fail();
        return std::nullopt;
    }
    normalised.to_source = std::move(*map);
    normalised.text = get_folded_text(in, normalised.source, normalised.to_source);
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

bool pages_are_consistent(const DocumentText& text) {
    const LaidOutDocument& laid_out = text.laid_out;
    const int page_count = static_cast<int>(text.page_labels.size());
    for (const int page : text.pages_without_text) {
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

// Score gives a hit the page of its block plus the page breaks in the source between the
// block's start and the hit, which lies before where the next block's text maps to (or the
// source's end). The source is stored apart from the blocks' text, so its breaks are checked
// too: a hit on a page past the last would index the page labels out of range. Needs
// blocks_are_consistent and pages_are_consistent first.
bool source_pages_are_consistent(const DocumentText& text) {
    const NormalisedDocument& normalised = text.normalised;
    const auto page_count = static_cast<std::size_t>(text.page_labels.size());
    for (std::size_t i = 0; i < normalised.blocks.size(); ++i) {
        const NormalisedBlock& block = normalised.blocks[i];
        std::size_t end = normalised.source.size();
        if (i + 1 < normalised.blocks.size()) {
            const std::size_t next = normalised.blocks[i + 1].text.begin;
            end = normalised.to_source.to_source({next, next}).begin;
        }
        const std::string_view reach =
            std::string_view(normalised.source).substr(block.source.begin, end - std::min(end, block.source.begin));
        const auto page_breaks = static_cast<std::size_t>(std::count(reach.begin(), reach.end(), '\f'));
        const auto page = static_cast<std::size_t>(text.laid_out.blocks[block.block_index].page_index);
        if (page_breaks > page_count - page) {
            return false;
        }
    }
    return true;
}

// What match and score rely on: they index pages, blocks, source and text with these numbers.
bool is_consistent(const DocumentText& text) {
    return pages_are_consistent(text) && blocks_are_consistent(text.normalised, text.laid_out.blocks.size()) &&
           source_pages_are_consistent(text);
}

}  // namespace

void put_pdf_info(ByteWriter& out, const PdfInfo& info) {
    const auto& [title, author, producer, created, modified] = info;
    for (const std::string* field : {&title, &author, &producer, &created, &modified}) {
        out.put_string(*field);
    }
}

PdfInfo get_pdf_info(ByteReader& in) {
    PdfInfo info;
    for (std::string* field : {&info.title, &info.author, &info.producer, &info.created, &info.modified}) {
        *field = in.get_string();
    }
    return info;
}

std::string encode_document_text(const DocumentText& text) {
    ByteWriter out;
    encode_document_text(text, out);
    return out.take();
}

void encode_document_text(const DocumentText& text, ByteWriter& out) {
    put_header(out, document_text_tag, document_text_encoding_version);
    const auto& [page_labels, pages_without_text, diagnostics, content_hash, info, laid_out, normalised] = text;
    put_sequence(out, page_labels, put_text);
    put_sequence(out, pages_without_text, put_int);
    put_sequence(out, diagnostics, put_text);
    out.put_string(content_hash);
    put_pdf_info(out, info);
    put_laid_out(out, laid_out);
    put_normalised(out, normalised);
}

std::optional<DocumentText> decode_document_text(std::string_view bytes) {
    ByteReader in(bytes);
    if (!get_header(in, document_text_tag, document_text_encoding_version)) {
        return std::nullopt;
    }
    DocumentText text;
    text.page_labels = get_sequence<std::string>(in, 1, get_text);
    text.pages_without_text = get_sequence<int>(in, 1, get_int);
    text.diagnostics = get_sequence<std::string>(in, 1, get_text);
    text.content_hash = in.get_string();
    text.info = get_pdf_info(in);
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

}  // namespace galascan
