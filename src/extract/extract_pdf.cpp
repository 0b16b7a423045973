// Extraction with poppler-cpp: load, unlock, and read every page's text and label.
//
// Poppler reports why a file fails only through its debug-error callback, never through
// the API (load_from_file just returns null). So the callback is routed, per thread, into
// the diagnostics of the file being read, and those messages become the reason of a
// `damaged` row instead of noise on stderr.
//
// Text comes from page::text() in Poppler's default (physical) layout: the cheapest call
// (docs/pdf-facts.md: 1.00x vs 1.17x for text_list) that keeps every printed line as a line,
// which the layout stage needs to find running headers, headings and lists.

#include "extract/extract_pdf.hpp"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <poppler-version.h>

#include <algorithm>
#include <cctype>
#include <ctime>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <mutex>
#include <optional>
#include <string_view>
#include <variant>

#include <fmt/core.h>

#include "extract/input_file.hpp"
#include "extract/pdf_bytes.hpp"
#include "text/character_classes.hpp"
#include "text/content_hash.hpp"
#include "text/utf8.hpp"

namespace galascan {

namespace {

// The one process-wide hook Poppler offers. It is installed once and writes into the
// sink of the calling thread, so concurrent extractions keep their messages apart.
thread_local std::vector<std::string>* poppler_message_sink = nullptr;

void route_poppler_message(const std::string& message, void* /*closure*/) {
    if (poppler_message_sink == nullptr) {
        return;
    }
    // A garbage file yields thousands of messages; keep the first ones and always the
    // latest, which is usually Poppler's verdict ("Couldn't read xref table").
    if (poppler_message_sink->size() < 20) {
        poppler_message_sink->push_back(repair_utf8(message));
    } else {
        poppler_message_sink->back() = repair_utf8(message);
    }
}

class PopplerMessages {
public:
    PopplerMessages() {
        static std::once_flag installed;
        std::call_once(installed, [] { poppler::set_debug_error_function(route_poppler_message, nullptr); });
        poppler_message_sink = &m_messages;
    }
    ~PopplerMessages() { poppler_message_sink = nullptr; }
    PopplerMessages(const PopplerMessages&) = delete;
    PopplerMessages& operator=(const PopplerMessages&) = delete;

    std::vector<std::string> take() { return std::move(m_messages); }
    std::string last() const { return m_messages.empty() ? std::string() : m_messages.back(); }
    bool empty() const { return m_messages.empty(); }

private:
    std::vector<std::string> m_messages;
};

std::string to_string(const poppler::ustring& text) {
    const poppler::byte_array bytes = text.to_utf8();
    return repair_utf8(std::string_view(bytes.data(), bytes.size()));
}

}  // namespace

// Poppler pads lines with spaces and ends pages with a newline or form feed; the layout
// stage wants lines without trailing blanks and no trailing empty lines.
std::string trim_lines(std::string_view text) {
    std::string trimmed;
    trimmed.reserve(text.size());
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) {
            end = text.size();
        }
        std::string_view line = text.substr(start, end - start);
        while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\f' ||
                                 line.back() == '\t')) {
            line.remove_suffix(1);
        }
        trimmed.append(line);
        trimmed += '\n';
        start = end + 1;
    }
    while (!trimmed.empty() && trimmed.back() == '\n') {
        trimmed.pop_back();
    }
    return trimmed;
}

bool has_letters(std::string_view text) {
    std::size_t offset = 0;
    while (offset < text.size()) {
        if (is_letter_code_point(decode_utf8(text, offset))) {
            return true;
        }
    }
    return false;
}

