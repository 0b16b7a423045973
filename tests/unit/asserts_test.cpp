// Asserts guard invariants no test sees from outside (an offset outside the map, a hit
// before every block). CMake's optimised builds define NDEBUG, which turns them off; a build
// configured with GALASCAN_ASSERTS=ON (the sanitizer build of scripts/test, so CI) must really
// have them on, in the library as well as here.
#include <doctest/doctest.h>

#include <sys/wait.h>
#include <unistd.h>

#include <csignal>

#include "normalise/offset_map.hpp"

using namespace galascan;

TEST_CASE("a build configured with GALASCAN_ASSERTS stops at a broken invariant") {
    if (!GALASCAN_ASSERTS_EXPECTED) {
        MESSAGE("GALASCAN_ASSERTS is off in this build: asserts may be compiled out");
        return;
    }
#ifdef NDEBUG
    FAIL("GALASCAN_ASSERTS is on, but NDEBUG is defined: every assert is dead");
#endif
    // A range past the end of the map breaks OffsetMap::to_source's precondition: the library's
    // assert must end the process (in a child, so the test run goes on).
    OffsetMap map;
    map.append(4, 4, false);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        map.to_source(ByteRange{2, 9});
        _exit(0);  // reached only when the assert is compiled out
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    CHECK(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGABRT);
}
