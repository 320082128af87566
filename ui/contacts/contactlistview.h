// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;
class QTableView;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

class ContactFilterBar;
class ContactListModel;

// The contacts screen: quick filters over the list of contacts, sorted by reading or by any
// other column (click a header; right-click it to choose the columns), or a short note on how
// to get started when there are none.
class ContactListView final : public QWidget {
    Q_OBJECT

public:
    explicit ContactListView(Storage::Database &db, QWidget *parent = nullptr);

    ContactListModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    ContactFilterBar *filterBar() const { return m_filters; }
    QComboBox *viewBox() const { return m_views; }

    // Saved views (filters and order under a name, kept in the database file).
    bool saveView(const QString &name);
    bool applyView(const QString &name);
    bool deleteView(const QString &name);

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
    void showColumnMenu(const QPoint &position);
    void createViewChooser(Storage::Database &db);
    void reloadViews();

    ContactListModel *m_model = nullptr;
    ContactFilterBar *m_filters = nullptr;
    QComboBox *m_views = nullptr;
    Storage::Database *m_db = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_placeholder = nullptr;
};

} // namespace Kizuna::Ui
