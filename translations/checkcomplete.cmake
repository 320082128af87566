# SPDX-License-Identifier: GPL-3.0-or-later
# cmake -DTS_FILE=kizuna_ja.ts -P checkcomplete.cmake — fails if an entry is untranslated.
file(READ "${TS_FILE}" content)
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
