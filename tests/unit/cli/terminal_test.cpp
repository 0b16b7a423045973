#include <doctest/doctest.h>

#include <cstdlib>

#include "cli/terminal.hpp"

using namespace galascan;

TEST_CASE("no colour and no width limit when the output is not a terminal") {
    const TableStyle style = table_style(ColorMode::automatic, nullptr);
    CHECK_FALSE(style.color);
    CHECK(style.width == 0);
}

TEST_CASE("--color always and never win over everything else") {
    setenv("NO_COLOR", "1", 1);
    CHECK(table_style(ColorMode::always, nullptr).color);
    unsetenv("NO_COLOR");
    CHECK_FALSE(table_style(ColorMode::never, nullptr).color);
}
