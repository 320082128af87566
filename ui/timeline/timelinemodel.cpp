// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelinemodel.h"
#include "ui/common/displayformat.h"

#include "core/storage/database.h"

#include <QDateTime>
#include <QLocale>

namespace Kizuna::Ui {

TimelineModel::TimelineModel(Storage::Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
{
}

void TimelineModel::setScope(const Model::TimelineScope &scope)
{
    m_scope = scope;
    reload();
}

void TimelineModel::setKinds(const QStringList &kinds)
{
    m_kinds = kinds;
    reload();
}

void TimelineModel::reload()
{
    beginResetModel();
    m_entries.clear();
    m_atEnd = m_scope.id.isEmpty();
    endResetModel();
    if (!m_atEnd)
        fetchMore({});
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

bool TimelineModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_atEnd;
}

void TimelineModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || m_atEnd)
        return;
    const Model::TimelineEntry *after = m_entries.isEmpty() ? nullptr : &m_entries.constLast();
    auto page = Model::TimelineQuery::page(m_db, m_scope, m_kinds, after, BatchSize);
    if (!page.ok()) {
        m_atEnd = true;
        Q_EMIT errorOccurred(tr("Cannot read the timeline: %1").arg(page.error().message));
        return;
    }
    m_atEnd = page->size() < BatchSize;
    if (page->isEmpty())
        return;
    const int first = static_cast<int>(m_entries.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_entries += *page;
    endInsertRows();
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Model::TimelineEntry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        const QString title = entry.title.isEmpty() ? kindLabel(entry.kind) : entry.title;
        return QString(kindLabel(entry.kind) + u" · " + title);
    }
    case Qt::ToolTipRole:
        return detailText(entry);
    case TimelineKindRole:
        return entry.kind;
    case TimelineSourceRole:
        return entry.source;
    case TimelineIdRole:
        return entry.id;
    case TimelineWhenRole:
        return QDateTime::fromString(entry.at, Qt::ISODateWithMs).toLocalTime();
    case TimelineTitleRole:
        return entry.title.isEmpty() ? kindLabel(entry.kind) : entry.title;
    case TimelineDetailRole:
        return detailText(entry);
    default:
        return {};
    }
}

QString TimelineModel::detailText(const Model::TimelineEntry &entry) const
{
    if (entry.source == u"order") {
        const QString total = DisplayFormat::money(entry.amount.toDouble());
        return entry.detail.isEmpty() ? tr("Order of %1").arg(total)
                                      : tr("Order of %1 (%2)").arg(total, entry.detail);
    }
    if (entry.source == u"deal_stage")
        return entry.detail.isEmpty() ? tr("Deal created in stage %1").arg(entry.detail2)
                                      : tr("Deal moved from %1 to %2").arg(entry.detail, entry.detail2);
    if (entry.source == u"task")
    {
        if (entry.detail2 == u"done")
            return tr("Task done");
        const QDateTime due = QDateTime::fromString(entry.detail, Qt::ISODateWithMs).toLocalTime();
        return due.isValid() ? tr("Task created, due %1").arg(DisplayFormat::dateTime(due))
                             : tr("Task created");
    }
    if (entry.source == u"campaign")
        return tr("Campaign: %1").arg(entry.detail);
    return entry.detail.simplified().left(300);
}

QString TimelineModel::kindLabel(const QString &kind)
{
    if (kind == u"call")
        return tr("Call");
    if (kind == u"email")
        return tr("Email");
    if (kind == u"meeting")
        return tr("Meeting");
    if (kind == u"visit")
        return tr("Visit");
    if (kind == u"chat")
        return tr("Chat");
    if (kind == u"sns")
        return tr("Social media");
    if (kind == u"web_form")
        return tr("Web form");
    if (kind == u"letter")
        return tr("Letter");
    if (kind == u"note")
        return tr("Note");
    if (kind == u"complaint")
        return tr("Complaint");
    if (kind == u"feedback")
        return tr("Feedback");
    if (kind == u"survey")
        return tr("Survey");
    if (kind == u"order")
        return tr("Purchase");
    if (kind == u"deal_stage")
        return tr("Deal step");
    if (kind == u"task")
        return tr("Task");
    if (kind == u"campaign")
        return tr("Campaign");
    return kind;
}

} // namespace Kizuna::Ui
