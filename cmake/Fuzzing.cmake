# GALASCAN_BUILD_FUZZERS=ON builds the libFuzzer targets of tests/fuzz/ (scripts/fuzz, in its
# own build-fuzz/). Clang only: libFuzzer ships with clang (Debian: clang-14 and
# libclang-rt-14-dev). Every target of the build gets coverage instrumentation and ASan +
# UBSan, so the fuzzer sees galascan_lib's branches and any memory error or undefined
# behaviour aborts; only the fuzz targets link libFuzzer's main (-fsanitize=fuzzer).
if(GALASCAN_BUILD_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "GALASCAN_BUILD_FUZZERS needs clang (CXX=clang++; scripts/fuzz sets it), not ${CMAKE_CXX_COMPILER_ID}")
  endif()
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer
                      -fno-sanitize-recover=all)
  add_link_options(-fsanitize=address,undefined)
endif()
