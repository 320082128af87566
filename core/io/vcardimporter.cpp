// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/vcardimporter.h"

#include "core/io/contactimportsession.h"
#include "core/io/iotr.h"
#include "core/io/vcardconverter.h"
#include "core/io/vcardreader.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/model/tagassignments.h"
#include "core/storage/database.h"

#include <QHash>

namespace Kizuna::Io {

namespace {

constexpr int ProgressEvery = 200;
const QString ExtrasTable = QStringLiteral("temp.kizuna_vcard_extras");

// One import: the cards' contact points and tags wait in a temporary table (bounded memory)
// until the session has written the contacts they belong to.
class VCardImportRun final
{
public:
    VCardImportRun(Storage::Database &db, const Model::ChangeContext &context, const ContactImportOptions &options)
        : m_db(db), m_session(db, context, options), m_store(db, context), m_dryRun(options.dryRun)
    {}

    Result<VCardImportSummary> run(QIODevice &device, const VCardImporter::Progress &progress,
                                   const std::atomic<bool> *cancel);

private:
    Status readCards(VCardReader &reader, const VCardImporter::Progress &progress, const std::atomic<bool> *cancel);
    Status stageExtras(const QString &contactId, const VCardContact &contact);
    Status writeExtras();
    Status writePoint(const QString &contactId, const QString &kind, const QString &label, const QString &value);
    Status writeTag(const QString &contactId, const QString &name);
    Result<QString> tagId(const QString &name);

