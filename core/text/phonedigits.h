// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QStringView>

namespace Kizuna::Text {

// The digits of a phone number, as typed in any format ("03-1234-5678", "(03) 1234 5678",
// "０３−１２３４−５６７８" → "0312345678"). Empty when there are none.
QString phoneDigits(QStringView text);

// The digit strings under which a stored number can be found: the digits as written and, for a
// Japanese number in international form (+81 …), the national form with the leading 0 and vice
// versa, so "+81 90-1234-5678" and "090-1234-5678" find each other.
QStringList phoneSearchKeys(QStringView text);

// True when a query looks like (part of) a phone number: at least three digits and nothing but
// digits, spaces, hyphens, dots, parentheses and a leading plus, in any width.
bool looksLikePhoneQuery(QStringView query);

} // namespace Kizuna::Text
