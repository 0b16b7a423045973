# galascan_embed_files(OUTPUT file.cpp FILES a.toml b.toml ...)
# Generates a C++ source that defines galascan::builtin_lexicon_files(): the files' names
# and bytes, in the order given. Regenerated whenever one of the files changes, so the
# TOML files stay the single source of truth for the built-in lexicon.
function(galascan_embed_files)
  cmake_parse_arguments(ARG "" "OUTPUT" "FILES" ${ARGN})
  add_custom_command(
    OUTPUT ${ARG_OUTPUT}
    COMMAND ${CMAKE_COMMAND} -DOUTPUT=${ARG_OUTPUT} "-DFILES=${ARG_FILES}"
            -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/embed_files_script.cmake
    DEPENDS ${ARG_FILES} ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/embed_files_script.cmake
    COMMENT "Embedding the built-in lexicon"
    VERBATIM)
endfunction()
