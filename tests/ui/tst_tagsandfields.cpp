// SPDX-License-Identifier: GPL-3.0-or-later
// Tags and custom fields on the contact page as a user works with them: type a tag and press
// Return (an existing one from the completer, a new name creates the tag), take it off with ×,
// Ctrl+Z puts it back (the soft-deleted link is restored, never inserted twice), the contact
// list's tag filter finds the contact; define custom fields in the dialog, see them on the page,
// a bad number refuses Save, good values are saved in the same undo step as the form.
#include "core/model/customfields.h"
#include "core/model/entities.h"
#include "core/model/tagassignments.h"
#include "core/model/changelog.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "ui/common/editsession.h"
#include "ui/common/recordform.h"
#include "ui/common/recordhistoryview.h"
#include "ui/companies/companypage.h"
#include "ui/contacts/contactbulkedit.h"
#include "ui/contacts/contactfilterbar.h"
#include "ui/contacts/contactlistmodel.h"
#include "ui/contacts/contactlistview.h"
#include "ui/contacts/contactpage.h"
#include "ui/contacts/recordpage.h"
#include "ui/recordextras/customfieldsdialog.h"
#include "ui/recordextras/customfieldssection.h"
#include "ui/recordextras/tagbar.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

#include "usertyping.h"

using namespace Kizuna;

