// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/vcardexporter.h"

#include "core/io/iotr.h"
#include "core/io/vcardtext.h"
#include "core/model/personname.h"
#include "core/storage/database.h"

#include <QIODevice>

namespace Kizuna::Io {

namespace {

using VCardText::escape;

constexpr int ProgressEvery = 1000;

enum Column { Id, Family, Given, FamilyReading, GivenReading, Email, Phone, Mobile, Company, Department,
              Title, PostalCode, Prefecture, City, AddressLine, Country, Birthday, Notes };

class CardWriter final
{
public:
    CardWriter(QIODevice &device, VCardVersion version) : m_device(device), m_version(version) {}

    void line(const QString &text) { m_buffer += VCardText::foldLine(text); }
    void property(const QString &name, const QString &value)
    {
        if (!value.isEmpty())
            line(name + u':' + value);
    }
    // "TEL;TYPE=cell,home:…" (the label's words as TYPE values).
    void typed(const QString &name, const QString &label, const QString &value)
    {
        QString head = name;
        if (!label.isEmpty())
            head += QStringLiteral(";TYPE=") + label;
        property(head, value);
    }
    bool v4() const { return m_version == VCardVersion::V40; }
    Status flush()
    {
        if (m_device.write(m_buffer) != m_buffer.size())
            return Error::storage(Tr::tr("cannot write the vCard file: %1").arg(m_device.errorString()));
        m_buffer.clear();
        return {};
    }
    qsizetype buffered() const { return m_buffer.size(); }

private:
    QIODevice &m_device;
    VCardVersion m_version;
    QByteArray m_buffer;
};

QString joined(std::initializer_list<QString> parts, QChar separator)
{
    QStringList escaped;
    for (const QString &part : parts)
        escaped << escape(part);
    return escaped.join(separator);
}

void writeNames(CardWriter &out, const Storage::Statement &s)
{
    const QString family = s.columnText(Family), given = s.columnText(Given);
    const QString familyReading = s.columnText(FamilyReading), givenReading = s.columnText(GivenReading);
    const bool readings = !familyReading.isEmpty() || !givenReading.isEmpty();
    QString n = QStringLiteral("N");
    if (out.v4() && readings)
        n += QStringLiteral(";SORT-AS=\"%1\"").arg(joined({familyReading, givenReading}, u','));
    out.line(n + u':' + joined({family, given, QString(), QString(), QString()}, u';'));
    QString fn = Model::displayName(family, given);
    if (fn.trimmed().isEmpty())
        fn = s.columnText(Email).isEmpty() ? s.columnText(Company) : s.columnText(Email);
    out.line(QStringLiteral("FN:") + escape(fn));
    out.property(QStringLiteral("X-PHONETIC-LAST-NAME"), escape(familyReading));
    out.property(QStringLiteral("X-PHONETIC-FIRST-NAME"), escape(givenReading));
    if (!out.v4() && readings)
        out.property(QStringLiteral("SORT-STRING"), escape(QStringList{familyReading, givenReading}.join(u' ').trimmed()));
}

void writeFields(CardWriter &out, const Storage::Statement &s)
{
    if (!s.columnText(Company).isEmpty() || !s.columnText(Department).isEmpty())
        out.line(QStringLiteral("ORG:") + joined({s.columnText(Company), s.columnText(Department)}, u';'));
    out.property(QStringLiteral("TITLE"), escape(s.columnText(Title)));
    out.property(QStringLiteral("EMAIL"), escape(s.columnText(Email)));
    out.typed(QStringLiteral("TEL"), QStringLiteral("voice"), escape(s.columnText(Phone)));
    out.typed(QStringLiteral("TEL"), QStringLiteral("cell"), escape(s.columnText(Mobile)));
    const QString postal = s.columnText(PostalCode), prefecture = s.columnText(Prefecture), city = s.columnText(City),
                  street = s.columnText(AddressLine), country = s.columnText(Country);
    if (!QString(postal + prefecture + city + street + country).isEmpty())
        out.line(QStringLiteral("ADR:") + joined({QString(), QString(), street, city, prefecture, postal, country}, u';'));
    QString birthday = s.columnText(Birthday);
    if (out.v4())
        birthday.remove(u'-'); // RFC 6350 dates are in the basic format: 19800315
    out.property(QStringLiteral("BDAY"), birthday);
    out.property(QStringLiteral("NOTE"), escape(s.columnText(Notes)));
}

Status writePoints(Storage::Database &db, CardWriter &out, const QString &contactId)
{
    auto points = db.cached("SELECT kind, label, value FROM contact_points WHERE contact_id = ?1 AND deleted_at IS NULL "
                            "ORDER BY position, rowid");
    if (!points.ok())
        return points.error();
    Storage::Statement &s = **points;
    s.bind(1, contactId);
    return s.forEachRow([&] {
        const QString kind = s.columnText(0), label = s.columnText(1), value = s.columnText(2);
        if (kind == u"email")
            out.typed(QStringLiteral("EMAIL"), label, escape(value));
        else if (kind == u"phone")
            out.typed(QStringLiteral("TEL"), label, escape(value));
        else if (kind == u"address")
            out.typed(QStringLiteral("ADR"), label, joined({QString(), QString(), value, QString(), QString(), QString(), QString()}, u';'));
        else
            out.typed(QStringLiteral("URL"), label, value);
    });
}

Status writeTags(Storage::Database &db, CardWriter &out, const QString &contactId)
{
    auto tags = db.cached("SELECT t.name FROM contact_tags ct JOIN tags t ON t.id = ct.tag_id WHERE ct.contact_id = ?1 "
                          "AND ct.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY t.name");
    if (!tags.ok())
        return tags.error();
    Storage::Statement &s = **tags;
    s.bind(1, contactId);
    QStringList names;
    KIZUNA_TRY(s.forEachRow([&] { names << escape(s.columnText(0)); }));
    out.property(QStringLiteral("CATEGORIES"), names.join(u','));
    return {};
}

} // namespace

Result<qint64> VCardExporter::write(Storage::Database &db, QIODevice &device, VCardVersion version,
                                    const Progress &progress)
{
    auto select = db.prepare(QStringLiteral(
        "SELECT c.id, c.family_name, c.given_name, c.family_name_reading, c.given_name_reading, c.email, c.phone, "
        "c.mobile, co.name, c.department, c.title, c.postal_code, c.prefecture, c.city, c.address_line, c.country, "
        "c.birthday, c.notes FROM contacts c LEFT JOIN companies co ON co.id = c.company_id "
        "WHERE c.deleted_at IS NULL ORDER BY c.id"));
    if (!select.ok())
        return select.error();
    CardWriter out(device, version);
    qint64 cards = 0;
    Status status;
    KIZUNA_TRY(select->forEachRow([&] {
        if (!status.ok())
            return;
        const QString id = select->columnText(Id);
        out.line(QStringLiteral("BEGIN:VCARD"));
        out.line(version == VCardVersion::V40 ? QStringLiteral("VERSION:4.0") : QStringLiteral("VERSION:3.0"));
        writeNames(out, *select);
        writeFields(out, *select);
        status = writePoints(db, out, id);
        if (status.ok())
            status = writeTags(db, out, id);
        out.line(version == VCardVersion::V40 ? QStringLiteral("UID:urn:uuid:") + id : QStringLiteral("UID:") + id);
        out.line(QStringLiteral("END:VCARD"));
        if (status.ok() && out.buffered() > 256 * 1024)
            status = out.flush();
        if (++cards % ProgressEvery == 0 && progress)
            progress(cards);
    }));
    KIZUNA_TRY(status);
    KIZUNA_TRY(out.flush());
    return cards;
}

} // namespace Kizuna::Io
