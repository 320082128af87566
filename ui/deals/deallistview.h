// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/deallist.h"

#include <QDateTime>
#include <QWidget>

class QAction;
class QLabel;
class QTableView;

namespace Kizuna::Ui {

class DealListModel;

// The Deals screen's list view: the board's deals as a table sorted by clicking a column header
// (deal, company / contact, stage, amount, probability, weighted amount, expected close, owner,
// days in stage — deals idle too long highlighted), read lazily on a worker. Double-click or
// Return opens a deal. From the keyboard, the context menu (the Menu key or Shift+F10) has Open
// Deal (Return) and Sort by ▸ each column (again: the other way round).
class DealListView final : public QWidget
{
    Q_OBJECT

public:
    explicit DealListView(const QString &databasePath, QWidget *parent = nullptr);

    void setQuery(const Sales::DealListFilter &filter, const QDateTime &now);
    void reload();

    DealListModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    QLabel *statusLabel() const { return m_status; }
    QString currentDealId() const;
    // Sort by ▸ one action per column, in column order.
    QList<QAction *> sortActions() const { return m_sortActions; }

Q_SIGNALS:
    void dealActivated(const QString &dealId);
    void errorOccurred(const QString &message);

private:
    void showCount(int count);
    void buildMenu();

    DealListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QString m_keepDeal; // selected before a reload, selected again after it
    QList<QAction *> m_sortActions;
};

} // namespace Kizuna::Ui
