// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/vcardconverter.h"

#include "core/io/importvalues.h"
#include "core/io/iotr.h"
#include "core/io/vcardtext.h"

namespace Kizuna::Io {

namespace {

// The columns of the CSV record a card is turned into, and the contact field each fills.
enum Column {
    Family, Given, FullName, FamilyReading, GivenReading, FullReading, Company, Department, Title,
    Email, Phone, Mobile, PostalCode, Region, Locality, Street, Country, Birthday, Note, ColumnCount
};

ColumnMapping cardMapping()
{
    ColumnMapping mapping;
    mapping.headers = {QStringLiteral("N"), QStringLiteral("N"), QStringLiteral("FN"),
                       QStringLiteral("X-PHONETIC-LAST-NAME"), QStringLiteral("X-PHONETIC-FIRST-NAME"),
                       QStringLiteral("SORT-STRING"), QStringLiteral("ORG"), QStringLiteral("ORG"),
                       QStringLiteral("TITLE"), QStringLiteral("EMAIL"), QStringLiteral("TEL"),
                       QStringLiteral("TEL"), QStringLiteral("ADR"), QStringLiteral("ADR"),
                       QStringLiteral("ADR"), QStringLiteral("ADR"), QStringLiteral("ADR"),
                       QStringLiteral("BDAY"), QStringLiteral("NOTE")};
    mapping.fields = {QStringLiteral("family_name"), QStringLiteral("given_name"), QStringLiteral("full_name"),
                      QStringLiteral("family_name_reading"), QStringLiteral("given_name_reading"),
                      QStringLiteral("full_name_reading"), QStringLiteral("company"), QStringLiteral("department"),
                      QStringLiteral("title"), QStringLiteral("email"), QStringLiteral("phone"),
                      QStringLiteral("mobile"), QStringLiteral("postal_code"), QStringLiteral("prefecture"),
                      QStringLiteral("city"), QStringLiteral("address_line"), QStringLiteral("country"),
                      QStringLiteral("birthday"), QStringLiteral("notes")};
    return mapping;
}

QString telNumber(const QString &value)
{
    const QString text = VCardText::unescape(value).trimmed();
    return text.startsWith(u"tel:", Qt::CaseInsensitive) ? text.mid(4) : text;
}

// What one card holds, gathered before the record is built.
struct Gathered
{
    QStringList fields = QStringList(ColumnCount);
    QList<VCardPoint> points;
    QList<RejectedRow> problems;
};

void setOnce(Gathered &g, Column column, const QString &value)
{
    if (g.fields.at(column).isEmpty())
        g.fields[column] = value.trimmed();
}

void takeName(const VCardProperty &p, Gathered &g)
{
    const QStringList n = VCardText::splitValues(p.value, u';');
    setOnce(g, Family, n.value(0));
    setOnce(g, Given, n.value(1));
    const QStringList sortAs = VCardText::splitValues(p.param(QStringLiteral("SORT-AS")), u',');
    if (g.fields.at(FamilyReading).isEmpty() && g.fields.at(GivenReading).isEmpty()) {
        setOnce(g, FamilyReading, sortAs.value(0));
        setOnce(g, GivenReading, sortAs.value(1));
    }
}

void takeEmail(const VCardProperty &p, Gathered &g)
{
    const QString address = normalizedEmail(VCardText::unescape(p.value).trimmed());
    if (address.isEmpty())
        return;
    if (g.fields.at(Email).isEmpty()) {
        g.fields[Email] = address;
        return;
    }
    if (!isPlausibleEmail(address))
        g.problems.append({p.line, p.name, Tr::tr("not an email address: \"%1\"").arg(address)});
    g.points.append({QStringLiteral("email"), p.types().join(u','), address});
}

void takePhone(const VCardProperty &p, Gathered &g)
{
    const QString number = telNumber(p.value);
    if (number.isEmpty())
        return;
    const QStringList types = p.types();
    const Column column = types.contains(u"cell") ? Mobile : Phone;
    if (g.fields.at(column).isEmpty()) {
        g.fields[column] = number;
        return;
    }
    if (std::none_of(number.cbegin(), number.cend(), [](QChar c) { return c.isDigit(); }))
        g.problems.append({p.line, p.name, Tr::tr("not a phone number (no digits): \"%1\"").arg(number)});
    g.points.append({QStringLiteral("phone"), types.join(u','), number});
}

void takeAddress(const VCardProperty &p, Gathered &g)
{
    QStringList adr = VCardText::splitValues(p.value, u';');
    for (QString &part : adr)
        part = part.trimmed();
    if (std::all_of(adr.cbegin(), adr.cend(), [](const QString &s) { return s.isEmpty(); }))
        return;
    const bool first = std::all_of(g.fields.cbegin() + PostalCode, g.fields.cbegin() + Country + 1,
                                   [](const QString &s) { return s.isEmpty(); });
    if (!first) {
        g.points.append({QStringLiteral("address"), p.types().join(u','), VCardConverter::addressText(adr)});
        return;
    }
    QStringList street;
    for (int i : {2, 1, 0}) { // street, extended address, PO box
        if (!adr.value(i).isEmpty())
            street << adr.value(i);
    }
    g.fields[PostalCode] = adr.value(5);
    g.fields[Region] = adr.value(4);
    g.fields[Locality] = adr.value(3);
    g.fields[Street] = street.join(u' ');
    g.fields[Country] = adr.value(6);
}

} // namespace

VCardConverter::VCardConverter() : m_rows(cardMapping()) {}

QString VCardConverter::addressText(const QStringList &adr)
{
    QStringList parts;
    for (int i : {5, 4, 3, 2, 1, 0, 6}) {
        const QString part = adr.value(i).trimmed();
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(u' ');
}

bool VCardConverter::convert(const VCard &card, VCardContact &contact, QList<RejectedRow> &rejected) const
{
    Gathered g;
    contact.points.clear();
    contact.tags.clear();
    contact.photoSkipped = false;
    for (const VCardProperty &p : card.properties) {
        const QString text = VCardText::unescape(p.value).trimmed();
        if (p.name == u"N")
            takeName(p, g);
        else if (p.name == u"FN")
            setOnce(g, FullName, text);
        else if (p.name == u"X-PHONETIC-LAST-NAME")
            g.fields[FamilyReading] = text;
        else if (p.name == u"X-PHONETIC-FIRST-NAME")
            g.fields[GivenReading] = text;
        else if (p.name == u"SORT-STRING")
            setOnce(g, FullReading, text);
        else if (p.name == u"ORG") {
            const QStringList org = VCardText::splitValues(p.value, u';');
            setOnce(g, Company, org.value(0));
            setOnce(g, Department, org.mid(1).join(u' '));
        } else if (p.name == u"TITLE")
            setOnce(g, Title, text);
        else if (p.name == u"EMAIL")
            takeEmail(p, g);
        else if (p.name == u"TEL")
            takePhone(p, g);
        else if (p.name == u"ADR")
            takeAddress(p, g);
        else if (p.name == u"URL" && !text.isEmpty())
            g.points.append({QStringLiteral("url"), p.types().join(u','), text});
        else if (p.name == u"BDAY")
            setOnce(g, Birthday, text);
        else if (p.name == u"NOTE")
            setOnce(g, Note, text);
        else if (p.name == u"CATEGORIES") {
            for (const QString &tag : VCardText::splitValues(p.value, u',')) {
                if (!tag.trimmed().isEmpty() && !contact.tags.contains(tag.trimmed()))
                    contact.tags << tag.trimmed();
            }
        } else if (p.name == u"PHOTO")
            contact.photoSkipped = true;
    }
    // Readings given only by X-PHONETIC or SORT-AS win over SORT-STRING (split by the converter).
    if (!g.fields.at(FamilyReading).isEmpty() || !g.fields.at(GivenReading).isEmpty())
        g.fields[FullReading].clear();
    bool ok = card.problems.isEmpty() && g.problems.isEmpty();
    rejected.append(card.problems);
    rejected.append(g.problems);
    const qsizetype before = rejected.size();
    if (!m_rows.convert(CsvRecord{g.fields, card.line}, contact.row, rejected))
        ok = false;
    for (qsizetype i = before; i < rejected.size(); ++i) { // the line of the property, not of the card
        if (const VCardProperty *property = card.first(rejected.at(i).field))
            rejected[i].line = property->line;
    }
    contact.points = std::move(g.points);
    return ok;
}

} // namespace Kizuna::Io
