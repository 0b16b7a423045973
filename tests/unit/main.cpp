// The doctest runner for every unit test under tests/unit/ (one file per source file).
#define DOCTEST_CONFIG_IMPLEMENT
#include <doctest/doctest.h>

#include <cstdlib>

int main(int argc, char** argv) {
    // Tests run galascan in-process (cli/run_test.cpp): the user's own configuration file must
    // not reach them. A place that holds no galascan/config.toml, and no GALASCAN_CONFIG.
    ::unsetenv("GALASCAN_CONFIG");
    ::setenv("XDG_CONFIG_HOME", "/nonexistent-galascan-test-config", 1);
    return doctest::Context(argc, argv).run();
}
