// SPDX-License-Identifier: GPL-3.0-or-later
// Contact import links each row to a company found by companyKey: the same company written with
// or without its legal form, in another width, case or kana, is one company — whether it exists
// already or an earlier row of the file created it.
#include "core/io/contactimporter.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"

#include <QBuffer>
#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;
using namespace Kizuna::Io;

class tst_ContactCompanies : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;

    Result<ContactImportSummary> import(const QByteArray &csv, DuplicatePolicy policy = DuplicatePolicy::Skip)
    {
        QBuffer buffer;
        buffer.setData(csv);
        buffer.open(QIODevice::ReadOnly);
        ContactImporter importer(*m_db, {QStringLiteral("tester"), QStringLiteral("node-1")});
        ContactImportOptions options;
        options.onDuplicate = policy;
        return importer.importCsv(buffer, options);
    }

    QString addCompany(const QString &name)
    {
        Model::RecordStore store(*m_db, {QStringLiteral("tester"), QStringLiteral("node-1")});
        auto id = store.insert(Model::entity(u"company"), {{QStringLiteral("name"), name}});
        if (!id.ok())
            qFatal("cannot add a company: %s", qPrintable(id.error().message));
        return *id;
    }

    qint64 count(const QString &sql)
    {
        auto value = m_db->queryInt(sql);
        return value.ok() ? qint64(*value) : -1;
    }

    // The name of the company of the contact with `email`, or "" when it has none.
    QString companyOf(const QString &email)
    {
        auto select = m_db->prepare(QStringLiteral(
            "SELECT k.name FROM contacts c JOIN companies k ON k.id = c.company_id WHERE c.email = ?1"));
        select->bind(1, email);
        return select->step().value() ? select->columnText(0) : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath("companies.kizuna"));
        auto db = Storage::DatabaseOpener::open(m_dir.filePath("companies.kizuna"));
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        m_db = std::move(*db);
    }

    void rowsGoToTheExistingCompany_data()
    {
        QTest::addColumn<int>("policy");
        QTest::newRow("skip") << int(DuplicatePolicy::Skip);
        QTest::newRow("update") << int(DuplicatePolicy::Update);
        QTest::newRow("create") << int(DuplicatePolicy::Create);
    }
    void rowsGoToTheExistingCompany()
    {
        QFETCH(int, policy);
        addCompany(QStringLiteral("株式会社山田商事"));
        auto summary = import("氏名,メール,会社名\n"
                              "山田 太郎,taro@example.jp,山田商事\n"
                              "山田 花子,hanako@example.jp,㈱山田商事\n"
                              "鈴木 一郎,ichiro@example.jp,山田商事（株）\n"
                              "佐藤 次郎,jiro@example.jp,ﾔﾏﾀﾞ商事\n",
                              DuplicatePolicy(policy));
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->imported, 4);
        QCOMPARE(summary->companiesCreated, 1); // ヤマダ商事 (half-width kana) is not 山田商事
        QCOMPARE(count("SELECT count(*) FROM companies"), 2);
        QCOMPARE(companyOf("taro@example.jp"), "株式会社山田商事");
        QCOMPARE(companyOf("hanako@example.jp"), "株式会社山田商事");
        QCOMPARE(companyOf("ichiro@example.jp"), "株式会社山田商事");
        QCOMPARE(companyOf("jiro@example.jp"), "ﾔﾏﾀﾞ商事");
    }

    // Without an existing company, the first row's spelling names the new company and later rows
    // writing it another way join it.
    void rowsOfTheFileShareOneNewCompany_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QString>("name");
        QTest::newRow("western legal form and case")
            << QByteArray("name,email,company\nJohn Doe,john@example.com,ACME Inc.\n"
                          "Jane Roe,jane@example.com,Acme\nMax Mustermann,max@example.com,\"Acme, Co., Ltd.\"\n")
            << "ACME Inc.";
        QTest::newRow("japanese legal form and width")
            << QByteArray("氏名,メール,会社名\n山田 太郎,taro@example.jp,山田商事\n"
                          "山田 花子,hanako@example.jp,㈱山田商事\n鈴木 一郎,ichiro@example.jp,株式会社　山田商事\n")
            << "山田商事";
        QTest::newRow("katakana and hiragana, full-width latin")
            << QByteArray("氏名,メール,会社名\n山田 太郎,taro@example.jp,サンプル ＡＢＣ\n"
                          "山田 花子,hanako@example.jp,さんぷるabc株式会社\n鈴木 一郎,ichiro@example.jp,(株)サンプルabc\n")
            << "サンプル ＡＢＣ";
    }
    void rowsOfTheFileShareOneNewCompany()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QString, name);
        auto summary = import(csv);
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->imported, 3);
        QCOMPARE(summary->companiesCreated, 1);
        QCOMPARE(count("SELECT count(*) FROM companies"), 1);
        QCOMPARE(count("SELECT count(DISTINCT company_id) FROM contacts WHERE company_id IS NOT NULL"), 1);
        auto select = m_db->prepare(QStringLiteral("SELECT name FROM companies"));
        QVERIFY(select->step().value());
        QCOMPARE(select->columnText(0), name);
        // The new company is written as RecordStore writes one: its name logged once, searchable.
        QCOMPARE(count("SELECT count(*) FROM change_log WHERE entity = 'company'"), 1);
        QCOMPARE(count("SELECT count(*) FROM search_docs d JOIN companies c ON c.id = d.record_id"), 1);
    }

    // Two existing companies that share a key: a row naming one of them exactly goes to that one.
    void anExactNameWinsOverTheKey()
    {
        addCompany(QStringLiteral("Acme Inc."));
        const QString ltd = addCompany(QStringLiteral("Acme Ltd."));
        auto summary = import("name,email,company\nJane Roe,jane@example.com,ACME LTD.\nJohn Doe,john@example.com,Acme Inc\n");
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->companiesCreated, 0);
        QCOMPARE(companyOf("jane@example.com"), "Acme Ltd.");
        QCOMPARE(companyOf("john@example.com"), "Acme Inc."); // key match: the older of the two
        Q_UNUSED(ltd);
    }

    // Different companies stay apart, and a deleted company is not reused.
    void differentCompaniesStayApart()
    {
        const QString deleted = addCompany(QStringLiteral("株式会社削除商事"));
        Model::RecordStore store(*m_db, {QStringLiteral("tester"), QStringLiteral("node-1")});
        QVERIFY(store.remove(Model::entity(u"company"), deleted).ok());
        auto summary = import("氏名,メール,会社名\n山田 太郎,taro@example.jp,山田商事\n"
                              "山田 花子,hanako@example.jp,山田物産\n鈴木 一郎,ichiro@example.jp,削除商事\n");
        QVERIFY2(summary.ok(), summary.ok() ? "" : qPrintable(summary.error().message));
        QCOMPARE(summary->companiesCreated, 3);
        QCOMPARE(companyOf("ichiro@example.jp"), "削除商事");
    }
};

QTEST_GUILESS_MAIN(tst_ContactCompanies)
#include "tst_contactcompanies.moc"
