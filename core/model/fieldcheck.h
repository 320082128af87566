// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Kizuna::Model {

// Checks of what a person types into a form or a spreadsheet cell, before it is stored. Each
// returns an empty string when the text is acceptable (empty text is always acceptable: whether
// a field is required is the entity catalogue's business) and otherwise one translated sentence
// saying what is wrong, to show next to the field or in an import report.
namespace FieldCheck {

// local@domain.tld, no spaces, one @, a dot in the domain.
QString email(const QString &text);
// Digits with the usual separators (spaces, hyphens, dots, parentheses, a leading +), full-width
// digits folded; 6 to 15 digits (E.164 has at most 15).
QString phone(const QString &text);
// A Japanese postal code: 7 digits, optionally NNN-NNNN, full-width folded, an optional 〒.
QString postalCode(const QString &text);
// A calendar date as YYYY-MM-DD, YYYY/MM/DD or YYYYMMDD that exists (no 2023-02-30) and lies
// between 1900 and 2200.
QString date(const QString &text);
// The postal code with a hyphen after the third digit ("1500001" → "150-0001"); text that is
// not a valid code is returned trimmed.
QString normalisedPostalCode(const QString &text);

} // namespace FieldCheck

} // namespace Kizuna::Model
