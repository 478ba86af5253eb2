# What `cmake --install` and the Debian package hold: the binary, the man page and shell
# completions generated from the command table (`aimsdoc generate`), a copy of the default
# theme to start an own theme from (the binary embeds it and needs no file), the README.
include(GNUInstallDirs)
set(AIMSDOC_ZSH_COMPLETION_DIR "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions"
    CACHE STRING "Where the zsh completion function goes (Debian's zsh reads vendor-completions)")

set(docs_dir "${CMAKE_BINARY_DIR}/generated/docs")
set(generated_docs "${docs_dir}/aimsdoc.1.gz" "${docs_dir}/aimsdoc.bash" "${docs_dir}/_aimsdoc")
add_custom_command(
  OUTPUT ${generated_docs}
  COMMAND ${CMAKE_COMMAND} -DAIMSDOC=$<TARGET_FILE:aimsdoc> -DOUT=${docs_dir}
          -P ${CMAKE_SOURCE_DIR}/scripts/generate-docs.cmake
  DEPENDS aimsdoc ${CMAKE_SOURCE_DIR}/scripts/generate-docs.cmake
  COMMENT "Generating the man page and shell completions from the command table"
  VERBATIM)
add_custom_target(aimsdoc_docs ALL DEPENDS ${generated_docs})

install(TARGETS aimsdoc RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(FILES "${docs_dir}/aimsdoc.1.gz" DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
install(FILES "${docs_dir}/aimsdoc.bash" DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions"
        RENAME aimsdoc)
install(FILES "${docs_dir}/_aimsdoc" DESTINATION "${AIMSDOC_ZSH_COMPLETION_DIR}")
install(DIRECTORY "${CMAKE_SOURCE_DIR}/themes/default"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/${AIMSDOC_DATA_DIR_NAME}/themes")
install(FILES "${CMAKE_SOURCE_DIR}/README.md" DESTINATION "${CMAKE_INSTALL_DOCDIR}")

# `cpack -G DEB` (scripts/package-deb runs it): dependencies come from dpkg-shlibdeps.
set(CPACK_PACKAGE_NAME "aimsdoc")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_VENDOR "aimsdoc")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "ISO/IEC 42001 evidence portal, SoA workbook and coverage check from files in git")
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "${CPACK_PACKAGE_DESCRIPTION_SUMMARY}
 aimsdoc reads an AI Management System kept as files in git (Markdown policies,
 YAML control records, evidence files) and writes a static, cross-linked evidence
 portal and an Excel Statement of Applicability workbook. Its coverage check
 reports every clause or Annex A control lacking a policy, an owner or evidence
 like a compiler, in text, JSON, SARIF, GitHub or GitLab formats, and fails CI.")
set(AIMSDOC_MAINTAINER "aimsdoc maintainers <aimsdoc@localhost>"
    CACHE STRING "The Debian package's Maintainer field")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${AIMSDOC_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
include(CPack)
