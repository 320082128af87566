// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/model/personname.h"

namespace Kizuna::Model {

bool containsCjk(const QString &text)
{
    for (const QChar c : text) {
        const ushort u = c.unicode();
        // Hiragana, Katakana, CJK symbols, Han, half-width katakana, surrogates (rare Han).
        if ((u >= 0x3000 && u <= 0x30FF) || (u >= 0x3400 && u <= 0x9FFF)
            || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF66 && u <= 0xFF9F) || c.isSurrogate())
            return true;
    }
    return false;
}

QString displayName(const QString &familyName, const QString &givenName)
{
    const QString family = familyName.trimmed();
    const QString given = givenName.trimmed();
    if (family.isEmpty())
        return given;
    if (given.isEmpty())
        return family;
    if (containsCjk(family) || containsCjk(given))
        return family + u' ' + given;
    return given + u' ' + family;
}

} // namespace Kizuna::Model
