// SPDX-License-Identifier: GPL-3.0-or-later
// Starting the desktop application: --version, refusing a file that is not a Kizuna database
// without touching it, first start in the data folder, and --demo.
#include "core/model/changecontext.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "ui/mainwindow/demorunner.h"
#include "ui/mainwindow/launcher.h"
#include "ui/mainwindow/mainwindow.h"

#include <QDir>
#include <QElapsedTimer>
#include <QApplication>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Kizuna;

// The error message of a result, empty when it succeeded (QVERIFY2 evaluates its message
// even when the check passes).
template<typename T>
static QByteArray errorText(const Kizuna::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

class tst_DesktopStart : public QObject
{
    Q_OBJECT

private:
    // Runs the built `kizuna` with its settings and data folders inside `home`.
    static QProcessEnvironment environment(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert("QT_QPA_PLATFORM", "offscreen");
        env.insert("XDG_DATA_HOME", home + "/data");
        env.insert("XDG_CONFIG_HOME", home + "/config");
        env.insert("XDG_RUNTIME_DIR", home);
        env.insert("KIZUNA_LANG", "en");
        return env;
    }
    static QStringList filesIn(const QString &folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    }
    static qint64 contactCount(const QString &path)
    {
        auto db = Storage::Database::open(path, Storage::Database::Mode::ReadOnly);
        if (!db.ok())
            return -1;
        auto count = (*db)->queryInt("SELECT count(*) FROM contacts");
        return count.ok() ? *count : -1;
    }
    static std::unique_ptr<Storage::Database> openDatabase(const QString &path)
    {
        auto db = Storage::DatabaseOpener::open(path);
        if (!db.ok())
            qFatal("%s", errorText(db).constData());
        return std::move(*db);
    }

    // The bytes of a SQLite database made by some other program.
    static QByteArray foreignSqliteFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("other.db");
        {
            auto db = Storage::Database::open(path);
            if (!db.ok() || !(*db)->exec("PRAGMA journal_mode=DELETE; CREATE TABLE notes(body TEXT);"
                                         "INSERT INTO notes VALUES ('hello')").ok())
                qFatal("cannot create %s", qPrintable(path));
        }
        QFile file(path);
        file.open(QIODevice::ReadOnly);
        return file.readAll();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(QFileInfo::exists(KIZUNA_DESKTOP_BINARY));
        QStandardPaths::setTestModeEnabled(true);
    }

    void printsVersion()
    {
        QTemporaryDir home;
        QProcess kizuna;
        kizuna.setProcessEnvironment(environment(home.path()));
        kizuna.start(KIZUNA_DESKTOP_BINARY, {"--version"});
        QVERIFY(kizuna.waitForFinished(20000));
        QCOMPARE(kizuna.exitStatus(), QProcess::NormalExit);
        QCOMPARE(kizuna.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(kizuna.readAllStandardOutput()).trimmed(),
                 QString("kizuna " KIZUNA_VERSION));
    }

    void refusesFileThatIsNotADatabase_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("text file") << QByteArray("name,email\n山田,taro@example.jp\n") << 2;
        QTest::newRow("SQLite file of another program") << foreignSqliteFile() << 2;
    }
    void refusesFileThatIsNotADatabase()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, exitCode);
        QTemporaryDir home;
        QTemporaryDir work;
        const QString file = work.filePath("customers.csv");
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(content);
        }
        QProcess kizuna;
        kizuna.setProcessEnvironment(environment(home.path()));
        kizuna.start(KIZUNA_DESKTOP_BINARY, {"--db", file});
        QVERIFY(kizuna.waitForFinished(20000)); // no message box waits for a click
        QCOMPARE(kizuna.exitStatus(), QProcess::NormalExit);
        QCOMPARE(kizuna.exitCode(), exitCode);
        const QString errors = QString::fromUtf8(kizuna.readAllStandardError());
        QVERIFY2(errors.contains(file), qPrintable(errors));
        QCOMPARE(filesIn(work.path()), QStringList{"customers.csv"});
        QFile in(file);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QCOMPARE(in.readAll(), content);
        QVERIFY(!QFileInfo::exists(home.filePath("data/Kizuna/kizuna/kizuna.sqlite")));
    }

    void rejectsUnknownOption()
    {
        QTemporaryDir home;
        QProcess kizuna;
        kizuna.setProcessEnvironment(environment(home.path()));
        kizuna.start(KIZUNA_DESKTOP_BINARY, {"--no-such-option"});
        QVERIFY(kizuna.waitForFinished(20000));
        QCOMPARE(kizuna.exitCode(), 1);
        QVERIFY(QString::fromUtf8(kizuna.readAllStandardError()).contains("no-such-option"));
    }

    // Without --db the first start creates the database in the user's data folder.
    void firstStartCreatesDatabaseInDataFolder()
    {
        QTemporaryDir home;
        const QString expected = home.filePath("data/Kizuna/kizuna/kizuna.sqlite");
        QProcess kizuna;
        kizuna.setProcessEnvironment(environment(home.path()));
        kizuna.start(KIZUNA_DESKTOP_BINARY, QStringList());
        QVERIFY(kizuna.waitForStarted());
        QElapsedTimer timer;
        timer.start();
        bool created = false;
        while (!created && timer.elapsed() < 20000 && kizuna.state() == QProcess::Running) {
            QTest::qWait(100);
            auto inspection = Storage::DatabaseOpener::inspect(expected);
            created = inspection.ok() && inspection->kind == Storage::FileInspection::Kind::Kizuna;
        }
        const bool stillRunning = kizuna.state() == QProcess::Running; // the window is up
        kizuna.kill();
        kizuna.waitForFinished();
        QVERIFY2(created, kizuna.readAllStandardError().constData());
        QVERIFY(stillRunning);
        QCOMPARE(contactCount(expected), 0);
    }

    void defaultDatabaseIsInAppDataLocation()
    {
        QCOMPARE(Ui::Launcher::defaultDatabasePath(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + "/kizuna.sqlite");
    }

    void demoKeepsDatabaseWithContacts()
    {
        QTemporaryDir work;
        const QString path = work.filePath("shop.kizuna");
        {
            auto db = openDatabase(path);
            auto context = Model::changeContextFor(*db, "tester");
            Model::RecordStore store(*db, *context);
            QVERIFY(store.insert(Model::entity(u"contact"), {{"family_name", "山田"}}).ok());
        }
        Ui::LaunchOptions options;
        options.databasePath = path;
        options.demo = true;
        auto window = Ui::Launcher::open(options);
        QVERIFY2(window.ok(), errorText(window).constData());
        QVERIFY((*window)->statusBar()->currentMessage().contains("already has contacts"));
        QCOMPARE((*window)->database().path(), path);
        window->reset();
        QCOMPARE(contactCount(path), 1);
    }

    void demoFillsNewDatabase()
    {
        QTemporaryDir work;
        const QString path = work.filePath("new.kizuna");
        Ui::LaunchOptions options;
        options.databasePath = path;
        options.demo = true;
        options.demoContacts = 300;
        auto window = Ui::Launcher::open(options);
        QVERIFY2(window.ok(), errorText(window).constData());
        const QString message = (*window)->statusBar()->currentMessage();
        QVERIFY2(message.contains("Demo data created: 300 contacts"), qPrintable(message));
        window->reset();
        QCOMPARE(contactCount(path), 300);
    }

    // Cancel in the progress dialog: the worker stops, nothing is written, the window stayed
    // responsive (the timer that clicks Cancel ran while the worker was busy).
    void demoCancelLeavesDatabaseUnchanged()
    {
        QTemporaryDir work;
        const QString path = work.filePath("cancel.kizuna");
        openDatabase(path).reset();
        bool dialogSeen = false;
        QTimer clicker;
        clicker.setInterval(50);
        QObject::connect(&clicker, &QTimer::timeout, [&] {
            for (QWidget *widget : QApplication::topLevelWidgets()) {
                auto *dialog = qobject_cast<QProgressDialog *>(widget);
                auto *cancel = dialog ? dialog->findChild<QPushButton *>() : nullptr;
                if (cancel && dialog->isVisible() && dialog->value() > 0) {
                    dialogSeen = true;
                    QTest::mouseClick(cancel, Qt::LeftButton);
                    clicker.stop();
                }
            }
        });
        clicker.start();
        Demo::DemoOptions options;
        options.contacts = 50000;
        QElapsedTimer timer;
        timer.start();
        auto summary = Ui::DemoRunner::run(path, options, nullptr);
        QVERIFY(dialogSeen);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().kind, ErrorKind::Cancelled);
        QCOMPARE(contactCount(path), 0);
        qInfo("cancelled after %lld ms", timer.elapsed());
    }

    void exitCodes_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::newRow("bad input") << int(ErrorKind::BadInput) << 2;
        QTest::newRow("not found") << int(ErrorKind::NotFound) << 2;
        QTest::newRow("storage") << int(ErrorKind::Storage) << 3;
    }
    void exitCodes()
    {
        QFETCH(int, kind);
        QFETCH(int, exitCode);
        QCOMPARE(Ui::Launcher::exitCodeFor(Error{ErrorKind(kind), "x"}), exitCode);
    }
};

QTEST_MAIN(tst_DesktopStart)
#include "tst_desktopstart.moc"
