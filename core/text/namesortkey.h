// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Kizuna::Text {

// The key lists sort a name by (SQL: kizuna_name_key, stored in the indexes of schema step 7):
// for the family and the given part each, its reading when the record has one, otherwise the
// name itself, folded with foldForSearch — full-width → half-width, Latin case-insensitive,
// hiragana and katakana as one, no spaces.
//
// Order of the keys (binary comparison of the UTF-8 text, as SQLite compares them):
//   1. digits, then Latin names A–Z (case-insensitive; a letter with accents sorts with its base
//      letter, after it where two names differ only there: "emile" < "émile" < "enzo"),
//   2. kana readings in 五十音順 — voiced and small kana sort with their plain kana (が with か,
//      ゃ with や), the plain one first where two readings differ only there,
//   3. names without a reading that are not kana (kanji: "山田" without ヤマダ), by code point,
//   4. last, records with neither a reading nor a name.
// The family part is compared before the given part ("ヤマ"+"ダ" sorts before "ヤマダ"+"").
// Companies pass their name reading and name as the family parts and empty given parts.
//
// The keys are kept in indexes: if this function's output changes, the schema step that
// changes it must REINDEX the indexes that use kizuna_name_key (and so for foldForSearch).
QString nameSortKey(QStringView familyReading, QStringView givenReading, QStringView familyName,
                    QStringView givenName);

} // namespace Kizuna::Text
