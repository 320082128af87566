# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DTS_FILE=kizuna_ja.ts [-DLUPDATE=lupdate -DSOURCE_ROOT=dir] -P checkcomplete.cmake
#
# Fails if an entry of the .ts file is untranslated. With LUPDATE and SOURCE_ROOT it first
# refreshes a scratch copy of the file from the sources (core/, ui/, app/), so a tr() string that
# was added to the code but never reached the .ts file counts as untranslated too.
set(checked "${TS_FILE}")
if(LUPDATE AND SOURCE_ROOT)
    get_filename_component(name "${TS_FILE}" NAME)
    set(checked "${CMAKE_CURRENT_BINARY_DIR}/check-${name}")
    configure_file("${TS_FILE}" "${checked}" COPYONLY)
    execute_process(COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -I "${SOURCE_ROOT}"
                            "${SOURCE_ROOT}/core" "${SOURCE_ROOT}/ui" "${SOURCE_ROOT}/app"
                            -ts "${checked}"
                    RESULT_VARIABLE status OUTPUT_QUIET ERROR_QUIET)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "lupdate failed (${status}) on ${SOURCE_ROOT}")
    endif()
endif()
file(READ "${checked}" content)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
string(REGEX MATCHALL "<message[ >]" messages "${content}")
list(LENGTH messages total)
if(count GREATER 0)
    string(REGEX MATCH "<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\""
           first "${content}")
    string(REGEX REPLACE "^<source>([^<]*)</source>.*" "\\1" first "${first}")
    message(FATAL_ERROR "${TS_FILE}: ${count} of ${total} entries untranslated, the first: "
                        "\"${first}\". Run the update_translations target and translate them.")
endif()
message(STATUS "${TS_FILE}: all ${total} entries translated")
