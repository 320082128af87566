// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli import orders, kpi, rfm, clv and search, run as the real binary on real data.
#include "clirunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>

#include <cmath>

using namespace CliTest;

namespace {

QString sharedData(const QString &relative)
{
    return QStringLiteral(KIZUNA_SHARED_DATA) + '/' + relative;
}

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

bool nearlyEqual(double a, double b)
{
    return std::fabs(a - b) < 1e-9;
}

} // namespace

class tst_CliAnalytics : public QObject
{
    Q_OBJECT

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    QString newDatabase(const QString &name)
    {
        const QString db = path(name);
        const Run run = cli({"init", "--db", db});
        if (run.code != 0)
            qWarning("init failed: %s", qPrintable(describe(run)));
        return db;
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        QFile file(path(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qWarning("cannot write %s", qPrintable(file.fileName()));
        return file.fileName();
    }
    QJsonObject tables(const QString &db)
    {
        return cli({"stats", "--db", db, "--json"}).json().value("tables").toObject();
    }
    qint64 rows(const QString &db, const QString &table)
    {
        return tables(db).value(table).toObject().value("rows").toInteger(-1);
    }
    Run importOrders(const QString &db, const QString &file, const QStringList &columns)
    {
        return cli(QStringList{"import", "orders", "--db", db, "--file", file, "--json"} + columns);
    }

    std::unique_ptr<QTemporaryDir> m_dir;

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup() { m_dir.reset(); }

    void commandsAreListed()
    {
        const Run run = cli({"help"});
        CHECK_EXIT(run, 0);
        for (const char *command : {"import orders", "search", "kpi", "rfm", "clv"})
            QVERIFY2(run.outText().contains(QStringLiteral("\n  ") + command + ' '), command);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments"); // DB: a file that does not exist
        QTest::addColumn<QString>("expected");

        QTest::newRow("kpi bad date") << QStringList{"kpi", "--db", "DB", "--from", "2025-02-30", "--to", "2025-03-31"}
                                      << "kizuna-cli: --from needs a date YYYY-MM-DD, not \"2025-02-30\" (see kizuna-cli help kpi)";
        QTest::newRow("kpi from after to")
            << QStringList{"kpi", "--db", "DB", "--from", "2025-07-01", "--to", "2025-06-30"}
            << "kizuna-cli: --from 2025-07-01 is after --to 2025-06-30 (see kizuna-cli help kpi)";
        QTest::newRow("kpi without --to") << QStringList{"kpi", "--db", "DB", "--from", "2025-07-01"}
                                          << "kizuna-cli: \"kpi\" needs --to YYYY-MM-DD (see kizuna-cli help kpi)";
        QTest::newRow("rfm bad as-of") << QStringList{"rfm", "--db", "DB", "--as-of", "yesterday"}
                                       << "kizuna-cli: --as-of needs a date YYYY-MM-DD, not \"yesterday\" (see kizuna-cli help rfm)";
        QTest::newRow("rfm bad dormant days")
            << QStringList{"rfm", "--db", "DB", "--dormant-days", "0"}
            << "kizuna-cli: --dormant-days needs a whole number from 1 to 100000, not \"0\" (see kizuna-cli help rfm)";
        QTest::newRow("clv holdout before calibration")
            << QStringList{"clv", "--db", "DB", "--calibration-end", "1997-09-30", "--holdout-end", "1997-01-01"}
            << "kizuna-cli: --holdout-end must be after --calibration-end (see kizuna-cli help clv)";
        QTest::newRow("clv bad discount")
            << QStringList{"clv", "--db", "DB", "--calibration-end", "1997-09-30", "--discount", "x"}
            << "kizuna-cli: --discount needs a number from 0 to 1, not \"x\" (see kizuna-cli help clv)";
        QTest::newRow("search without query") << QStringList{"search", "--db", "DB"}
                                              << "kizuna-cli: \"search\" needs QUERY (or --bench FILE) (see kizuna-cli help search)";
        QTest::newRow("search query and bench") << QStringList{"search", "--db", "DB", "--bench", "q.txt", "x"}
                                                << "kizuna-cli: give either QUERY or --bench FILE, not both (see kizuna-cli help search)";
        QTest::newRow("import bad delimiter")
            << QStringList{"import", "orders", "--db", "DB", "--file", "x.csv", "--customer-column", "c",
                           "--date-column", "d", "--amount-column", "a", "--delimiter", "|"}
            << "kizuna-cli: --delimiter needs ',', ';', tab or whitespace, not \"|\" (see kizuna-cli help import orders)";
        QTest::newRow("import without amount column")
            << QStringList{"import", "orders", "--db", "DB", "--file", "x.csv", "--customer-column", "c", "--date-column", "d"}
            << "kizuna-cli: \"import orders\" needs --amount-column COL (see kizuna-cli help import orders)";
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        arguments.replaceInStrings(QRegularExpression("^DB$"), path("never-created.kizuna"));
        const Run run = cli(arguments);
        CHECK_EXIT(run, 1);
        QCOMPARE(run.errText(), expected + "\n");
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFile::exists(path("never-created.kizuna")));
    }

    void importRfmOrdersTwice()
    {
        const QString db = newDatabase("rfm.kizuna");
        const QStringList columns{"--customer-column", "customer_id", "--date-column", "order_date",
                                  "--amount-column", "revenue"};
        Run run = importOrders(db, sharedData("rfm/rfm_data_orders.csv"), columns);
        CHECK_EXIT(run, 0);
        QJsonObject summary = run.json();
        QCOMPARE(summary.value("orders").toInteger(), 4906);
        QCOMPARE(summary.value("customers").toInteger(), 995);
        QCOMPARE(summary.value("new_contacts").toInteger(), 995);
        QCOMPARE(summary.value("rejected").toArray().size(), 0);
        QCOMPARE(rows(db, "contacts"), 995);
        QCOMPARE(rows(db, "orders"), 4906);

        // Again: the same customer keys find the same contacts.
        run = importOrders(db, sharedData("rfm/rfm_data_orders.csv"), columns);
        CHECK_EXIT(run, 0);
        summary = run.json();
        QCOMPARE(summary.value("customers").toInteger(), 995);
        QCOMPARE(summary.value("new_contacts").toInteger(), 0);
        QCOMPARE(rows(db, "contacts"), 995);
        QCOMPARE(rows(db, "orders"), 2 * 4906);

        // The text summary.
        run = cli(QStringList{"import", "orders", "--db", db, "--file", sharedData("rfm/rfm_data_orders.csv")} + columns);
        CHECK_EXIT(run, 0);
        QCOMPARE(run.outText(), "imported 4906 orders for 995 customers (0 new contacts), 0 rows rejected\n");
    }

    void badRowsAreReportedWithPhysicalLines()
    {
        const QString db = newDatabase("bad.kizuna");
        const QString file = writeFile("orders.csv",
                                       "customer,date,amount,note\r\n"           // 1
                                       "a,2025-01-02,10.5,ok\r\n"                // 2
                                       "b,2025-13-01,5,bad date\r\n"             // 3
                                       "c,2025-01-03,abc,bad amount\r\n"         // 4
                                       ",2025-01-04,5,no customer\r\n"           // 5
                                       "d,2025-01-05,7,\"note with, comma\r\n"   // 6
                                       "and a line break\"\r\n"                  // 7
                                       "e,2025-01-06,-3,negative\r\n"            // 8
                                       "a,2025-01-09,1.25,ok\r\n"                // 9
                                       "\"f\",2025/01/08,4,\"bad \"\"date\"\"\"\r\n"); // 10
        const QStringList columns{"--customer-column", "customer", "--date-column", "date", "--amount-column", "amount"};
        Run run = importOrders(db, file, columns);
        CHECK_EXIT(run, 0);
        const QJsonObject summary = run.json();
        QCOMPARE(summary.value("orders").toInteger(), 3);
        QCOMPARE(summary.value("customers").toInteger(), 2);
        QCOMPARE(summary.value("new_contacts").toInteger(), 2);
        QStringList rejected;
        for (const QJsonValue &row : summary.value("rejected").toArray())
            rejected << QString::number(row["line"].toInteger()) + ' ' + row["field"].toString();
        QCOMPARE(rejected, (QStringList{"3 date", "4 amount", "5 customer", "8 amount", "10 date"}));
        QCOMPARE(rows(db, "orders"), 3);

        // Text mode: the rejected rows on stderr, the summary on stdout.
        const QString other = newDatabase("bad2.kizuna");
        run = cli(QStringList{"import", "orders", "--db", other, "--file", file} + columns);
        CHECK_EXIT(run, 0);
        QCOMPARE(run.outText(), "imported 3 orders for 2 customers (2 new contacts), 5 rows rejected\n");
        QVERIFY2(run.errText().contains(file + ": line 4: field \"amount\": not an amount (a plain decimal number such "
                                               "as 1234.50 is expected): \"abc\"\n"),
                 qPrintable(run.errText()));
        QVERIFY2(run.errText().contains(file + ": line 8: field \"amount\": a negative amount: \"-3\"\n"),
                 qPrintable(run.errText()));
    }

    void allBadRowsChangeNothing()
    {
        const QString db = newDatabase("allbad.kizuna");
        const QString good = writeFile("good.csv", "c;d;a\nx;2025-01-01;1\n");
        CHECK_EXIT(importOrders(db, good, {"--customer-column", "c", "--date-column", "d", "--amount-column", "a"}), 0);
        const QJsonObject before = tables(db);
        QCOMPARE(before.value("orders").toObject().value("rows").toInteger(), 1);

        const QString bad = writeFile("bad.csv", "c;d;a\ny;2025-01-01;x\nz;01/02/2025;1\n");
        const Run run = importOrders(db, bad, {"--customer-column", "c", "--date-column", "d", "--amount-column", "a"});
        CHECK_EXIT(run, 2);
        QCOMPARE(run.json().value("rejected").toArray().size(), 2);
        QVERIFY2(run.errText().endsWith("kizuna-cli: error: " + bad + ": nothing imported: all 2 row(s) rejected\n"),
                 qPrintable(run.errText()));
        QCOMPARE(tables(db), before);
    }

    void inputErrors_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("error");

        QTest::newRow("unknown column")
            << QStringList{"--customer-column", "customer", "--date-column", "date", "--amount-column", "total"}
            << "no amount column \"total\" in the header (columns: customer, date, amount)";
        QTest::newRow("name without header")
            << QStringList{"--customer-column", "customer", "--date-column", "2", "--amount-column", "3", "--no-header"}
            << "customer column \"customer\": without a header row, columns are given by number (1 for the first)";
        QTest::newRow("unclosed quote")
            << QStringList{"--customer-column", "customer", "--date-column", "date", "--amount-column", "amount",
                           "--delimiter", "comma"}
            << "";
    }

