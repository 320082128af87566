// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/textfold.h"

namespace Kizuna::Text {

namespace {
constexpr char16_t KatakanaFirst = u'\u30A1'; // ァ
constexpr char16_t KatakanaLast = u'\u30F6';  // ヶ
constexpr char16_t KatakanaIteration = u'\u30FD'; // ヽ (ヾ follows)
constexpr char16_t KanaOffset = 0x60;          // ァ (30A1) − ぁ (3041)
constexpr char16_t IdeographicSpace = u'\u3000';

char16_t hiraganaOf(char16_t u)
{
    if ((u >= KatakanaFirst && u <= KatakanaLast) || u == KatakanaIteration || u == KatakanaIteration + 1)
        return static_cast<char16_t>(u - KanaOffset);
    return u;
}

// Characters that NFKC maps to themselves, that have no case (apart from ASCII letters) and
// that never compose with the character before or after them. The combining voicing marks
// U+3099–U+309C and the half-width katakana are not among them; tst_textfold checks every
// character of the list against foldForSearchUnicode.
bool foldsAlone(char16_t u)
{
    return u < 0x80
           || (u >= 0x3041 && u <= 0x3096)  // hiragana ぁ–ゖ
           || (u >= 0x30A1 && u <= 0x30FA)  // katakana ァ–ヺ
           || u == 0x30FB || u == 0x30FC    // ・ ー
           || (u >= 0x3005 && u <= 0x3007)  // 々 〆 〇
           || (u >= 0x4E00 && u <= 0x9FFF); // CJK unified ideographs
}

bool isAsciiSpace(char16_t u)
{
    return u == u' ' || (u >= u'\t' && u <= u'\r');
}

} // namespace

QString katakanaToHiragana(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text)
        out += QChar(hiraganaOf(c.unicode()));
    return out;
}

QString foldForSearchUnicode(QStringView text)
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

QString foldForSearch(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    char16_t *next = reinterpret_cast<char16_t *>(out.data());
    char16_t *const begin = next;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == IdeographicSpace || isAsciiSpace(u))
            continue; // NFKC makes U+3000 a space; spaces go
        if (!foldsAlone(u))
            return foldForSearchUnicode(text);
        if (u >= u'A' && u <= u'Z')
            *next++ = static_cast<char16_t>(u + (u'a' - u'A'));
        else
            *next++ = hiraganaOf(u);
    }
    out.truncate(next - begin);
    return out;
}

} // namespace Kizuna::Text
