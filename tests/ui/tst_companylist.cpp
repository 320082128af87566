// SPDX-License-Identifier: GPL-3.0-or-later
// The company list as a user sorts it: clicking a header sorts by that column (name by reading,
// else name; contacts count; phone; prefecture and city; industry), both directions, read in
// keyset pages that give exactly one ORDER BY over the whole table and walk an index; the
// contacts count follows contacts added, moved and put in the Trash.
#include "core/model/changecontext.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "ui/companies/companylistmodel.h"
#include "ui/companies/companylistview.h"
#include "ui/companies/companyrow.h"

#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Kizuna;
using Ui::CompanyListModel;

class tst_CompanyList : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Model::RecordStore> m_store;

    QString addCompany(const Model::FieldValues &values)
    {
        auto id = m_store->insert(Model::entity(u"company"), values);
        if (!id.ok())
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }
    QString addContact(const QString &family, const QString &companyId)
    {
        auto id = m_store->insert(Model::entity(u"contact"), {{"family_name", family}, {"company_id", companyId}});
        if (!id.ok())
            qFatal("%s", qPrintable(id.error().message));
        return *id;
    }
    static QStringList column(const QAbstractItemModel *model, int column)
    {
        QStringList values;
        for (int row = 0; row < model->rowCount(); ++row)
            values << model->index(row, column).data().toString();
        return values;
    }
    static void clickHeader(QHeaderView *header, int section)
    {
        const int x = header->sectionViewportPosition(section) + header->sectionSize(section) / 2;
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, QPoint(x, header->height() / 2));
    }
    // Every company in the order, read page after page of `limit` rows.
    QStringList readInPages(const Ui::CompanyListOrder &order, int limit)
    {
        QStringList ids;
        std::optional<Ui::CompanyRow> last;
        for (int guard = 0; guard < 1000; ++guard) {
            auto page = Ui::CompanyPageQuery::page(*m_db, order, last ? &*last : nullptr, limit);
            if (!page.ok())
                qFatal("%s", qPrintable(page.error().message));
            for (const Ui::CompanyRow &row : *page)
                ids << row.id;
            if (page->size() < limit)
                break;
            last = page->constLast();
        }
        return ids;
    }
    QStringList expectedIds(const QString &orderBy, Qt::SortOrder order)
    {
        const QString direction = order == Qt::AscendingOrder ? " ASC" : " DESC";
        QStringList terms = orderBy.split(';');
        for (QString &term : terms)
            term += direction;
        auto query = m_db->prepare(
            QString("SELECT co.id FROM companies co WHERE co.deleted_at IS NULL ORDER BY %1, co.id%2")
                .arg(terms.join(", "), direction));
        if (!query.ok())
            qFatal("%s", qPrintable(query.error().message));
        QStringList ids;
        while (*query->step())
            ids << query->columnText(0);
        return ids;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        auto db = Storage::DatabaseOpener::open(
            m_dir.filePath(QString("%1-%2.kizuna").arg(QTest::currentTestFunction(), QTest::currentDataTag())));
        QVERIFY(db.ok());
        m_db = std::move(*db);
        auto context = Model::changeContextFor(*m_db);
        QVERIFY(context.ok());
        m_store = std::make_unique<Model::RecordStore>(*m_db, *context);
    }
    void cleanup()
    {
        m_store.reset();
        m_db.reset();
    }

    void clickingHeadersSorts()
    {
        const QString kizuna = addCompany({{"name", "株式会社絆商事"}, {"name_reading", "キズナショウジ"},
                                           {"phone", "03-1111-0000"}, {"prefecture", "東京都"}, {"city", "港区"},
                                           {"industry", "小売"}});
        const QString acme = addCompany({{"name", "Acme Corp"}, {"phone", "06-2222-0000"}, {"prefecture", "大阪府"},
                                         {"city", "北区"}, {"industry", "製造"}});
        const QString asahi = addCompany({{"name", "朝日工業"}, {"name_reading", "あさひこうぎょう"},
                                          {"prefecture", "東京都"}, {"city", "千代田区"}, {"industry", "製造"}});
        addCompany({{"name", "beta labs"}, {"phone", "011-000-0000"}});
        for (const char *family : {"山田", "佐藤", "鈴木"})
            addContact(family, asahi);
        addContact("田中", kizuna);
        const QString moved = addContact("Smith", acme);
        addContact("Jones", acme);

        Ui::CompanyListView view(*m_db);
        view.resize(1000, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const QAbstractItemModel *model = view.tableView()->model();
        QHeaderView *header = view.tableView()->horizontalHeader();
        QTRY_COMPARE(model->rowCount(), 4);
        // Name order: Latin A–Z (case-insensitive) before the readings in 五十音順, hiragana or katakana.
        QCOMPARE(column(model, CompanyListModel::NameColumn),
                 (QStringList {"Acme Corp", "beta labs", "朝日工業", "株式会社絆商事"}));
        QCOMPARE(column(model, CompanyListModel::ContactsColumn), (QStringList {"2", "0", "3", "1"}));

        // The first click on Contacts shows the most contacts first; the second turns it round.
        clickHeader(header, CompanyListModel::ContactsColumn);
        QTRY_COMPARE(column(model, CompanyListModel::NameColumn),
                     (QStringList {"朝日工業", "Acme Corp", "株式会社絆商事", "beta labs"}));
        QCOMPARE(column(model, CompanyListModel::ContactsColumn), (QStringList {"3", "2", "1", "0"}));
        clickHeader(header, CompanyListModel::ContactsColumn);
        QTRY_COMPARE(column(model, CompanyListModel::NameColumn),
                     (QStringList {"beta labs", "株式会社絆商事", "Acme Corp", "朝日工業"}));

        // The counts follow the contacts: one moves to 絆商事, one goes to the Trash.
        QVERIFY(m_store->update(Model::entity(u"contact"), moved, {{"company_id", kizuna}}).ok());
        const QString trashed = addContact("高橋", asahi);
        QVERIFY(m_store->remove(Model::entity(u"contact"), trashed).ok());
        view.model()->reload();
        QTRY_COMPARE(column(model, CompanyListModel::NameColumn),
                     (QStringList {"beta labs", "Acme Corp", "株式会社絆商事", "朝日工業"}));
        QCOMPARE(column(model, CompanyListModel::ContactsColumn), (QStringList {"0", "1", "2", "3"}));

        clickHeader(header, CompanyListModel::PhoneColumn);
        QTRY_COMPARE(column(model, CompanyListModel::PhoneColumn),
                     (QStringList {"", "011-000-0000", "03-1111-0000", "06-2222-0000"}));
        clickHeader(header, CompanyListModel::PrefectureColumn);
        QTRY_COMPARE(column(model, CompanyListModel::CityColumn), (QStringList {"", "北区", "千代田区", "港区"}));
        clickHeader(header, CompanyListModel::IndustryColumn);
        QTRY_COMPARE(column(model, CompanyListModel::NameColumn),
                     (QStringList {"beta labs", "株式会社絆商事", "Acme Corp", "朝日工業"}));
        clickHeader(header, CompanyListModel::NameColumn);
        QTRY_COMPARE(column(model, CompanyListModel::NameColumn),
                     (QStringList {"Acme Corp", "beta labs", "朝日工業", "株式会社絆商事"}));
        QCOMPARE(header->sortIndicatorSection(), int(CompanyListModel::NameColumn));
    }

    // Every order, both directions, in pages of 1, 2 and 3 rows, gives what one ORDER BY over
    // the whole table gives, and the page after a row walks the order's index.
    void pagesEveryOrder_data()
    {
        QTest::addColumn<int>("key");
        QTest::addColumn<QString>("orderBy");
        QTest::addColumn<QString>("index");
        const QString name = "kizuna_name_key(co.name_reading, NULL, co.name, NULL)";
        QTest::newRow("name") << int(Ui::CompanySortKey::Name) << name << "companies_sort_name";
        QTest::newRow("contacts") << int(Ui::CompanySortKey::Contacts)
                                  << "(SELECT count(*) FROM contacts c WHERE c.company_id = co.id AND c.deleted_at IS NULL)"
                                  << "companies_sort_contacts";
        QTest::newRow("phone") << int(Ui::CompanySortKey::Phone) << "ifnull(co.phone, '')" << "companies_sort_phone";
        QTest::newRow("place") << int(Ui::CompanySortKey::Place) << "ifnull(co.prefecture, '');ifnull(co.city, '')"
                               << "companies_sort_place";
        QTest::newRow("industry") << int(Ui::CompanySortKey::Industry) << "ifnull(co.industry, '');" + name
                                  << "companies_sort_industry";
    }
    void pagesEveryOrder()
    {
        QFETCH(int, key);
        QFETCH(QString, orderBy);
        QFETCH(QString, index);
        const QStringList readings = {"アサヒ", "", "いとう", "ｶﾄｳ", "アサヒ"};
        const QStringList names = {"Zeta", "alpha", "Beta", "伊藤商店", "朝日"};
        QStringList ids;
        for (int i = 0; i < 17; ++i) {
            Model::FieldValues values {{"name", QString(names.at(i % 5) + QString::number(i % 3))}};
            if (!readings.at(i % 5).isEmpty() && i % 4)
                values.insert("name_reading", readings.at(i % 5));
            if (i % 3)
                values.insert("phone", QString("03-%1").arg(i % 4));
            if (i % 2)
                values.insert("prefecture", QString(i % 3 ? "東京都" : "大阪府"));
            if (i % 5)
                values.insert("city", QString("市%1").arg(i % 2));
            if (i % 4)
                values.insert("industry", QString(i % 3 ? "製造" : "小売"));
            ids << addCompany(values);
        }
        for (int i = 0; i < 30; ++i)
            addContact(QString("人%1").arg(i), ids.at((i * 7) % 11));
        QVERIFY(m_store->remove(Model::entity(u"company"), ids.at(4)).ok());

        for (Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            const Ui::CompanyListOrder listOrder {Ui::CompanySortKey(key), order};
            const QStringList expected = expectedIds(orderBy, order);
            QCOMPARE(expected.size(), 16);
            for (int limit : {1, 2, 3})
                QCOMPARE(readInPages(listOrder, limit), expected);

            auto plan = m_db->prepare("EXPLAIN QUERY PLAN " + Ui::CompanyPageQuery::pageSql(listOrder, true));
            QVERIFY(plan.ok());
            QStringList steps;
            while (*plan->step())
                steps << plan->columnText(3);
            const QString text = steps.join(" | ");
            QVERIFY2(text.contains(index), qPrintable(text));
            QVERIFY2(!text.contains("TEMP B-TREE"), qPrintable(text));
            // Every index read starts at the last row's values: no SCAN of the index from its start.
            QVERIFY2(!text.contains("SCAN co ") && !text.contains("SCAN n "), qPrintable(text));
        }
    }
};

QTEST_MAIN(tst_CompanyList)
#include "tst_companylist.moc"
