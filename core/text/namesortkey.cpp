// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/namesortkey.h"

#include "core/text/textfold.h"

namespace Kizuna::Text {

namespace {

constexpr char16_t PartSeparator = 0x01; // between family and given: below every character kept
constexpr char16_t DetailSeparator = 0x02; // before the exact kana, when it differs from the base

// The plain kana of a hiragana for the first comparison: voiced (が) and semi-voiced (ぱ) kana
// without their marks, small kana (ゃ, っ) as large ones. Anything else is itself.
char16_t plainKana(char16_t u)
{
    if (u < 0x3041 || u > 0x3096)
        return u;
    switch (u) {
    case 0x3041: case 0x3043: case 0x3045: case 0x3047: case 0x3049: // ぁぃぅぇぉ
    case 0x3063: case 0x3083: case 0x3085: case 0x3087: case 0x308E: // っゃゅょゎ
        return static_cast<char16_t>(u + 1);
    case 0x3094: // ゔ
        return 0x3046;
    case 0x3095: // ゕ
        return 0x304B;
    case 0x3096: // ゖ
        return 0x3051;
    default:
        break;
    }
    if (u >= 0x304B && u <= 0x3062) // か–ぢ: voiced kana follow their plain kana
        return (u - 0x304B) % 2 == 0 ? u : static_cast<char16_t>(u - 1);
    if (u >= 0x3064 && u <= 0x3069) // つ–ど (っ handled above)
        return (u - 0x3064) % 2 == 0 ? u : static_cast<char16_t>(u - 1);
    if (u >= 0x306F && u <= 0x307D) // は ば ぱ … ほ ぼ ぽ
        return static_cast<char16_t>(0x306F + (u - 0x306F) / 3 * 3);
    return u;
}

// Folded text without control characters (they would clash with the separators).
QString folded(QStringView text)
{
    QString out = foldForSearch(text);
    out.removeIf([](QChar c) { return c.unicode() < 0x20; });
    return out;
}

// A Latin letter with accents as its base letter for the first comparison (é → e, ö → o,
// ł stays ł: it has no canonical decomposition), so "émile" sorts among the e's.
char16_t plainLatin(QChar c)
{
    if (c.unicode() < 0x00C0 || c.unicode() > 0x024F || c.decompositionTag() != QChar::Canonical)
        return c.unicode();
    const QString parts = c.decomposition();
    return parts.isEmpty() || parts.front().unicode() >= 0x80 ? c.unicode() : parts.front().unicode();
}

QString plain(const QString &text)
{
    QString out = text;
    for (QChar &c : out)
        c = QChar(c.unicode() < 0x3041 ? plainLatin(c) : plainKana(c.unicode()));
    return out;
}

} // namespace

QString nameSortKey(QStringView familyReading, QStringView givenReading, QStringView familyName,
                    QStringView givenName)
{
    QString family = folded(familyReading);
    if (family.isEmpty())
        family = folded(familyName);
    QString given = folded(givenReading);
    if (given.isEmpty())
        given = folded(givenName);
    if (family.isEmpty() && given.isEmpty())
        return QString::fromUcs4(U"\U0010FFFF", 1); // no name: after every name
    const QString exact = family + QChar(PartSeparator) + given;
    const QString base = plain(family) + QChar(PartSeparator) + plain(given);
    return base == exact ? base : base + QChar(DetailSeparator) + exact;
}

} // namespace Kizuna::Text
