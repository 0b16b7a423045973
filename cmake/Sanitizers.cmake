# GALASCAN_SANITIZE=address,undefined builds everything with those sanitizers; CI runs
# the whole test suite in such a build. UBSan findings abort, so a test cannot pass over one.
if(GALASCAN_SANITIZE)
  add_compile_options(-fsanitize=${GALASCAN_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=all)
  add_link_options(-fsanitize=${GALASCAN_SANITIZE})
endif()
