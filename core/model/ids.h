// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kizuna::Model {

// A new random record key: a UUID (version 4) in lower-case text without braces.
QString newId();

// True for text of the form of a UUID ("xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx").
bool looksLikeId(const QString &text);

} // namespace Kizuna::Model
