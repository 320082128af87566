// SPDX-License-Identifier: GPL-3.0-or-later
// The segment editor as a user works with it: opened from the contact list's "Segments…" button
// or the Edit menu, a rule typed in (Japanese through the input method), the live count of the
// matching contacts, validation that names the condition, save, rename, delete with a
// confirmation, and the contact list's segment filter following at once.
#include "core/model/changecontext.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/segments/segmentrepository.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "translations/i18n.h"
#include "ui/common/choicelabels.h"
#include "ui/contacts/contactfilterbar.h"
#include "ui/contacts/contactlistmodel.h"
#include "ui/contacts/contactlistview.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/segments/segmentconditionrow.h"
#include "ui/segments/segmentcounter.h"
#include "ui/segments/segmenteditordialog.h"
#include "ui/segments/segmentruleeditor.h"
#include "ui/segments/segmentvalueeditor.h"
#include "usertyping.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace Kizuna;
using Kizuna::Ui::SegmentConditionRow;
using Kizuna::Ui::SegmentEditorDialog;
using Segments::SegmentOperator;

class tst_SegmentEditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Ui::MainWindow> m_window;

    // Four contacts and one in the Trash:
    //   山田 太郎  東京都  customer      佐藤 花子  東京都  lead
    //   鈴木 一郎  大阪府  customer      高橋 次郎  北海道  lead       (田中 東京都, in the Trash)
    static void addContacts(Model::RecordStore &store)
    {
        const auto add = [&](const char *family, const char *given, const char *reading, const char *prefecture,
                             const char *kind) {
            auto id = store.insert(Model::entity(u"contact"),
                                   {{"family_name", QString::fromUtf8(family)},
                                    {"given_name", QString::fromUtf8(given)},
                                    {"family_name_reading", QString::fromUtf8(reading)},
                                    {"prefecture", QString::fromUtf8(prefecture)},
                                    {"kind", QString::fromUtf8(kind)}});
            if (!id.ok())
                qFatal("%s", qPrintable(id.error().message));
            return *id;
        };
        add("山田", "太郎", "ヤマダ", "東京都", "customer");
        add("佐藤", "花子", "サトウ", "東京都", "lead");
        add("鈴木", "一郎", "スズキ", "大阪府", "customer");
        add("高橋", "次郎", "タカハシ", "北海道", "lead");
        const QString tanaka = add("田中", "三郎", "タナカ", "東京都", "customer");
        if (!store.remove(Model::entity(u"contact"), tanaka).ok())
            qFatal("cannot move to the Trash");
    }

    Ui::ContactFilterBar *filterBar() const { return m_window->contactsView()->filterBar(); }

    QStringList listedNames() const
    {
        const auto *model = m_window->contactsView()->model();
        QStringList names;
        for (int row = 0; row < model->rowCount(); ++row)
            names << model->index(row, Ui::ContactListModel::NameColumn).data().toString();
        return names;
    }

    QStringList segmentChoices() const
    {
        QStringList names;
        for (int i = 1; i < filterBar()->segmentBox()->count(); ++i)
            names << filterBar()->segmentBox()->itemText(i);
        return names;
    }

    // Opens the editor with the contact list's "Segments…" button.
    SegmentEditorDialog *openEditor()
    {
        QTest::mouseClick(filterBar()->editSegmentsButton(), Qt::LeftButton);
        auto *dialog = m_window->findChild<SegmentEditorDialog *>();
        if (dialog && !QTest::qWaitForWindowExposed(dialog))
            return nullptr;
        return dialog;
    }

    static void chooseData(QComboBox *box, const QVariant &data)
    {
        const int index = box->findData(data);
        QVERIFY2(index >= 0, qPrintable(data.toString()));
        box->setCurrentIndex(index);
    }

    // A new condition row with a field and operator chosen as a user does.
    static SegmentConditionRow *addCondition(SegmentEditorDialog *dialog, const QString &field, SegmentOperator op)
    {
        QTest::mouseClick(dialog->ruleEditor()->addButton(), Qt::LeftButton);
        SegmentConditionRow *row = dialog->ruleEditor()->rows().constLast();
        chooseData(row->fieldBox(), field);
        chooseData(row->operatorBox(), static_cast<int>(op));
        return row;
    }

    static qint64 countOf(SegmentEditorDialog *dialog)
    {
        return dialog->matchCount().value_or(-1);
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
        m_path = m_dir.filePath(QString("%1.kizuna").arg(QTest::currentTestFunction()));
        auto db = Storage::DatabaseOpener::open(m_path);
        QVERIFY(db.ok());
        auto context = Model::changeContextFor(**db, "tester");
        QVERIFY(context.ok());
        {
            Model::RecordStore store(**db, *context);
            addContacts(store);
        }
        m_window = std::make_unique<Ui::MainWindow>(std::move(*db));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_COMPARE(m_window->contactsView()->model()->rowCount(), 4);
    }

    void cleanup() { m_window.reset(); }

    // The brief's story: a new segment "東京の方" with prefecture = 東京都 counts 2 contacts,
    // is saved, is at once a choice of the contact list's segment filter, and lists exactly them.
    void createsASegmentFromTheContactList()
    {
        SegmentEditorDialog *dialog = openEditor();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QTRY_COMPARE(countOf(dialog), qint64(4)); // no conditions yet: every contact not in the Trash
        QVERIFY(!dialog->deleteButton()->isEnabled());

        UserTyping::type(dialog->nameField(), "東京の方");
        SegmentConditionRow *row = addCondition(dialog, "prefecture", SegmentOperator::Equals);
        QCOMPARE(row->fieldBox()->currentText(), QString("Prefecture"));
        QCOMPARE(row->operatorBox()->currentText(), QString("is"));
        auto *value = qobject_cast<QLineEdit *>(row->valueEditor()->inputs().value(0));
        QVERIFY(value);
        UserTyping::type(value, "東京都");
        QCOMPARE(value->text(), QString("東京都"));
        QTRY_COMPARE(countOf(dialog), qint64(2));
        QVERIFY2(dialog->countLabel()->text().startsWith("2 contact"), qPrintable(dialog->countLabel()->text()));

        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY2(!dialog->segmentId().isEmpty(), qPrintable(dialog->messageLabel()->text()));
        QVERIFY(!dialog->isModified());
        QCOMPARE(dialog->segmentList()->currentItem()->text(), QString("東京の方"));
        QVERIFY(dialog->deleteButton()->isEnabled());
        QCOMPARE(segmentChoices(), QStringList{"東京の方"});
        const QString id = dialog->segmentId();

        // Stored as the rule the user built.
        auto stored = Segments::SegmentRepository::find(m_window->database(), id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->name, QString("東京の方"));
        QCOMPARE(QString::fromUtf8(stored->ruleJson),
                 QString(R"({"conditions":[{"field":"prefecture","operator":"=","value":"東京都"}],"op":"and"})"));

        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
        QTRY_VERIFY(!m_window->findChild<SegmentEditorDialog *>()); // deleted on close

        QComboBox *segments = filterBar()->segmentBox();
        segments->setCurrentIndex(segments->findText("東京の方"));
        QTRY_COMPARE(listedNames(), (QStringList{"佐藤 花子", "山田 太郎"}));
        QTRY_COMPARE(m_window->contactsView()->model()->totalCount(), qint64(2));
    }

    // Choices come as combo boxes with translated labels, dates with a date edit; "any" widens
    // the rule; every change is counted again.
    void inputsFitTheFieldAndCountFollows()
    {
        m_window->findChild<QAction *>("segmentsAction")->trigger(); // Edit ▸ Segments…
        auto *dialog = m_window->findChild<SegmentEditorDialog *>();
        QVERIFY(dialog);
        SegmentConditionRow *kind = addCondition(dialog, "kind", SegmentOperator::Equals);
        auto *kindBox = qobject_cast<QComboBox *>(kind->valueEditor()->inputs().value(0));
        QVERIFY(kindBox);
        QVERIFY(kindBox->findText(Ui::ChoiceLabels::contactKind("customer")) >= 0);
        QCOMPARE(kindBox->findText("customer"), -1); // labels, not stored keys
        kindBox->setCurrentIndex(kindBox->findData("customer"));
        QTRY_COMPARE(countOf(dialog), qint64(2)); // 山田, 鈴木

        SegmentConditionRow *prefecture = addCondition(dialog, "prefecture", SegmentOperator::In);
        UserTyping::type(prefecture->valueEditor()->inputs().value(0), "大阪府、北海道");
        QTRY_COMPARE(countOf(dialog), qint64(1)); // 鈴木
        chooseData(dialog->ruleEditor()->matchBox(), static_cast<int>(Segments::SegmentRule::Match::Any));
        QTRY_COMPARE(countOf(dialog), qint64(3)); // 山田, 鈴木, 高橋

        // "any of" on a choice: a menu of check boxes.
        chooseData(kind->operatorBox(), static_cast<int>(SegmentOperator::In));
        auto *kinds = qobject_cast<QToolButton *>(kind->valueEditor()->inputs().value(0));
        QVERIFY(kinds && kinds->menu());
        QCOMPARE(kinds->text(), Ui::ChoiceLabels::contactKind("customer")); // kept from "is"
        QTRY_COMPARE(countOf(dialog), qint64(3));
        for (QAction *action : kinds->menu()->actions()) {
            if (action->data() == "lead")
                action->trigger();
        }
        // In the catalogue's order of the kinds.
        QCOMPARE(kinds->text(), Ui::ChoiceLabels::contactKind("lead") + ", " + Ui::ChoiceLabels::contactKind("customer"));
        // Any of: a customer or a lead (all four), or in 大阪府/北海道.
        QTRY_COMPARE(countOf(dialog), qint64(4));

        SegmentConditionRow *birthday = addCondition(dialog, "birthday", SegmentOperator::Between);
        QCOMPARE(birthday->valueEditor()->inputs().size(), 2);
        QVERIFY(qobject_cast<QDateEdit *>(birthday->valueEditor()->inputs().at(0)));
        QCOMPARE(birthday->operatorBox()->currentText(), QString("is between"));
        chooseData(birthday->operatorBox(), static_cast<int>(SegmentOperator::Less));
        QCOMPARE(birthday->operatorBox()->currentText(), QString("is before"));
        chooseData(birthday->operatorBox(), static_cast<int>(SegmentOperator::IsEmpty));
        QVERIFY(birthday->valueEditor()->inputs().isEmpty());

        // Removing a condition counts again: the kinds and the prefectures, any of them.
        QTest::mouseClick(birthday->removeButton(), Qt::LeftButton);
        QCOMPARE(dialog->ruleEditor()->rows().size(), 2);
        QVERIFY(!dialog->matchCount().has_value());
        QTRY_COMPARE(countOf(dialog), qint64(4));
        // Back to "all": customers or leads in 大阪府/北海道.
        chooseData(dialog->ruleEditor()->matchBox(), static_cast<int>(Segments::SegmentRule::Match::All));
        QTRY_COMPARE(countOf(dialog), qint64(2)); // 鈴木, 高橋
        dialog->setConfirmation([](QWidget *, const QString &, const QString &) { return true; });
        dialog->reject();
    }

    // Errors name the condition; nothing is saved while the rule or the name is wrong.
    void validationNamesTheCondition()
    {
        SegmentEditorDialog *dialog = openEditor();
        QVERIFY(dialog);
        SegmentConditionRow *first = addCondition(dialog, "prefecture", SegmentOperator::Equals);
        UserTyping::type(first->valueEditor()->inputs().value(0), "東京都");
        SegmentConditionRow *second = addCondition(dialog, "revenue", SegmentOperator::Greater);
        QTest::keyClicks(second->valueEditor()->inputs().value(0), "lots");
        QTRY_VERIFY(dialog->messageLabel()->text().contains("condition 2 (Revenue)"));
        QVERIFY2(dialog->messageLabel()->text().contains("needs a number"), qPrintable(dialog->messageLabel()->text()));
        QVERIFY(!dialog->matchCount().has_value());

        // A value left empty.
        UserTyping::retype(second->valueEditor()->inputs().value(0), "");
        QTRY_VERIFY(dialog->messageLabel()->text().contains("Condition 2 (Revenue): enter a value"));

        // Full-width digits and a thousands separator are a number: 東京都 and revenue > 10,000
        // (nobody has orders: no match).
        UserTyping::type(second->valueEditor()->inputs().value(0), "１０，０００");
        QTRY_COMPARE(countOf(dialog), qint64(0));

        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QCOMPARE(dialog->messageLabel()->text(), QString("Give the segment a name."));
        QVERIFY(dialog->segmentId().isEmpty());
        QVERIFY(Segments::SegmentRepository::list(m_window->database())->isEmpty());

        // A name already taken.
        auto context = Model::changeContextFor(m_window->database(), "tester");
        Model::RecordStore store(m_window->database(), *context);
        QVERIFY(Segments::SegmentRepository(store).create("Taken", {}).ok());
        UserTyping::type(dialog->nameField(), "Taken");
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        QVERIFY2(dialog->messageLabel()->text().contains("already exists"), qPrintable(dialog->messageLabel()->text()));
        QVERIFY(dialog->segmentId().isEmpty());
        dialog->setConfirmation([](QWidget *, const QString &, const QString &) { return true; });
        dialog->reject();
    }

    // An existing segment: shown as rows, renamed and changed, deleted after a confirmation;
    // the contact list filtered by it follows each step.
    void editsRenamesAndDeletes()
    {
        QString id;
        {
            auto context = Model::changeContextFor(m_window->database(), "tester");
            Model::RecordStore store(m_window->database(), *context);
            auto rule = Segments::SegmentRule::fromJson(
                R"({"op":"and","conditions":[{"field":"kind","operator":"=","value":"customer"}]})");
            QVERIFY(rule.ok());
            auto created = Segments::SegmentRepository(store).create("お客様", *rule);
            QVERIFY(created.ok());
            id = *created;
        }
        filterBar()->reloadChoices();
        QComboBox *segments = filterBar()->segmentBox();
        segments->setCurrentIndex(segments->findText("お客様"));
        QTRY_COMPARE(listedNames(), (QStringList{"鈴木 一郎", "山田 太郎"}));

        // The editor opens on the segment the list is filtered by.
        SegmentEditorDialog *dialog = openEditor();
        QVERIFY(dialog);
        QCOMPARE(dialog->segmentId(), id);
        QCOMPARE(dialog->nameField()->text(), QString("お客様"));
        QCOMPARE(dialog->ruleEditor()->rows().size(), 1);
        SegmentConditionRow *row = dialog->ruleEditor()->rows().first();
        QCOMPARE(row->fieldName(), QString("kind"));
        auto *kindBox = qobject_cast<QComboBox *>(row->valueEditor()->inputs().value(0));
        QVERIFY(kindBox);
        QCOMPARE(kindBox->currentData().toString(), QString("customer"));
        QTRY_COMPARE(countOf(dialog), qint64(2));
        QVERIFY(!dialog->isModified());

        // Renamed and changed to leads.
        UserTyping::retype(dialog->nameField(), "見込み客");
        kindBox->setCurrentIndex(kindBox->findData("lead"));
        QVERIFY(dialog->isModified());
        QTRY_COMPARE(countOf(dialog), qint64(2));
        QVERIFY(dialog->save());
        QCOMPARE(dialog->segmentId(), id);
        QCOMPARE(segmentChoices(), QStringList{"見込み客"});
        QCOMPARE(segments->currentText(), QString("見込み客"));
        QTRY_COMPARE(listedNames(), (QStringList{"佐藤 花子", "高橋 次郎"}));

        // Deleting asks first; "no" keeps it.
        QStringList asked;
        bool answer = false;
        dialog->setConfirmation([&](QWidget *, const QString &, const QString &question) {
            asked << question;
            return answer;
        });
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), 1);
        QVERIFY(asked.first().contains("見込み客"));
        QCOMPARE(dialog->segmentId(), id);
        QCOMPARE(segmentChoices(), QStringList{"見込み客"});
        answer = true;
        QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
        QCOMPARE(asked.size(), 2);
        QVERIFY(dialog->segmentId().isEmpty());
        QCOMPARE(dialog->segmentList()->count(), 0);
        QVERIFY(segmentChoices().isEmpty());
        QCOMPARE(segments->currentIndex(), 0);
        QTRY_COMPARE(m_window->contactsView()->model()->rowCount(), 4); // back to every contact
        QCOMPARE(Segments::SegmentRepository::find(m_window->database(), id).error().kind, ErrorKind::NotFound);
        dialog->reject();
    }

    // A rule with nested groups (written with kizuna-cli) is shown read-only, and renaming the
    // segment keeps it as it was.
    void nestedRulesStayAsTheyAre()
    {
        const QByteArray nested
            = R"({"conditions":[{"conditions":[{"field":"kind","operator":"=","value":"lead"},)"
              R"({"field":"prefecture","operator":"=","value":"大阪府"}],"op":"or"}],"op":"and"})";
        QString id;
        {
            auto context = Model::changeContextFor(m_window->database(), "tester");
            Model::RecordStore store(m_window->database(), *context);
            auto rule = Segments::SegmentRule::fromJson(nested);
            QVERIFY(rule.ok());
            id = *Segments::SegmentRepository(store).create("Nested", *rule);
        }
        SegmentEditorDialog *dialog = openEditor();
        QVERIFY(dialog);
        dialog->segmentList()->setCurrentRow(0);
        QCOMPARE(dialog->segmentId(), id);
        QVERIFY(!dialog->ruleEditor()->isEditable());
        QVERIFY(!dialog->ruleEditor()->addButton()->isEnabled());
        QTRY_COMPARE(countOf(dialog), qint64(3)); // 佐藤, 鈴木, 高橋
        UserTyping::retype(dialog->nameField(), "Nested (renamed)");
        QVERIFY(dialog->save());
        auto stored = Segments::SegmentRepository::find(m_window->database(), id);
        QVERIFY(stored.ok());
        QCOMPARE(stored->name, QString("Nested (renamed)"));
        QCOMPARE(stored->ruleJson, nested);
        dialog->reject();
    }

    // Only the latest rule's count is reported, however quickly the rule changes.
    void staleCountsAreDropped()
    {
        Ui::SegmentCounter counter(m_path);
        QSignalSpy counted(&counter, &Ui::SegmentCounter::counted);
        for (const char *kind : {"lead", "partner", "customer", "lead", "customer"}) {
            auto rule = Segments::SegmentRule::condition("kind", SegmentOperator::Equals, {QString(kind)});
            QVERIFY(rule.ok());
            counter.count(Segments::SegmentRule::group(Segments::SegmentRule::Match::All, {*rule}));
        }
        QVERIFY(counter.isCounting());
        QTRY_COMPARE(counted.count(), 1);
        QCOMPARE(counted.first().first().toLongLong(), qint64(2));
        QTest::qWait(200);
        QCOMPARE(counted.count(), 1);
        QVERIFY(!counter.isCounting());
    }
};

QTEST_MAIN(tst_SegmentEditor)
#include "tst_segmenteditor.moc"
