# Translations: English source strings, Dutch (nl_BE, the users' language) kept complete,
# French following. lupdate runs without source locations so that the .ts files only change
# when texts change.
set(REGIE_TS_FILES ${PROJECT_SOURCE_DIR}/translations/regie_nl.ts
                   ${PROJECT_SOURCE_DIR}/translations/regie_fr.ts)
set(REGIE_TR_DIRS ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR}/core
                  ${PROJECT_SOURCE_DIR}/models ${PROJECT_SOURCE_DIR}/views)
set(REGIE_LUPDATE_OPTIONS -silent -locations none -no-obsolete -extensions cpp,h,ui)

qt_add_lrelease(regie TS_FILES ${REGIE_TS_FILES} QM_FILES_OUTPUT_VARIABLE REGIE_QM_FILES)
qt_add_resources(regie "regie_translations" PREFIX "/i18n" BASE ${CMAKE_CURRENT_BINARY_DIR}
                 FILES ${REGIE_QM_FILES})
# regie-cli writes Dutch reports (report --lang nl): the same compiled translations.
if(TARGET regie-cli)
  qt_add_resources(regie-cli "regie_cli_translations" PREFIX "/i18n"
                   BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${REGIE_QM_FILES})
endif()

# cmake --build . --target update_translations: refresh the .ts files from the sources.
add_custom_target(update_translations
    COMMAND Qt6::lupdate ${REGIE_LUPDATE_OPTIONS} ${REGIE_TR_DIRS} -ts ${REGIE_TS_FILES}
    WORKING_DIRECTORY ${PROJECT_SOURCE_DIR}
    COMMENT "Updating translations/*.ts from the sources"
    VERBATIM)

# The check (also a test): the .ts files are up to date and Dutch has no unfinished string.
add_custom_target(check_translations
    COMMAND ${CMAKE_COMMAND} -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
            -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/tr-check
            -P ${PROJECT_SOURCE_DIR}/translations/CheckTranslations.cmake
    VERBATIM)
if(REGIE_BUILD_TESTS)
  add_test(NAME translations.up_to_date
           COMMAND ${CMAKE_COMMAND} -DLUPDATE=$<TARGET_FILE:Qt6::lupdate>
                   -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/tr-test
                   -P ${PROJECT_SOURCE_DIR}/translations/CheckTranslations.cmake)
endif()