    Storage::Database &m_db;
    ContactImportSession m_session;
    Model::RecordStore m_store;
    bool m_dryRun;
    VCardImportSummary m_summary;
    QHash<QString, QString> m_tags; // tag name → id
};

Result<VCardImportSummary> VCardImportRun::run(QIODevice &device, const VCardImporter::Progress &progress,
                                                const std::atomic<bool> *cancel)
{
    VCardReader reader(device);
    KIZUNA_TRY(m_session.begin());
    KIZUNA_TRY(m_db.exec(QStringLiteral("DROP TABLE IF EXISTS %1").arg(ExtrasTable)));
    KIZUNA_TRY(m_db.exec(QStringLiteral("CREATE TABLE %1(contact_id TEXT NOT NULL, kind TEXT NOT NULL, label, "
                                        "value TEXT NOT NULL)")
                             .arg(ExtrasTable)));
    KIZUNA_TRY(readCards(reader, progress, cancel));
    ContactImportSummary &contacts = m_session.summary();
    contacts.encoding = reader.encoding();
    if (contacts.rows == 0)
        return Error::badInput(Tr::tr("the file holds no vCard (BEGIN:VCARD … END:VCARD)"));
    if (contacts.rejectedRows == contacts.rows) {
        m_summary.contacts = contacts;
        return m_summary; // every card is bad: nothing is written (the transaction rolls back)
    }
    KIZUNA_TRY(m_session.writeContacts());
    KIZUNA_TRY(writeExtras());
    KIZUNA_TRY(m_db.exec(QStringLiteral("DROP TABLE %1").arg(ExtrasTable)));
    if (!m_dryRun)
        KIZUNA_TRY(m_session.commit());
    m_summary.contacts = m_session.summary();
    return m_summary;
}

Status VCardImportRun::readCards(VCardReader &reader, const VCardImporter::Progress &progress,
                                 const std::atomic<bool> *cancel)
{
    const VCardConverter converter;
    ContactImportSummary &summary = m_session.summary();
    VCard card;
    VCardContact contact;
    for (;;) {
        auto more = reader.next(card);
        if (!more.ok())
            return more.error();
        if (!*more)
            return {};
        if (++summary.rows % ProgressEvery == 0) {
            if (cancel && cancel->load(std::memory_order_relaxed))
                return Error::cancelled(Tr::tr("import cancelled; nothing was imported"));
            if (progress)
                progress(reader.bytesRead());
        }
        if (!converter.convert(card, contact, summary.rejected)) {
            ++summary.rejectedRows;
            continue;
        }
        m_summary.photosSkipped += contact.photoSkipped ? 1 : 0;
        auto id = m_session.add(contact.row);
        if (!id.ok())
            return id.error();
        if (!id->isEmpty())
            KIZUNA_TRY(stageExtras(*id, contact));
    }
}

Status VCardImportRun::stageExtras(const QString &contactId, const VCardContact &contact)
{
    auto insert = m_db.cached("INSERT INTO temp.kizuna_vcard_extras(contact_id, kind, label, value) VALUES (?1, ?2, ?3, ?4)");
    if (!insert.ok())
        return insert.error();
    Storage::Statement &s = **insert;
    const auto add = [&](const QString &kind, const QString &label, const QString &value) {
        s.bind(1, contactId);
        s.bind(2, kind);
        s.bind(3, label.isEmpty() ? QString() : label);
        s.bind(4, value);
        return s.run();
    };
    for (const VCardPoint &point : contact.points)
        KIZUNA_TRY(add(point.kind, point.label, point.value));
    for (const QString &tag : contact.tags)
        KIZUNA_TRY(add(QStringLiteral("tag"), QString(), tag));
    return {};
}

Status VCardImportRun::writeExtras()
{
    auto select = m_db.prepare(QStringLiteral("SELECT contact_id, kind, label, value FROM %1 ORDER BY rowid").arg(ExtrasTable));
    if (!select.ok())
        return select.error();
    Status status;
    KIZUNA_TRY(select->forEachRow([&] {
        if (!status.ok())
            return;
        const QString contactId = select->columnText(0), kind = select->columnText(1);
        status = kind == u"tag" ? writeTag(contactId, select->columnText(3))
                                : writePoint(contactId, kind, select->columnText(2), select->columnText(3));
    }));
    return status;
}

// A point the contact has already (an update of an existing contact) is not added twice.
Status VCardImportRun::writePoint(const QString &contactId, const QString &kind, const QString &label,
                                  const QString &value)
{
    auto next = m_db.cached("SELECT count(*) FILTER (WHERE kind = ?2 AND value = ?3), coalesce(max(position), 0) + 1 "
                            "FROM contact_points WHERE contact_id = ?1 AND deleted_at IS NULL");
    if (!next.ok())
        return next.error();
    Storage::Statement &s = **next;
    s.bind(1, contactId);
    s.bind(2, kind);
    s.bind(3, value);
    auto row = s.step();
    if (!row.ok())
        return row.error();
    const bool known = s.columnInt64(0) > 0;
    const qint64 position = s.columnInt64(1);
    s.reset();
    if (known)
        return {};
    Model::FieldValues values{{QStringLiteral("contact_id"), contactId}, {QStringLiteral("kind"), kind},
                              {QStringLiteral("value"), value}, {QStringLiteral("position"), position}};
    if (!label.isEmpty())
        values.insert(QStringLiteral("label"), label);
    auto id = m_store.insert(Model::entity(u"contact_point"), values);
    if (!id.ok())
        return id.error();
    ++m_summary.contactPoints;
    return {};
}

Result<QString> VCardImportRun::tagId(const QString &name)
{
    if (const auto known = m_tags.constFind(name); known != m_tags.cend())
        return *known;
    auto found = Model::TagAssignments::findTag(m_db, name);
    if (!found.ok())
        return found.error();
    QString id = found->id;
    if (id.isEmpty()) {
        auto created = Model::TagAssignments::createTag(m_store, name);
        if (!created.ok())
            return created.error();
        id = *created;
        ++m_summary.tagsCreated;
    }
    m_tags.insert(name, id);
    return id;
}

Status VCardImportRun::writeTag(const QString &contactId, const QString &name)
{
    auto tag = tagId(name);
    if (!tag.ok())
        return tag.error();
    auto added = Model::TagAssignments::add(m_store, QStringLiteral("contact"), contactId, *tag);
    if (!added.ok())
        return added.error();
    if (*added)
        ++m_summary.tagLinks;
    return {};
}

} // namespace

VCardImporter::VCardImporter(Storage::Database &db, Model::ChangeContext context)
    : m_db(db), m_context(std::move(context))
{}

Result<VCardImportSummary> VCardImporter::import(QIODevice &device, const ContactImportOptions &options,
                                                 const Progress &progress, const std::atomic<bool> *cancel)
{
    ContactImportOptions vcardOptions = options;
    vcardOptions.rememberMapping = false; // a card has no column layout to remember
    VCardImportRun run(m_db, m_context, vcardOptions);
    return run.run(device, progress, cancel);
}

} // namespace Kizuna::Io
