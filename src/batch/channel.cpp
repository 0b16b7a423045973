#include "batch/channel.hpp"

#include <sys/socket.h>
#include <sys/types.h>

#include <cerrno>
#include <cstring>

#include <fmt/core.h>

namespace galascan {

namespace {

// Results up to this size go out in one send, so a small result costs the parent one wake-up.
constexpr std::size_t single_send_bytes = 64 * 1024;

bool receive_exactly(int channel, char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t received = recv(channel, data, size, 0);
        if (received > 0) {
            data += received;
            size -= static_cast<std::size_t>(received);
        } else if (received == 0 || errno != EINTR) {
            return false;
        }
    }
    return true;
}

bool send_all(int channel, const char* data, std::size_t size) {
    while (size > 0) {
        const ssize_t sent = send(channel, data, size, MSG_NOSIGNAL);
        if (sent >= 0) {
            data += sent;
            size -= static_cast<std::size_t>(sent);
        } else if (errno != EINTR) {
            return false;
        }
    }
    return true;
}

std::string result_header(ResultKind kind, std::uint64_t length) {
    std::string header(1 + sizeof length, '\0');
    header[0] = static_cast<char>(kind);
    std::memcpy(header.data() + 1, &length, sizeof length);
    return header;
}

enum class ReadStep { full, would_block, closed };

// Non-blocking recvs into data[received, size) until it is full, adding what arrives to
// `received`, so a frame can arrive over several wake-ups; EINTR is retried.
ReadStep fill(int channel, char* data, std::size_t size, std::size_t& received) {
    while (received < size) {
        const ssize_t count = recv(channel, data + received, size - received, MSG_DONTWAIT);
        if (count > 0) {
            received += static_cast<std::size_t>(count);
        } else if (count < 0 && errno == EINTR) {
            continue;
        } else if (count < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            return ReadStep::would_block;
        } else {
            return ReadStep::closed;  // end of file, or ECONNRESET from a worker that died
        }
    }
    return ReadStep::full;
}

}  // namespace

bool receive_job(int channel, std::string& job) {
    std::uint64_t length = 0;
    if (!receive_exactly(channel, reinterpret_cast<char*>(&length), sizeof length) || length > max_frame_bytes) {
        return false;
    }
    job.resize(length);
    return receive_exactly(channel, job.data(), job.size());
}

bool send_result(int channel, ResultKind kind, std::string_view payload) {
    if (payload.size() > max_frame_bytes) {
        return send_result(channel, ResultKind::failed,
                           fmt::format("the result is too large to pass back ({} bytes)", payload.size()));
    }
    std::string frame = result_header(kind, payload.size());
    if (payload.size() <= single_send_bytes) {
        frame.append(payload);
        return send_all(channel, frame.data(), frame.size());
    }
    return send_all(channel, frame.data(), frame.size()) && send_all(channel, payload.data(), payload.size());
}

OutgoingJob::OutgoingJob(std::string_view job) : m_job(job) {
    const std::uint64_t length = job.size();
    static_assert(sizeof m_header == sizeof length);
    std::memcpy(m_header, &length, sizeof length);
}

OutgoingJob::Progress OutgoingJob::continue_sending(int channel) {
    while (pending()) {
        // The header, then the job: two sends at most where one frame was, no copy of the job.
        const bool in_header = m_sent < sizeof m_header;
        const char* from = in_header ? m_header + m_sent : m_job.data() + (m_sent - sizeof m_header);
        const std::size_t left = in_header ? sizeof m_header - m_sent : m_job.size() - (m_sent - sizeof m_header);
        const ssize_t sent = send(channel, from, left, MSG_DONTWAIT | MSG_NOSIGNAL);
        if (sent >= 0) {
            m_sent += static_cast<std::size_t>(sent);
        } else if (errno == EAGAIN || errno == EWOULDBLOCK) {
            return Progress::pending;
        } else if (errno != EINTR) {
            return Progress::broken;  // EPIPE or ECONNRESET: the worker has gone
        }
    }
    return Progress::sent;
}

IncomingResult::Progress IncomingResult::continue_receiving(int channel) {
    const auto stopped = [](ReadStep step) { return step == ReadStep::would_block ? Progress::pending : Progress::closed; };
    if (m_header_received < sizeof m_header) {
        const ReadStep step = fill(channel, reinterpret_cast<char*>(m_header), sizeof m_header, m_header_received);
        if (step != ReadStep::full) {
            return stopped(step);
        }
        std::uint64_t length = 0;
        std::memcpy(&length, m_header + 1, sizeof length);
        if (m_header[0] > static_cast<std::uint8_t>(ResultKind::out_of_memory) || length > max_frame_bytes) {
            return Progress::malformed;
        }
        m_kind = static_cast<ResultKind>(m_header[0]);
        m_payload.resize(length);
    }
    const ReadStep step = fill(channel, m_payload.data(), m_payload.size(), m_payload_received);
    return step == ReadStep::full ? Progress::complete : stopped(step);
}

std::string IncomingResult::take_payload() {
    std::string payload = std::move(m_payload);
    m_payload.clear();
    m_header_received = 0;
    m_payload_received = 0;
    return payload;
}

}  // namespace galascan
