// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/formulaprotection.h"

namespace Kizuna::Io {

namespace {

bool startsFormula(QChar c)
{
    const char16_t u = c.unicode();
    return u == u'=' || u == u'+' || u == u'-' || u == u'@' || u == u'\t' || u == u'\r';
}

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

// Digits, spaces, hyphens, dots, commas, parentheses and slashes only (phone numbers, amounts).
bool isNumberLike(QStringView text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (!isAsciiDigit(c) && u != u' ' && u != u'-' && u != u'.' && u != u',' && u != u'(' && u != u')'
            && u != u'/')
            return false;
    }
    return true;
}

// digits [. digits] e|E [+|-] digits, as a real number is written in exponent form.
bool isExponentNumber(QStringView text)
{
    qsizetype i = 0;
    const auto digits = [&] {
        const qsizetype start = i;
        while (i < text.size() && isAsciiDigit(text[i]))
            ++i;
        return i > start;
    };
    if (!digits())
        return false;
    if (i < text.size() && text[i] == u'.') {
        ++i;
        digits();
    }
    if (i >= text.size() || (text[i] != u'e' && text[i] != u'E'))
        return false;
    ++i;
    if (i < text.size() && (text[i] == u'+' || text[i] == u'-'))
        ++i;
    return digits() && i == text.size();
}

} // namespace

bool needsFormulaProtection(QStringView text)
{
    if (text.isEmpty())
        return false;
    if (text.front() == u'\'')
        return isProtectedFormula(text);
    if (!startsFormula(text.front()))
        return false;
    if (text.front() == u'+' || text.front() == u'-') {
        const QStringView rest = text.sliced(1);
        return !isNumberLike(rest) && !isExponentNumber(rest);
    }
    return true;
}

QString protectFormula(QStringView text)
{
    if (!needsFormulaProtection(text))
        return text.toString();
    QString protectedText;
    protectedText.reserve(text.size() + 1);
    protectedText.append(u'\'').append(text);
    return protectedText;
}

bool isProtectedFormula(QStringView text)
{
    qsizetype quotes = 0;
    while (quotes < text.size() && text[quotes] == u'\'')
        ++quotes;
    return quotes > 0 && quotes < text.size() && startsFormula(text[quotes]);
}

QString unprotectFormula(const QString &text)
{
    return isProtectedFormula(text) ? text.sliced(1) : text;
}

} // namespace Kizuna::Io
