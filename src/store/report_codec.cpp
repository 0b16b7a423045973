// The encoding of DocumentReport: what a worker process sends the parent over its socket, so
// every field crosses, doubles bit for bit. Built as codec.cpp builds DocumentText's: a tag and
// a version, fields in declaration order, structured bindings that name every field.

#include "store/codec.hpp"

#include <cstdint>
#include <utility>

#include "store/binary.hpp"

namespace galascan {

namespace {

constexpr std::uint8_t document_report_tag = 'R';

// Each element's fewest bytes, for ByteReader::get_count: one per varint or flag, eight per double.
constexpr std::size_t min_category_score_bytes = 5 * 8 + 22;
constexpr std::size_t min_evidence_bytes = 8;

void put_flag(ByteWriter& out, bool flag) { out.put_byte(flag ? 1 : 0); }

bool get_flag(ByteReader& in) {
    const std::uint8_t byte = in.get_byte();
    if (byte > 1) {
        in.fail();
    }
    return byte == 1;
}

void put_evidence(ByteWriter& out, const Evidence& evidence) {
    const auto& [page_index, page_label, block_kind, term, text, snippet, generic, counted] = evidence;
    out.put_signed(page_index);
    out.put_string(page_label);
    put_enum(out, block_kind);
    out.put_string(term);
    out.put_string(text);
    out.put_string(snippet);
    put_flag(out, generic);
    put_flag(out, counted);
}

Evidence get_evidence(ByteReader& in) {
    Evidence evidence;
    evidence.page_index = in.get_int();
    evidence.page_label = in.get_string();
    evidence.block_kind = get_enum<BlockKind>(in);
    evidence.term = in.get_string();
    evidence.text = in.get_string();
    evidence.snippet = in.get_string();
    evidence.generic = get_flag(in);
    evidence.counted = get_flag(in);
    return evidence;
}

void put_signals(ByteWriter& out, const GradingSignals& signals) {
    const auto& [hits, counted_hits, set_aside_hits, toc_hits, weight, specific_weight, distinct_terms, most_repeated,
                 pages, hits_per_1000_words, title, headings, paragraphs, list_items, specific_blocks, strongest_block,
                 passages, section_paragraphs,
                 section_words, focus_paragraphs, words_about, share] = signals;
    for (const int count : {hits, counted_hits, set_aside_hits, toc_hits}) {
        out.put_signed(count);
    }
    out.put_double(weight);
    out.put_double(specific_weight);
    for (const int count : {distinct_terms, most_repeated, pages}) {
        out.put_signed(count);
    }
    out.put_double(hits_per_1000_words);
    put_flag(out, title);
    for (const int count : {headings, paragraphs, list_items, specific_blocks}) {
        out.put_signed(count);
    }
    out.put_double(strongest_block);
    for (const int count : {passages, section_paragraphs, section_words, focus_paragraphs, words_about}) {
        out.put_signed(count);
    }
    out.put_double(share);
}

GradingSignals get_signals(ByteReader& in) {
    GradingSignals signals;
    for (int* count : {&signals.hits, &signals.counted_hits, &signals.set_aside_hits, &signals.toc_hits}) {
        *count = in.get_int();
    }
    signals.weight = in.get_double();
    signals.specific_weight = in.get_double();
    for (int* count : {&signals.distinct_terms, &signals.most_repeated, &signals.pages}) {
        *count = in.get_int();
    }
    signals.hits_per_1000_words = in.get_double();
    signals.title = get_flag(in);
    for (int* count : {&signals.headings, &signals.paragraphs, &signals.list_items, &signals.specific_blocks}) {
        *count = in.get_int();
    }
    signals.strongest_block = in.get_double();
    for (int* count : {&signals.passages, &signals.section_paragraphs, &signals.section_words,
                       &signals.focus_paragraphs, &signals.words_about}) {
        *count = in.get_int();
    }
    signals.share = in.get_double();
    return signals;
}

void put_category_score(ByteWriter& out, const CategoryScore& score) {
    const auto& [category, grade, points, signals, rule, evidence] = score;
    out.put_unsigned(category);
    put_enum(out, grade);
    out.put_signed(points);
    put_signals(out, signals);
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
    score.signals = get_signals(in);
    score.rule = in.get_string();
    score.evidence = get_sequence<Evidence>(in, min_evidence_bytes, get_evidence);
    return score;
}

void put_relevance(ByteWriter& out, const RelevanceVerdict& relevance) {
    const auto& [density, about_social_domain, words_counted, sections_set_aside] = relevance;
    out.put_double(density);
    put_flag(out, about_social_domain);
    out.put_signed(words_counted);
    out.put_signed(sections_set_aside);
}

RelevanceVerdict get_relevance(ByteReader& in) {
    RelevanceVerdict relevance;
    relevance.density = in.get_double();
    relevance.about_social_domain = get_flag(in);
    relevance.words_counted = in.get_int();
    relevance.sections_set_aside = in.get_int();
    return relevance;
}

}  // namespace

std::string encode_document_report(const DocumentReport& report) {
    ByteWriter out;
    put_header(out, document_report_tag, document_report_encoding_version);
    const auto& [path, status, reason, pages, words, furniture_lines, toc_lines, diagnostics, content_hash, info, tags,
                 relevance, categories] = report;
    out.put_string(path);
    put_enum(out, status);
    out.put_string(reason);
    for (const int count : {pages, words, furniture_lines, toc_lines}) {
        out.put_signed(count);
    }
    put_sequence(out, diagnostics, put_text);
    out.put_string(content_hash);
    put_pdf_info(out, info);
    put_sequence(out, tags, [](ByteWriter& o, const std::pair<std::string, std::string>& tag) {
        o.put_string(tag.first);
        o.put_string(tag.second);
    });
    put_relevance(out, relevance);
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
    report.content_hash = in.get_string();
    report.info = get_pdf_info(in);
    report.tags = get_sequence<std::pair<std::string, std::string>>(in, 2, [](ByteReader& i) {
        std::string key = i.get_string();
        return std::pair{std::move(key), i.get_string()};
    });
    report.relevance = get_relevance(in);
    report.categories = get_sequence<CategoryScore>(in, min_category_score_bytes, get_category_score);
    if (!in.ok() || !in.at_end()) {
        return std::nullopt;
    }
    return report;
}

}  // namespace galascan
