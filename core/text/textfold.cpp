// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/textfold.h"

namespace Kizuna::Text {

namespace {
constexpr char16_t KatakanaFirst = u'\u30A1'; // ァ
constexpr char16_t KatakanaLast = u'\u30F6';  // ヶ
constexpr char16_t KatakanaIteration = u'\u30FD'; // ヽ (ヾ follows)
constexpr char16_t KanaOffset = 0x60;          // ァ (30A1) − ぁ (3041)
} // namespace

QString katakanaToHiragana(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u >= KatakanaFirst && u <= KatakanaLast) || u == KatakanaIteration
            || u == KatakanaIteration + 1)
            out += QChar(static_cast<char16_t>(u - KanaOffset));
        else
            out += c;
    }
    return out;
}

QString foldForSearch(QStringView text)
{
    const QString normalized = text.toString().normalized(QString::NormalizationForm_KC).toCaseFolded();
    QString out;
    out.reserve(normalized.size());
    for (const QChar c : normalized) {
        if (c.isSpace())
            continue;
        out += c;
    }
    return katakanaToHiragana(out);
}

} // namespace Kizuna::Text
