// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QStackedWidget;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

class ContactListView;
class DashboardView;

// The main window: hosts the screens (contacts and the KPI dashboard so far; the others come with
// their issues) behind a navigation bar and the View menu (Ctrl+1, Ctrl+2 …), the menus and the
// status bar, and owns the UI thread's connection to the open database.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Storage::Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Storage::Database &database() const { return *m_db; }
    ContactListView *contactsView() const { return m_contacts; }
    // The dashboard, created the first time it is shown.
    DashboardView *dashboardView();
    void showContacts();
    void showDashboard();

    // Replaces the open database: the screens are rebuilt on the new connection.
    void setDatabase(std::unique_ptr<Storage::Database> db);
    // A message in the status bar (0: until the next one).
    void showStatusMessage(const QString &message, int timeoutMs = 0);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createNavigation();
    void createScreens();
    void updateTitle();
    void updateContactCount(qint64 count);
    void openDatabase();
    void about();
    void readSettings();
    void writeSettings() const;

    std::unique_ptr<Storage::Database> m_db;
    QStackedWidget *m_screens = nullptr;
    ContactListView *m_contacts = nullptr;
    DashboardView *m_dashboard = nullptr;
    QActionGroup *m_navigation = nullptr;
    QAction *m_contactsAction = nullptr;
    QAction *m_dashboardAction = nullptr;
    QLabel *m_contactCount = nullptr;
};

} // namespace Kizuna::Ui
