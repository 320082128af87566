// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/phonedigits.h"

namespace Kizuna::Text {

namespace {
const QString JapanCountryCode = QStringLiteral("81");
}

QString phoneDigits(QStringView text)
{
    const QString normalized = text.toString().normalized(QString::NormalizationForm_KC);
    QString digits;
    digits.reserve(normalized.size());
    for (const QChar c : normalized) {
        if (c >= u'0' && c <= u'9')
            digits += c;
    }
    return digits;
}

QStringList phoneSearchKeys(QStringView text)
{
    const QString digits = phoneDigits(text);
    if (digits.isEmpty())
        return {};
    QStringList keys{digits};
    const QString trimmed = text.trimmed().toString().normalized(QString::NormalizationForm_KC);
    const bool international = trimmed.startsWith(u'+') || digits.startsWith(u"0081");
    if (international) {
        const QString national = digits.startsWith(u"00") ? digits.mid(2) : digits;
        if (national.startsWith(JapanCountryCode) && national.size() >= 11)
            keys << u'0' + national.mid(2);
    } else if (digits.startsWith(u'0') && !digits.startsWith(u"00") && digits.size() >= 10) {
        keys << JapanCountryCode + digits.mid(1);
    }
    return keys;
}

bool looksLikePhoneQuery(QStringView query)
{
    const QString normalized = query.toString().normalized(QString::NormalizationForm_KC).trimmed();
    int digits = 0;
    for (qsizetype i = 0; i < normalized.size(); ++i) {
        const QChar c = normalized.at(i);
        if (c >= u'0' && c <= u'9')
            ++digits;
        else if (c == u'+' && i == 0)
            continue;
        else if (!(c == u'-' || c == u' ' || c == u'.' || c == u'(' || c == u')' || c == u'\u2212'
                   || c == u'\u30FC'))
            return false;
    }
    return digits >= 3;
}

} // namespace Kizuna::Text
