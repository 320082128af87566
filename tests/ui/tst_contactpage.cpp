// SPDX-License-Identifier: GPL-3.0-or-later
// The contact screens as a user works with them: create a contact with a Japanese name and
// reading in the form, find it with the search field (by reading, by a two-character kanji
// substring, by a phone number typed with hyphens), log a call on its timeline, edit a field and
// undo, check the history, delete it and restore it from the Trash, and see the list in 五十音順.
#include "core/model/changecontext.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "translations/i18n.h"
#include "ui/common/editsession.h"
#include "ui/common/recordhistoryview.h"
#include "ui/common/recordform.h"
#include "ui/contacts/contactlistmodel.h"
#include "ui/contacts/contactlistmenu.h"
#include "ui/contacts/contactlistview.h"
#include "ui/contacts/recordpage.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/search/globalsearchfield.h"
#include "ui/timeline/activitycomposer.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/timeline/timelineview.h"
#include "ui/trash/trashview.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QItemSelectionModel>
#include <QMenu>
#include "ui/companies/companylistview.h"
#include "ui/companies/companypage.h"
#include "ui/common/displayformat.h"
#include "ui/settings/settingsdialog.h"
#include <QRegularExpression>
#include <QMenuBar>
#include <QSettings>
#include <QTimer>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "usertyping.h"
#include <QTreeWidget>

using namespace Kizuna;
using Kizuna::Ui::MainWindow;

