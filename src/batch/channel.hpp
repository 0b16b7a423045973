#pragma once
// The byte protocol between the pool and one worker, over an AF_UNIX stream socket pair (a
// socket rather than two pipes: one descriptor per worker, and send(MSG_NOSIGNAL) turns a dead
// peer into EPIPE instead of a SIGPIPE that would kill the parent).
//
//   job:    [u64 length][bytes]
//   result: [u8 kind][u64 length][bytes]     kind: 0 = done (payload), 1 = failed (message),
//                                            2 = out of memory (empty: an allocation failed)
//
// Both ends are the same binary on the same machine, so integers travel in native byte order.
// The worker side blocks; the parent side never does (MSG_DONTWAIT), so one poll() loop can
// serve every worker and still enforce time limits while a large result trickles in.

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace galascan {

enum class ResultKind : std::uint8_t { done = 0, failed = 1, out_of_memory = 2 };

// A frame longer than this is treated as corrupt rather than allocated.
inline constexpr std::uint64_t max_frame_bytes = std::uint64_t{1} << 32;

// Worker side. Reads one job; false at end of file or on any error (the pool has gone).
bool receive_job(int channel, std::string& job);

// Worker side. Sends one result; false when the pool has gone.
bool send_result(int channel, ResultKind kind, std::string_view payload);

// Parent side: a job on its way to a worker, sent as far as the socket takes it.
class OutgoingJob {
public:
    enum class Progress { pending, sent, broken };

    OutgoingJob() = default;
    // `job` is not copied (a split document's join job holds its whole text): it must stay
    // alive and unchanged until the job is sent.
    explicit OutgoingJob(std::string_view job);

    // Sends what the socket accepts without blocking. `broken`: the worker has gone.
    Progress continue_sending(int channel);
    bool pending() const { return m_sent < sizeof m_header + m_job.size(); }
    // Starts again from the first byte, for another worker.
    void rewind() { m_sent = 0; }

private:
    char m_header[8] = {};  // the job's length
    std::string_view m_job;
    std::size_t m_sent = 0;
};

// Parent side: a result arriving from a worker, read as far as it has arrived.
class IncomingResult {
public:
    enum class Progress { pending, complete, closed, malformed };

    // Reads what has arrived without blocking. `closed`: end of file before a whole result.
    Progress continue_receiving(int channel);
    ResultKind kind() const { return m_kind; }
    // The payload of a complete result; leaves this ready for the next one.
    std::string take_payload();

private:
    std::uint8_t m_header[1 + sizeof(std::uint64_t)] = {};
    std::size_t m_header_received = 0;
    ResultKind m_kind = ResultKind::done;
    std::string m_payload;
    std::size_t m_payload_received = 0;
};

}  // namespace galascan