class tst_TagsAndFields : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Ui::EditSession> m_session;
    std::unique_ptr<QWidget> m_window; // hosts the page and Edit ▸ Undo / Redo, as the main window does
    Ui::RecordPage *m_page = nullptr;

    Ui::TagBar *tagBar() const { return m_page->findChild<Ui::TagBar *>(); }
    Ui::CustomFieldsSection *customFields() const { return m_page->findChild<Ui::CustomFieldsSection *>(); }

    QString addContact(const QString &family, const QString &given)
    {
        auto id = m_session->store().insert(Model::entity(u"contact"), {{"family_name", family}, {"given_name", given}});
        return id.ok() ? *id : QString();
    }

    qint64 count(const QString &sql, const QString &key = {})
    {
        auto statement = m_db->prepare(sql);
        if (!statement.ok())
            return -1;
        if (!key.isNull())
            statement->bind(1, key);
        qint64 n = -1;
        if (!statement->forEachRow([&] { n = statement->columnInt64(0); }).ok())
            return -1;
        return n;
    }
    qint64 activeLinks(const QString &contactId)
    {
        return count("SELECT count(*) FROM contact_tags WHERE contact_id = ?1 AND deleted_at IS NULL", contactId);
    }
    qint64 allLinks(const QString &contactId)
    {
        return count("SELECT count(*) FROM contact_tags WHERE contact_id = ?1", contactId);
    }
    QString customValue(const QString &recordId, const QString &key)
    {
        auto statement = m_db->prepare("SELECT v.value FROM custom_field_values v JOIN custom_field_defs d "
                                       "ON d.id = v.field_id WHERE v.record_id = ?1 AND d.key = ?2");
        if (!statement.ok())
            return "<error>";
        statement->bind(1, recordId);
        statement->bind(2, key);
        QString value = "<no row>";
        (void)statement->forEachRow([&] { value = statement->columnText(0); });
        return value;
    }

    // The newest `n` lines of the History tab as the user reads them: "change | before → after".
    QStringList historyLines(int n) const
    {
        QTreeWidget *tree = m_page->history()->tree();
        QStringList lines;
        for (int i = 0; i < qMin(n, tree->topLevelItemCount()); ++i) {
            const QTreeWidgetItem *item = tree->topLevelItem(i);
            lines << item->text(Ui::RecordHistoryView::ChangeColumn) + " | "
                    + item->text(Ui::RecordHistoryView::BeforeColumn) + " → "
                    + item->text(Ui::RecordHistoryView::AfterColumn);
        }
        return lines;
    }

    // Return as the user presses it: the completer's list takes it while it is open.
    void pressReturn()
    {
        QWidget *popup = tagBar()->completer()->popup();
        QTest::keyClick(popup->isVisible() ? popup : static_cast<QWidget *>(tagBar()->addField()), Qt::Key_Return);
    }
    void typeTag(const QString &name)
    {
        UserTyping::type(tagBar()->addField(), name);
        pressReturn();
    }
    // Edit ▸ Undo / Redo by their keys, in the window (a dialog may have had the focus).
    void undo() { pressInWindow(Qt::ControlModifier); }
    void redo() { pressInWindow(Qt::ControlModifier | Qt::ShiftModifier); }
    void pressInWindow(Qt::KeyboardModifiers modifiers)
    {
        if (QApplication::activeWindow() != m_window.get()) {
            m_window->activateWindow();
            QTRY_COMPARE(QApplication::activeWindow(), m_window.get());
        }
        QTest::keyClick(m_window.get(), Qt::Key_Z, modifiers);
    }

    // Defines a field through the dialog as the user does; returns the dialog's problem text.
    QString defineField(Ui::CustomFieldsDialog &dialog, const QString &label, const QString &type,
                        const QString &choices = {})
    {
        if (!dialog.isVisible())
            dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton *>("customFieldNew"), Qt::LeftButton);
        UserTyping::type(dialog.labelEdit(), label);
        dialog.typeBox()->setCurrentIndex(dialog.typeBox()->findData(type));
        for (const QString &choice : choices.split('\n', Qt::SkipEmptyParts)) {
            UserTyping::type(dialog.choicesEdit(), choice);
            QTest::keyClick(dialog.choicesEdit(), Qt::Key_Return);
        }
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        return dialog.problemLabel()->text();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init()
    {
        m_page = nullptr;
        m_window.reset();
        m_session.reset();
        auto db = Storage::DatabaseOpener::open(m_dir.filePath(QString("%1.kizuna").arg(QTest::currentTestFunction())));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        m_session = std::make_unique<Ui::EditSession>(*m_db);
        m_window = std::make_unique<QWidget>();
        auto *layout = new QVBoxLayout(m_window.get());
        m_page = Ui::makeContactPage(*m_session, m_window.get());
        layout->addWidget(m_page);
        QAction *undoAction = m_session->undoStack()->createUndoAction(m_window.get());
        undoAction->setShortcut(QKeySequence::Undo);
        QAction *redoAction = m_session->undoStack()->createRedoAction(m_window.get());
        redoAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z));
        m_window->addActions({undoAction, redoAction});
        m_window->resize(900, 900);
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_page = nullptr;
        m_window.reset();
        m_session.reset();
        m_db.reset();
    }

    void tagAddRemoveUndoAndFilter()
    {
        const QString yamada = addContact("山田", "太郎");
        const QString sato = addContact("佐藤", "花子");
        auto vip = Model::TagAssignments::createTag(m_session->store(), "VIP");
        QVERIFY(vip.ok());
        QVERIFY(m_page->showRecord(yamada));
        QVERIFY(tagBar()->isVisible());
        QVERIFY(tagBar()->chipNames().isEmpty());
        QVERIFY(tagBar()->addField()->isEnabled());

        // An existing tag, typed (the completer offers it) and Return.
        typeTag("VIP");
        QCOMPARE(tagBar()->chipNames(), QStringList {"VIP"});
        QCOMPARE(activeLinks(yamada), 1);
        QVERIFY(tagBar()->addField()->text().isEmpty());

        // × takes it off: the link row stays, soft-deleted.
        QToolButton *remove = tagBar()->removeButton("VIP");
        QVERIFY(remove);
        QCOMPARE(remove->toolTip(), QString("Remove the tag \"VIP\""));
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(tagBar()->chipNames().isEmpty());
        QCOMPARE(activeLinks(yamada), 0);
        QCOMPARE(allLinks(yamada), 1);

        // Ctrl+Z brings it back — the same row restored, no second row (UNIQUE(contact_id, tag_id)).
        undo();
        QCOMPARE(tagBar()->chipNames(), QStringList {"VIP"});
        QCOMPARE(activeLinks(yamada), 1);
        QCOMPARE(allLinks(yamada), 1);
        undo(); // the add
        QVERIFY(tagBar()->chipNames().isEmpty());
        QCOMPARE(activeLinks(yamada), 0);
        typeTag("vip"); // tagging again restores the removed link; case does not make a second tag
        QCOMPARE(tagBar()->chipNames(), QStringList {"VIP"});
        QCOMPARE(allLinks(yamada), 1);
        QCOMPARE(count("SELECT count(*) FROM tags WHERE deleted_at IS NULL"), 1);

        // A new name creates the tag.
        typeTag("お得意様");
        QCOMPARE(tagBar()->chipNames(), (QStringList {"VIP", "お得意様"}));
        auto created = Model::TagAssignments::findTag(*m_db, "お得意様");
        QVERIFY(created.ok());
        QVERIFY(!created->id.isEmpty());
        QCOMPARE(activeLinks(yamada), 2);
        undo(); // one step: the tag and the link
        QCOMPARE(tagBar()->chipNames(), QStringList {"VIP"});
        QCOMPARE(count("SELECT count(*) FROM tags WHERE id = ?1", created->id), 0);
        redo();
        QCOMPARE(tagBar()->chipNames(), (QStringList {"VIP", "お得意様"}));
        QCOMPARE(count("SELECT count(*) FROM tags WHERE id = ?1 AND deleted_at IS NULL", created->id), 1);

        // Keyboard: Tab from the × of the first chip reaches the next chip's ×, Space presses it.
        QToolButton *first = tagBar()->removeButton("VIP");
        first->setFocus();
        QVERIFY(first->hasFocus());
        QTest::keyClick(first, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(tagBar()->removeButton("お得意様")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QCOMPARE(tagBar()->chipNames(), QStringList {"VIP"});
        QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(tagBar()->addField()));
        undo();
        QCOMPARE(tagBar()->chipNames(), (QStringList {"VIP", "お得意様"}));

        // The contact list's tag filter finds the contact by the new tag.
        Ui::ContactListView list(*m_db);
        list.show();
        QTRY_COMPARE(list.model()->rowCount(), 2);
        QComboBox *tagBox = list.filterBar()->tagBox();
        const int index = tagBox->findData(created->id);
        QVERIFY(index > 0);
        tagBox->setCurrentIndex(index);
        QTRY_COMPARE(list.model()->rowCount(), 1);
        QCOMPARE(list.model()->row(0).id, yamada);
        Q_UNUSED(sato);
    }

    // The History tab shows tag and custom field changes as lines of the contact's history, by
    // author and time, newest first — and follows each edit while it is open.
    void historyShowsTagsAndCustomFields()
    {
        Model::CustomFieldDef field;
        field.entity = "contact";
        field.label = "会員番号";
        auto columns = Model::CustomFields::definitionColumns(*m_db, field);
        QVERIFY(columns.ok());
        QVERIFY(m_session->store().insert(Model::entity(u"custom_field"), *columns).ok());
        const QString yamada = addContact("山田", "太郎");
        auto dormant = Model::TagAssignments::createTag(m_session->store(), "休眠");
        QVERIFY(dormant.ok());
        QVERIFY(*Model::TagAssignments::add(m_session->store(), "contact", yamada, *dormant));
        QVERIFY(Model::TagAssignments::createTag(m_session->store(), "VIP").ok());
        QVERIFY(m_page->showRecord(yamada));
        QTreeWidget *history = m_page->history()->tree();
        QCOMPARE(historyLines(1), QStringList {"Tag added: 休眠 |  → 休眠"});
        const int before = history->topLevelItemCount();

        // Add a tag, remove a tag, set a custom field value — as the user does on the page.
        typeTag("VIP");
        QTest::mouseClick(tagBar()->removeButton("休眠"), Qt::LeftButton);
        QTRY_VERIFY(customFields()->editor("会員番号") && customFields()->editor("会員番号")->isVisible());
        UserTyping::type(customFields()->editor("会員番号"), "A-001");
        QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
        QCOMPARE(customValue(yamada, "会員番号"), QString("A-001"));

        m_page->tabs()->setCurrentIndex(Ui::RecordPage::HistoryTab);
        QVERIFY(history->isVisible());
        QCOMPARE(history->topLevelItemCount(), before + 3);
        QCOMPARE(historyLines(3), (QStringList {"会員番号 |  → A-001", "Tag removed: 休眠 | 休眠 → ",
                                                "Tag added: VIP |  → VIP"}));
        for (int i = 0; i < 3; ++i) {
            QVERIFY(!history->topLevelItem(i)->text(Ui::RecordHistoryView::AuthorColumn).isEmpty());
            QVERIFY(!history->topLevelItem(i)->text(Ui::RecordHistoryView::TimeColumn).isEmpty());
        }

        // A changed value shows before and after; undoing is a change too, a tag put back included.
        m_page->tabs()->setCurrentIndex(Ui::RecordPage::DetailsTab);
        UserTyping::retype(customFields()->editor("会員番号"), "A-002");
        QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
        QCOMPARE(historyLines(1), QStringList {"会員番号 | A-001 → A-002"});
        undo();
        QCOMPARE(historyLines(1), QStringList {"会員番号 | A-002 → A-001"});
        undo();
        undo(); // the removal of 休眠
        QCOMPARE(historyLines(2), (QStringList {"Tag added: 休眠 |  → 休眠", "会員番号 | A-001 → "}));
        QCOMPARE(tagBar()->chipNames(), (QStringList {"VIP", "休眠"}));
    }

    void bulkTagRestoresARemovedLink()
    {
        const QString yamada = addContact("山田", "太郎");
        const QString sato = addContact("佐藤", "花子");
        auto vip = Model::TagAssignments::createTag(m_session->store(), "VIP");
        QVERIFY(vip.ok());
        QVERIFY(m_page->showRecord(yamada));
        typeTag("VIP");
        QTest::mouseClick(tagBar()->removeButton("VIP"), Qt::LeftButton);
        QCOMPARE(allLinks(yamada), 1);

        // The list's "Add tag" shares the tag bar's step: the removed link comes back.
        auto tagged = Ui::ContactBulkEdit::addTag(*m_session, {yamada, sato}, *vip, "Tag 2 contacts VIP");
        QVERIFY2(tagged.ok(), tagged.ok() ? "" : qPrintable(tagged.error().message));
        QCOMPARE(*tagged, 2);
        QCOMPARE(allLinks(yamada), 1);
        QCOMPARE(activeLinks(yamada), 1);
        QCOMPARE(activeLinks(sato), 1);
        QCOMPARE(tagBar()->chipNames(), QStringList {"VIP"}); // the page follows
        undo();
        QCOMPARE(activeLinks(yamada), 0);
        QCOMPARE(activeLinks(sato), 0);
        QVERIFY(tagBar()->chipNames().isEmpty());
    }

    void newContactGetsTagsAfterSaving()
    {
        m_page->startNew();
        QVERIFY(!tagBar()->addField()->isEnabled());
        UserTyping::type(m_page->form()->lineEdit("family_name"), "鈴木");
        QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
        QVERIFY(!m_page->recordId().isEmpty());
        QVERIFY(tagBar()->addField()->isEnabled());
        typeTag("展示会");
        QCOMPARE(tagBar()->chipNames(), QStringList {"展示会"});
        QCOMPARE(activeLinks(m_page->recordId()), 1);
    }

    void newContactWithCustomValuesIsOneStep()
    {
        Model::CustomFieldDef field;
        field.entity = "contact";
        field.label = "会員番号";
        auto columns = Model::CustomFields::definitionColumns(*m_db, field);
        QVERIFY(columns.ok());
        QVERIFY(m_session->store().insert(Model::entity(u"custom_field"), *columns).ok());
        m_page->startNew(); // the definitions are read again when the page shows a record
        QTRY_VERIFY(customFields()->editor("会員番号") && customFields()->editor("会員番号")->isVisible());

        UserTyping::type(m_page->form()->lineEdit("family_name"), "鈴木");
        UserTyping::type(customFields()->editor("会員番号"), "B-7");
        const int steps = m_session->undoStack()->count();
        QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
        const QString id = m_page->recordId();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        QCOMPARE(customValue(id, "会員番号"), QString("B-7"));
        QCOMPARE(qobject_cast<QLineEdit *>(customFields()->editor("会員番号"))->text(), QString("B-7"));
        undo(); // the contact and its value together
        QCOMPARE(count("SELECT count(*) FROM contacts WHERE id = ?1", id), 0);
        QCOMPARE(customValue(id, "会員番号"), QString());
        redo();
        QCOMPARE(count("SELECT count(*) FROM contacts WHERE id = ?1 AND deleted_at IS NULL", id), 1);
        QCOMPARE(customValue(id, "会員番号"), QString("B-7"));
    }

    void customFieldsOnThePage()
    {
        const QString yamada = addContact("山田", "太郎");
        QVERIFY(m_page->showRecord(yamada));
        QVERIFY(customFields()->fields().isEmpty());

        {
            Ui::CustomFieldsDialog dialog(*m_session, "contact", m_window.get());
            QCOMPARE(defineField(dialog, "会員番号", "text"), QString());
            QCOMPARE(defineField(dialog, "来店回数", "number"), QString());
            QCOMPARE(dialog.list()->count(), 2);
            QCOMPARE(dialog.list()->item(0)->text(), QString("会員番号 — Text"));
            QCOMPARE(dialog.keyEdit()->text(), QString("来店回数")); // derived from the label
        }

        // The page shows them at once, in order, with an editor per type.
        QCOMPARE(customFields()->fields().size(), 2);
        QCOMPARE(customFields()->fields().at(0).label, QString("会員番号"));
        auto *member = qobject_cast<QLineEdit *>(customFields()->editor("会員番号"));
        auto *visits = qobject_cast<QLineEdit *>(customFields()->editor("来店回数"));
        QVERIFY(member && visits);
        QTRY_VERIFY(member->isVisible());
        QVERIFY(!m_page->saveButton()->isEnabled());

        // A bad number: the problem under the field and in the page's list, Save refused.
        UserTyping::type(visits, "12回");
        QLabel *problem = customFields()->problemLabel("来店回数");
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains("not a number"), qPrintable(problem->text()));
        auto *pageProblems = m_page->findChild<QLabel *>("contactProblems");
        QVERIFY2(pageProblems->text().startsWith("来店回数: "), qPrintable(pageProblems->text()));
        QVERIFY(!m_page->saveButton()->isEnabled());
        QVERIFY(!m_page->save());
        QCOMPARE(count("SELECT count(*) FROM custom_field_values WHERE record_id = ?1", yamada), 0);

        // Good values (full-width digits are fine) with a form field: one Save, one undo step.
        UserTyping::retype(visits, "１２");
        QVERIFY(!problem->isVisible());
        UserTyping::type(member, "A-001");
        UserTyping::type(m_page->form()->lineEdit("department"), "営業部");
        QVERIFY(m_page->saveButton()->isEnabled());
        const int steps = m_session->undoStack()->count();
        QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
        QCOMPARE(m_session->undoStack()->count(), steps + 1);
        QCOMPARE(customValue(yamada, "会員番号"), QString("A-001"));
        QCOMPARE(customValue(yamada, "来店回数"), QString("12"));
        QCOMPARE(visits->text(), QString("12"));
        QVERIFY(!m_page->saveButton()->isEnabled());

        // The change log has the values, and the History tab shows them with the form's field.
        QCOMPARE(count("SELECT count(*) FROM " + Kizuna::Model::ChangeLog::fieldRowsSql("l.entity = 'custom_field_value'")
                           .prepend('(').append(')')
                           + " WHERE field = 'value' AND new_value = ?1",
                       "A-001"),
                 1);
        m_page->tabs()->setCurrentIndex(Ui::RecordPage::HistoryTab);
        const QStringList lines = historyLines(3);
        QVERIFY2(lines.contains("Department |  → 営業部"), qPrintable(lines.join('\n')));
        QVERIFY2(lines.contains("会員番号 |  → A-001"), qPrintable(lines.join('\n')));
        QVERIFY2(lines.contains("来店回数 |  → 12"), qPrintable(lines.join('\n')));
        m_page->tabs()->setCurrentIndex(Ui::RecordPage::DetailsTab);

        // Ctrl+Z takes the form and the custom values back together; Redo again.
        undo();
        QCOMPARE(customValue(yamada, "会員番号"), QString());
        QCOMPARE(customValue(yamada, "来店回数"), QString());
        QCOMPARE(member->text(), QString());
        QCOMPARE(m_page->form()->lineEdit("department")->text(), QString());
        redo();
        QCOMPARE(member->text(), QString("A-001"));
        QCOMPARE(visits->text(), QString("12"));

        // Only a custom value changed: Save is enabled and writes it as its own step.
        UserTyping::retype(visits, "13");
        QVERIFY(m_page->saveButton()->isEnabled());
        QTest::keyClick(visits, Qt::Key_S, Qt::ControlModifier);
        QCOMPARE(customValue(yamada, "来店回数"), QString("13"));
        undo();
        QCOMPARE(customValue(yamada, "来店回数"), QString("12"));
        QCOMPARE(visits->text(), QString("12"));
    }

    void customFieldsOfEveryType()
    {
        Ui::CustomFieldsDialog dialog(*m_session, "contact");
        QCOMPARE(defineField(dialog, "入会日", "date"), QString());
        QCOMPARE(defineField(dialog, "DM 可", "bool"), QString());
        QVERIFY2(defineField(dialog, "ランク", "choice").contains("at least one choice"),
                 qPrintable(dialog.problemLabel()->text()));
        QCOMPARE(defineField(dialog, "ランク", "choice", "ゴールド\nシルバー\n"), QString());
        QCOMPARE(dialog.keyEdit()->text(), QString("ランク"));
        // The same label again: the derived key gets a suffix; an explicit taken key is refused.
        QCOMPARE(defineField(dialog, "ランク", "text"), QString());
        QCOMPARE(dialog.keyEdit()->text(), QString("ランク_2"));
        dialog.startNew();
        UserTyping::type(dialog.labelEdit(), "別名");
        UserTyping::type(dialog.keyEdit(), "dm_可");
        QTest::mouseClick(dialog.saveButton(), Qt::LeftButton);
        QVERIFY2(dialog.problemLabel()->text().contains("\"dm_可\""), qPrintable(dialog.problemLabel()->text()));

        // Delete the duplicate, move the choice field to the top.
        dialog.list()->setCurrentRow(3);
        QCOMPARE(dialog.labelEdit()->text(), QString("ランク"));
        QCOMPARE(dialog.keyEdit()->text(), QString("ランク_2"));
        QTest::mouseClick(dialog.findChild<QPushButton *>("customFieldDelete"), Qt::LeftButton);
        QCOMPARE(dialog.list()->count(), 3);
        dialog.list()->setCurrentRow(2);
        auto *up = dialog.findChild<QPushButton *>("customFieldUp");
        QTest::mouseClick(up, Qt::LeftButton);
        QTest::mouseClick(up, Qt::LeftButton);
        QCOMPARE(dialog.list()->currentRow(), 0);
        QVERIFY(!up->isEnabled());
        QStringList labels;
        for (const auto &field : dialog.fields())
            labels << field.label;
        QCOMPARE(labels, (QStringList {"ランク", "入会日", "DM 可"}));

        const QString yamada = addContact("山田", "太郎");
        QVERIFY(m_page->showRecord(yamada));
        QCOMPARE(customFields()->fields().size(), 3);
        auto *rank = qobject_cast<QComboBox *>(customFields()->editor("ランク"));
        auto *joined = qobject_cast<QLineEdit *>(customFields()->editor("入会日"));
        auto *dm = qobject_cast<QCheckBox *>(customFields()->editor("dm_可"));
        QVERIFY(rank && joined && dm);
        QTRY_VERIFY(dm->isVisible());
        QCOMPARE(rank->count(), 3); // empty, ゴールド, シルバー

        UserTyping::type(joined, "2024-02-30");
        QVERIFY(customFields()->problemLabel("入会日")->isVisible());
        QVERIFY(!m_page->saveButton()->isEnabled());
        UserTyping::retype(joined, "2024/2/29");
        QVERIFY(!customFields()->problemLabel("入会日")->isVisible());
        rank->setCurrentIndex(rank->findText("シルバー"));
        QTest::mouseClick(dm, Qt::LeftButton);
        QTest::mouseClick(m_page->saveButton(), Qt::LeftButton);
        QCOMPARE(customValue(yamada, "入会日"), QString("2024-02-29"));
        QCOMPARE(customValue(yamada, "ランク"), QString("シルバー"));
        QCOMPARE(customValue(yamada, "dm_可"), QString("1"));

        // The definition undo steps go through the same stack: undoing the move reorders the page.
        dialog.close();
        undo(); // the save
        QCOMPARE(customValue(yamada, "ランク"), QString());
        QCOMPARE(rank->currentText(), QString());
        undo(); // both moves
        undo();
        QCOMPARE(customFields()->fields().at(0).label, QString("入会日"));
        undo(); // the deletion
        QCOMPARE(customFields()->fields().size(), 4);
    }

    void companyPageHasTagsAndFields()
    {
        auto company = m_session->store().insert(Model::entity(u"company"), {{"name", "株式会社テスト"}});
        QVERIFY(company.ok());
        Ui::CustomFieldsDialog dialog(*m_session, "company");
        QCOMPARE(defineField(dialog, "資本金", "number"), QString());
        Ui::RecordPage *page = Ui::makeCompanyPage(*m_session, m_window.get());
        QVERIFY(page->showRecord(*company));
        auto *bar = page->findChild<Ui::TagBar *>();
        QVERIFY(bar);

        // A tag made on the contact page after the company page was opened is found, not made twice.
        const QString yamada = addContact("山田", "太郎");
        QVERIFY(m_page->showRecord(yamada));
        typeTag("取引先");
        UserTyping::type(bar->addField(), "取引先");
        QTest::keyClick(bar->addField(), Qt::Key_Return);
        QCOMPARE(bar->chipNames(), QStringList {"取引先"});
        QCOMPARE(count("SELECT count(*) FROM company_tags WHERE company_id = ?1 AND deleted_at IS NULL", *company), 1);
        QCOMPARE(count("SELECT count(*) FROM tags"), 1);
        auto *section = page->findChild<Ui::CustomFieldsSection *>();
        QCOMPARE(section->fields().size(), 1);
        QVERIFY(customFields()->fields().isEmpty()); // the contact page has its own
        delete page;
    }
};

QTEST_MAIN(tst_TagsAndFields)
#include "tst_tagsandfields.moc"
