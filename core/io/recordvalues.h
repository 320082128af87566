// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Kizuna::Io {

// How imported values of companies and activities are read (contacts: importvalues.h).

// A company name folded for finding the same company written another way: NFKC, case folded,
// katakana as hiragana, without spaces and punctuation, and without its legal form wherever
// Japanese writes it (株式会社, 有限会社, 合同会社, (株), ㈱, （有）…) or at the end of a Western
// name (Inc., Co., Ltd., LLC, Corp., GmbH …): "株式会社 山田商事", "山田商事(株)" and "㈱山田商事"
// are one key, as are "Acme, Inc." and "ACME Co., Ltd.". Empty for an empty name.
QString companyKey(QStringView name);

// The host of a web address or domain, lower case and without a leading "www."
// ("https://www.Example.co.jp/about" → "example.co.jp"; "info@example.jp" → "example.jp");
// empty when the text is not one (no dot, spaces, characters a host cannot have).
QString webDomain(QStringView text);

// A local date or date and time as spreadsheets write it: any date parseImportDate reads,
// optionally followed by a time (H:mm, H:mm:ss, H:mm:ss.zzz, H時m分), and ISO-8601 with a zone
// ("2024-04-01T09:30:00+09:00", "…Z"). A date alone is the local start of that day. Invalid
// when it is none of these.
QDateTime parseImportDateTime(QStringView text);

// A duration in whole minutes: "45", "45分", "45 min", "1:30", "1時間30分", "1.5h", "2 hours".
// Nothing when the text is not a duration.
std::optional<int> parseDurationMinutes(QStringView text);

} // namespace Kizuna::Io
