// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/companies/companylistview.h"

#include "ui/companies/companylistmodel.h"

#include <QHeaderView>
#include <QTableView>
#include <QVBoxLayout>

namespace Kizuna::Ui {

CompanyListView::CompanyListView(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_model(new CompanyListModel(db, this))
    , m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("companyListView"));
    m_table->setObjectName(QStringLiteral("companyTable"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 10);
    m_table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionsMovable(true);
    m_table->horizontalHeader()->setSortIndicator(CompanyListModel::NameColumn, Qt::AscendingOrder);
    m_table->setSortingEnabled(true); // the model re-reads in the column's order (keyset pages)
    m_table->setColumnWidth(CompanyListModel::NameColumn, fontMetrics().horizontalAdvance(QStringLiteral("株式会社サンプル商事本店")) + 16);
    m_table->setColumnWidth(CompanyListModel::ReadingColumn, fontMetrics().horizontalAdvance(QStringLiteral("サンプルショウジホンテン")) + 16);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    connect(m_model, &CompanyListModel::errorOccurred, this, &CompanyListView::errorOccurred);
    connect(m_table, &QTableView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT companyActivated(m_model->row(index.row()).id); });
}

} // namespace Kizuna::Ui
