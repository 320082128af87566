// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow/mainwindow.h"

#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "ui/common/errorreport.h"
#include "ui/common/uiresources.h"
#include "ui/contacts/contactlistmodel.h"
#include "ui/contacts/contactlistview.h"
#include "ui/dashboard/dashboardview.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

namespace Kizuna::Ui {

namespace {
const auto GeometryKey = QStringLiteral("mainWindow/geometry");
const auto StateKey = QStringLiteral("mainWindow/state");
const auto ContactHeaderKey = QStringLiteral("contacts/headerState");
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
    createActions();
    createScreens();
    createNavigation();
    resize(1180, 720);
    readSettings();
}

MainWindow::~MainWindow()
{
    // The screens read through m_db: they go first.
    delete m_screens;
    m_screens = nullptr;
    m_contacts = nullptr;
    m_dashboard = nullptr;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    open->setStatusTip(tr("Open another Kizuna database file"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Kizuna"), this, &MainWindow::about);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createNavigation()
{
    m_navigation = new QActionGroup(this);
    m_navigation->setExclusive(true);
    QAction *help = menuBar()->actions().constLast();
    auto *view = new QMenu(tr("&View"), this);
    menuBar()->insertMenu(help, view); // between File and Help
    m_contactsAction = view->addAction(tr("&Contacts"), this, &MainWindow::showContacts);
    m_contactsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    m_contactsAction->setStatusTip(tr("People: the contact list"));
    m_dashboardAction = view->addAction(tr("&Dashboard"), this, &MainWindow::showDashboard);
    m_dashboardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_dashboardAction->setStatusTip(tr("KPIs and charts for a period"));
    QToolBar *bar = new QToolBar(tr("Navigation"), this);
    bar->setObjectName(QStringLiteral("navigation"));
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (QAction *action : {m_contactsAction, m_dashboardAction}) {
        action->setCheckable(true);
        m_navigation->addAction(action);
        bar->addAction(action);
    }
    m_contactsAction->setChecked(true);
    addToolBar(Qt::LeftToolBarArea, bar);
}

void MainWindow::showContacts()
{
    m_contactsAction->setChecked(true);
    m_screens->setCurrentWidget(m_contacts);
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

void MainWindow::createScreens()
{
    if (m_contacts) {
        m_screens->removeWidget(m_contacts);
        delete m_contacts;
    }
    m_contacts = new ContactListView(*m_db, m_screens);
    m_screens->addWidget(m_contacts);
    connect(m_contacts, &ContactListView::totalCountChanged, this, &MainWindow::updateContactCount);
    connect(m_contacts, &ContactListView::errorOccurred, this,
            [this](const QString &message) { showStatusMessage(message); });
    updateContactCount(m_contacts->model()->totalCount());
    updateTitle();
}

void MainWindow::setDatabase(std::unique_ptr<Storage::Database> db)
{
    const QByteArray header = m_contacts ? m_contacts->saveHeaderState() : QByteArray();
    if (m_contacts) {
        m_screens->removeWidget(m_contacts);
        delete m_contacts; // before the connection it reads through
        m_contacts = nullptr;
    }
    m_db = std::move(db);
    createScreens();
    m_contacts->restoreHeaderState(header);
    if (m_dashboard)
        m_dashboard->setDatabasePath(m_db->path());
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
    m_contactCount->setText(count < 0 ? tr("Contacts: unknown")
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
