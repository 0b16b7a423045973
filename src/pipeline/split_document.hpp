#pragma once
// One large document read by several workers: its pages in ranges, each range read by a worker
// of its own, the ranges joined in page order into the Document extract_pdf would have read,
// and only then laid out, normalised and scored, so that running headers, page-spanning
// paragraphs and the contents are found as in a document read whole. The batch side (when to
// split, the jobs, a failed range) is in pipeline/analyse_batch.cpp; docs/architecture.md,
// "Batches", says why and when.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extract/document.hpp"
#include "extract/extract_pdf.hpp"
#include "pipeline/analyse.hpp"

namespace galascan {

// `parts` contiguous ranges covering pages 1..page_count in order (fewer when there are fewer
// pages than parts; none for no pages), their sizes differing by at most one page, the longer
// ones first.
std::vector<PageRange> plan_page_ranges(int page_count, int parts);

// In how many parts to read a document of `page_count` pages: one (whole) unless it has more
// than `split_pages` pages (0: never split) and no other job is waiting for a worker
// (`waiting_jobs`), so that the other `workers` would otherwise idle while it is read; then
// one part per worker. With jobs waiting, splitting would only reorder the same work.
int split_parts(int page_count, int split_pages, int workers, std::size_t waiting_jobs);

// The ranges of one document, read in the order of plan_page_ranges, joined into the Document
// extract_pdf would have read, through finish_document's checks (no text on any page...).
// Throws std::runtime_error when they do not cover pages 1..page_count in order.
ExtractResult join_page_ranges(std::vector<Document> ranges, int page_count);

// What a worker is asked to do with a file.
enum class JobKind : char {
    document = 'd',  // analyse it; may answer that it is large enough to be read in parts
    whole = 'w',     // analyse it, read whole (the parent decided not to split it)
    range = 'r',     // read one range of its pages and send them back (encoded, store/document_codec)
    join = 'j',      // analyse it from its ranges, read by other workers
};

struct BatchJob {
    JobKind kind = JobKind::document;
    std::string path;
    PageRange range;                   // range
    int page_count = 0;                // join: the document's pages, as the ranges must cover them
    // join: each range's pages (encoded Documents), in order: views of bytes the caller keeps
    // (encode) or of the decoded bytes (decode), so that the text is not copied once more.
    std::vector<std::string_view> parts;
};

std::string encode_job(const BatchJob& job);
// Nullopt when `bytes` are no job (a bug: the parent wrote them). Its parts view `bytes`.
std::optional<BatchJob> decode_job(std::string_view bytes);

// What a worker answers to a range job: 'p' and the range's pages encoded, or 'f' when the range
// cannot stand for its part of the document read whole: Poppler said something while reading it
// (its messages might differ from a whole read's) or the file could not be opened again. The
// parent then has the document read whole, so that the report is the same as with -j 1.
inline constexpr char range_pages = 'p';
inline constexpr char range_read_whole = 'f';
std::string read_page_range(const std::string& path, PageRange range, const ExtractOptions& options);

// The parent's account of one document being read in ranges: each range's answer as it
// arrives, and how the document goes on once every range has answered.
class SplitReading {
public:
    explicit SplitReading(std::vector<PageRange> ranges);

    const std::vector<PageRange>& ranges() const { return m_ranges; }
    // A range's answer (read_page_range's) when its job ended ok.
    void answered(std::size_t range, std::string answer);
    // A range the pool stopped (crashed, timeout, memory_limit, error), with the reason it gives.
    void stopped(std::size_t range, DocumentStatus status, const std::string& reason);
    bool complete() const { return m_outstanding == 0; }

    // Once complete, one of three: the document failed, with the status of its first stopped
    // range and a reason naming its pages (never half a document); or it must be read whole (a
    // range answered range_read_whole); or its parts, in page order, are ready for a join job.
    struct Failure {
        DocumentStatus status;
        std::string reason;
    };
    const std::optional<Failure>& failure() const { return m_failure; }
    bool read_whole() const { return m_read_whole; }
    std::vector<std::string_view> parts() const;
    int page_count() const { return m_ranges.empty() ? 0 : m_ranges.back().last; }

private:
    std::vector<PageRange> m_ranges;
    std::vector<std::string> m_parts;  // each range's pages, encoded, by range
    std::size_t m_outstanding = 0;
    bool m_read_whole = false;
    std::optional<Failure> m_failure;
};

// read_text for a `document` job: when the file has more than `split_pages` pages (and Poppler
// loaded it without a word), sets `offered_pages` to its page count and returns an error
// that stands for "read it in parts" (never stored: failures are not cached); else the text.
TextResult read_text_or_offer_split(const std::string& path, const PipelineOptions& options, int split_pages,
                                    int& offered_pages);

}  // namespace galascan
