// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "core/storage/statement.h"
#include "ui/common/editsession.h"
#include "ui/common/errorreport.h"
#include "ui/common/uiresources.h"
#include "ui/contacts/contactlistmodel.h"
#include "ui/common/recordform.h"
#include "ui/contacts/contactlistmenu.h"
#include "ui/contacts/contactlistview.h"
#include "ui/companies/companylistmodel.h"
#include "ui/companies/companylistview.h"
#include "ui/companies/companypage.h"
#include "ui/contacts/contactpage.h"
#include "ui/contacts/recordpage.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/deals/dealpage.h"
#include "ui/duplicates/duplicatesview.h"
#include "ui/importer/importwizard.h"
#include "ui/insights/contactinsightsview.h"
#include "ui/deals/dealsscreen.h"
#include "ui/deals/leadconversiondialog.h"
#include "ui/deals/purchasehistoryview.h"
#include "ui/tasks/taskeditdialog.h"
#include "ui/tasks/taskreminder.h"
#include "ui/tasks/tasksview.h"
#include "ui/search/globalsearchfield.h"
#include "ui/settings/settingsdialog.h"
#include "ui/trash/trashview.h"
#include "ui/common/recordlookup.h"
#include "ui/insights/churnlistview.h"
#include "ui/insights/insightswarmer.h"
#include "ui/products/productsview.h"
#include "ui/contacts/contactfilterbar.h"
#include "ui/recordextras/customfieldsdialog.h"
#include "ui/segments/segmenteditordialog.h"
#include "ui/mainwindow/fileactions.h"
#include "translations/i18n.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolBar>
#include <QUndoStack>

