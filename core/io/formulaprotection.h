// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringView>

namespace Kizuna::Io {

// Spreadsheet formula injection ("CSV injection"): Excel and LibreOffice open a cell that starts
// with = + - @, a tab or a CR as a formula, so a contact whose note is "=HYPERLINK(…)" or
// "+cmd|' /C calc'!A0" would run something when the export is opened. They do the same with the
// full-width ＝ ＋ － ＠ (U+FF1D, U+FF0B, U+FF0D, U+FF20) a Japanese input method types, and after
// leading spaces, ASCII or ideographic (U+3000): "　＝SUM(A1)" and " =SUM(A1)" are formulas too.
// CSV exports write such a cell with a single quote in front (which the spreadsheets show as
// text), and CSV imports take that quote off again, so an export imports back exactly.
//
// Not protected, because a CRM exports them all the time and they are not formulas: a + or -
// (ASCII or full-width, after any leading spaces) followed only by digits, spaces, hyphens, dots,
// commas, parentheses and slashes, ASCII or full-width (phone numbers "+81 3-1234-5678",
// "＋８１ ３－１２３４", amounts "-1,200", "-0.5"), and a plain number in exponent form ("-1.5e-07").
//
// So that the quote can always be taken off again, text that already starts with quotes and
// then one of those characters, after any spaces ("'=A1", "' ＝A1", "'+81"), gets one quote more;
// unprotectFormula() takes off one quote from any text of that form. For all text t:
// unprotectFormula(protectFormula(t)) == t.

// True when protectFormula would change the text.
bool needsFormulaProtection(QStringView text);

// The text as a CSV export writes it: with a leading ' when needsFormulaProtection, else as is.
QString protectFormula(QStringView text);

// The text as a CSV import reads it: one or more quotes followed by = + - @ (ASCII or full-width,
// after any spaces), tab or CR lose their first quote ("'=SUM(A1)" → "=SUM(A1)", "''=x" → "'=x",
// "'　＝x" → "　＝x"); anything else is unchanged.
bool isProtectedFormula(QStringView text);
QString unprotectFormula(const QString &text);

} // namespace Kizuna::Io
