# Packaging: install rules for the desktop integration files, a Debian package through CPack,
# and checks of the AppStream metainfo and the .desktop file.
# Included by the top-level CMakeLists.txt after all layers (so targets are known here).
#
#   cmake --preset release && cmake --build --preset release && (cd build/release && cpack -G DEB)

include(GNUInstallDirs)

set(REGIE_APP_ID "be.antwerpen.regie")
set(REGIE_PACKAGING_DIR "${CMAKE_CURRENT_LIST_DIR}")
set(REGIE_DESKTOP_FILE "${REGIE_PACKAGING_DIR}/${REGIE_APP_ID}.desktop")
set(REGIE_METAINFO_FILE "${REGIE_PACKAGING_DIR}/${REGIE_APP_ID}.metainfo.xml")
set(REGIE_APP_ICON "${PROJECT_SOURCE_DIR}/resources/icons/regie.svg")

# --- Install rules ------------------------------------------------------------------------
# The executables install themselves (app/CMakeLists.txt). The desktop integration only makes
# sense once the GUI exists.
if(TARGET regie)
  install(FILES "${REGIE_DESKTOP_FILE}"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
  install(FILES "${REGIE_METAINFO_FILE}"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
  install(FILES "${REGIE_APP_ICON}"
          DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps"
          RENAME "${REGIE_APP_ID}.svg")
endif()
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/regie"
        RENAME copyright)

# --- Checks -------------------------------------------------------------------------------
find_program(REGIE_APPSTREAMCLI appstreamcli)
find_program(REGIE_DESKTOP_FILE_VALIDATE desktop-file-validate)

set(REGIE_PACKAGING_CHECKS)
if(REGIE_APPSTREAMCLI)
  list(APPEND REGIE_PACKAGING_CHECKS
       COMMAND "${REGIE_APPSTREAMCLI}" validate --no-net "${REGIE_METAINFO_FILE}")
endif()
if(REGIE_DESKTOP_FILE_VALIDATE)
  list(APPEND REGIE_PACKAGING_CHECKS
       COMMAND "${REGIE_DESKTOP_FILE_VALIDATE}" "${REGIE_DESKTOP_FILE}")
endif()
if(NOT REGIE_PACKAGING_CHECKS)
  set(REGIE_PACKAGING_CHECKS COMMAND "${CMAKE_COMMAND}" -E echo
      "check_packaging: neither appstreamcli nor desktop-file-validate found (install appstream, desktop-file-utils)")
endif()
add_custom_target(check_packaging ${REGIE_PACKAGING_CHECKS}
                  COMMENT "Validating the AppStream metainfo and the .desktop file"
                  VERBATIM)

# The test suite proves the metainfo valid. Added even without appstreamcli, so that a machine
# missing the appstream package fails the test instead of silently skipping it.
if(REGIE_BUILD_TESTS)
  if(REGIE_APPSTREAMCLI)
    set(regie_appstreamcli "${REGIE_APPSTREAMCLI}")
  else()
    set(regie_appstreamcli appstreamcli)
  endif()
  add_test(NAME packaging.metainfo
           COMMAND "${regie_appstreamcli}" validate --no-net "${REGIE_METAINFO_FILE}")
  if(REGIE_DESKTOP_FILE_VALIDATE)
    add_test(NAME packaging.desktop
             COMMAND "${REGIE_DESKTOP_FILE_VALIDATE}" "${REGIE_DESKTOP_FILE}")
    # desktop-file-validate exits 0 on warnings; fail on them too.
    set_tests_properties(packaging.desktop PROPERTIES FAIL_REGULAR_EXPRESSION "error:;warning:")
  endif()
endif()

# --- CPack: a Debian package --------------------------------------------------------------
set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "regie")
set(CPACK_PACKAGE_VENDOR "Regie maintainers")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "Regie maintainers <regie@example.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Case management for a city's prostitution-policy office")
# One line per element: CPack indents each as a Debian extended-description line.
string(JOIN "\n" CPACK_PACKAGE_DESCRIPTION
       "Regie supports a Belgian city's prostitution-policy office and its"
       "administrative-enforcement lawyers: municipal administrative sanctions"
       "(GAS fines), sanctions on window premises, the mayor's measures, fitness"
       "certificates, inspections and the city's action plan."
       "It ships the desktop application regie and the command-line tool regie-cli.")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_DEBIAN_PACKAGE_NAME "regie")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Regie maintainers <regie@example.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Licence of the package contents. Debian has no control field for it (the copyright file is
# installed above) and no CPack generator reads this variable: it records the licence here.
set(CPACK_PACKAGE_LICENSE "GPL-3.0-or-later")
# dpkg-shlibdeps finds the linked libraries; it cannot see Qt plugins loaded at run time.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqt6svg6")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
