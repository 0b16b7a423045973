// The encoding of DocumentReport: what a worker process sends the parent over a pipe, so
// every field crosses, doubles bit for bit. Built as codec.cpp builds DocumentText's: a tag and
// a version, fields in declaration order, structured bindings that name every field.

#include "store/codec.hpp"

#include <cstdint>
#include <utility>

#include "store/binary.hpp"
#include "store/enum_bounds.hpp"

namespace galascan {

namespace {

constexpr std::uint8_t document_report_tag = 'R';

// Each element's fewest bytes, for ByteReader::get_count: one per varint, eight per double.
constexpr std::size_t min_category_score_bytes = 2 * 8 + 15;
constexpr std::size_t min_evidence_bytes = 6;

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
    evidence.block_kind = get_enum<BlockKind>(in);
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
    score.grade = get_enum<Grade>(in);
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
    put_sequence(out, diagnostics, put_text);
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
    report.status = get_enum<DocumentStatus>(in);
    report.reason = in.get_string();
    for (int* count : {&report.pages, &report.words, &report.furniture_lines, &report.toc_lines}) {
        *count = in.get_int();
    }
    report.diagnostics = get_sequence<std::string>(in, 1, get_text);
    report.categories = get_sequence<CategoryScore>(in, min_category_score_bytes, get_category_score);
    if (!in.ok() || !in.at_end()) {
        return std::nullopt;
    }
    return report;
}

}  // namespace galascan
