// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/recordcolumns.h"

#include "core/io/iotr.h"
#include "core/storage/database.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Kizuna::Io {

namespace {

bool ignores(const QString &field)
{
    return field.isEmpty() || field == u"-" || field.compare(u"ignore", Qt::CaseInsensitive) == 0;
}

// The column an override names: its header as written, folded, or its 1-based number; -1 if none.
qsizetype columnNamed(const QStringList &headers, const QString &name)
{
    if (const qsizetype exact = headers.indexOf(name); exact >= 0)
        return exact;
    const QString folded = ContactColumns::foldHeader(name);
    for (qsizetype i = 0; i < headers.size(); ++i) {
        if (ContactColumns::foldHeader(headers.at(i)) == folded)
            return i;
    }
    bool isNumber = false;
    const int number = name.toInt(&isNumber);
    return isNumber && number >= 1 && number <= headers.size() ? number - 1 : -1;
}

} // namespace

RecordColumns::RecordColumns(QString entity, const QList<ImportTarget> &targets) : m_entity(std::move(entity))
{
    for (const ImportTarget &target : targets) {
        m_targets << target.name;
        m_dictionary.insert(ContactColumns::foldHeader(target.name), target.name);
    }
    for (const ImportTarget &target : targets) {
        for (const QString &header : target.headers)
            m_dictionary.insert(ContactColumns::foldHeader(header), target.name);
    }
}

QString RecordColumns::suggestField(QStringView header) const
{
    return m_dictionary.value(ContactColumns::foldHeader(header));
}

ColumnMapping RecordColumns::suggest(const QStringList &headers) const
{
    ColumnMapping mapping;
    for (const QString &header : headers) {
        mapping.headers << header.trimmed();
        mapping.fields << suggestField(header);
    }
    return mapping;
}

Status RecordColumns::applyOverrides(ColumnMapping &mapping, const QStringList &overrides) const
{
    for (const QString &text : overrides) {
        const qsizetype equals = text.lastIndexOf(u'=');
        if (equals <= 0)
            return Error::badInput(Tr::tr("mapping \"%1\": expected HEADER=FIELD").arg(text));
        const QString header = text.left(equals).trimmed();
        const QString field = text.mid(equals + 1).trimmed();
        if (!ignores(field) && !isTarget(field))
            return Error::badInput(Tr::tr("mapping \"%1\": no %2 field \"%3\" (fields: %4)")
                                       .arg(text, m_entity, field, m_targets.join(QStringLiteral(", "))));
        const qsizetype column = columnNamed(mapping.headers, header);
        if (column < 0)
            return Error::badInput(Tr::tr("mapping \"%1\": no column \"%2\" in the header (columns: %3)")
                                       .arg(text, header, mapping.headers.join(QStringLiteral(", "))));
        mapping.fields[column] = ignores(field) ? QString() : field;
    }
    return {};
}

QString headerFor(const ColumnMapping &mapping, const QString &target)
{
    return mapping.headers.value(mapping.fields.indexOf(target));
}

QString RecordColumns::settingsKey(const QStringList &headers) const
{
    return QStringLiteral("import_mapping/%1/%2").arg(m_entity, ContactColumns::layoutKey(headers));
}

Result<ColumnMapping> RecordColumns::remembered(Storage::Database &db, const QStringList &headers) const
{
    auto select = db.prepare(QStringLiteral("SELECT value FROM settings WHERE key = ?1"));
    if (!select.ok())
        return select.error();
    select->bind(1, settingsKey(headers));
    auto row = select->step();
    if (!row.ok())
        return row.error();
    ColumnMapping mapping;
    const QJsonArray fields =
        *row ? QJsonDocument::fromJson(select->columnText(0).toUtf8()).array() : QJsonArray();
    if (fields.size() != headers.size())
        return mapping; // none, or written by something else
    for (qsizetype i = 0; i < headers.size(); ++i) {
        const QString field = fields.at(i).toString();
        mapping.headers << headers.at(i).trimmed();
        mapping.fields << (isTarget(field) ? field : QString());
    }
    return mapping;
}

Status RecordColumns::remember(Storage::Database &db, const ColumnMapping &mapping) const
{
    auto upsert = db.prepare(QStringLiteral("INSERT INTO settings(key, value) VALUES (?1, ?2) "
                                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!upsert.ok())
        return upsert.error();
    upsert->bind(1, settingsKey(mapping.headers));
    upsert->bind(2, QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(mapping.fields))
                                          .toJson(QJsonDocument::Compact)));
    return upsert->run();
}

} // namespace Kizuna::Io