class tst_ContactPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    QString m_path;

    Ui::RecordPage *page() const { return m_window->contactPage(); }
    Ui::RecordForm *form() const { return page()->form(); }
    QLineEdit *field(const char *name) const { return form()->lineEdit(QString::fromLatin1(name)); }

    static void type(QWidget *widget, const QString &text) { UserTyping::type(widget, text); }
    static void retype(QWidget *widget, const QString &text) { UserTyping::retype(widget, text); }

    // Creates a contact through File ▸ New Contact and the form; returns its id.
    QString createThroughForm(const QString &family, const QString &given, const QString &familyReading,
                              const QString &givenReading, const QString &phone)
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        if (page()->titleLabel()->text() != "New contact")
            return {};
        type(field("family_name"), family);
        type(field("given_name"), given);
        type(field("family_name_reading"), familyReading);
        type(field("given_name_reading"), givenReading);
        type(field("phone"), phone);
        if (!page()->saveButton()->isEnabled())
            return {};
        QTest::mouseClick(page()->saveButton(), Qt::LeftButton);
        return page()->recordId();
    }

    // Types a query into the search field and waits for its hits.
    QStringList searchTitles(const QString &query)
    {
        Ui::GlobalSearchField *search = m_window->searchField();
        retype(search, query);
        if (!QTest::qWaitFor([&] { return search->shownQuery() == query; }, 10000))
            return {"<no answer>"};
        QStringList titles;
        for (const auto &hit : search->hits())
            titles << hit.title;
        return titles;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(I18n::installTranslators(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)), QString("en"));
    }

    void init()
    {
        m_window.reset();
        m_path = m_dir.filePath(QString("%1.kizuna").arg(QTest::currentTestFunction()));
        auto db = Storage::DatabaseOpener::open(m_path);
        QVERIFY(db.ok());
        m_window = std::make_unique<MainWindow>(std::move(*db));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->activateWindow();
    }

    void cleanup() { m_window.reset(); }

    void createThenFindByReadingKanjiAndPhone()
    {
        const QString id = createThroughForm("髙橋", "美咲", "タカハシ", "ミサキ", "090-1234-5678");
        QVERIFY(!id.isEmpty());
        QCOMPARE(page()->titleLabel()->text(), QString("髙橋 美咲")); // family name first
        QTRY_COMPARE(m_window->contactsView()->model()->rowCount(), 1);

        // Reading typed in hiragana, two-character kanji substring, phone digits typed differently.
        QCOMPARE(searchTitles("たかはし"), QStringList {"髙橋 美咲"});
        QCOMPARE(searchTitles("美咲"), QStringList {"髙橋 美咲"});
        QCOMPARE(searchTitles("090-1234-5678"), QStringList {"髙橋 美咲"});
        QCOMPARE(searchTitles("09012345678"), QStringList {"髙橋 美咲"});
        QCOMPARE(searchTitles("佐藤"), QStringList {});

        // Return on the hit opens the contact's page.
        m_window->showContacts();
        searchTitles("みさき");
        QTest::keyClick(m_window->searchField(), Qt::Key_Return);
        QCOMPARE(static_cast<QStackedWidget *>(m_window->centralWidget())->currentWidget(), page());
        QCOMPARE(page()->recordId(), id);
    }

    void formRefusesBadInput()
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QVERIFY(!page()->saveButton()->isEnabled()); // no name yet
        type(field("family_name"), "山田");
        QVERIFY(page()->saveButton()->isEnabled());

        type(field("email"), "yamada@example");
        QVERIFY(!page()->saveButton()->isEnabled());
        QLabel *problem = form()->problemLabel("email");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains("not an email address"), qPrintable(problem->text()));
        type(field("email"), ".co.jp");
        QVERIFY(!problem->isVisible());

        type(field("postal_code"), "15000");
        QVERIFY(form()->problemLabel("postal_code")->isVisible());
        QVERIFY(!page()->saveButton()->isEnabled());
        type(field("postal_code"), "01");
        QVERIFY(!form()->problemLabel("postal_code")->isVisible());

        type(field("birthday"), "1990-02-30");
        QVERIFY(form()->problemLabel("birthday")->isVisible());
        retype(field("birthday"), "1990-02-28");
        QVERIFY(!form()->problemLabel("birthday")->isVisible());

        type(field("company"), "存在しない商事");
        QVERIFY(form()->problemLabel("company")->text().contains("存在しない商事"));
        retype(field("company"), "");
        type(field("phone"), "03-1234-5678 内線");
        QVERIFY(form()->problemLabel("phone")->isVisible());
        retype(field("phone"), "０３−１２３４−５６７８"); // full-width is fine
        QVERIFY(!form()->problemLabel("phone")->isVisible());

        QTest::mouseClick(page()->saveButton(), Qt::LeftButton);
        QVERIFY(!page()->recordId().isEmpty());
        auto record = m_window->editSession().store().get(Model::entity(u"contact"), page()->recordId());
        QVERIFY(record.ok());
        QCOMPARE(record->value("postal_code").toString(), QString("150-0001")); // stored with the hyphen
        QCOMPARE(record->value("birthday").toString(), QString("1990-02-28"));
        QCOMPARE(record->value("email").toString(), QString("yamada@example.co.jp"));
    }

    void logCallShowsOnTopOfTimeline()
    {
        const QString id = createThroughForm("佐藤", "健", "サトウ", "ケン", "");
        QVERIFY(!id.isEmpty());
        // An older note exists already.
        auto note = m_window->editSession().store().insert(
            Model::entity(u"activity"),
            {{"type", "note"}, {"subject", "初回メモ"}, {"occurred_at", "2025-01-05T09:00:00.000Z"}, {"contact_id", id}});
        QVERIFY(note.ok());
        page()->tabs()->setCurrentIndex(Ui::RecordPage::TimelineTab);
        Ui::TimelineView *timeline = page()->timeline();
        timeline->model()->reload(); // the batches come from a reader thread: wait for them
        QTRY_COMPARE(timeline->model()->rowCount(), 1);

        Ui::ActivityComposer *composer = timeline->composer();
        composer->setKind("call");
        QVERIFY(!composer->logButton()->isEnabled());
        type(composer->subjectEdit(), "見積もりの件で電話");
        QTest::keyClick(composer->subjectEdit(), Qt::Key_Return);

        QTRY_COMPARE(timeline->model()->rowCount(), 2);
        const QModelIndex top = timeline->model()->index(0);
        QCOMPARE(top.data(Ui::TimelineKindRole).toString(), QString("call"));
        QCOMPARE(top.data(Ui::TimelineTitleRole).toString(), QString("見積もりの件で電話"));
        QVERIFY(composer->subjectEdit()->text().isEmpty()); // ready for the next one

        // The filter keeps only calls, then only notes.
        timeline->filterBox()->setCurrentIndex(timeline->filterBox()->findText("Note"));
        QTRY_COMPARE(timeline->model()->rowCount(), 1);
        QCOMPARE(timeline->model()->index(0).data(Ui::TimelineTitleRole).toString(), QString("初回メモ"));

        // Logging is undoable like every edit.
        timeline->filterBox()->setCurrentIndex(0);
        QTRY_COMPARE(timeline->model()->rowCount(), 2);
        m_window->findChild<QAction *>("undoAction")->trigger();
        QTRY_COMPARE(timeline->model()->rowCount(), 1);
        m_window->findChild<QAction *>("redoAction")->trigger();
        QTRY_COMPARE(timeline->model()->rowCount(), 2);
    }

    void editUndoRedoAndHistory()
    {
        const QString id = createThroughForm("鈴木", "一郎", "スズキ", "イチロウ", "03-1111-2222");
        QVERIFY(!id.isEmpty());
        retype(field("phone"), "03-9999-0000");
        QVERIFY(page()->saveButton()->isEnabled());
        QTest::keyClick(page(), Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(field("phone")->text(), QString("03-9999-0000"));
        QVERIFY(!page()->saveButton()->isEnabled()); // saved: nothing left to save

        QAction *undo = m_window->findChild<QAction *>("undoAction");
        QVERIFY(undo->isEnabled());
        QVERIFY2(undo->text().contains("phone"), qPrintable(undo->text()));
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(field("phone")->text(), QString("03-1111-2222")); // the old value is back
        auto stored = m_window->editSession().store().get(Model::entity(u"contact"), id);
        QCOMPARE(stored->value("phone").toString(), QString("03-1111-2222"));

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(field("phone")->text(), QString("03-9999-0000"));

        // History: newest first — the redo, the undo, the edit, then the creation.
        page()->tabs()->setCurrentIndex(Ui::RecordPage::HistoryTab);
        QTreeWidget *history = page()->history()->tree();
        QVERIFY(history->topLevelItemCount() >= 4);
        QTreeWidgetItem *newest = history->topLevelItem(0);
        QCOMPARE(newest->text(Ui::RecordHistoryView::ChangeColumn), QString("Phone"));
        QCOMPARE(newest->text(Ui::RecordHistoryView::BeforeColumn), QString("03-1111-2222"));
        QCOMPARE(newest->text(Ui::RecordHistoryView::AfterColumn), QString("03-9999-0000"));
        QVERIFY(!newest->text(Ui::RecordHistoryView::AuthorColumn).isEmpty());
    }

    void deleteAndRestoreFromTrash()
    {
        const QString id = createThroughForm("田中", "花子", "タナカ", "ハナコ", "");
        QVERIFY(!id.isEmpty());
        QTest::mouseClick(page()->findChild<QPushButton *>("contactDelete"), Qt::LeftButton);
        auto *screens = static_cast<QStackedWidget *>(m_window->centralWidget());
        QCOMPARE(screens->currentWidget(), m_window->contactsView());
        QTRY_COMPARE(m_window->contactsView()->model()->rowCount(), 0);

        QTest::keyClick(m_window.get(), Qt::Key_9, Qt::ControlModifier);
        Ui::TrashView *trash = m_window->trashView();
        QCOMPARE(screens->currentWidget(), trash);
        QTRY_COMPARE(trash->tree()->topLevelItemCount(), 1);
        QCOMPARE(trash->tree()->topLevelItem(0)->text(0), QString("田中 花子"));
        trash->tree()->setCurrentItem(trash->tree()->topLevelItem(0));
        QTest::mouseClick(trash->restoreButton(), Qt::LeftButton);
        QTRY_COMPARE(trash->tree()->topLevelItemCount(), 0);
        QTRY_COMPARE(m_window->contactsView()->model()->rowCount(), 1);

        // Undo takes the restore back: the contact is in the Trash again.
        m_window->findChild<QAction *>("undoAction")->trigger();
        QTRY_COMPARE(m_window->contactsView()->model()->rowCount(), 0);
        QTRY_COMPARE(trash->tree()->topLevelItemCount(), 1);
    }

    void companyPageShowsItsPeopleAndTheirTimeline()
    {
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier);
        Ui::RecordPage *companyPage = m_window->companyPage();
        QVERIFY(!companyPage->saveButton()->isEnabled()); // a company needs a name
        type(companyPage->form()->lineEdit("name"), "株式会社さくら商事");
        type(companyPage->form()->lineEdit("name_reading"), "サクラショウジ");
        QTest::mouseClick(companyPage->saveButton(), Qt::LeftButton);
        const QString companyId = companyPage->recordId();
        QVERIFY(!companyId.isEmpty());

        // A contact of that company, linked by typing the company's name.
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        type(field("family_name"), "木村");
        type(field("company"), "株式会社さくら商事");
        QVERIFY(!form()->problemLabel("company")->isVisible());
        QTest::mouseClick(page()->saveButton(), Qt::LeftButton);
        const QString contactId = page()->recordId();
        QVERIFY(!contactId.isEmpty());
        page()->tabs()->setCurrentIndex(Ui::RecordPage::TimelineTab);
        page()->timeline()->composer()->setKind("meeting");
        type(page()->timeline()->composer()->subjectEdit(), "定例会議");
        QTest::keyClick(page()->timeline()->composer()->subjectEdit(), Qt::Key_Return);
        QTRY_VERIFY2(page()->timeline()->model()->rowCount() == 1,
                 qPrintable(m_window->statusBar()->currentMessage() + " | subject: "
                            + page()->timeline()->composer()->subjectEdit()->text() + " | enabled: "
                            + QString::number(page()->timeline()->composer()->logButton()->isEnabled())));

        // The company list, its page, its people and the timeline across them.
        QTest::keyClick(m_window.get(), Qt::Key_2, Qt::ControlModifier);
        auto *companies = m_window->companiesView()->tableView();
        QTRY_COMPARE(companies->model()->rowCount(), 1);
        QCOMPARE(companies->model()->index(0, 0).data().toString(), QString("株式会社さくら商事"));
        QTRY_COMPARE(companies->model()->index(0, 2).data().toString(), QString("1")); // one contact
        QVERIFY(m_window->openCompany(companyId));
        auto *people = companyPage->findChild<QTreeWidget *>("companyContacts");
        QCOMPARE(people->topLevelItemCount(), 1);
        QCOMPARE(people->topLevelItem(0)->text(0), QString("木村"));
        Ui::TimelineModel *timeline = companyPage->timeline()->model();
        QTRY_COMPARE(timeline->rowCount(), 1);
        QCOMPARE(timeline->index(0).data(Ui::TimelineTitleRole).toString(), QString("定例会議"));
    }

    void settingsChangeHowDatesAndAmountsShow()
    {
        const QString id = createThroughForm("森", "茜", "モリ", "アカネ", "");
        QVERIFY(!id.isEmpty());
        QSettings().remove("ui/language"); // whatever an earlier run left
        Ui::SettingsDialog dialog(m_window.get());
        dialog.dateBox()->setCurrentIndex(dialog.dateBox()->findData(int(Ui::DisplayFormat::DateStyle::Iso)));
        dialog.currencyBox()->setCurrentIndex(dialog.currencyBox()->findData("USD"));
        QVERIFY(dialog.findChild<QLabel *>("settingsSample")->text().startsWith("2026-04-01 09:30"));
        QVERIFY(dialog.findChild<QLabel *>("settingsSample")->text().contains("$12,345.00"));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData("ja"));
        QVERIFY(dialog.apply()); // the language changed: applies at the next start
        QCOMPARE(QSettings().value("ui/language").toString(), QString("ja"));

        m_window->openContact(id);
        page()->tabs()->setCurrentIndex(Ui::RecordPage::HistoryTab);
        const QString when = page()->history()->tree()->topLevelItem(0)->text(Ui::RecordHistoryView::TimeColumn);
        QVERIFY2(QRegularExpression("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}$").match(when).hasMatch(), qPrintable(when));
        QCOMPARE(Ui::DisplayFormat::money(1234.5), QString("$1,234.50"));

        // Back to the defaults for the other tests.
        Ui::DisplayFormat::setDateStyle(Ui::DisplayFormat::DateStyle::Locale);
        Ui::DisplayFormat::setCurrency("JPY");
        QSettings().remove("ui/language");
        QCOMPARE(Ui::DisplayFormat::money(1234), QString("¥1,234"));
    }

    // Choosing Japanese in the settings switches the window at once: menus, list headers and
    // the open page in Japanese, the same record on screen, the undo history kept.
    void languageSwitchesWithoutARestart()
    {
        const QString id = createThroughForm("森", "茜", "モリ", "アカネ", "");
        QVERIFY(!id.isEmpty());
        QSettings().remove("ui/language");
        QAction *settings = nullptr;
        for (QAction *action : m_window->findChildren<QAction *>())
            if (action->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Comma)))
                settings = action;
        QVERIFY(settings);
        bool chosen = false;
        QTimer::singleShot(0, this, [&chosen] {
            auto *dialog = qobject_cast<Ui::SettingsDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            dialog->languageBox()->setCurrentIndex(dialog->languageBox()->findData("ja"));
            dialog->accept();
            chosen = true;
        });
        settings->trigger();
        QVERIFY(chosen);
        QCOMPARE(m_window->menuBar()->actions().constFirst()->text(), QString("ファイル(&F)"));
        QCOMPARE(page()->recordId(), id); // still on the same contact
        QVERIFY(page()->isVisible());
        QVERIFY(page()->tabs()->tabText(Ui::RecordPage::DetailsTab) != QString("&Details"));
        auto *undo = m_window->findChild<QAction *>("undoAction");
        QVERIFY(undo->isEnabled()); // creating the contact can still be undone
        QCOMPARE(m_window->contactsView()->model()->headerData(0, Qt::Horizontal).toString(), QString("氏名"));

        m_window->changeLanguage("en"); // back for the other tests
        QCOMPARE(m_window->menuBar()->actions().constFirst()->text(), QString("&File"));
        QSettings().remove("ui/language");
    }

    void bulkEditsTheSelection()
    {
        Model::RecordStore &store = m_window->editSession().store();
        for (const char *family : {"安藤", "井上", "上田"})
            QVERIFY(store.insert(Model::entity(u"contact"), {{"family_name", QString::fromUtf8(family)}}).ok());
        auto tag = store.insert(Model::entity(u"tag"), {{"name", "VIP"}});
        QVERIFY(tag.ok());
        Ui::ContactListModel *model = m_window->contactsView()->model();
        model->reload();
        QTRY_COMPARE(model->rowCount(), 3);
        QTableView *table = m_window->contactsView()->tableView();
        table->selectionModel()->select(model->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(model->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        auto *bulk = m_window->contactsView()->findChild<Ui::ContactListMenu *>();
        QVERIFY(bulk);
        QCOMPARE(bulk->selectedIds().size(), 2);
        const QStringList ids = bulk->selectedIds();
        const auto stageOf = [&](const QString &id) {
            return store.get(Model::entity(u"contact"), id)->value("lifecycle_stage").toString();
        };

        std::unique_ptr<QMenu> menu(bulk->createMenu());
        QMenu *stages = menu->findChild<QMenu *>("bulk_lifecycle_stage");
        QVERIFY(stages);
        for (QAction *action : stages->actions()) {
            if (action->data().toString() == "customer")
                action->trigger();
        }
        QCOMPARE(stageOf(ids[0]), QString("customer"));
        QCOMPARE(stageOf(ids[1]), QString("customer"));
        m_window->findChild<QAction *>("undoAction")->trigger(); // one step for both
        QCOMPARE(stageOf(ids[0]), QString("lead"));
        QCOMPARE(stageOf(ids[1]), QString("lead"));

        QMenu *tags = menu->findChild<QMenu *>("bulk_tag");
        tags->actions().constFirst()->trigger();
        auto tagged = m_window->database().queryInt("SELECT count(*) FROM contact_tags WHERE deleted_at IS NULL");
        QCOMPARE(*tagged, std::int64_t(2));

        // The list was read again after the edits: select two rows again, then Delete.
        table->selectionModel()->select(model->index(0, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(model->index(1, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        QAction *trash = table->findChild<QAction *>("contactsMoveToTrash");
        QCOMPARE(trash->shortcut(), QKeySequence(QKeySequence::Delete));
        trash->trigger();
        QTRY_COMPARE(model->rowCount(), 1);
        m_window->findChild<QAction *>("undoAction")->trigger();
        QTRY_COMPARE(model->rowCount(), 3);
    }

    void listInGojuonOrder()
    {
        Model::RecordStore &store = m_window->editSession().store();
        const QList<QStringList> people = {{"渡辺", "ワタナベ"}, {"伊藤", "イトウ"}, {"加藤", "カトウ"},
                                           {"Smith", "スミス"}, {"青木", "アオキ"}, {"中村", "ナカムラ"}};
        for (const QStringList &p : people)
            QVERIFY(store.insert(Model::entity(u"contact"), {{"family_name", p[0]}, {"family_name_reading", p[1]}}).ok());
        Ui::ContactListModel *model = m_window->contactsView()->model();
        model->reload();
        QTRY_COMPARE(model->rowCount(), 6);
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, Ui::ContactListModel::NameColumn).data().toString();
        QCOMPARE(names, (QStringList {"青木", "伊藤", "加藤", "Smith", "中村", "渡辺"}));
    }
};

QTEST_MAIN(tst_ContactPage)
#include "tst_contactpage.moc"
