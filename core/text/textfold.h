// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Kizuna::Text {

// Folds text so that what a user types matches what is stored, whatever the width, case or
// kana script: Unicode NFKC (full-width Latin and digits → ASCII, half-width katakana → full
// width, ㈱ → (株)), case folding, katakana → hiragana, and all white space removed (so
// "山田太郎" finds "山田 太郎"). Used on both the indexed text and the query.
QString foldForSearch(QStringView text);

// Katakana → hiragana only (ァ-ヶ, ヽヾ); everything else unchanged.
QString katakanaToHiragana(QStringView text);

} // namespace Kizuna::Text