namespace {

ExtractError error(DocumentStatus status, std::string reason, std::vector<std::string> diagnostics = {}) {
    return ExtractError{status, std::move(reason), std::move(diagnostics)};
}

// What a file that is not a PDF looks like, for the reason line.
std::string describe_non_pdf(std::string_view head) {
    const auto starts_with = [&](std::string_view prefix) {
        if (head.size() < prefix.size()) {
            return false;
        }
        for (std::size_t i = 0; i < prefix.size(); ++i) {
            if (std::tolower(static_cast<unsigned char>(head[i])) != prefix[i]) {
                return false;
            }
        }
        return true;
    };
    std::size_t skip = 0;
    while (skip < head.size() && std::isspace(static_cast<unsigned char>(head[skip]))) {
        ++skip;
    }
    head.remove_prefix(skip);
    if (starts_with("<!doctype html") || starts_with("<html") || starts_with("<?xml")) {
        return "not a PDF: the file is an HTML/XML page (a failed download?)";
    }
    if (starts_with("pk\x03\x04")) {
        return "not a PDF: the file is a ZIP archive (a Word or ODF document?)";
    }
    if (starts_with("\xd0\xcf\x11\xe0")) {
        return "not a PDF: the file is an old Office document";
    }
    return "not a PDF: no %PDF header in the first 1024 bytes";
}

// The first 1024 bytes, where a PDF's header belongs (Poppler itself looks there): from the
// bytes already read when there are any, else from the file; an empty file is an error.
std::variant<std::string, ExtractError> file_head(const std::string& path, const std::optional<std::string>& bytes) {
    constexpr std::size_t head_bytes = 1024;
    std::string head;
    if (bytes) {
        head = bytes->substr(0, head_bytes);
    } else {
        std::ifstream file(path, std::ios::binary);
        if (!file) {
            return error(DocumentStatus::unreadable, fmt::format("cannot open: {}", std::strerror(errno)));
        }
        head.resize(head_bytes);
        file.read(head.data(), static_cast<std::streamsize>(head.size()));
        head.resize(static_cast<std::size_t>(file.gcount()));
    }
    if (head.empty()) {
        return error(DocumentStatus::empty, "the file is empty (0 bytes)");
    }
    return head;
}

// The Info dictionary's fields galascan reports. Poppler decodes PDFDocEncoding and UTF-16
// for get_title and kin, and parses dates ("D:20240305103000+01'00'") into UTC seconds.
PdfInfo read_info(const poppler::document& pdf) {
    PdfInfo info;
    info.title = to_string(pdf.get_title());
    info.author = to_string(pdf.get_author());
    info.producer = to_string(pdf.get_producer());
    info.created = iso_8601_utc(static_cast<long long>(pdf.get_creation_date_t()));
    info.modified = iso_8601_utc(static_cast<long long>(pdf.get_modification_date_t()));
    return info;
}

}  // namespace

std::string iso_8601_utc(long long seconds) {
    // Years 1 to 9999 only: ISO 8601's four digits, and gmtime's range everywhere.
    constexpr long long last_second = 253402300799LL;  // 9999-12-31T23:59:59Z
    if (seconds < 0 || seconds > last_second) {
        return {};  // Poppler's "no date" is -1; a date before 1970 is too rare to tell apart from it
    }
    const auto time = static_cast<std::time_t>(seconds);
    std::tm utc{};
    if (::gmtime_r(&time, &utc) == nullptr) {
        return {};
    }
    return fmt::format("{:04}-{:02}-{:02}T{:02}:{:02}:{:02}Z", utc.tm_year + 1900, utc.tm_mon + 1, utc.tm_mday,
                       utc.tm_hour, utc.tm_min, utc.tm_sec);
}

std::string poppler_version() { return poppler::version_string(); }

ExtractError page_limit_error(int pages, int limit) {
    return error(DocumentStatus::page_limit,
                 fmt::format("page limit: {} pages, more than the {} allowed (--max-pages)", pages, limit));
}

struct OpenPdf::State {
    std::optional<std::string> bytes;  // what `pdf` reads from, when the file was read into memory
    PopplerMessages messages;          // installed for this thread while the document is open
    std::unique_ptr<poppler::document> pdf;
    std::string path;
    std::string content_hash;          // of the file's bytes as read, before any edit; empty: not asked
    PdfInfo info;
    bool had_load_messages = false;
};

OpenPdf::OpenPdf(std::unique_ptr<State> state) : m_state(std::move(state)) {}
OpenPdf::OpenPdf(OpenPdf&&) noexcept = default;
OpenPdf& OpenPdf::operator=(OpenPdf&&) noexcept = default;
OpenPdf::~OpenPdf() = default;

int OpenPdf::page_count() const { return m_state->pdf->pages(); }

bool OpenPdf::had_messages() const { return m_state->had_load_messages; }

