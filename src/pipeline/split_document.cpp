#include "pipeline/split_document.hpp"

#include <algorithm>
#include <stdexcept>
#include <utility>
#include <variant>

#include <fmt/core.h>

#include "store/binary.hpp"
#include "store/document_codec.hpp"

namespace galascan {

std::vector<PageRange> plan_page_ranges(int page_count, int parts) {
    std::vector<PageRange> ranges;
    if (page_count <= 0) {
        return ranges;
    }
    parts = std::clamp(parts, 1, page_count);
    const int size = page_count / parts;
    const int longer = page_count % parts;  // the first `longer` ranges take one page more
    int first = 1;
    for (int part = 0; part < parts; ++part) {
        const int length = size + (part < longer ? 1 : 0);
        ranges.push_back(PageRange{first, first + length - 1});
        first += length;
    }
    return ranges;
}

int split_parts(int page_count, int split_pages, int workers, std::size_t waiting_jobs) {
    if (split_pages <= 0 || page_count <= split_pages || workers < 2 || waiting_jobs > 0) {
        return 1;
    }
    return std::min(workers, page_count);
}

ExtractResult join_page_ranges(std::vector<Document> ranges, int page_count) {
    Document joined;
    int next_page = 1;
    for (Document& range : ranges) {
        for (Page& page : range.pages) {
            if (page.index != next_page) {
                throw std::runtime_error(
                    fmt::format("the page ranges of a split document do not join (page {} where {} was due)",
                                page.index, next_page));
            }
            ++next_page;
            joined.pages.push_back(std::move(page));
        }
        joined.pages_without_text.insert(joined.pages_without_text.end(), range.pages_without_text.begin(),
                                         range.pages_without_text.end());
        joined.diagnostics.insert(joined.diagnostics.end(), range.diagnostics.begin(), range.diagnostics.end());
        if (joined.path.empty()) {  // the first range: the file's, as every range read it
            joined.path = std::move(range.path);
            joined.content_hash = std::move(range.content_hash);
            joined.info = std::move(range.info);
        }
        range = Document{};  // its pages are moved: free the rest before the next is joined
    }
    if (next_page != page_count + 1) {
        throw std::runtime_error(fmt::format("the page ranges of a split document cover {} of its {} pages",
                                             next_page - 1, page_count));
    }
    return finish_document(std::move(joined), page_count);
}

std::string encode_job(const BatchJob& job) {
    ByteWriter out;
    out.put_byte(static_cast<std::uint8_t>(job.kind));
    out.put_string(job.path);
    if (job.kind == JobKind::range) {
        out.put_signed(job.range.first);
        out.put_signed(job.range.last);
    } else if (job.kind == JobKind::join) {
        out.put_signed(job.page_count);
        put_sequence(out, job.parts, [](ByteWriter& o, std::string_view part) { o.put_string(part); });
    }
    return out.take();
}

std::optional<BatchJob> decode_job(std::string_view bytes) {
    ByteReader in(bytes);
    BatchJob job;
    const char kind = static_cast<char>(in.get_byte());
    switch (kind) {
        case 'd':
        case 'w':
        case 'r':
        case 'j':
            job.kind = static_cast<JobKind>(kind);
            break;
        default:
            return std::nullopt;
    }
    job.path = in.get_string();
    if (job.kind == JobKind::range) {
        job.range.first = in.get_int();
        job.range.last = in.get_int();
    } else if (job.kind == JobKind::join) {
        job.page_count = in.get_int();
        job.parts = get_sequence<std::string_view>(in, 1, [](ByteReader& i) { return i.get_raw(i.get_size()); });
    }
    if (!in.ok() || !in.at_end()) {
        return std::nullopt;
    }
    return job;
}

std::string read_page_range(const std::string& path, PageRange range, const ExtractOptions& options) {
    std::variant<OpenPdf, ExtractError> opened = open_pdf(path, options);
    if (std::holds_alternative<ExtractError>(opened)) {
        return std::string(1, range_read_whole);  // the whole read says why, as with -j 1
    }
    const Document pages = std::get<OpenPdf>(opened).read_pages(range);
    if (!pages.diagnostics.empty()) {
        return std::string(1, range_read_whole);
    }
    std::string answer(1, range_pages);
    answer += encode_document(pages);
    return answer;
}

SplitReading::SplitReading(std::vector<PageRange> ranges)
    : m_ranges(std::move(ranges)), m_parts(m_ranges.size()), m_outstanding(m_ranges.size()) {}

void SplitReading::answered(std::size_t range, std::string answer) {
    --m_outstanding;
    if (!answer.empty() && answer.front() == range_pages) {
        answer.erase(0, 1);
        m_parts.at(range) = std::move(answer);
    } else {
        m_read_whole = true;
    }
}

void SplitReading::stopped(std::size_t range, DocumentStatus status, const std::string& reason) {
    --m_outstanding;
    if (!m_failure) {
        const PageRange pages = m_ranges.at(range);
        m_failure = Failure{status, fmt::format("pages {}-{} of {} (read apart, --split-pages): {}", pages.first,
                                                pages.last, page_count(), reason)};
    }
}

std::vector<std::string_view> SplitReading::parts() const {
    return std::vector<std::string_view>(m_parts.begin(), m_parts.end());
}

TextResult read_text_or_offer_split(const std::string& path, const PipelineOptions& options, int split_pages,
                                    int& offered_pages) {
    offered_pages = 0;
    std::variant<OpenPdf, ExtractError> opened = open_pdf(path, options.extract);
    if (auto* failure = std::get_if<ExtractError>(&opened)) {
        return std::move(*failure);
    }
    OpenPdf& pdf = std::get<OpenPdf>(opened);
    const int page_count = pdf.page_count();
    if (split_pages > 0 && page_count > split_pages && !pdf.had_messages()) {
        offered_pages = page_count;
        return ExtractError{DocumentStatus::error, "to be read in parts", {}};
    }
    return text_of_extracted(finish_document(pdf.read_pages(PageRange{1, page_count}), page_count), options);
}

}  // namespace galascan
