// SPDX-License-Identifier: GPL-3.0-or-later
// The contact list as a user sees it: reading order, family-first names, companies, the Trash
// left out, the count in the status bar, and batches loaded while scrolling.
#include "core/model/changecontext.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/segments/segmentrepository.h"
#include "core/segments/segmentscope.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "core/storage/transaction.h"
#include "translations/i18n.h"
#include "ui/contacts/contactfilterbar.h"
#include "ui/contacts/contactlistmodel.h"
#include "ui/contacts/contactpagequery.h"
#include "ui/contacts/contactlistview.h"
#include "ui/contacts/contactroles.h"
#include "ui/dashboard/dashboardview.h"
#include "ui/mainwindow/mainwindow.h"

#include <QApplication>
#include <QLabel>
#include <QScrollBar>
#include <QStackedWidget>
#include <QSet>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QComboBox>
#include <QToolButton>
#include <QHeaderView>
#include <QInputMethodEvent>
#include <QLineEdit>

#include <algorithm>

using namespace Kizuna;

// The error message of a result, empty when it succeeded (QVERIFY2 evaluates its message
// even when the check passes).
template<typename T>
static QByteArray errorText(const Kizuna::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}
using namespace Kizuna::Model;
using Kizuna::Ui::ContactListModel;

namespace {

struct Person
{
    QString family, given, familyReading, givenReading;
};

// Katakana syllables for generated readings.
const QStringList Kana = {"ア", "イ", "ウ", "エ", "オ", "カ", "キ", "ク", "ケ", "コ", "サ", "シ",
                          "ス", "セ", "ソ", "タ", "チ", "ツ", "テ", "ト", "ナ", "ニ", "ヌ", "ネ"};

} // namespace

Q_DECLARE_METATYPE(Person)

