// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace Kizuna::Io::VCardText {

// The text rules of vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) values, shared by the reader and
// the writer.

// "\\n" or "\\N" → line break, "\\," → ",", "\\;" → ";", "\\\\" → "\\"; other backslashes kept.
QString unescape(QStringView value);
// The reverse, for a text value or one component of a structured value.
QString escape(QStringView value);

// Splits at separators (';' for N, ADR and ORG; ',' for CATEGORIES and lists) that are not
// escaped with a backslash; the parts stay escaped.
QStringList splitUnescaped(QStringView value, QChar separator);
// splitUnescaped, then unescape() on each part.
QStringList splitValues(QStringView value, QChar separator);

// Quoted-printable ("=E5=B1=B1" → bytes); `ok` false on a bad "=XY". Soft line breaks ("=" at
// the end of a line) must already be joined.
QByteArray decodeQuotedPrintable(QByteArrayView bytes, bool *ok);

// A content line folded at 75 octets (never inside a UTF-8 sequence), continuation lines
// starting with a space, each ending with CRLF.
QByteArray foldLine(const QString &line);

} // namespace Kizuna::Io::VCardText
