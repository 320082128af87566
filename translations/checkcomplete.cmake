# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DTS_FILE=kizuna_ja.ts [-DLUPDATE=lupdate -DSOURCE_ROOT=dir] [-DPLURALS_ONLY=ON] -P checkcomplete.cmake
#
# Fails if an entry of the .ts file is untranslated. With PLURALS_ONLY (the English file, whose
# other entries are the source text itself) only entries with plural forms (tr("%n …(s)", …, n))
# count: without them English would show "1 task(s)". With LUPDATE and SOURCE_ROOT it first
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
if(PLURALS_ONLY)
    set(prefix "<message numerus=\"yes\">[^<]*")
else()
    set(prefix "")
endif()
set(entry "${prefix}<source>[^<]*</source>[^<]*(<comment>[^<]*</comment>[^<]*)?<translation type=\"unfinished\"")
string(REGEX MATCHALL "${entry}" unfinished "${content}")
list(LENGTH unfinished count)
string(REGEX MATCHALL "<message[ >]" messages "${content}")
list(LENGTH messages total)
if(count GREATER 0)
    string(REGEX MATCH "${entry}" first "${content}")
    string(REGEX REPLACE "^.*<source>([^<]*)</source>.*" "\\1" first "${first}")
    if(PLURALS_ONLY)
        set(hint "Run the update_translations target, then translations/fill_en_plurals.py on the file.")
    else()
        set(hint "Run the update_translations target and translate them.")
    endif()
    message(FATAL_ERROR "${TS_FILE}: ${count} of ${total} entries untranslated, the first: "
                        "\"${first}\". ${hint}")
endif()
message(STATUS "${TS_FILE}: all ${total} entries translated")
