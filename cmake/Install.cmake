# What `cmake --install` puts where (GNUInstallDirs): the binary (src/CMakeLists.txt), the
# manual page galascan(1) made from the binary's own help by scripts/make-man (help2man;
# without it, no manual page, said at configure time), bash, fish and zsh completions, and the
# documentation.
find_program(GALASCAN_HELP2MAN help2man)
if(GALASCAN_HELP2MAN)
  set(GALASCAN_MAN_PAGE ${CMAKE_BINARY_DIR}/galascan.1)
  add_custom_command(OUTPUT ${GALASCAN_MAN_PAGE}
    COMMAND ${CMAKE_SOURCE_DIR}/scripts/make-man $<TARGET_FILE:galascan> ${GALASCAN_MAN_PAGE}
    DEPENDS galascan ${CMAKE_SOURCE_DIR}/scripts/make-man
    COMMENT "Manual page galascan(1) from galascan --help")
  add_custom_target(man_page ALL DEPENDS ${GALASCAN_MAN_PAGE})
  install(FILES ${GALASCAN_MAN_PAGE} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(STATUS "help2man not found: no manual page (scripts/install-deps installs it)")
endif()
# Shell completions, written by the binary from its own command line (galascan completions).
set(GALASCAN_COMPLETIONS ${CMAKE_BINARY_DIR}/completions)
# zsh finds _galascan in share/zsh/site-functions, which Debian's zsh has in its $fpath.
add_custom_command(OUTPUT ${GALASCAN_COMPLETIONS}/galascan ${GALASCAN_COMPLETIONS}/galascan.fish
                          ${GALASCAN_COMPLETIONS}/_galascan
  COMMAND ${CMAKE_COMMAND} -E make_directory ${GALASCAN_COMPLETIONS}
  COMMAND $<TARGET_FILE:galascan> completions bash > ${GALASCAN_COMPLETIONS}/galascan
  COMMAND $<TARGET_FILE:galascan> completions fish > ${GALASCAN_COMPLETIONS}/galascan.fish
  COMMAND $<TARGET_FILE:galascan> completions zsh > ${GALASCAN_COMPLETIONS}/_galascan
  DEPENDS galascan
  COMMENT "Shell completions from galascan completions")
add_custom_target(completions ALL DEPENDS ${GALASCAN_COMPLETIONS}/galascan ${GALASCAN_COMPLETIONS}/galascan.fish
                                          ${GALASCAN_COMPLETIONS}/_galascan)
install(FILES ${GALASCAN_COMPLETIONS}/galascan DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
install(FILES ${GALASCAN_COMPLETIONS}/galascan.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
install(FILES ${GALASCAN_COMPLETIONS}/_galascan DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/site-functions)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES docs/grading.md docs/lexicon-format.md docs/output-formats.md docs/architecture.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)

# A Debian package of the same tree: `cpack -G DEB` in the build folder (scripts/make-deb).
# Its dependencies are read off the shared libraries the binary links (dpkg-shlibdeps), so
# they name the exact Poppler, ICU and fmt packages of the system it was built on.
set(CPACK_PACKAGE_NAME galascan)
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_CONTACT "galascan maintainers <maintainers@users.noreply.h-seed-9209441a.example>")
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
include(CPack)
