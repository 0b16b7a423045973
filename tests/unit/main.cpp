// The doctest runner for every unit test under tests/unit/ (one file per source file).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