Document OpenPdf::read_pages(PageRange range) {
    Document document;
    document.path = m_state->path;
    document.content_hash = m_state->content_hash;
    document.info = m_state->info;
    const int first = std::max(range.first, 1);
    const int last = std::min(range.last, page_count());
    document.pages.reserve(static_cast<std::size_t>(std::max(last - first + 1, 0)));
    for (int i = first - 1; i < last; ++i) {
        Page page;
        page.index = i + 1;
        if (std::unique_ptr<poppler::page> pdf_page(m_state->pdf->create_page(i)); pdf_page) {
            page.label = to_string(pdf_page->label());
            page.text = trim_lines(to_string(pdf_page->text()));
        }
        if (page.label.empty()) {
            page.label = std::to_string(page.index);
        }
        if (!has_letters(page.text)) {
            document.pages_without_text.push_back(page.index);
        }
        document.pages.push_back(std::move(page));
    }
    document.diagnostics = m_state->messages.take();
    return document;
}

std::variant<OpenPdf, ExtractError> open_pdf(const std::string& path, const ExtractOptions& options,
                                             bool hash_content) {
    if (std::optional<ExtractError> unreadable = check_input_file(path)) {
        return *unreadable;
    }
    auto state = std::make_unique<OpenPdf::State>();
    state->path = path;
    // Read once, into memory where the file is small enough (pdf_bytes.hpp); `bytes` outlives
    // `pdf`, which reads from it.
    state->bytes = read_pdf_bytes(path, max_pdf_bytes_in_memory);
    std::optional<std::string>& bytes = state->bytes;
    std::variant<std::string, ExtractError> head = file_head(path, bytes);
    if (auto* failure = std::get_if<ExtractError>(&head)) {
        return std::move(*failure);
    }
    // Poppler has the last word: it reads files with junk before the header, or none at all
    // ("May not be a PDF file (continuing anyway)"). Only a file it cannot open, or finds no
    // page in, and that has no header either, is called not a PDF.
    const bool has_header = std::get<std::string>(head).find("%PDF-") != std::string::npos;
    PopplerMessages& messages = state->messages;
    if (bytes) {
        if (hash_content) {
            state->content_hash = content_hash_hex(hash_bytes(*bytes));  // of the file's bytes: before the edit below
        }
        neutralise_output_intents(*bytes);  // without the PDF/A colour set-up
    }
    state->pdf.reset(bytes ? poppler::document::load_from_raw_data(bytes->data(), static_cast<int>(bytes->size()),
                                                                   options.password, options.password)
                           : poppler::document::load_from_file(path, options.password, options.password));
    const std::unique_ptr<poppler::document>& pdf = state->pdf;
    if (!has_header && (!pdf || (!pdf->is_locked() && pdf->pages() <= 0))) {
        return error(DocumentStatus::not_pdf, describe_non_pdf(std::get<std::string>(head)));
    }
    if (!pdf) {
        const std::string detail = messages.last();
        return error(DocumentStatus::damaged,
                     detail.empty() ? "damaged: Poppler cannot parse it"
                                    : fmt::format("damaged: Poppler cannot parse it ({})", detail),
                     messages.take());
    }
    if (pdf->is_locked()) {
        return error(DocumentStatus::encrypted,
                     options.password.empty() ? "encrypted: needs a password (--password or GALASCAN_PASSWORD)"
                                              : "encrypted: the password given does not open it",
                     messages.take());
    }
    state->info = read_info(*pdf);
    const int page_count = pdf->pages();
    if (options.max_pages > 0 && page_count > options.max_pages) {
        ExtractError limit = page_limit_error(page_count, options.max_pages);
        limit.diagnostics = messages.take();
        return limit;
    }
    state->had_load_messages = !messages.empty();
    return OpenPdf(std::move(state));
}

ExtractResult finish_document(Document document, int page_count) {
    if (page_count <= 0) {
        return error(DocumentStatus::damaged, "damaged: the PDF has no pages", std::move(document.diagnostics));
    }
    if (document.pages_without_text.size() == document.pages.size()) {
        return error(
            DocumentStatus::no_text,
            fmt::format("no text: none of its {} pages has extractable text (a scan? OCR it first)", page_count),
            std::move(document.diagnostics));
    }
    return document;
}

ExtractResult extract_pdf(const std::string& path, const ExtractOptions& options, bool hash_content) {
    std::variant<OpenPdf, ExtractError> opened = open_pdf(path, options, hash_content);
    if (auto* failure = std::get_if<ExtractError>(&opened)) {
        return std::move(*failure);
    }
    OpenPdf& pdf = std::get<OpenPdf>(opened);
    const int page_count = pdf.page_count();
    return finish_document(pdf.read_pages(PageRange{1, page_count}), page_count);
}

}  // namespace galascan
