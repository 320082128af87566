// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kizuna::Model {

// True if the text contains Han, kana or other CJK characters.
bool containsCjk(const QString &text);

// A person's name for display: family name first for Japanese (CJK) names ("山田 太郎"),
// given name first otherwise ("Emma Smith"). Either part may be empty.
QString displayName(const QString &familyName, const QString &givenName);

} // namespace Kizuna::Model
