// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QTableView;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

class ContactListModel;

// The contacts screen of this first version: the list of contacts in reading order, or a
// short note on how to get started when there are none.
class ContactListView final : public QWidget {
    Q_OBJECT

public:
    explicit ContactListView(Storage::Database &db, QWidget *parent = nullptr);

    ContactListModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }

    // Column widths and order, to keep between sessions.
    QByteArray saveHeaderState() const;
    void restoreHeaderState(const QByteArray &state);

Q_SIGNALS:
    void totalCountChanged(qint64 count);
    void errorOccurred(const QString &message);

protected:
    void changeEvent(QEvent *event) override;

private:
    void setDefaultColumnWidths();
    void showListOrPlaceholder();
    void retranslate();

    ContactListModel *m_model = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_placeholder = nullptr;
};

} // namespace Kizuna::Ui
