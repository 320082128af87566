// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/timeline/timelinemodel.h"
#include "ui/common/displayformat.h"

#include "core/storage/database.h"

#include <QDateTime>
#include <QLocale>

#include <optional>

namespace Kizuna::Ui {

namespace {

// How often a reload looks again whether the write it waits for has been committed.
constexpr int CommitPollMs = 20;

} // namespace

TimelineModel::TimelineModel(Storage::Database &db, QObject *parent)
    : QAbstractListModel(parent)
    , m_db(db)
    , m_pages(this, db.path(), [this](Result<QList<Model::TimelineEntry>> batch, bool replace) {
        applyBatch(std::move(batch), replace);
    })
{
    m_waitForCommit.setSingleShot(true);
    m_waitForCommit.setInterval(CommitPollMs);
    connect(&m_waitForCommit, &QTimer::timeout, this, &TimelineModel::requestFirstBatch);
}

void TimelineModel::setScope(const Model::TimelineScope &scope)
{
    const bool otherRecord = scope.kind != m_scope.kind || scope.id != m_scope.id;
    m_scope = scope;
    if (otherRecord && !m_entries.isEmpty()) {
        // The rows on screen belong to another record: they go at once, not when the new batch comes.
        beginResetModel();
        m_entries.clear();
        endResetModel();
    }
    reload();
}

void TimelineModel::setKinds(const QStringList &kinds)
{
    m_kinds = kinds;
    reload();
}

void TimelineModel::reload()
{
    m_pages.startOver(); // whatever is on its way was asked for the old record or filter
    m_waitForCommit.stop();
    m_atEnd = true; // no next batch before the first one is here
    if (m_scope.id.isEmpty()) {
        if (!m_entries.isEmpty()) {
            beginResetModel();
            m_entries.clear();
            endResetModel();
        }
        return;
    }
    requestFirstBatch();
}

void TimelineModel::requestFirstBatch()
{
    // The reader has a connection of its own: in WAL mode it sees what was committed before its
    // read starts, not a write still open on the UI thread's connection. Wait for the commit.
    if (m_db.inTransaction()) {
        m_waitForCommit.start();
        return;
    }
    requestBatch(true);
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
    requestBatch(false); // does nothing while a batch is on its way
}

void TimelineModel::requestBatch(bool replace)
{
    std::optional<Model::TimelineEntry> after;
    if (!replace && !m_entries.isEmpty())
        after = m_entries.constLast();
    m_pages.request(
        [scope = m_scope, kinds = m_kinds](Storage::Database &db, const Model::TimelineEntry *last, int limit) {
            return Model::TimelineQuery::page(db, scope, kinds, last, limit);
        },
        std::move(after), BatchSize, replace);
}

void TimelineModel::applyBatch(Result<QList<Model::TimelineEntry>> batch, bool replace)
{
    if (!batch.ok()) {
        m_atEnd = true; // do not retry on every scroll step
        if (replace && !m_entries.isEmpty()) {
            beginResetModel();
            m_entries.clear();
            endResetModel();
        }
        Q_EMIT errorOccurred(tr("Cannot read the timeline: %1").arg(batch.error().message));
        Q_EMIT batchLoaded();
        return;
    }
    m_atEnd = batch->size() < BatchSize;
    if (replace) {
        // One reset from the old rows to the new ones: the list never shows empty in between.
        beginResetModel();
        m_entries = std::move(*batch);
        endResetModel();
    } else if (!batch->isEmpty()) {
        const int first = static_cast<int>(m_entries.size());
        beginInsertRows({}, first, first + static_cast<int>(batch->size()) - 1);
        m_entries.append(std::move(*batch));
        endInsertRows();
    }
    Q_EMIT batchLoaded();
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