    void inputErrors()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, error);
        const QString db = newDatabase("input.kizuna");
        const bool unclosed = error.isEmpty();
        const QString file = writeFile("in.csv", unclosed ? "customer,date,amount\na,2025-01-01,\"1\n"
                                                          : "customer,date,amount\na,2025-01-01,1\n");
        if (unclosed)
            error = "line 2: a quoted field is not closed at the end of the file";
        const QJsonObject before = tables(db);
        const Run run = cli(QStringList{"import", "orders", "--db", db, "--file", file} + options);
        CHECK_EXIT(run, 2);
        QCOMPARE(run.errText(), "kizuna-cli: error: " + file + ": " + error + "\n");
        QCOMPARE(tables(db), before);
    }

    void missingFileIsBadInput()
    {
        const QString db = newDatabase("missing.kizuna");
        const Run run = cli({"import", "orders", "--db", db, "--file", path("nope.csv"), "--customer-column", "c",
                             "--date-column", "d", "--amount-column", "a"});
        CHECK_EXIT(run, 2);
        QVERIFY2(run.errText().startsWith("kizuna-cli: error: " + path("nope.csv") + ": cannot open"), qPrintable(run.errText()));
    }

    void importCdnowMaster()
    {
        const QString db = newDatabase("cdnow-master.kizuna");
        QElapsedTimer timer;
        timer.start();
        const Run run = importOrders(db, sharedData("cdnow/CDNOW_master.txt"),
                                     {"--no-header", "--delimiter", "whitespace", "--customer-column", "1",
                                      "--date-column", "2", "--date-format", "yyyyMMdd", "--amount-column", "4"});
        qInfo("import of CDNOW_master.txt: %lld ms", timer.elapsed());
        CHECK_EXIT(run, 0);
        const QJsonObject summary = run.json();
        QCOMPARE(summary.value("orders").toInteger(), 69659);
        QCOMPARE(summary.value("customers").toInteger(), 23570);
        QCOMPARE(summary.value("new_contacts").toInteger(), 23570);
        // The file's first line names the columns: with --no-header it is a row with a bad date.
        const QJsonArray rejected = summary.value("rejected").toArray();
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected.at(0)["line"].toInteger(), 1);
        QCOMPARE(rejected.at(0)["field"].toString(), "column 2");
        QCOMPARE(rows(db, "orders"), 69659);
        QCOMPARE(rows(db, "contacts"), 23570);
        const Run check = cli({"check", "--db", db});
        CHECK_EXIT(check, 0);
    }

    void clvOnCdnowSample()
    {
        const QString db = newDatabase("cdnow.kizuna");
        Run run = importOrders(db, sharedData("cdnow/cdnowElog.csv"),
                               {"--customer-column", "sampleid", "--date-column", "date", "--date-format", "yyyyMMdd",
                                "--amount-column", "sales"});
        CHECK_EXIT(run, 0);
        QCOMPARE(run.json().value("orders").toInteger(), 6919);
        QCOMPARE(run.json().value("customers").toInteger(), 2357);

        QElapsedTimer timer;
        timer.start();
        run = cli({"clv", "--db", db, "--calibration-end", "1997-09-30", "--holdout-end", "1998-06-30", "--json"});
        qInfo("clv on the CDNOW sample: %lld ms", timer.elapsed());
        CHECK_EXIT(run, 0);
        const QJsonObject clv = run.json();
        QCOMPARE(clv.keys(), (QStringList{"bgnbd", "customers", "gammagamma", "holdout"}));
        QCOMPARE(clv.value("customers").toInteger(), 2357);
        const QJsonObject bgnbd = clv.value("bgnbd").toObject();
        QCOMPARE(bgnbd.keys(), (QStringList{"a", "alpha", "b", "loglik", "r"}));
        QCOMPARE(rounded(bgnbd["r"].toDouble(), 3), 0.243);
        QCOMPARE(rounded(bgnbd["alpha"].toDouble(), 3), 4.414);
        QCOMPARE(rounded(bgnbd["a"].toDouble(), 3), 0.793);
        QCOMPARE(rounded(bgnbd["b"].toDouble(), 3), 2.426);
        QCOMPARE(rounded(bgnbd["loglik"].toDouble(), 1), -9582.4);
        const QJsonObject gg = clv.value("gammagamma").toObject();
        QCOMPARE(gg.keys(), (QStringList{"loglik", "p", "q", "v"}));
        QCOMPARE(rounded(gg["p"].toDouble(), 2), 6.25);
        QCOMPARE(rounded(gg["q"].toDouble(), 2), 3.74);
        QCOMPARE(rounded(gg["v"].toDouble(), 2), 15.44);
        const QJsonObject holdout = clv.value("holdout").toObject();
        QCOMPARE(holdout["actual"].toDouble(), 1882.0);
        QVERIFY(holdout["predicted"].toDouble() > 1500 && holdout["predicted"].toDouble() < 2300);

        // Without a hold-out period; with the optional arrays.
        run = cli({"clv", "--db", db, "--calibration-end", "1997-09-30", "--json", "--customers", "--tracking"});
        CHECK_EXIT(run, 0);
        const QJsonObject more = run.json();
        QVERIFY(more.value("holdout").isNull());
        QCOMPARE(more.value("tracking").toArray().size(), 39);
        const QJsonArray customers = more.value("customer_values").toArray();
        QCOMPARE(customers.size(), 2357);
        const QJsonObject first = customers.at(0).toObject();
        QCOMPARE(first.keys(), (QStringList{"T", "churn_risk", "clv", "contact_id", "expected_purchases",
                                            "expected_value", "p_alive", "t_x", "x"}));
        for (const QJsonValue &c : customers) {
            QVERIFY(c["p_alive"].toDouble() >= 0 && c["p_alive"].toDouble() <= 1);
            QVERIFY(c["clv"].toDouble() >= 0);
        }

        run = cli({"clv", "--db", db, "--calibration-end", "1997-09-30"});
        CHECK_EXIT(run, 0);
        QVERIFY2(run.outText().startsWith("customers: 2357\nBG/NBD: r 0.24"), qPrintable(run.outText()));
    }

    void rfmOfRfmData()
    {
        const QString db = newDatabase("rfm.kizuna");
        CHECK_EXIT(importOrders(db, sharedData("rfm/rfm_data_orders.csv"),
                                {"--customer-column", "customer_id", "--date-column", "order_date", "--amount-column",
                                 "revenue"}),
                   0);
        Run run = cli({"rfm", "--db", db, "--as-of", "2007-01-01", "--json"});
        CHECK_EXIT(run, 0);
        const QJsonObject rfm = run.json();
        QCOMPARE(rfm.value("as_of").toString(), "2007-01-01");
        QCOMPARE(rfm.value("customers").toInteger(), 995);
        const QJsonObject classes = rfm.value("classes").toObject();
        QCOMPARE(classes.keys(), (QStringList{"about_to_sleep", "at_risk", "cant_lose_them", "champions", "hibernating",
                                              "lost", "loyal", "need_attention", "new", "potential_loyalist",
                                              "promising"}));
        qint64 sum = 0;
        for (const QJsonValue &count : classes)
            sum += count.toInteger();
        QCOMPARE(sum, 995);
        const QJsonArray scores = rfm.value("scores").toArray();
        QCOMPARE(scores.size(), 995);
        qint64 dormant = 0;
        QSet<QString> ids;
        for (const QJsonValue &score : scores) {
            const QJsonObject s = score.toObject();
            QCOMPARE(s.keys(), (QStringList{"class", "contact_id", "f", "frequency", "m", "monetary", "r",
                                            "recency_days"}));
            for (const char *key : {"r", "f", "m"})
                QVERIFY(s[key].toInt() >= 1 && s[key].toInt() <= 5);
            QVERIFY(classes.contains(s["class"].toString()));
            dormant += s["recency_days"].toDouble() > 180 ? 1 : 0;
            ids << s["contact_id"].toString();
        }
        QCOMPARE(ids.size(), 995);
        QCOMPARE(rfm.value("dormant").toInteger(), dormant);
        QVERIFY(dormant > 0 && dormant < 995);

        run = cli({"rfm", "--db", db, "--as-of", "2007-01-01", "--dormant-days", "100000", "--json"});
        CHECK_EXIT(run, 0);
        QCOMPARE(run.json().value("dormant").toInteger(), 0);

        run = cli({"rfm", "--db", db, "--as-of", "2007-01-01"});
        CHECK_EXIT(run, 0);
        QVERIFY2(run.outText().startsWith("Champions "), qPrintable(run.outText()));
        QVERIFY2(run.outText().contains(QString("995 customers as of 2007-01-01; %1 dormant").arg(dormant)),
                 qPrintable(run.outText()));
    }

    void kpiWorkedOutByHand()
    {
        const QString db = newDatabase("kpi.kizuna");
        // A lead without orders: never an active customer.
        CHECK_EXIT(cli({"contact", "add", "--db", db, "family_name=見込", "kind=lead"}), 0);
        // Period 2025-04-01 … 2025-06-30 (91 days); previous 2024-12-31 … 2025-03-31.
        const QString file = writeFile("kpi.csv",
                                       "customer,date,amount\n"
                                       "A,2025-02-10,100\n"   // previous
                                       "A,2025-04-05,200\n"   // current
                                       "A,2025-05-20,300\n"   // current
                                       "B,2025-03-15,50\n"    // previous only: churned
                                       "C,2025-06-30,400\n"   // current, last day: new customer
                                       "C,2025-07-01,999\n"   // after the period
                                       "D,2024-12-31,70\n"    // previous, its first day
                                       "D,2025-06-01,30\n"    // current
                                       "E,2024-12-30,5\n");   // before both periods
        CHECK_EXIT(importOrders(db, file, {"--customer-column", "customer", "--date-column", "date", "--amount-column",
                                           "amount"}),
                   0);
        const Run run = cli({"kpi", "--db", db, "--from", "2025-04-01", "--to", "2025-06-30", "--json"});
        CHECK_EXIT(run, 0);
        const QJsonObject kpi = run.json();
        for (const char *key : {"revenue", "orders", "aov", "active_customers", "new_customers", "repeat_rate",
                                "retention_rate", "churn_rate", "new_leads", "lead_conversion_rate", "win_rate",
                                "pipeline_value", "weighted_pipeline_value", "sales_cycle_days", "nps",
                                "cross_sell_rate", "cac", "historic_ltv", "new_leads_by_source", "lost_reasons",
                                "period", "previous"})
            QVERIFY2(kpi.contains(key), key);
        QCOMPARE(kpi["period"].toObject(), (QJsonObject{{"from", "2025-04-01"}, {"to", "2025-06-30"}}));
        QCOMPARE(kpi["revenue"].toDouble(), 930.0); // 200 + 300 + 400 + 30
        QCOMPARE(kpi["orders"].toInteger(), 4);
        QCOMPARE(kpi["aov"].toDouble(), 232.5);
        QCOMPARE(kpi["active_customers"].toInteger(), 3); // A, C, D
        QCOMPARE(kpi["new_customers"].toInteger(), 1);    // C
        QVERIFY(nearlyEqual(kpi["repeat_rate"].toDouble(), 2.0 / 3.0));
        QVERIFY(nearlyEqual(kpi["retention_rate"].toDouble(), 2.0 / 3.0)); // A and D of A, B, D
        QVERIFY(nearlyEqual(kpi["churn_rate"].toDouble(), 1.0 / 3.0));
        QVERIFY(kpi["win_rate"].isNull());
        QVERIFY(kpi["nps"].isNull());
        QVERIFY(kpi["sales_cycle_days"].isNull());
        QCOMPARE(kpi["pipeline_value"].toDouble(), 0.0);

        const QJsonObject previous = kpi["previous"].toObject();
        QCOMPARE(previous["period"].toObject(), (QJsonObject{{"from", "2024-12-31"}, {"to", "2025-03-31"}}));
        QCOMPARE(previous["revenue"].toDouble(), 220.0); // 100 + 50 + 70
        QCOMPARE(previous["orders"].toInteger(), 3);
        QCOMPARE(previous["active_customers"].toInteger(), 3); // A, B, D
        QCOMPARE(previous["new_customers"].toInteger(), 3);
        QCOMPARE(previous["repeat_rate"].toDouble(), 0.0);
        QCOMPARE(previous["retention_rate"].toDouble(), 0.0); // E bought before and not again
        QCOMPARE(previous["churn_rate"].toDouble(), 1.0);

        const Run text = cli({"kpi", "--db", db, "--from", "2025-04-01", "--to", "2025-06-30"});
        CHECK_EXIT(text, 0);
        QVERIFY2(text.outText().contains(QRegularExpression("\\nrevenue +930\\.00 +220\\.00\\n")), qPrintable(text.outText()));
        QVERIFY2(text.outText().contains(QRegularExpression("\\nwin_rate +– +–\\n")), qPrintable(text.outText()));
    }

    void searchFindsContacts()
    {
        const QString db = newDatabase("search.kizuna");
        const Run added = cli({"contact", "add", "--db", db, "--json", "family_name=山田", "given_name=太郎",
                               "family_name_reading=やまだ", "given_name_reading=たろう", "phone=03-1234-5678"});
        CHECK_EXIT(added, 0);
        const QString id = added.json().value("id").toString();
        CHECK_EXIT(cli({"contact", "add", "--db", db, "family_name=佐藤", "given_name=花子"}), 0);

        for (const QString &query : {QString("やまだ"), QString("ヤマダ"), QString("03-1234"), QString("山"),
                                     QString("0312345678")}) {
            const Run run = cli({"search", "--db", db, query, "--json"});
            CHECK_EXIT(run, 0);
            const QJsonArray hits = run.json().value("hits").toArray();
            QVERIFY2(hits.size() == 1, qPrintable(query + ": " + run.outText()));
            QCOMPARE(hits.at(0)["id"].toString(), id);
            QCOMPARE(hits.at(0)["entity"].toString(), "contact");
            QVERIFY2(hits.at(0)["title"].toString().contains("山田"), qPrintable(run.outText()));
        }
        Run run = cli({"search", "--db", db, "\"a*(b:", "--json"});
        CHECK_EXIT(run, 0);
        QCOMPARE(run.json().value("hits").toArray().size(), 0);

        run = cli({"search", "--db", db, "山田"});
        CHECK_EXIT(run, 0);
        QVERIFY2(run.outText().startsWith("contact\t") && run.outText().endsWith('\t' + id + '\n'), qPrintable(run.outText()));
    }

    void searchBench()
    {
        const QString db = newDatabase("bench.kizuna");
        CHECK_EXIT(cli({"contact", "add", "--db", db, "family_name=山田", "family_name_reading=やまだ"}), 0);
        // 3 + 4 + 2 code points (𠮷 is one code point in two UTF-16 units); blank lines are skipped.
        const QString queries = writeFile("queries.txt", "やまだ\n\n0312\r\n𠮷野\n");
        const Run run = cli({"search", "--db", db, "--bench", queries});
        CHECK_EXIT(run, 0);
        const QJsonObject bench = run.json();
        QCOMPARE(bench.keys(), (QStringList{"max_ms", "p50_ms", "p95_ms", "queries"}));
        QCOMPARE(bench["queries"].toInteger(), 9);
        QVERIFY(bench["p50_ms"].isDouble() && bench["p95_ms"].isDouble() && bench["max_ms"].isDouble());
        QVERIFY(bench["p50_ms"].toDouble() > 0);
        QVERIFY(bench["p50_ms"].toDouble() <= bench["p95_ms"].toDouble());
        QVERIFY(bench["p95_ms"].toDouble() <= bench["max_ms"].toDouble());
    }
};

QTEST_GUILESS_MAIN(tst_CliAnalytics)
#include "tst_cli_analytics.moc"
