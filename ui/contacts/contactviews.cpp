// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contacts/contactviews.h"

#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "ui/common/recordlookup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Kizuna::Ui::ContactViews {

namespace {

const auto Key = QStringLiteral("contacts.saved_views");

QJsonArray all(Storage::Database &db)
{
    const QString json = RecordLookup::text(db, "SELECT value FROM settings WHERE key = ?1", Key);
    return QJsonDocument::fromJson(json.toUtf8()).array();
}

Status store(Storage::Database &db, const QJsonArray &views)
{
    auto upsert = db.prepare(QStringLiteral(
        "INSERT INTO settings(key, value) VALUES (?1, ?2) ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    if (!upsert.ok())
        return upsert.error();
    upsert->bind(1, Key);
    upsert->bind(2, QString::fromUtf8(QJsonDocument(views).toJson(QJsonDocument::Compact)));
    return upsert->run();
}

QJsonObject toJson(const QString &name, const SavedContactView &view)
{
    return {{QStringLiteral("name"), name},
            {QStringLiteral("kind"), view.filter.kind},
            {QStringLiteral("stage"), view.filter.lifecycleStage},
            {QStringLiteral("owner"), view.filter.ownerId},
            {QStringLiteral("tag"), view.filter.tagId},
            {QStringLiteral("prefecture"), view.filter.prefecture},
            {QStringLiteral("city"), view.filter.city},
            {QStringLiteral("segment"), view.filter.segmentId},
            {QStringLiteral("sort"), int(view.order.key)},
            {QStringLiteral("descending"), view.order.order == Qt::DescendingOrder}};
}

} // namespace

QStringList names(Storage::Database &db)
{
    QStringList list;
    for (const QJsonValue &view : all(db))
        list << view.toObject().value(QStringLiteral("name")).toString();
    return list;
}

std::optional<SavedContactView> load(Storage::Database &db, const QString &name)
{
    for (const QJsonValue &value : all(db)) {
        const QJsonObject view = value.toObject();
        if (view.value(QStringLiteral("name")).toString() != name)
            continue;
        SavedContactView saved;
        saved.filter.kind = view.value(QStringLiteral("kind")).toString();
        saved.filter.lifecycleStage = view.value(QStringLiteral("stage")).toString();
        saved.filter.ownerId = view.value(QStringLiteral("owner")).toString();
        saved.filter.tagId = view.value(QStringLiteral("tag")).toString();
        saved.filter.prefecture = view.value(QStringLiteral("prefecture")).toString();
        saved.filter.city = view.value(QStringLiteral("city")).toString();
        saved.filter.segmentId = view.value(QStringLiteral("segment")).toString();
        const int key = view.value(QStringLiteral("sort")).toInt();
        saved.order.key = key >= 0 && key <= int(ContactSortKey::Stage) ? ContactSortKey(key) : ContactSortKey::Reading;
        saved.order.order = view.value(QStringLiteral("descending")).toBool() ? Qt::DescendingOrder : Qt::AscendingOrder;
        return saved;
    }
    return std::nullopt;
}

Status save(Storage::Database &db, const QString &name, const SavedContactView &view)
{
    QJsonArray views;
    for (const QJsonValue &value : all(db)) {
        if (value.toObject().value(QStringLiteral("name")).toString() != name)
            views.append(value);
    }
    views.append(toJson(name, view));
    return store(db, views);
}

Status remove(Storage::Database &db, const QString &name)
{
    QJsonArray views;
    for (const QJsonValue &value : all(db)) {
        if (value.toObject().value(QStringLiteral("name")).toString() != name)
            views.append(value);
    }
    return store(db, views);
}

} // namespace Kizuna::Ui::ContactViews
