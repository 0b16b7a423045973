#include <doctest/doctest.h>

#include <sys/socket.h>
#include <unistd.h>

#include <cstdint>
#include <cstring>
#include <string>

#include "batch/channel.hpp"

using namespace galascan;

namespace {

// Both ends of a local stream socket, closed when the test ends.
struct SocketPair {
    int parent = -1;
    int worker = -1;
    SocketPair() {
        int ends[2];
        REQUIRE(socketpair(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0, ends) == 0);
        parent = ends[0];
        worker = ends[1];
    }
    ~SocketPair() {
        close_end(parent);
        close_end(worker);
    }
    static void close_end(int& end) {
        if (end >= 0) {
            close(end);
            end = -1;
        }
    }
};

std::string result_frame(std::uint8_t kind, std::uint64_t length, const std::string& payload) {
    std::string frame(1, static_cast<char>(kind));
    frame.append(reinterpret_cast<const char*>(&length), sizeof length);
    return frame + payload;
}

void write_bytes(int channel, const std::string& bytes) {
    REQUIRE(write(channel, bytes.data(), bytes.size()) == static_cast<ssize_t>(bytes.size()));
}

}  // namespace

TEST_CASE("a job goes out whole and is read back as sent, empty ones too") {
    SocketPair channel;
    for (const std::string job : {"plans/omgevingsvisie.pdf", ""}) {
        OutgoingJob outgoing(job);
        CHECK(outgoing.continue_sending(channel.parent) == OutgoingJob::Progress::sent);
        CHECK_FALSE(outgoing.pending());
        std::string received = "stale";
        REQUIRE(receive_job(channel.worker, received));
        CHECK(received == job);
    }
    SocketPair::close_end(channel.worker);
    OutgoingJob outgoing("te laat");
    CHECK(outgoing.continue_sending(channel.parent) == OutgoingJob::Progress::broken);
}

TEST_CASE("a worker sees the end of its jobs when the parent closes the channel") {
    SocketPair channel;
    SocketPair::close_end(channel.parent);
    std::string job;
    CHECK_FALSE(receive_job(channel.worker, job));
}

TEST_CASE("a result is read as it arrives, in pieces, and then the next one") {
    SocketPair channel;
    IncomingResult incoming;
    CHECK(incoming.continue_receiving(channel.parent) == IncomingResult::Progress::pending);
    const std::string frame = result_frame(0, 11, "hello world");
    write_bytes(channel.worker, frame.substr(0, 4));
    CHECK(incoming.continue_receiving(channel.parent) == IncomingResult::Progress::pending);
    write_bytes(channel.worker, frame.substr(4, 10));
    CHECK(incoming.continue_receiving(channel.parent) == IncomingResult::Progress::pending);
    write_bytes(channel.worker, frame.substr(14));
    REQUIRE(incoming.continue_receiving(channel.parent) == IncomingResult::Progress::complete);
    CHECK(incoming.kind() == ResultKind::done);
    CHECK(incoming.take_payload() == "hello world");

    REQUIRE(send_result(channel.worker, ResultKind::failed, "kapot"));
    REQUIRE(incoming.continue_receiving(channel.parent) == IncomingResult::Progress::complete);
    CHECK(incoming.kind() == ResultKind::failed);
    CHECK(incoming.take_payload() == "kapot");
}

TEST_CASE("a result cut short by the worker's end is closed, not complete") {
    SocketPair channel;
    write_bytes(channel.worker, result_frame(0, 100, "only part"));
    SocketPair::close_end(channel.worker);
    IncomingResult incoming;
    CHECK(incoming.continue_receiving(channel.parent) == IncomingResult::Progress::closed);
}

TEST_CASE("an unknown kind or an absurd length is malformed") {
    SocketPair channel;
    IncomingResult incoming;
    SUBCASE("kind") {
        write_bytes(channel.worker, result_frame(7, 0, ""));
    }
    SUBCASE("length") {
        write_bytes(channel.worker, result_frame(0, max_frame_bytes + 1, ""));
    }
    CHECK(incoming.continue_receiving(channel.parent) == IncomingResult::Progress::malformed);
}
