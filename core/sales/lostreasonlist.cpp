// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sales/lostreasonlist.h"

#include "core/model/entities.h"
#include "core/sales/salessupport.h"
#include "core/sales/salestr.h"
#include "core/storage/database.h"
#include "core/storage/transaction.h"

#include <QSet>

namespace Kizuna::Sales {

namespace {
const Model::EntityDef &reasonEntity()
{
    return Model::entity(u"lost_reason");
}
} // namespace

Result<QList<LostReason>> LostReasonList::reasons()
{
    auto select = m_store.database().prepare(QStringLiteral(
        "SELECT id, name, position FROM lost_reasons WHERE deleted_at IS NULL ORDER BY position, name, id"));
    if (!select.ok())
        return select.error();
    QList<LostReason> result;
    KIZUNA_TRY(select->forEachRow([&] {
        result.append({select->columnText(0), select->columnText(1), select->columnInt(2)});
    }));
    return result;
}

Status LostReasonList::checkName(const QString &name, const QString &exceptId)
{
    KIZUNA_TRY(Support::checkNotEmpty(reasonEntity().name, QStringLiteral("name"), name));
    auto all = reasons();
    if (!all.ok())
        return all.error();
    for (const LostReason &reason : *all) {
        if (reason.id != exceptId && reason.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return Support::fieldError(reasonEntity().name, QStringLiteral("name"),
                                       Tr::tr("\"%1\" is already in the list").arg(name.trimmed()));
    }
    return {};
}

Result<QString> LostReasonList::add(const QString &name)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    KIZUNA_TRY(checkName(name, {}));
    auto position = Support::countOf(m_store.database(),
                                     QStringLiteral("SELECT coalesce(max(position) + 1, 0) FROM lost_reasons "
                                                    "WHERE deleted_at IS NULL"),
                                     {});
    if (!position.ok())
        return position.error();
    auto id = m_store.insert(reasonEntity(), {{QStringLiteral("name"), name.trimmed()},
                                              {QStringLiteral("position"), *position}});
    if (!id.ok())
        return id.error();
    KIZUNA_TRY(transaction.commit());
    return *id;
}

Status LostReasonList::rename(const QString &id, const QString &name)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    KIZUNA_TRY(checkName(name, id));
    KIZUNA_TRY(m_store.update(reasonEntity(), id, {{QStringLiteral("name"), name.trimmed()}}));
    return transaction.commit();
}

Status LostReasonList::reorder(const QStringList &ids)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto all = reasons();
    if (!all.ok())
        return all.error();
    QSet<QString> expected;
    for (const LostReason &reason : *all)
        expected.insert(reason.id);
    if (QSet<QString>(ids.cbegin(), ids.cend()) != expected || ids.size() != all->size())
        return Error::badInput(Tr::tr("the new order of the lost reasons must list each of the %1 reasons once")
                                   .arg(all->size()));
    for (qsizetype i = 0; i < ids.size(); ++i)
        KIZUNA_TRY(m_store.update(reasonEntity(), ids.at(i), {{QStringLiteral("position"), static_cast<qint64>(i)}}));
    return transaction.commit();
}

Status LostReasonList::remove(const QString &id)
{
    return m_store.remove(reasonEntity(), id);
}

Status LostReasonList::restore(const QString &id)
{
    Storage::Transaction transaction(m_store.database());
    if (!transaction.begun())
        return transaction.beginError();
    auto record = m_store.get(reasonEntity(), id);
    if (!record.ok())
        return record.error();
    KIZUNA_TRY(checkName(record->value(QStringLiteral("name")).toString(), id));
    KIZUNA_TRY(m_store.restore(reasonEntity(), id));
    return transaction.commit();
}

} // namespace Kizuna::Sales
