// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deals/deallistview.h"

#include "ui/deals/deallistmodel.h"

#include <QAction>
#include <QActionGroup>
#include <QHeaderView>
#include <QMenu>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace Kizuna::Ui {

DealListView::DealListView(const QString &databasePath, QWidget *parent)
    : QWidget(parent)
    , m_model(new DealListModel(databasePath, this))
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("dealList"));
    m_table->setObjectName(QStringLiteral("dealListTable"));
    m_status->setObjectName(QStringLiteral("dealListStatus"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(DealListModel::TitleColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSortIndicator(DealListModel::DaysColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setSortIndicatorShown(true);
    m_table->horizontalHeader()->setSectionsClickable(true);
    // Not setSortingEnabled(): it would sort (and read) at once, before any filter is set.
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, m_model,
            [this](int column, Qt::SortOrder order) {
                m_keepDeal = currentDealId();
                m_model->sort(column, order);
            });
    m_model->sort(DealListModel::DaysColumn, Qt::DescendingOrder);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_status);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString id = m_model->dealId(index.row());
        if (!id.isEmpty())
            Q_EMIT dealActivated(id);
    });
    connect(m_model, &DealListModel::listLoaded, this, &DealListView::showCount);
    connect(m_model, &DealListModel::errorOccurred, this, &DealListView::errorOccurred);
    buildMenu();
}

void DealListView::buildMenu()
{
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *open = new QAction(tr("&Open Deal"), m_table);
    open->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    open->setShortcutContext(Qt::WidgetShortcut);
    connect(open, &QAction::triggered, this, [this] {
        const QString id = currentDealId();
        if (!id.isEmpty())
            Q_EMIT dealActivated(id);
    });
    m_table->addAction(open);

    auto *sortMenu = new QMenu(this);
    auto *group = new QActionGroup(sortMenu);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column = 0; column < DealListModel::ColumnCount; ++column) {
        QAction *sort = sortMenu->addAction(m_model->headerData(column, Qt::Horizontal).toString());
        sort->setCheckable(true);
        sort->setChecked(column == header->sortIndicatorSection());
        group->addAction(sort);
        m_sortActions.append(sort);
        connect(sort, &QAction::triggered, this, [header, column] {
            const bool again = header->sortIndicatorSection() == column;
            header->setSortIndicator(column, again && header->sortIndicatorOrder() == Qt::AscendingOrder
                                                 ? Qt::DescendingOrder
                                                 : Qt::AscendingOrder);
        });
    }
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this](int column, Qt::SortOrder) {
                if (QAction *sort = m_sortActions.value(column))
                    sort->setChecked(true);
            });
    auto *sortBy = new QAction(tr("&Sort by"), m_table);
    sortBy->setMenu(sortMenu);
    m_table->addAction(sortBy);
}

void DealListView::setQuery(const Sales::DealListFilter &filter, const QDateTime &now)
{
    m_keepDeal = currentDealId();
    m_status->setText(tr("Loading deals…"));
    m_model->setQuery(filter, now);
}

void DealListView::reload()
{
    m_keepDeal = currentDealId();
    m_model->reload();
}

QString DealListView::currentDealId() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->dealId(current.row()) : QString();
}

void DealListView::showCount(int count)
{
    m_status->setText(count == 0 ? tr("No open deals match the filters.")
                                 : tr("%n open deal(s)", nullptr, count));
    const int row = m_keepDeal.isEmpty() ? -1 : m_model->rowOf(m_keepDeal);
    if (row >= 0) {
        m_table->setCurrentIndex(m_model->index(row, 0));
        m_table->scrollTo(m_model->index(row, 0));
    }
}

} // namespace Kizuna::Ui
