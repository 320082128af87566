// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Kizuna::Text {

// Folds text so that what a user types matches what is stored, whatever the width, case or
// kana script: Unicode NFKC (full-width Latin and digits → ASCII, half-width katakana → full
// width, ㈱ → (株)), case folding, katakana → hiragana, and all white space removed (so
// "山田太郎" finds "山田 太郎"). Used on both the indexed text and the query.
//
// Text made only of characters that NFKC and case folding leave alone (apart from A–Z) and that
// never combine with a neighbour — ASCII, hiragana, katakana, common CJK ideographs, 々,
// the ideographic space: most names, readings and addresses — is folded in one pass without
// the Unicode tables; anything else goes through foldForSearchUnicode. Both give the same result.
QString foldForSearch(QStringView text);

// The same folding, always through Qt's Unicode normalisation (the reference the fast path of
// foldForSearch is tested against).
QString foldForSearchUnicode(QStringView text);

// Katakana → hiragana only (ァ-ヶ, ヽヾ); everything else unchanged.
QString katakanaToHiragana(QStringView text);

} // namespace Kizuna::Text