class tst_ContactList : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<RecordStore> m_store;
    QString m_path;

    QString addCompany(const QString &name, const QString &reading)
    {
        auto id = m_store->insert(entity(u"company"), {{"name", name}, {"name_reading", reading}});
        if (!id.ok())
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }
    QString addContact(const Person &p, FieldValues more = {})
    {
        FieldValues values = std::move(more);
        if (!p.family.isEmpty())
            values.insert("family_name", p.family);
        if (!p.given.isEmpty())
            values.insert("given_name", p.given);
        if (!p.familyReading.isEmpty())
            values.insert("family_name_reading", p.familyReading);
        if (!p.givenReading.isEmpty())
            values.insert("given_name_reading", p.givenReading);
        auto id = m_store->insert(entity(u"contact"), values);
        if (!id.ok())
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }
    // The ids of every contact not in the Trash, in the order the list must show them.
    QStringList expectedOrder()
    {
        auto query = m_db->prepare(
            "SELECT id FROM contacts WHERE deleted_at IS NULL "
            "ORDER BY kizuna_name_key(family_name_reading, given_name_reading, family_name, given_name), id");
        QStringList ids;
        while (*query->step())
            ids << query->columnText(0);
        return ids;
    }
    static QStringList column(const QAbstractItemModel *model, int column, int role = Qt::DisplayRole)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, column).data(role).toString();
        return values;
    }
    // Asks for page after page, as a view scrolling to the bottom would, and waits for each to
    // arrive from the reader thread.
    static void loadAll(ContactListModel &model)
    {
        QTRY_VERIFY(!model.isLoading());
        int guard = 0;
        while (model.canFetchMore({}) && ++guard < 100) {
            model.fetchMore({});
            QTRY_VERIFY(!model.isLoading());
        }
    }
    static QString countText(const Ui::MainWindow &window)
    {
        auto *label = window.findChild<QLabel *>("contactCount");
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true); // QSettings of the window stay out of ~/.config
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(I18n::installTranslators(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)),
                 QString("en"));
    }

    void init()
    {
        m_store.reset();
        m_db.reset();
        m_path = m_dir.filePath(QString("%1.kizuna").arg(QTest::currentTestFunction()));
        QFile::remove(m_path);
        auto db = Storage::DatabaseOpener::open(m_path);
        QVERIFY2(db.ok(), errorText(db).constData());
        m_db = std::move(*db);
        auto context = changeContextFor(*m_db, "tester");
        QVERIFY(context.ok());
        m_store = std::make_unique<RecordStore>(*m_db, *context);
    }

    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void showsContactsInReadingOrder()
    {
        const QString kizunaShoji = addCompany("株式会社絆商事", "キズナショウジ");
        addContact({"渡辺", "健", "ワタナベ", "ケン"},
                   {{"company_id", kizunaShoji}, {"email", "watanabe@kizuna-shoji.example.jp"},
                    {"phone", "03-1234-5678"}, {"prefecture", "東京都"}, {"kind", "customer"},
                    {"lifecycle_stage", "evangelist"}});
        addContact({"佐藤", "花子", "サトウ", "ハナコ"}, {{"prefecture", "大阪府"}});
        addContact({"青木", "さくら", "アオキ", "サクラ"}, {{"mobile", "090-1111-2222"}});
        addContact({"Smith", "Emma", "スミス", "エマ"}, {{"kind", "partner"}});
        addContact({"加藤", "翔", "カトウ", "ショウ"});
        const QString trashed = addContact({"伊藤", "誠", "イトウ", "マコト"});
        QVERIFY(m_store->remove(entity(u"contact"), trashed).ok());

        auto *raw = m_db.get();
        Ui::MainWindow window(std::move(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = window.findChild<QTableView *>("contactTable");
        QVERIFY(table);
        QVERIFY(table->isVisible());
        const QAbstractItemModel *model = table->model();

        QTRY_COMPARE(model->rowCount(), 5); // read on the list's reader thread
        QCOMPARE(column(model, ContactListModel::NameColumn),
                 QStringList({"青木 さくら", "加藤 翔", "佐藤 花子", "Emma Smith", "渡辺 健"}));
        QCOMPARE(column(model, ContactListModel::ReadingColumn),
                 QStringList({"アオキ サクラ", "カトウ ショウ", "サトウ ハナコ", "スミス エマ",
                              "ワタナベ ケン"}));
        QCOMPARE(model->index(4, ContactListModel::CompanyColumn).data().toString(),
                 QString("株式会社絆商事"));
        QCOMPARE(model->index(4, ContactListModel::EmailColumn).data().toString(),
                 QString("watanabe@kizuna-shoji.example.jp"));
        QCOMPARE(model->index(4, ContactListModel::PrefectureColumn).data().toString(),
                 QString("東京都"));
        QCOMPARE(model->index(4, ContactListModel::KindColumn).data().toString(), QString("Customer"));
        QCOMPARE(model->index(4, ContactListModel::StageColumn).data().toString(),
                 QString("Evangelist"));
        QCOMPARE(model->index(4, ContactListModel::KindColumn).data(Ui::KindKeyRole).toString(),
                 QString("customer"));
        QCOMPARE(model->index(4, 0).data(Ui::CompanyIdRole).toString(), kizunaShoji);
        QCOMPARE(model->index(3, ContactListModel::KindColumn).data().toString(), QString("Partner"));
        QCOMPARE(model->index(0, ContactListModel::PhoneColumn).data().toString(),
                 QString("090-1111-2222")); // the mobile when there is no phone
        QVERIFY(model->index(0, ContactListModel::CompanyColumn).data().toString().isEmpty());
        QVERIFY(!column(model, 0, Ui::IdRole).contains(trashed));
        QCOMPARE(model->headerData(ContactListModel::NameColumn, Qt::Horizontal).toString(),
                 QString("Name"));

        QTRY_COMPARE(countText(window), QString("5 contacts"));
        QCOMPARE(window.windowTitle(), QString("Kizuna — showsContactsInReadingOrder.kizuna"));
        QCOMPARE(&window.database(), raw);
    }

    // The Name column sorts by the reading (五十音順, hiragana and katakana as one) and, for a
    // contact without one, by the name itself: Latin names A–Z whatever their case or width,
    // before the kana; kanji without a reading after the kana; contacts without any name last.
    void sortsNamesByReadingOrName_data()
    {
        QTest::addColumn<QList<Person>>("people");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("the issue's five") << QList<Person> {{"山田", "", "ヤマダ", ""}, {"佐藤", "", "サトウ", ""},
                                                            {"smith", "", "", ""}, {"Adams", "", "", ""},
                                                            {"Baker", "", "", ""}}
                                          << QStringList {"Adams", "Baker", "smith", "佐藤", "山田"};
        QTest::newRow("hiragana and katakana readings as one")
            << QList<Person> {{"伊藤", "", "いとう", ""}, {"井上", "", "イノウエ", ""}, {"今井", "", "いまい", ""}}
            << QStringList {"伊藤", "井上", "今井"};
        QTest::newRow("case and width folded")
            << QList<Person> {{"ＣＯＯＫ", "", "", ""}, {"baker", "", "", ""}, {"Adams", "", "", ""},
                              {"Cole", "", "", ""}, {"ａｂｅ", "", "", ""}}
            << QStringList {"ａｂｅ", "Adams", "baker", "Cole", "ＣＯＯＫ"};
        QTest::newRow("voiced kana with their plain kana")
            << QList<Person> {{"近藤", "", "コンドウ", ""}, {"小林", "", "コバヤシ", ""}, {"後藤", "", "ゴトウ", ""}}
            << QStringList {"後藤", "小林", "近藤"};
        QTest::newRow("family before given")
            << QList<Person> {{"山田", "花子", "ヤマダ", "ハナコ"}, {"山", "太郎", "ヤマ", "タロウ"},
                              {"山田", "一郎", "ヤマダ", "イチロウ"}}
            << QStringList {"山 太郎", "山田 一郎", "山田 花子"};
        QTest::newRow("kanji without a reading after kana, no name last")
            << QList<Person> {{"", "", "", ""}, {"鈴木", "", "", ""}, {"佐藤", "", "サトウ", ""}, {"Smith", "John", "", ""}}
            << QStringList {"John Smith", "佐藤", "鈴木", ""};
    }
    void sortsNamesByReadingOrName()
    {
        QFETCH(QList<Person>, people);
        QFETCH(QStringList, expected);
        for (const Person &person : people)
            addContact(person, {{"email", "x@example.jp"}}); // a contact without a name has an email
        Ui::ContactListView view(*m_db);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(view.model()->rowCount(), int(people.size()));
        // The user clicks the Name header: descending, then again: ascending.
        QHeaderView *header = view.tableView()->horizontalHeader();
        const auto clickName = [&] {
            const int x = header->sectionViewportPosition(ContactListModel::NameColumn)
                + header->sectionSize(ContactListModel::NameColumn) / 2;
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
        };
        clickName();
        QStringList reversed = expected;
        std::reverse(reversed.begin(), reversed.end());
        QTRY_COMPARE(column(view.model(), ContactListModel::NameColumn), reversed);
        clickName();
        QTRY_COMPARE(column(view.model(), ContactListModel::NameColumn), expected);
        QCOMPARE(header->sortIndicatorSection(), int(ContactListModel::NameColumn));
        QCOMPARE(header->sortIndicatorOrder(), Qt::AscendingOrder);
    }

    void countsOneContact()
    {
        addContact({"山田", "太郎", "ヤマダ", "タロウ"});
        Ui::MainWindow window(std::move(m_db));
        QTRY_COMPARE(countText(window), QString("1 contact"));
    }

    void showsPlaceholderWhenEmpty()
    {
        Ui::MainWindow window(std::move(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(countText(window), QString("0 contacts"));
        auto *placeholder = window.findChild<QLabel *>("contactPlaceholder");
        QVERIFY(placeholder);
        QVERIFY(placeholder->isVisible());
        QVERIFY(placeholder->text().contains("--demo"));
        QVERIFY(!window.findChild<QTableView *>("contactTable")->isVisible());
    }

    // Keys with missing readings need their own keyset conditions: every batch size must give
    // exactly the order of one ORDER BY over the whole table, without gaps or duplicates.
    void pagesAcrossMissingReadings_data()
    {
        QTest::addColumn<int>("batchSize");
        QTest::newRow("one row per batch") << 1;
        QTest::newRow("two rows per batch") << 2;
        QTest::newRow("three rows per batch") << 3;
        QTest::newRow("everything in one batch") << 200;
    }
    void pagesAcrossMissingReadings()
    {
        QFETCH(int, batchSize);
        addContact({"Doe", "John", {}, {}});
        addContact({"Roe", "Jane", {}, {}});
        addContact({"Brown", "Emma", {}, "エマ"});
        addContact({"Black", "Emma", {}, "エマ"});
        addContact({"佐藤", {}, "サトウ", {}});
        addContact({"佐藤", {}, "サトウ", {}});
        addContact({"佐藤", "花子", "サトウ", "ハナコ"});
        addContact({"佐藤", "華子", "サトウ", "ハナコ"});
        addContact({"青木", "健", "アオキ", "ケン"});
        addContact({"和田", "純", "ワダ", "ジュン"});
        const QStringList expected = expectedOrder();
        QCOMPARE(expected.size(), 10);

        ContactListModel model(*m_db);
        model.setBatchSize(batchSize);
        model.reload();
        QTRY_COMPARE(model.rowCount(), qMin(batchSize, 10));
        loadAll(model);
        QCOMPARE(column(&model, 0, Ui::IdRole), expected);
        QTRY_COMPARE(model.totalCount(), 10); // counted by a worker
    }

    // Every sortable column, both directions, under a filter, read in small keyset pages, gives
    // exactly what one ORDER BY over the whole table gives — and walks an index to do it.
    void sortsAndFiltersInKeysetPages_data()
    {
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("orderBy");
        QTest::addColumn<QString>("index");
        const char *name = "kizuna_name_key(family_name_reading, given_name_reading, family_name, given_name)";
        // Every order but the name's breaks ties by the name key (schema step 8), then by id.
        const struct { const char *name; int column; QString orderBy; const char *index; } columns[] = {
            {"name", ContactListModel::NameColumn, name, "contacts_sort_name"},
            {"email", ContactListModel::EmailColumn, QString("ifnull(email,'');") + name, "contacts_sort_email"},
            {"phone", ContactListModel::PhoneColumn, QString("ifnull(phone, ifnull(mobile,''));") + name,
             "contacts_sort_phone"},
            {"prefecture", ContactListModel::PrefectureColumn, QString("ifnull(prefecture,'');ifnull(city,'');") + name,
             "contacts_sort_place"},
            {"kind", ContactListModel::KindColumn, QString("kind;") + name, "contacts_sort_kind"},
            {"stage", ContactListModel::StageColumn, QString("lifecycle_stage;") + name, "contacts_sort_stage"},
        };
        for (const auto &c : columns) {
            for (int order : {0, 1}) {
                for (const char *kind : {"", "customer"}) {
                    QTest::addRow("%s %s%s%s", c.name, order ? "descending" : "ascending", *kind ? " kind=" : "", kind)
                        << c.column << order << QString(kind) << c.orderBy << QString(c.index);
                }
            }
        }
    }

    void sortsAndFiltersInKeysetPages()
    {
        QFETCH(int, sortColumn);
        QFETCH(int, order);
        QFETCH(QString, kind);
        QFETCH(QString, orderBy);
        QFETCH(QString, index);
        // Ties, missing values and both kinds on purpose.
        const QStringList prefectures = {"東京都", "大阪府", "", "北海道"};
        for (int i = 0; i < 40; ++i) {
            FieldValues more {{"kind", i % 3 ? "customer" : "lead"},
                              {"lifecycle_stage", i % 4 ? "customer" : "lead"}};
            if (i % 5)
                more.insert("email", QString("p%1@example.jp").arg(i % 7));
            if (i % 6)
                more.insert("phone", QString("03-0000-%1").arg(i % 9, 4, 10, QChar('0')));
            else if (i % 4)
                more.insert("mobile", QString("090-0000-%1").arg(i % 5, 4, 10, QChar('0')));
            if (!prefectures.at(i % 4).isEmpty())
                more.insert("prefecture", prefectures.at(i % 4));
            const QString reading = i % 8 ? Kana.at(i % 6) : QString();
            addContact({QString("人%1").arg(i), "", reading, i % 3 ? Kana.at(i % 2) : QString()}, more);
        }
        const QString direction = order ? " DESC" : " ASC";
        QStringList terms = orderBy.split(";");
        for (QString &term : terms)
            term += direction;
        auto query = m_db->prepare(QString("SELECT id FROM contacts WHERE deleted_at IS NULL %1 ORDER BY %2, id%3")
                                       .arg(kind.isEmpty() ? QString() : QString("AND kind = '%1'").arg(kind),
                                            terms.join(", "), direction));
        QVERIFY(query.ok());
        QStringList expected;
        while (*query->step())
            expected << query->columnText(0);

        ContactListModel model(*m_db);
        model.setBatchSize(3);
        Ui::ContactListFilter filter;
        filter.kind = kind;
        model.setFilter(filter);
        model.sort(sortColumn, order ? Qt::DescendingOrder : Qt::AscendingOrder);
        loadAll(model);
        QCOMPARE(column(&model, 0, Ui::IdRole), expected);
        QTRY_COMPARE(model.totalCount(), qint64(expected.size()));

        // The page after a row starts in the order's index where the last page ended (a SEARCH
        // on the keyset condition, not a SCAN from the start) and sorts nothing.
        auto plan = m_db->prepare("EXPLAIN QUERY PLAN "
                                  + Ui::ContactPageQuery::pageSql(model.order(), filter, true));
        QVERIFY(plan.ok());
        QStringList steps;
        while (*plan->step())
            steps << plan->columnText(3);
        const QString text = steps.join(" | ");
        QVERIFY2(text.contains("SEARCH c USING INDEX " + index + " ("), qPrintable(text));
        QVERIFY2(!text.contains("SCAN c "), qPrintable(text));
        QVERIFY2(!text.contains("TEMP B-TREE"), qPrintable(text));
    }

    // Sorted by kind, stage, place, e-mail or phone, the contacts that tie on that column come in
    // the Name column's order (Latin A–Z, then readings in 五十音順, kanji without a reading after
    // them) — not in the order of step 4's reading index (contacts without a reading first, by
    // id) — page after page, in both directions; one contact differs in the sorted column.
    void tiesBreakByName_data()
    {
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("tied"); // the value the six share ("": none)
        QTest::addColumn<QString>("other"); // the seventh contact's value
        QTest::addColumn<bool>("otherFirst"); // it sorts before the tied ones, ascending
        QTest::newRow("kind") << int(ContactListModel::KindColumn) << "kind" << "customer" << "lead" << false;
        QTest::newRow("stage") << int(ContactListModel::StageColumn) << "lifecycle_stage" << "customer" << "lead"
                               << false;
        QTest::newRow("place") << int(ContactListModel::PrefectureColumn) << "prefecture" << "東京都" << "大阪府"
                               << true;
        QTest::newRow("no e-mail") << int(ContactListModel::EmailColumn) << "email" << "" << "a@example.jp" << false;
        QTest::newRow("no phone") << int(ContactListModel::PhoneColumn) << "phone" << "" << "03-1234-5678" << false;
    }
    void tiesBreakByName()
    {
        QFETCH(int, sortColumn);
        QFETCH(QString, field);
        QFETCH(QString, tied);
        QFETCH(QString, other);
        QFETCH(bool, otherFirst);
        // Added so that neither the id order nor the old reading order is the name order.
        const QList<Person> people = {{"smith", "", "", ""},  {"鈴木", "", "", ""},  {"山田", "", "ヤマダ", ""},
                                      {"Baker", "", "", ""},  {"佐藤", "", "さとう", ""}, {"Adams", "", "", ""}};
        for (const Person &person : people) {
            FieldValues values {{"city", "渋谷区"}};
            if (!tied.isEmpty())
                values.insert(field, tied);
            addContact(person, values);
        }
        addContact({"Aoki", "", "", ""}, {{field, other}, {"city", "渋谷区"}});
        const QStringList byName = {"Adams", "Baker", "smith", "佐藤", "山田", "鈴木"};
        const QStringList ascending = otherFirst ? QStringList {"Aoki"} + byName : byName + QStringList {"Aoki"};
        QStringList descending = ascending;
        std::reverse(descending.begin(), descending.end());

        Ui::ContactListView view(*m_db);
        view.resize(900, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE(view.model()->rowCount(), 7);
        view.model()->setBatchSize(2); // the ties span pages
        view.tableView()->sortByColumn(sortColumn, Qt::AscendingOrder);
        loadAll(*view.model());
        QCOMPARE(column(view.model(), ContactListModel::NameColumn), ascending);
        view.tableView()->sortByColumn(sortColumn, Qt::DescendingOrder);
        loadAll(*view.model());
        QCOMPARE(column(view.model(), ContactListModel::NameColumn), descending);
    }

    void filterBarNarrowsTheList()
    {
        addContact({"山田", "太郎", "ヤマダ", "タロウ"}, {{"kind", "customer"}, {"prefecture", "東京都"}});
        addContact({"佐藤", "花子", "サトウ", "ハナコ"}, {{"kind", "lead"}, {"prefecture", "大阪府"}});
        addContact({"鈴木", "一郎", "スズキ", "イチロウ"}, {{"kind", "customer"}, {"prefecture", "大阪府"}});
        Ui::ContactListView view(*m_db);
        view.show();
        QTRY_COMPARE(view.model()->rowCount(), 3);
        auto *bar = view.filterBar();
        bar->kindBox()->setCurrentIndex(bar->kindBox()->findData("customer"));
        QTRY_COMPARE(column(view.model(), ContactListModel::NameColumn), (QStringList {"鈴木 一郎", "山田 太郎"}));
        bar->prefectureBox()->setCurrentIndex(bar->prefectureBox()->findData("大阪府"));
        QTRY_COMPARE(column(view.model(), ContactListModel::NameColumn), QStringList {"鈴木 一郎"});
        QTRY_COMPARE(view.model()->totalCount(), qint64(1));
        bar->kindBox()->setCurrentIndex(bar->kindBox()->findData("partner"));
        QTRY_COMPARE(view.model()->rowCount(), 0);
        QCOMPARE(view.tableView()->isVisible(), true); // an empty result, not the welcome note
        QTest::mouseClick(view.findChild<QToolButton *>("filterClear"), Qt::LeftButton);
        QTRY_COMPARE(view.model()->rowCount(), 3);

        // A saved view keeps the filters and the order, in the database file.
        bar->kindBox()->setCurrentIndex(bar->kindBox()->findData("customer"));
        view.tableView()->sortByColumn(ContactListModel::PrefectureColumn, Qt::DescendingOrder);
        QVERIFY(view.saveView("大口のお客様"));
        QTest::mouseClick(view.findChild<QToolButton *>("filterClear"), Qt::LeftButton);
        view.tableView()->sortByColumn(ContactListModel::NameColumn, Qt::AscendingOrder);
        QTRY_COMPARE(view.model()->rowCount(), 3);
        {
            Ui::ContactListView again(*m_db); // another window on the same file sees the view
            QCOMPARE(again.viewBox()->findText("大口のお客様"), 1);
        }
        QVERIFY(view.applyView("大口のお客様"));
        QTRY_COMPARE(column(view.model(), ContactListModel::NameColumn), (QStringList {"山田 太郎", "鈴木 一郎"}));
        QCOMPARE(view.tableView()->horizontalHeader()->sortIndicatorSection(), int(ContactListModel::PrefectureColumn));
        QVERIFY(view.deleteView("大口のお客様"));
        QCOMPARE(view.viewBox()->count(), 1);
        QTest::mouseClick(view.findChild<QToolButton *>("filterClear"), Qt::LeftButton);

        // Clicking the Email header twice sorts by email descending.
        view.tableView()->sortByColumn(ContactListModel::EmailColumn, Qt::DescendingOrder);
        QCOMPARE(view.model()->order().key, Ui::ContactSortKey::Email);
        QCOMPARE(view.model()->order().order, Qt::DescendingOrder);
    }

    // The city field and the segment box of the filter bar, as a user sets them; a segment keeps
    // up with edits (the members are read again on the next reload) and is kept in saved views.
    void filtersByCityAndSegment()
    {
        const QString yamada = addContact({"山田", "太郎", "ヤマダ", "タロウ"},
                                          {{"kind", "customer"}, {"prefecture", "東京都"}, {"city", "渋谷区"}});
        addContact({"佐藤", "花子", "サトウ", "ハナコ"}, {{"kind", "lead"}, {"prefecture", "東京都"}, {"city", "新宿区"}});
        const QString suzuki = addContact({"鈴木", "一郎", "スズキ", "イチロウ"},
                                          {{"kind", "customer"}, {"prefecture", "大阪府"}, {"city", "北区"}});
        addContact({"高橋", "次郎", "タカハシ", "ジロウ"}, {{"kind", "lead"}, {"prefecture", "北海道"}, {"city", "北区"}});
        auto rule = Segments::SegmentRule::fromJson(
            R"({"op":"and","conditions":[{"field":"kind","operator":"=","value":"customer"}]})");
        QVERIFY2(rule.ok(), errorText(rule).constData());
        Segments::SegmentRepository segments(*m_store);
        const auto segmentId = segments.create("お客様", *rule);
        QVERIFY2(segmentId.ok(), errorText(segmentId).constData());

        Ui::ContactListView view(*m_db);
        view.show();
        QTRY_COMPARE(view.model()->rowCount(), 4);
        auto *bar = view.filterBar();
        // Japanese comes through the input method, committed at once; Enter applies it.
        bar->cityField()->setFocus();
        QInputMethodEvent commit;
        commit.setCommitString("北区");
        QApplication::sendEvent(bar->cityField(), &commit);
        QCOMPARE(view.model()->rowCount(), 4); // not applied while typing
        QTest::keyClick(bar->cityField(), Qt::Key_Return);
        QTRY_COMPARE(column(view.model(), ContactListModel::NameColumn), (QStringList {"鈴木 一郎", "高橋 次郎"}));
        QTRY_COMPARE(view.model()->totalCount(), qint64(2));

        bar->segmentBox()->setCurrentIndex(bar->segmentBox()->findText("お客様"));
        QTRY_COMPARE(column(view.model(), ContactListModel::NameColumn), QStringList {"鈴木 一郎"});
        QTRY_COMPARE(view.model()->totalCount(), qint64(1));

        // Emptying the city with the field's clear button leaves the segment.
        bar->cityField()->clear();
        QTRY_COMPARE(column(view.model(), ContactListModel::NameColumn), (QStringList {"鈴木 一郎", "山田 太郎"}));
        QTRY_COMPARE(view.model()->totalCount(), qint64(2));

        // 鈴木 becomes a lead elsewhere: after the reload that every edit brings, he is out.
        QVERIFY(m_store->update(entity(u"contact"), suzuki, {{"kind", "lead"}}).ok());
        view.model()->reload();
        QTRY_COMPARE(column(view.model(), 0, Ui::IdRole), QStringList {yamada});
        QTRY_COMPARE(view.model()->totalCount(), qint64(1));

        // Sorting pages through the segment too.
        QVERIFY(m_store->update(entity(u"contact"), suzuki, {{"kind", "customer"}}).ok());
        view.model()->reload();
        view.tableView()->sortByColumn(ContactListModel::PrefectureColumn, Qt::AscendingOrder);
        QTRY_COMPARE(column(view.model(), ContactListModel::NameColumn), (QStringList {"鈴木 一郎", "山田 太郎"}));

        QVERIFY(view.saveView("大阪と東京のお客様"));
        QTest::mouseClick(view.findChild<QToolButton *>("filterClear"), Qt::LeftButton);
        QTRY_COMPARE(view.model()->rowCount(), 4);
        QVERIFY(bar->cityField()->text().isEmpty());
        QVERIFY(view.applyView("大阪と東京のお客様"));
        QCOMPARE(bar->segmentBox()->currentText(), QString("お客様"));
        QTRY_COMPARE(view.model()->rowCount(), 2);

        // The page query with a segment walks the order's index for a large segment and looks
        // the members up for a small one.
        Ui::ContactListFilter filter;
        filter.segmentId = *segmentId;
        const auto plan = [&](qint64 members) {
            auto explain = m_db->prepare("EXPLAIN QUERY PLAN "
                                         + Ui::ContactPageQuery::pageSql({}, filter, true, members));
            QStringList steps;
            while (explain.ok() && *explain->step())
                steps << explain->columnText(3);
            return steps.join(" | ");
        };
        QVERIFY(Segments::SegmentScope::ensure(*m_db, *segmentId, 0).ok());
        QVERIFY2(plan(1000000).contains("contacts_sort_name") && !plan(1000000).contains("TEMP B-TREE"),
                 qPrintable(plan(1000000)));
    }

    void loadsMoreWhileScrolling()
    {
        const int total = 1000;
        {
            Storage::Transaction transaction(*m_db);
            for (int i = 0; i < total; ++i) {
                const QString family = Kana.at(i % Kana.size()) + Kana.at((i / 7) % Kana.size());
                const QString given = Kana.at((i / 3) % Kana.size()) + Kana.at(i % 5);
                addContact({QString("姓%1").arg(i), QString("名%1").arg(i), family, given});
            }
            QVERIFY(transaction.commit().ok());
        }
        const QStringList expected = expectedOrder();

        Ui::MainWindow window(std::move(m_db));
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *table = window.findChild<QTableView *>("contactTable");
        QVERIFY(table);
        const QAbstractItemModel *model = table->model();
        QCOMPARE(countText(window), QString("1,000 contacts"));
        QVERIFY2(model->rowCount() < total, qPrintable(QString::number(model->rowCount())));
        QCOMPARE(model->rowCount(), ContactListModel::DefaultBatchSize);

        int rounds = 0;
        while (model->rowCount() < total && ++rounds < 50) {
            QScrollBar *bar = table->verticalScrollBar();
            bar->setValue(bar->maximum());
            QCoreApplication::processEvents();
        }
        QCOMPARE(model->rowCount(), total);
        QVERIFY2(rounds >= 4, "rows must arrive batch by batch"); // 1000 / 200 - 1
        const QStringList ids = column(model, 0, Ui::IdRole);
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), total);
        QCOMPARE(ids, expected);
        QVERIFY(!static_cast<const ContactListModel *>(model)->canFetchMore({}));
    }

    // The window must fit a 1366 × 768 laptop screen on every screen of it, even with long tag,
    // owner and segment names in the filter boxes (a QStackedWidget is as wide as its widest page).
    void fitsALaptopScreen()
    {
        addContact({"山田", "太郎", "ヤマダ", "タロウ"});
        const QString longName = QString("とても長い名前の付いたタグ・セグメント・担当者 ").repeated(3);
        QVERIFY(m_db->exec("INSERT INTO tags(id, name, created_at, updated_at) VALUES ('t', '" + longName
                           + "', 't', 't'); INSERT INTO users(id, name, created_at, updated_at) VALUES ('u', '"
                           + longName + "', 't', 't');").ok());
        auto rule = Segments::SegmentRule::fromJson(
            R"({"op":"and","conditions":[{"field":"kind","operator":"=","value":"customer"}]})");
        QVERIFY(rule.ok());
        QVERIFY(Segments::SegmentRepository(*m_store).create(longName, *rule).ok());

        Ui::MainWindow window(std::move(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(countText(window), QString("1 contact"));
        for (int key = Qt::Key_1; key <= Qt::Key_9; ++key) { // every screen, so each is built
            QTest::keyClick(&window, static_cast<Qt::Key>(key), Qt::ControlModifier);
            QVERIFY2(window.minimumSizeHint().width() <= 1366,
                     qPrintable(QString("Ctrl+%1: %2 px").arg(QChar(key)).arg(window.minimumSizeHint().width())));
        }
        QVERIFY2(window.minimumSizeHint().height() <= 700, qPrintable(QString::number(window.minimumSizeHint().height())));
    }

    void reopensAnotherDatabase()
    {
        addContact({"山田", "太郎", "ヤマダ", "タロウ"});
        Ui::MainWindow window(std::move(m_db));
        QTRY_COMPARE(countText(window), QString("1 contact"));

        const QString other = m_dir.filePath("other.kizuna");
        {
            auto db = Storage::DatabaseOpener::open(other);
            QVERIFY(db.ok());
            auto context = changeContextFor(**db, "tester");
            RecordStore store(**db, *context);
            for (const char *name : {"一", "二", "三"})
                QVERIFY(store.insert(entity(u"contact"), {{"family_name", QString::fromUtf8(name)}}).ok());
        }
        auto db = Storage::DatabaseOpener::open(other);
        QVERIFY(db.ok());
        window.setDatabase(std::move(*db));
        QTRY_COMPARE(countText(window), QString("3 contacts"));
        QCOMPARE(window.windowTitle(), QString("Kizuna — other.kizuna"));
        QTRY_COMPARE(window.findChild<QTableView *>("contactTable")->model()->rowCount(), 3);
    }

    void navigatesWithTheKeyboard()
    {
        addContact({"山田", "太郎", "ヤマダ", "タロウ"});
        Ui::MainWindow window(std::move(m_db));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *screens = qobject_cast<QStackedWidget *>(window.centralWidget());
        QVERIFY(screens);
        QCOMPARE(screens->currentWidget(), window.contactsView());
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        QVERIFY(qobject_cast<Ui::DashboardView *>(screens->currentWidget()));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(screens->currentWidget()->objectName(), QString("companyListView"));
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(screens->currentWidget(), window.contactsView());
    }

    // Last: installs the Japanese translation over the English one.
    void speaksJapanese()
    {
        const QString id = addContact({"渡辺", "健", "ワタナベ", "ケン"},
                                      {{"kind", "customer"}, {"lifecycle_stage", "qualified_lead"}});
        QCOMPARE(I18n::installTranslators(*qApp, QLocale(QLocale::Japanese, QLocale::Japan)),
                 QString("ja"));
        Ui::MainWindow window(std::move(m_db));
        const QAbstractItemModel *model = window.findChild<QTableView *>("contactTable")->model();
        QTRY_COMPARE(model->index(0, 0).data(Ui::IdRole).toString(), id);
        QCOMPARE(model->index(0, ContactListModel::KindColumn).data().toString(), QString("顧客"));
        QCOMPARE(model->headerData(ContactListModel::NameColumn, Qt::Horizontal).toString(),
                 QString("氏名"));
        QVERIFY2(countText(window).contains("1") && countText(window).contains("件"),
                 qPrintable(countText(window)));
    }
};

QTEST_MAIN(tst_ContactList)
#include "tst_contactlist.moc"
