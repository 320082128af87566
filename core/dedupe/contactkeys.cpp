// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dedupe/contactkeys.h"

#include "core/dedupe/dedupetr.h"
#include "core/io/importvalues.h"
#include "core/text/textfold.h"

#include <QHash>

#include <cmath>

namespace Kizuna::Dedupe {

namespace {

struct Weight
{
    Reason reason;
    int weight;
    const char *text;
};

const Weight Weights[] = {
    {Email, 90, QT_TRANSLATE_NOOP("Kizuna::Dedupe", "same email")},
    {Phone, 70, QT_TRANSLATE_NOOP("Kizuna::Dedupe", "same phone")},
    {NameCompany, 85, QT_TRANSLATE_NOOP("Kizuna::Dedupe", "same name and company")},
    {ReadingCompany, 75, QT_TRANSLATE_NOOP("Kizuna::Dedupe", "same reading and company")},
    {Name, 50, QT_TRANSLATE_NOOP("Kizuna::Dedupe", "same name")},
    {Reading, 40, QT_TRANSLATE_NOOP("Kizuna::Dedupe", "same reading")},
};

constexpr size_t Seed = 0x6b697a756e61;

QString folded(const QString &a, const QString &b)
{
    QString text = Text::foldForSearch(QString(a + b));
    text.remove(u' ');
    return text;
}

} // namespace

bool ContactKeys::block(Reason reason, const QString &key, quint64 &out)
{
    if (key.isEmpty())
        return false;
    constexpr quint64 HashBits = (quint64(1) << 56) - 1; // the top byte holds the reason
    out = (quint64(qHash(key, Seed)) & HashBits) | (quint64(reason) << 56);
    return true;
}

void ContactKeys::forEachKey(const ContactKeyFields &fields, const Emit &emit)
{
    quint64 key = 0;
    const auto add = [&](Reason reason, const QString &text) {
        if (block(reason, text, key))
            emit(key);
    };
    add(Email, Io::emailKey(fields.email));
    add(Phone, Io::phoneKey(fields.phone));
    add(Phone, Io::phoneKey(fields.mobile));
    const QString name = folded(fields.familyName, fields.givenName);
    const QString reading = folded(fields.familyReading, fields.givenReading);
    if (name.size() >= 2) {
        add(Name, name);
        if (!fields.companyId.isEmpty())
            add(NameCompany, name + u'|' + fields.companyId);
    }
    if (reading.size() >= 2) {
        add(Reading, reading);
        if (!fields.companyId.isEmpty())
            add(ReadingCompany, reading + u'|' + fields.companyId);
    }
}

bool ContactKeys::pointKey(QStringView kind, const QString &value, quint64 &out)
{
    if (kind == u"email")
        return block(Email, Io::emailKey(value), out);
    return block(Phone, Io::phoneKey(value), out);
}

int ContactKeys::score(quint8 reasons)
{
    double missing = 1.0;
    for (const Weight &w : Weights) {
        if (reasons & w.reason)
            missing *= 1.0 - w.weight / 100.0;
    }
    return int(std::lround(100.0 * (1.0 - missing)));
}

QStringList ContactKeys::reasonTexts(quint8 reasons)
{
    QStringList texts;
    for (const Weight &w : Weights) {
        if (reasons & w.reason)
            texts << Tr::tr(w.text);
    }
    return texts;
}

} // namespace Kizuna::Dedupe