namespace Kizuna::Ui {

namespace {
const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto StateKey = QStringLiteral("mainWindow/state");
const auto ContactHeaderKey = QStringLiteral("contacts/headerState");

// The first start's size: 1280 × 800, or nine tenths of a smaller screen (a 1366 × 768 laptop).
QSize defaultSize()
{
    const QScreen *screen = QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableSize() * 0.9 : QSize(1280, 800);
    return QSize(1280, 800).boundedTo(room);
}
} // namespace

MainWindow::MainWindow(std::unique_ptr<Storage::Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_screens(new QStackedWidget(this))
    , m_contactCount(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(applicationIcon());
    setCentralWidget(m_screens);
    m_contactCount->setObjectName(QStringLiteral("contactCount"));
    m_contactCount->setContentsMargins(8, 0, 8, 0);
    statusBar()->addPermanentWidget(m_contactCount);
    createMenus();
    createSearch();
    createScreens();
    createNavigation();
    resize(defaultSize());
    readSettings();
}

MainWindow::~MainWindow()
{
    // The screens read through m_db and m_session: they go first.
    delete m_screens;
    m_screens = nullptr;
    m_contacts = nullptr;
    m_contactPage = nullptr;
    m_companies = nullptr;
    m_companyPage = nullptr;
    m_deals = nullptr;
    m_dealPage = nullptr;
    m_tasks = nullptr;
    m_duplicates = nullptr;
    m_products = nullptr;
    m_churnList = nullptr;
    m_trash = nullptr;
    m_dashboard = nullptr;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *add = file->addAction(tr("&New Contact"), this, &MainWindow::newContact);
    add->setShortcut(QKeySequence::New);
    add->setStatusTip(tr("Add a person to your contacts"));
    QAction *addCompany = file->addAction(tr("New C&ompany"), this, &MainWindow::newCompany);
    addCompany->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    addCompany->setStatusTip(tr("Add a company or organisation"));
    QAction *addTask = file->addAction(tr("New &Task…"), this, &MainWindow::newTask);
    addTask->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    addTask->setStatusTip(tr("A task or reminder, for the contact or company on screen"));
    m_convertLead = file->addAction(tr("Con&vert Lead…"), this, &MainWindow::convertLead);
    m_convertLead->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    m_convertLead->setStatusTip(tr("Make the lead on screen a customer, with its company and a first deal"));
    file->addSeparator();
    QAction *import = file->addAction(tr("&Import Contacts…"), this, &MainWindow::importContacts);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    import->setStatusTip(tr("Contacts from a CSV file (Excel, Google, Outlook) or a vCard file"));
    QAction *duplicates = file->addAction(tr("Find &Duplicates"), this, &MainWindow::showDuplicates);
    duplicates->setStatusTip(tr("Contacts that look like the same person, to merge"));
    file->addSeparator();
    if (!m_fileActions)
        m_fileActions = new FileActions(*this);
    m_fileActions->addTo(file);
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open another Kizuna database file"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    m_editMenu = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = m_editMenu->addAction(tr("&Undo"));
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_redoAction = m_editMenu->addAction(tr("&Redo"));
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y)});
    m_editMenu->addSeparator();
    QAction *find = m_editMenu->addAction(tr("&Search…"));
    find->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_K), QKeySequence::Find});
    connect(find, &QAction::triggered, this, [this] {
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });

    m_editMenu->addSeparator();
    QAction *fields = m_editMenu->addAction(tr("Custom &Fields…"), this, [this] {
        const bool company = m_screens->currentWidget() == m_companies || m_screens->currentWidget() == m_companyPage;
        CustomFieldsDialog dialog(*m_session, company ? QStringLiteral("company") : QStringLiteral("contact"), this);
        dialog.exec();
        for (RecordPage *page : {m_contactPage, m_companyPage}) { // show the fields as they are now
            if (!page->recordId().isEmpty())
                page->showRecord(page->recordId());
        }
    });
    fields->setObjectName(QStringLiteral("customFieldsAction"));
    fields->setStatusTip(tr("Fields of your own on contacts and companies (membership number, visits …)"));
    QAction *segments = m_editMenu->addAction(tr("Se&gments…"), this, &MainWindow::editSegments);
    segments->setObjectName(QStringLiteral("segmentsAction"));
    segments->setStatusTip(tr("Saved segments: contacts chosen by rules, for lists, campaigns and the dashboard"));
    QAction *preferences = m_editMenu->addAction(tr("Se&ttings…"), this, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        if (dialog.apply()) {
            changeLanguage(QSettings().value(QStringLiteral("ui/language")).toString());
            return; // every screen was built again, with the new formats too
        }
        m_screens->currentWidget()->update(); // dates and amounts are formatted as they are painted
        for (RecordPage *page : {m_contactPage, m_companyPage}) {
            if (!page->recordId().isEmpty())
                page->showRecord(page->recordId());
        }
    });
    preferences->setShortcuts({QKeySequence::Preferences, QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Kizuna"), this, &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::bindUndoActions()
{
    QUndoStack *stack = m_session->undoStack();
    m_undoAction->disconnect();
    m_redoAction->disconnect();
    connect(m_undoAction, &QAction::triggered, stack, &QUndoStack::undo);
    connect(m_redoAction, &QAction::triggered, stack, &QUndoStack::redo);
    const auto update = [this, stack] {
        m_undoAction->setEnabled(stack->canUndo());
        m_redoAction->setEnabled(stack->canRedo());
        m_undoAction->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        m_redoAction->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
    };
    connect(stack, &QUndoStack::indexChanged, this, update);
    connect(stack, &QUndoStack::cleanChanged, this, update);
    update();
}

void MainWindow::createSearch()
{
    m_search = new GlobalSearchField(this);
    QToolBar *bar = new QToolBar(tr("Search"), this);
    bar->setObjectName(QStringLiteral("searchBar"));
    bar->setMovable(false);
    bar->addWidget(m_search);
    addToolBar(Qt::TopToolBarArea, bar);
    connect(m_search, &GlobalSearchField::recordChosen, this, &MainWindow::openRecord);
    connect(m_search, &GlobalSearchField::searchFailed, this,
            [this](const QString &message) { showStatusMessage(message, 8000); });
}

void MainWindow::createNavigation()
{
    m_navigation = new QActionGroup(this);
    m_navigation->setExclusive(true);
    QAction *help = menuBar()->actions().constLast();
    auto *view = new QMenu(tr("&View"), menuBar());
    menuBar()->insertMenu(help, view); // between Edit and Help
    m_contactsAction = view->addAction(tr("&Contacts"), this, &MainWindow::showContacts);
    m_contactsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_contactsAction->setStatusTip(tr("People: the contact list"));
    m_companiesAction = view->addAction(tr("C&ompanies"), this, &MainWindow::showCompanies);
    m_companiesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_companiesAction->setStatusTip(tr("Organisations and their people"));
    m_dealsAction = view->addAction(tr("D&eals"), this, &MainWindow::showDeals);
    m_dealsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_dealsAction->setStatusTip(tr("The sales pipeline: drag deals from stage to stage"));
    m_tasksAction = view->addAction(tr("T&asks"), this, &MainWindow::showTasks);
    m_tasksAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    m_tasksAction->setStatusTip(tr("Overdue, today and upcoming tasks"));
    m_dashboardAction = view->addAction(tr("&Dashboard"), this, &MainWindow::showDashboard);
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    m_dashboardAction->setStatusTip(tr("KPIs and charts for a period"));
    m_productsAction = view->addAction(tr("&Products"), this, &MainWindow::showProducts);
    m_productsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
    m_productsAction->setStatusTip(tr("The product catalogue: SKU, name, category, price"));
    m_churnAction = view->addAction(tr("C&hurn Risk"), this, &MainWindow::showChurnList);
    m_churnAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    m_churnAction->setStatusTip(tr("Customers likely to have lapsed, ranked by value at risk"));
    m_trashAction = view->addAction(tr("&Trash"), this, &MainWindow::showTrash);
    m_trashAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_9));
    m_trashAction->setStatusTip(tr("Deleted records, to restore or delete for good"));
    QToolBar *bar = new QToolBar(tr("Navigation"), this);
    bar->setObjectName(QStringLiteral("navigation"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : {m_contactsAction, m_companiesAction, m_dealsAction, m_tasksAction, m_dashboardAction,
                             m_productsAction, m_churnAction, m_trashAction}) {
        action->setCheckable(true);
        m_navigation->addAction(action);
        bar->addAction(action);
    }
    view->addSeparator();
    QAction *back = view->addAction(tr("&Back to the List"), this, &MainWindow::showContacts);
    back->setShortcuts({QKeySequence::Back, QKeySequence(Qt::ALT | Qt::Key_Left)});
    m_contactsAction->setChecked(true);
    addToolBar(Qt::LeftToolBarArea, bar);
}

void MainWindow::showContacts()
{
    m_contactsAction->setChecked(true);
    m_screens->setCurrentWidget(m_contacts);
}

CompanyListView *MainWindow::companiesView()
{
    if (!m_companies) {
        m_companies = new CompanyListView(*m_db, m_screens);
        m_screens->addWidget(m_companies);
        connect(m_companies, &CompanyListView::companyActivated, this, &MainWindow::openCompany);
        connect(m_companies, &CompanyListView::errorOccurred, this,
                [this](const QString &message) { showStatusMessage(message, 8000); });
    }
    return m_companies;
}

DealsScreen *MainWindow::dealsView()
{
    if (!m_deals) {
        m_deals = new DealsScreen(*m_session, m_screens);
        m_screens->addWidget(m_deals);
        connect(m_deals, &DealsScreen::errorOccurred, this,
                [this](const QString &message) { showStatusMessage(message, 8000); });
        connect(m_deals, &DealsScreen::dealActivated, this, &MainWindow::openDeal);
    }
    return m_deals;
}

TasksView *MainWindow::tasksView()
{
    if (!m_tasks) {
        m_tasks = new TasksView(*m_session, m_screens);
        m_screens->addWidget(m_tasks);
        const auto status = [this](const QString &message) { showStatusMessage(message, 8000); };
        connect(m_tasks, &TasksView::errorOccurred, this, status);
        connect(m_tasks, &TasksView::statusMessage, this, status);
    }
    return m_tasks;
}

ProductsView *MainWindow::productsView()
{
    if (!m_products) {
        m_products = new ProductsView(*m_session, m_screens);
        m_screens->addWidget(m_products);
        const auto status = [this](const QString &message) { showStatusMessage(message, 8000); };
        connect(m_products, &ProductsView::errorOccurred, this, status);
        connect(m_products, &ProductsView::statusMessage, this, status);
    }
    return m_products;
}

void MainWindow::showProducts()
{
    m_productsAction->setChecked(true);
    m_screens->setCurrentWidget(productsView());
}

ChurnListView *MainWindow::churnListView()
{
    if (!m_churnList) {
        m_churnList = new ChurnListView(m_db->path(), m_screens);
        m_screens->addWidget(m_churnList);
        connect(m_churnList, &ChurnListView::contactActivated, this, &MainWindow::openContact);
        connect(m_churnList, &ChurnListView::errorOccurred, this,
                [this](const QString &message) { showStatusMessage(message, 8000); });
    }
    return m_churnList;
}

void MainWindow::showChurnList()
{
    m_churnAction->setChecked(true);
    m_screens->setCurrentWidget(churnListView());
}

DuplicatesView *MainWindow::duplicatesView()
{
    if (!m_duplicates) {
        m_duplicates = new DuplicatesView(*m_session, m_screens);
        m_screens->addWidget(m_duplicates);
        const auto status = [this](const QString &message) { showStatusMessage(message, 8000); };
        connect(m_duplicates, &DuplicatesView::errorOccurred, this, status);
        connect(m_duplicates, &DuplicatesView::statusMessage, this, status);
    }
    return m_duplicates;
}

void MainWindow::showDuplicates()
{
    m_contactsAction->setChecked(true);
    m_screens->setCurrentWidget(duplicatesView());
}

ImportWizard *MainWindow::importContacts()
{
    auto *wizard = new ImportWizard(*m_session, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(wizard, &ImportWizard::imported, this, [this] {
        m_contacts->model()->reload();
        if (m_companies)
            m_companies->model()->reload();
    });
    connect(wizard, &ImportWizard::reviewDuplicatesRequested, this, &MainWindow::showDuplicates);
    wizard->open();
    return wizard;
}

void MainWindow::showCompanies()
{
    m_companiesAction->setChecked(true);
    m_screens->setCurrentWidget(companiesView());
}

void MainWindow::showDeals()
{
    m_dealsAction->setChecked(true);
    m_screens->setCurrentWidget(dealsView());
}

void MainWindow::showTasks()
{
    m_tasksAction->setChecked(true);
    m_screens->setCurrentWidget(tasksView());
}

bool MainWindow::openDeal(const QString &id)
{
    if (!m_dealPage->showDeal(id))
        return false;
    m_dealsAction->setChecked(true);
    m_screens->setCurrentWidget(m_dealPage);
    return true;
}

void MainWindow::convertLead()
{
    if (m_screens->currentWidget() != m_contactPage || m_contactPage->recordId().isEmpty()) {
        showStatusMessage(tr("Open a lead's page first, then convert it"), 5000);
        return;
    }
    if (LeadConversionDialog::convert(*m_session, m_contactPage->recordId(), this))
        m_contactPage->showRecord(m_contactPage->recordId());
}

void MainWindow::newTask()
{
    TaskLink link;
    if (m_screens->currentWidget() == m_contactPage)
        link.contactId = m_contactPage->recordId();
    else if (m_screens->currentWidget() == m_companyPage)
        link.companyId = m_companyPage->recordId();
    TaskEditDialog::createTask(*m_session, link, this);
}

SegmentEditorDialog *MainWindow::editSegments()
{
    auto *dialog = new SegmentEditorDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const QString chosen = m_contacts->filterBar()->filter().segmentId; !chosen.isEmpty())
        dialog->showSegment(chosen);
    connect(dialog, &SegmentEditorDialog::segmentsChanged, this, [this] {
        ContactFilterBar *bar = m_contacts->filterBar();
        bar->reloadChoices();
        bar->setFilter(bar->filter()); // a deleted segment's filter falls back to all contacts
        m_contacts->model()->reload(); // a changed rule: the members are looked up again
        if (m_dashboard)
            m_dashboard->refresh(); // its segment list comes with the next result
    });
    dialog->open();
    return dialog;
}

DashboardView *MainWindow::dashboardView()
{
    if (!m_dashboard) {
        m_dashboard = new DashboardView(m_db->path(), m_screens);
        m_screens->addWidget(m_dashboard);
        connect(m_dashboard, &DashboardView::errorOccurred, this,
                [this](const QString &message) { showStatusMessage(message); });
    }
    return m_dashboard;
}

void MainWindow::showDashboard()
{
    m_dashboardAction->setChecked(true);
    m_screens->setCurrentWidget(dashboardView());
}

void MainWindow::showTrash()
{
    m_trashAction->setChecked(true);
    m_screens->setCurrentWidget(m_trash);
}

bool MainWindow::openContact(const QString &id)
{
    if (!m_contactPage->showRecord(id))
        return false;
    m_contactsAction->setChecked(true);
    m_screens->setCurrentWidget(m_contactPage);
    m_contactPage->tabs()->setFocus();
    return true;
}

bool MainWindow::openCompany(const QString &id)
{
    if (!m_companyPage->showRecord(id))
        return false;
    m_companiesAction->setChecked(true);
    m_screens->setCurrentWidget(m_companyPage);
    m_companyPage->tabs()->setFocus();
    return true;
}

void MainWindow::newContact()
{
    m_contactPage->startNew();
    m_contactsAction->setChecked(true);
    m_screens->setCurrentWidget(m_contactPage);
    m_contactPage->form()->lineEdit(QStringLiteral("family_name"))->setFocus();
}

void MainWindow::newCompany()
{
    m_companyPage->startNew();
    m_companiesAction->setChecked(true);
    m_screens->setCurrentWidget(m_companyPage);
    m_companyPage->form()->lineEdit(QStringLiteral("name"))->setFocus();
}

void MainWindow::openRecord(const QString &entity, const QString &id)
{
    if (entity == u"contact") {
        openContact(id);
        return;
    }
    if (entity == u"company") {
        openCompany(id);
        return;
    }
    if (entity == u"deal") {
        openDeal(id);
        return;
    }
    // An activity opens on the timeline of its contact.
    const char *sql = entity == u"activity" ? "SELECT contact_id FROM activities WHERE id = ?1" : nullptr;
    const QString contactId = sql ? RecordLookup::text(*m_db, sql, id) : QString();
    if (!contactId.isEmpty() && openContact(contactId)) {
        m_contactPage->tabs()->setCurrentIndex(RecordPage::TimelineTab);
        return;
    }
    showStatusMessage(tr("This record has no contact page to open"), 5000);
}

void MainWindow::createScreens()
{
    if (!m_session)
        m_session = std::make_unique<EditSession>(*m_db);
    m_contacts = new ContactListView(*m_db, m_screens);
    m_contactPage = makeContactPage(*m_session, m_screens);
    m_companyPage = makeCompanyPage(*m_session, m_screens);
    m_dealPage = new DealPage(*m_session, m_screens);
    m_screens->addWidget(m_dealPage);
    const auto addPurchases = [this](RecordPage *page, bool company) {
        auto *purchases = new PurchaseHistoryView(*m_session, page); // "New order…" on contact pages
        page->tabs()->addTab(purchases, tr("&Purchases"));
        connect(page, &RecordPage::recordShown, purchases, [purchases, company](const QString &id) {
            if (company)
                purchases->setCompany(id);
            else
                purchases->setContact(id);
        });
    };
    addPurchases(m_contactPage, false);
    addPurchases(m_companyPage, true);
    // RFM class, churn risk, CLV, lead score and cross-sell of the contact, computed on a worker.
    auto *insights = new ContactInsightsView(m_db->path(), m_contactPage);
    m_contactPage->tabs()->addTab(insights, tr("I&nsights"));
    connect(m_contactPage, &RecordPage::recordShown, insights, &ContactInsightsView::setContact);
    connect(insights, &ContactInsightsView::errorOccurred, this,
            [this](const QString &message) { showStatusMessage(message, 8000); });
    m_reminder = new TaskReminder(*m_session, {}, this);
    m_trash = new TrashView(*m_session, m_screens);
    m_screens->addWidget(m_contacts);
    m_screens->addWidget(m_contactPage);
    m_screens->addWidget(m_companyPage);
    m_screens->addWidget(m_trash);
    m_screens->setCurrentWidget(m_contacts); // the first screen, whatever order they were added in
    connectScreens();
    bindUndoActions();
    m_search->setDatabasePath(m_db->path());
    // The day's population model (BG/NBD, Gamma-Gamma) is fitted on a worker a few seconds after
    // start, so the first Insights tab shows at once; a new database gets its own warm-up.
    if (!m_insightsWarmer || m_insightsWarmer->databasePath() != m_db->path()) {
        delete m_insightsWarmer; // cancels a warm-up of the file before
        m_insightsWarmer = new InsightsWarmer(m_db->path(), this);
        m_insightsWarmer->start(5000);
    }
    updateContactCount(m_contacts->model()->totalCount());
    updateTitle();
}

void MainWindow::connectScreens()
{
    const auto status = [this](const QString &message) { showStatusMessage(message, 8000); };
    connect(m_contacts, &ContactListView::totalCountChanged, this, &MainWindow::updateContactCount);
    connect(m_contacts, &ContactListView::errorOccurred, this, status);
    auto *bulk = new ContactListMenu(*m_session, m_contacts); // right-click: bulk edits of the selection
    connect(bulk, &ContactListMenu::statusMessage, this, status);
    connect(bulk, &ContactListMenu::errorOccurred, this, status);
    connect(m_contacts->tableView(), &QTableView::activated, this, [this](const QModelIndex &index) {
        openContact(m_contacts->model()->row(index.row()).id);
    });
    for (RecordPage *page : {m_contactPage, m_companyPage}) {
        connect(page, &RecordPage::errorOccurred, this, status);
        connect(page, &RecordPage::statusMessage, this, status);
    }
    connect(m_contactPage, &RecordPage::closed, this, &MainWindow::showContacts);
    connect(m_contacts->filterBar(), &ContactFilterBar::editSegmentsRequested, this, &MainWindow::editSegments);
    connect(m_companyPage, &RecordPage::closed, this, &MainWindow::showCompanies);
    if (auto *people = m_companyPage->findChild<CompanyContactsView *>())
        connect(people, &CompanyContactsView::contactActivated, this, &MainWindow::openContact);
    connect(m_dealPage, &DealPage::errorOccurred, this, status);
    connect(m_dealPage, &DealPage::statusMessage, this, status);
    connect(m_dealPage, &DealPage::contactActivated, this, &MainWindow::openContact);
    connect(m_dealPage, &DealPage::companyActivated, this, &MainWindow::openCompany);
    connect(m_dealPage, &DealPage::closed, this, &MainWindow::showDeals);
    connect(m_reminder, &TaskReminder::openTaskRequested, this, [this](const QString &id) {
        showTasks();
        tasksView()->selectTask(id);
        tasksView()->openTask(id);
        raise();
        activateWindow();
    });
    connect(m_reminder, &TaskReminder::reminded, this, [this](const QStringList &, const QString &message) {
        if (!m_reminder->trayIcon())
            showStatusMessage(message);
    });
    m_reminder->start();
    connect(m_trash, &TrashView::errorOccurred, this, status);
    connect(m_trash, &TrashView::statusMessage, this, status);
    connect(m_session.get(), &EditSession::errorOccurred, this, status);
    connect(m_session.get(), &EditSession::recordChanged, this, [this](const QString &entity) {
        if (entity == u"contact" || entity == u"company")
            m_contacts->model()->reload();
        if (entity == u"tag" || entity == u"contact_tag" || entity == u"company_tag")
            m_contacts->filterBar()->reloadChoices(); // a new tag is at once a filter choice
        if (m_companies && (entity == u"company" || entity == u"contact"))
            m_companies->model()->reload();
    });
}

void MainWindow::destroyScreens(bool keepSession)
{
    const auto drop = [this](auto *&screen) {
        if (screen) {
            m_screens->removeWidget(screen);
            delete screen; // before the connection it reads through
            screen = nullptr;
        }
    };
    drop(m_contacts);
    drop(m_contactPage);
    drop(m_companies);
    drop(m_companyPage);
    drop(m_deals);
    drop(m_dealPage);
    drop(m_tasks);
    drop(m_duplicates);
    drop(m_products);
    drop(m_churnList);
    drop(m_trash);
    delete m_reminder; // waits for a running check; before the session it reads through
    m_reminder = nullptr;
    if (!keepSession)
        m_session.reset();
}

void MainWindow::setDatabase(std::unique_ptr<Storage::Database> db)
{
    const QByteArray header = m_contacts ? m_contacts->saveHeaderState() : QByteArray();
    destroyScreens(false);
    m_db = std::move(db);
    createScreens();
    m_contacts->restoreHeaderState(header);
    if (m_dashboard)
        m_dashboard->setDatabasePath(m_db->path());
    showContacts();
}

void MainWindow::changeLanguage(const QString &language)
{
    I18n::switchLanguage(*qApp, language);
    // Text from tr() is built when a widget is made: the menus, bars and screens are made again
    // in the new language on the same connection and edit session (the undo history stays).
    // The screen on show, the record open on it and the list's columns come back as they were.
    QWidget *current = m_screens->currentWidget(); // never null: a screen is always on show
    const QString contactId = current == m_contactPage ? m_contactPage->recordId() : QString();
    const QString companyId = current == m_companyPage ? m_companyPage->recordId() : QString();
    const QString dealId = current == m_dealPage ? m_dealPage->dealId() : QString();
    const bool companies = current == m_companies;
    const bool deals = current == m_deals;
    const bool tasks = current == m_tasks;
    const bool dashboard = current == m_dashboard;
    const bool trash = current == m_trash;
    const bool products = current == m_products;
    const bool churn = current == m_churnList;
    const QByteArray header = m_contacts->saveHeaderState();
    const QByteArray state = saveState();
    destroyScreens(true);
    if (m_dashboard) {
        m_screens->removeWidget(m_dashboard);
        delete m_dashboard;
        m_dashboard = nullptr;
    }
    for (QToolBar *bar : findChildren<QToolBar *>(Qt::FindDirectChildrenOnly)) {
        removeToolBar(bar);
        delete bar;
    }
    delete m_navigation;
    setMenuBar(new QMenuBar(this)); // the old one and its menus go
    createMenus();
    createSearch();
    createScreens();
    createNavigation();
    restoreState(state);
    m_contacts->restoreHeaderState(header);
    if (!contactId.isEmpty())
        openContact(contactId);
    else if (!companyId.isEmpty())
        openCompany(companyId);
    else if (!dealId.isEmpty())
        openDeal(dealId);
    else if (companies)
        showCompanies();
    else if (deals)
        showDeals();
    else if (tasks)
        showTasks();
    else if (dashboard)
        showDashboard();
    else if (trash)
        showTrash();
    else if (products)
        showProducts();
    else if (churn)
        showChurnList();
    else
        showContacts();
}

void MainWindow::showStatusMessage(const QString &message, int timeoutMs)
{
    statusBar()->showMessage(message, timeoutMs);
}

void MainWindow::updateTitle()
{
    setWindowTitle(tr("Kizuna — %1").arg(QFileInfo(m_db->path()).fileName()));
}

void MainWindow::updateContactCount(qint64 count)
{
    m_contactCount->setText(count < 0 ? tr("Counting contacts…")
                                      : tr("%Ln contact(s)", nullptr, static_cast<int>(count)));
}

void MainWindow::openDatabase()
{
    const QString folder = QFileInfo(m_db->path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Open Database"), folder,
        tr("Kizuna databases (*.kizuna *.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    Storage::OpenOptions options;
    options.create = false;
    auto db = Storage::DatabaseOpener::open(path, options);
    if (!db.ok()) {
        reportError(this, tr("Cannot Open Database"), db.error().message);
        return;
    }
    setDatabase(std::move(*db));
    showStatusMessage(tr("Opened %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Kizuna"),
        tr("<h3>Kizuna %1</h3>"
           "<p>A desktop CRM for small businesses: every customer, conversation and sale in one "
           "place on your own computer.</p>"
           "<p>Database: %2</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QApplication::applicationVersion(),
                 QDir::toNativeSeparators(m_db->path()).toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    QMainWindow::closeEvent(event);
}

void MainWindow::readSettings()
{
    const QSettings settings;
    const QByteArray geometry = settings.value(GeometryKey).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(settings.value(StateKey).toByteArray());
    m_contacts->restoreHeaderState(settings.value(ContactHeaderKey).toByteArray());
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    if (m_contacts)
        settings.setValue(ContactHeaderKey, m_contacts->saveHeaderState());
}

} // namespace Kizuna::Ui
