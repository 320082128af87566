// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Kizuna::Model {

// The 47 prefectures of Japan in JIS X 0401 order (北海道 = 01 … 沖縄県 = 47), as written in
// addresses.
const QStringList &japanesePrefectures();

} // namespace Kizuna::Model
