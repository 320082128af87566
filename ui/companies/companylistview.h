// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTableView;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

class CompanyListModel;

// The companies screen: every company in name order, or sorted by the column whose header the
// user clicked, loaded in batches while scrolling.
class CompanyListView final : public QWidget
{
    Q_OBJECT

public:
    explicit CompanyListView(Storage::Database &db, QWidget *parent = nullptr);

    CompanyListModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }

Q_SIGNALS:
    void companyActivated(const QString &id);
    void errorOccurred(const QString &message);

private:
    CompanyListModel *m_model = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace Kizuna::Ui
