// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/contactrowconverter.h"
#include "core/io/vcardreader.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Kizuna::Io {

// A further email, phone, address or web page of a contact (a contact_points row).
struct VCardPoint
{
    QString kind;  // "email", "phone", "address", "url"
    QString label; // the TYPE values joined with commas ("work", "cell,home"); may be empty
    QString value;
};

// A card as a contact: the fields (checked by ContactRowConverter, as a CSV row is), the further
// emails, phones, addresses and web pages, and the CATEGORIES as tags.
struct VCardContact
{
    ContactRow row;
    QList<VCardPoint> points;
    QStringList tags;
    bool photoSkipped = false;
};

// Turns cards into contacts:
//   N → family and given name (FN when N is empty), with the readings from
//   X-PHONETIC-LAST-NAME / X-PHONETIC-FIRST-NAME, else N;SORT-AS (4.0), else SORT-STRING (3.0);
//   ORG → company (found or created by the import) and department; TITLE, BDAY, NOTE;
//   the first EMAIL, the first TEL (and the first mobile one, TYPE=CELL) and the first ADR fill
//   the contact's fields (ADR in Japanese order: region = 都道府県, locality = 市区町村, street);
//   the others become VCardPoints, as does every URL; CATEGORIES → tags; PHOTO is skipped.
// A card with a problem (a line the reader could not read, a bad value) is rejected with every
// problem, each with its line and property.
class VCardConverter final
{
public:
    VCardConverter();

    bool convert(const VCard &card, VCardContact &contact, QList<RejectedRow> &rejected) const;

    // An address as one line, for a contact point: "100-0005 東京都 千代田区 丸の内1-1"
    // (postal code, region, locality, street, extended, PO box, country; empty parts left out).
    static QString addressText(const QStringList &adrComponents);

private:
    ContactRowConverter m_rows;
};

} // namespace Kizuna::Io
