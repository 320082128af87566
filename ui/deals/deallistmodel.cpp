// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deals/deallistmodel.h"

#include "core/sales/deallistquery.h"
#include "core/storage/backgroundjob.h"
#include "ui/common/displayformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>
#include <QTimer>

namespace Kizuna::Ui {

DealListModel::DealListModel(QString databasePath, QObject *parent)
    : QAbstractTableModel(parent), m_databasePath(std::move(databasePath))
{
    connect(&m_idsWatcher, &QFutureWatcherBase::finished, this, &DealListModel::idsFinished);
    connect(&m_pageWatcher, &QFutureWatcherBase::finished, this, &DealListModel::pageFinished);
}

DealListModel::~DealListModel()
{
    if (m_idsCancel)
        m_idsCancel->store(true);
    m_idsWatcher.waitForFinished();
    m_pageWatcher.waitForFinished();
}

void DealListModel::setQuery(const Sales::DealListFilter &filter, const QDateTime &now)
{
    m_filter = filter;
    m_now = now;
    m_hasQuery = true;
    reload();
}

void DealListModel::reload()
{
    if (!m_hasQuery)
        return;
    ++m_generation;
    m_queue.clear();
    m_requested.clear();
    startIds();
}

bool DealListModel::isLoading() const
{
    return m_idsWatcher.isRunning() || m_idsPending || m_pageWatcher.isRunning() || !m_queue.isEmpty();
}

void DealListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sort = {static_cast<Sales::DealListColumn>(column), order == Qt::DescendingOrder};
    reload();
}

void DealListModel::startIds()
{
    if (m_idsWatcher.isRunning()) {
        // The running read is stale: stop it and read again when it has stopped.
        m_idsCancel->store(true);
        m_idsPending = true;
        return;
    }
    m_idsPending = false;
    m_idsGeneration = m_generation;
    m_idsCancel = Storage::makeCancelFlag();
    const Sales::DealListFilter filter = m_filter;
    const Sales::DealListSort sort = m_sort;
    m_idsWatcher.setFuture(Storage::runInBackground<QStringList>(
        m_databasePath, m_idsCancel, [filter, sort](Storage::Database &db, const std::atomic<bool> &cancel) {
            return Sales::DealListQuery(db).orderedIds(filter, sort, &cancel);
        }));
}

void DealListModel::idsFinished()
{
    const Result<QStringList> ids = m_idsWatcher.result();
    if (m_idsPending || m_idsGeneration != m_generation) {
        startIds();
        return;
    }
    if (!ids.ok()) {
        Q_EMIT errorOccurred(ids.error().message);
        return;
    }
    beginResetModel();
    m_ids = *ids;
    m_rows.clear();
    m_queue.clear();
    m_requested.clear();
    endResetModel();
    Q_EMIT listLoaded(static_cast<int>(m_ids.size()));
    if (!m_ids.isEmpty())
        requestPage(0); // the first rows at once, before the view paints
}

void DealListModel::requestPage(int page) const
{
    if (m_requested.contains(page))
        return;
    m_requested.insert(page);
    m_queue.append(page);
    // data() is const and may run while painting: start the read from the event loop.
    QTimer::singleShot(0, const_cast<DealListModel *>(this), &DealListModel::startNextPage);
}

void DealListModel::startNextPage()
{
    if (m_pageWatcher.isRunning() || m_queue.isEmpty())
        return;
    m_runningPage = m_queue.takeFirst();
    m_pageGeneration = m_generation;
    const QStringList ids = m_ids.mid(qsizetype(m_runningPage) * PageSize, PageSize);
    const QDateTime now = m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
    m_pageWatcher.setFuture(Storage::runInBackground<QList<Sales::DealListRow>>(
        m_databasePath, Storage::makeCancelFlag(), [ids, now](Storage::Database &db, const std::atomic<bool> &) {
            return Sales::DealListQuery(db).rows(ids, now);
        }));
}

void DealListModel::pageFinished()
{
    const Result<QList<Sales::DealListRow>> rows = m_pageWatcher.result();
    const int page = m_runningPage;
    m_runningPage = -1;
    if (m_pageGeneration == m_generation) {
        if (!rows.ok()) {
            Q_EMIT errorOccurred(rows.error().message);
        } else {
            for (const Sales::DealListRow &row : *rows)
                m_rows.insert(row.card.id, row);
            const int first = page * PageSize;
            const int last = std::min(static_cast<int>(m_ids.size()), first + PageSize) - 1;
            if (first <= last)
                Q_EMIT dataChanged(index(first, 0), index(last, ColumnCount - 1));
            Q_EMIT pageLoaded();
        }
    }
    startNextPage();
}

int DealListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_ids.size());
}

int DealListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DealListModel::display(const Sales::DealListRow &row, int column) const
{
    const Sales::DealCard &card = row.card;
    const QLocale locale;
    switch (column) {
    case TitleColumn:
        return card.title;
    case CustomerColumn: {
        QStringList who;
        for (const QString &name : {card.companyName, card.contactName}) {
            if (!name.isEmpty())
                who << name;
        }
        return who.join(QStringLiteral(" · "));
    }
    case StageColumn:
        return row.stageName;
    case AmountColumn:
        return DisplayFormat::money(card.amount);
    case ProbabilityColumn:
        return tr("%1 %").arg(locale.toString(card.effectiveProbability * 100.0, 'f', 0));
    case WeightedColumn:
        return DisplayFormat::money(row.weighted);
    case ExpectedCloseColumn:
        return DisplayFormat::date(card.expectedCloseDate);
    case OwnerColumn:
        return card.ownerName;
    case DaysColumn:
        return locale.toString(card.daysInStage);
    default:
        return {};
    }
}

QVariant DealListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const QString &id = m_ids.at(index.row());
    if (role == IdRole)
        return id;
    const auto found = m_rows.constFind(id);
    if (found == m_rows.cend()) {
        requestPage(index.row() / PageSize);
        return role == Qt::DisplayRole && index.column() == TitleColumn ? QVariant(QStringLiteral("…")) : QVariant();
    }
    const Sales::DealListRow &row = *found;
    const bool rotting = row.card.rotting;
    switch (role) {
    case Qt::DisplayRole:
        return display(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == AmountColumn || index.column() == ProbabilityColumn || index.column() == WeightedColumn
            || index.column() == DaysColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        if (rotting)
            return tr("Idle for %n day(s) in “%1”: longer than the stage allows", nullptr, row.card.daysInStage)
                .arg(row.stageName);
        if (index.column() == ProbabilityColumn && !row.card.probability)
            return tr("The stage's default probability");
        return {};
    case Qt::BackgroundRole:
        return rotting && index.column() == DaysColumn ? QVariant(QBrush(QColor(255, 228, 196))) : QVariant();
    case Qt::ForegroundRole:
        return rotting ? QVariant(QBrush(QColor(140, 40, 0))) : QVariant();
    case Qt::FontRole:
        if (rotting && index.column() == DaysColumn) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case RottingRole:
        return rotting;
    default:
        return {};
    }
}

QVariant DealListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TitleColumn:
        return tr("Deal");
    case CustomerColumn:
        return tr("Company / contact");
    case StageColumn:
        return tr("Stage");
    case AmountColumn:
        return tr("Amount");
    case ProbabilityColumn:
        return tr("Probability");
    case WeightedColumn:
        return tr("Weighted");
    case ExpectedCloseColumn:
        return tr("Expected close");
    case OwnerColumn:
        return tr("Owner");
    case DaysColumn:
        return tr("Days in stage");
    default:
        return {};
    }
}

} // namespace Kizuna::Ui
