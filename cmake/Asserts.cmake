# GALASCAN_ASSERTS=ON keeps assert() on in optimised builds: CMake's Release and RelWithDebInfo
# flags define NDEBUG, which would make every invariant check in the code dead. The sanitizer
# build of scripts/test (and so CI) turns it on; tests/unit/asserts_test.cpp fails when the
# option is on and asserts are off anyway.
if(GALASCAN_ASSERTS)
  foreach(config RELEASE RELWITHDEBINFO MINSIZEREL)
    string(REGEX REPLACE "(^| )-DNDEBUG( |$)" " " CMAKE_CXX_FLAGS_${config} "${CMAKE_CXX_FLAGS_${config}}")
  endforeach()
endif()
