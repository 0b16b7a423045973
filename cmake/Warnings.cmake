# galascan_warnings: the warning flags of our own targets, linked PRIVATE so that
# dependants and third-party headers are not affected.
add_library(galascan_warnings INTERFACE)
target_compile_options(galascan_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                       -Wnon-virtual-dtor -Wold-style-cast -Wcast-align -Wunused
                       -Woverloaded-virtual -Wimplicit-fallthrough)
if(GALASCAN_WERROR)
  target_compile_options(galascan_warnings INTERFACE -Werror)
endif()
