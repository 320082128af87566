// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

#include <functional>

namespace Kizuna::Dedupe {

// Why two contacts may be the same person: one bit per kind of key they share.
enum Reason : quint8 { Email = 1, Phone = 2, NameCompany = 4, ReadingCompany = 8, Name = 16, Reading = 32 };

// The fields of a contact that give its keys, as stored.
struct ContactKeyFields
{
    QString familyName, givenName, familyReading, givenReading;
    QString email, phone, mobile;
    QString companyId;
};

// The blocking keys of DuplicateFinder: a key is a 64-bit hash of its normalised text (the
// lower 56 bits) with its Reason in the top byte, so contacts sharing a key share a block.
class ContactKeys final
{
public:
    using Emit = std::function<void(quint64 block)>;

    // The keys of a contact's own fields, in a fixed order: email, phone, mobile, name, name
    // and company, reading, reading and company. Empty keys are left out.
    static void forEachKey(const ContactKeyFields &fields, const Emit &emit);
    // The key of one of its contact points ("email" or "phone"); false when it gives none.
    static bool pointKey(QStringView kind, const QString &value, quint64 &block);

    static Reason reasonOf(quint64 block) { return Reason(block >> 56); }
    // 100 × (1 − Π(1 − weight/100)) over the reasons: email 90, phone 70, name and company 85,
    // reading and company 75, name 50, reading 40.
    static int score(quint8 reasons);
    // "same email", "same phone", … in the order of the weights.
    static QStringList reasonTexts(quint8 reasons);

private:
    static bool block(Reason reason, const QString &key, quint64 &out);
};

} // namespace Kizuna::Dedupe
