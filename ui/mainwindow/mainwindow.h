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

class CompanyListView;
class ContactListView;
class RecordPage;
class DashboardView;
class EditSession;
class FileActions;
class GlobalSearchField;
class DealPage;
class DuplicatesView;
class ImportWizard;
class DealsScreen;
class ProductsView;
class SegmentEditorDialog;
class ChurnListView;
class InsightsWarmer;
class TaskReminder;
class TasksView;
class TrashView;

// The main window: hosts the screens (contacts and companies with their pages, the deals board,
// the tasks with their reminders, the KPI dashboard and the Trash so far; the others come with their issues) behind a navigation bar and the View menu,
// the search field (Ctrl+K), the Edit menu with the one undo stack, and the status bar. It owns
// the UI thread's connection to the open database and the edit session on it.
class MainWindow final : public QMainWindow {
    Q_OBJECT

public:
    explicit MainWindow(std::unique_ptr<Storage::Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    Storage::Database &database() const { return *m_db; }
    EditSession &editSession() const { return *m_session; }
    ContactListView *contactsView() const { return m_contacts; }
    RecordPage *contactPage() const { return m_contactPage; }
    // The screens below are created the first time they are needed (a fast start on a big file).
    CompanyListView *companiesView();
    RecordPage *companyPage() const { return m_companyPage; }
    DealsScreen *dealsView();
    DealPage *dealPage() const { return m_dealPage; }
    // Opens a deal's page (false if it cannot be read).
    bool openDeal(const QString &id);
    // Turns the lead on the contact page into a customer, with a company and a first deal.
    void convertLead();
    TasksView *tasksView();
    DuplicatesView *duplicatesView();
    void showDuplicates();
    // The import wizard (CSV or vCard), non-modal.
    ImportWizard *importContacts();
    TaskReminder *taskReminder() const { return m_reminder; }
    TrashView *trashView() const { return m_trash; }
    GlobalSearchField *searchField() const { return m_search; }
    // The dashboard, created the first time it is shown.
    DashboardView *dashboardView();
    void showContacts();
    void showCompanies();
    void showDeals();
    void showTasks();
    // A new task, linked to the contact, company or deal on screen if there is one.
    void newTask();
    void showDashboard();
    void showTrash();
    // The product catalogue, created the first time it is shown.
    ProductsView *productsView();
    void showProducts();
    // Customers at risk of lapsing, ranked by value at risk; created the first time it is shown.
    ChurnListView *churnListView();
    void showChurnList();
    // The segment editor (window-modal, deleted on close), on the contact list's segment if one
    // is chosen; what it saves or deletes is at once in the segment filters.
    SegmentEditorDialog *editSegments();
    // Opens a contact's page (false if it cannot be read).
    bool openContact(const QString &id);
    // Opens a company's page (false if it cannot be read).
    bool openCompany(const QString &id);
    // An empty contact or company page; Save creates the record.
    void newContact();
    void newCompany();
    // Opens what a search hit points to.
    void openRecord(const QString &entity, const QString &id);

    // Replaces the open database: the screens are rebuilt on the new connection.
    void setDatabase(std::unique_ptr<Storage::Database> db);
    // Switches the user interface to another language ("ja", "en"; empty: the system's) at once:
    // the menus and screens are built again, the open record and the undo history stay.
    void changeLanguage(const QString &language);
    // A message in the status bar (0: until the next one).
    void showStatusMessage(const QString &message, int timeoutMs = 0);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createNavigation();
    void createSearch();
    void createScreens();
    // Deletes the screens (and the edit session unless `keepSession`).
    void destroyScreens(bool keepSession);
    void connectScreens();
    void bindUndoActions();
    void updateTitle();
    void updateContactCount(qint64 count);
    void openDatabase();
    void about();
    void readSettings();
    void writeSettings() const;

    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<EditSession> m_session;
    QStackedWidget *m_screens = nullptr;
    ContactListView *m_contacts = nullptr;
    RecordPage *m_contactPage = nullptr;
    CompanyListView *m_companies = nullptr;
    RecordPage *m_companyPage = nullptr;
    DealsScreen *m_deals = nullptr;
    DealPage *m_dealPage = nullptr;
    DuplicatesView *m_duplicates = nullptr;
    ProductsView *m_products = nullptr;
    ChurnListView *m_churnList = nullptr;
    InsightsWarmer *m_insightsWarmer = nullptr;
    QAction *m_convertLead = nullptr;
    TasksView *m_tasks = nullptr;
    TaskReminder *m_reminder = nullptr;
    TrashView *m_trash = nullptr;
    DashboardView *m_dashboard = nullptr;
    GlobalSearchField *m_search = nullptr;
    QActionGroup *m_navigation = nullptr;
    QAction *m_contactsAction = nullptr;
    QAction *m_companiesAction = nullptr;
    QAction *m_dealsAction = nullptr;
    QAction *m_tasksAction = nullptr;
    QAction *m_dashboardAction = nullptr;
    QAction *m_productsAction = nullptr;
    QAction *m_churnAction = nullptr;
    QAction *m_trashAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QMenu *m_editMenu = nullptr;
    QLabel *m_contactCount = nullptr;
    FileActions *m_fileActions = nullptr;
};

} // namespace Kizuna::Ui
