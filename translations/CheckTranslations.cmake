# Fails when a .ts file is out of date with the sources or when Dutch has unfinished strings.
# Usage: cmake -DLUPDATE=... -DSOURCE_DIR=... -DWORK_DIR=... -P CheckTranslations.cmake
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})
set(failed FALSE)
foreach(lang nl fr)
  set(ts ${SOURCE_DIR}/translations/regie_${lang}.ts)
  configure_file(${ts} ${WORK_DIR}/regie_${lang}.ts COPYONLY)
  execute_process(
    COMMAND ${LUPDATE} -silent -locations none -no-obsolete -extensions cpp,h,ui
            ${SOURCE_DIR}/app ${SOURCE_DIR}/core ${SOURCE_DIR}/models ${SOURCE_DIR}/views
            -ts ${WORK_DIR}/regie_${lang}.ts
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(SEND_ERROR "lupdate failed for ${lang}")
    set(failed TRUE)
  endif()
  file(READ ${ts} committed)
  file(READ ${WORK_DIR}/regie_${lang}.ts regenerated)
  if(NOT committed STREQUAL regenerated)
    message(SEND_ERROR "translations/regie_${lang}.ts is out of date: run "
                       "'cmake --build <build> --target update_translations' and translate")
    set(failed TRUE)
  endif()
endforeach()
file(READ ${SOURCE_DIR}/translations/regie_nl.ts dutch)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${dutch}")
list(LENGTH unfinished count)
if(count GREATER 0)
  message(SEND_ERROR "translations/regie_nl.ts has ${count} unfinished strings")
  set(failed TRUE)
endif()
if(failed)
  message(FATAL_ERROR "translation check failed")
endif()
message(STATUS "translations up to date; Dutch complete")
