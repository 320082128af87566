// SPDX-License-Identifier: GPL-3.0-or-later
// The import wizard as a user goes through it: a Shift_JIS file as Japanese Excel writes it
// (path typed in Japanese), the detected encoding, the suggested mapping, the preview with the
// bad row in red, the import and its report; the same layout again gets its remembered mapping;
// a large file cancelled while it is read leaves the database as it was. Orders: a Shift_JIS
// purchase history with a bad date, CDNOW's fixed-width file, and a cancelled large order file.
#include "core/io/orderimporter.h"
#include "core/io/textencoding.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "ui/common/editsession.h"
#include "ui/importer/importfilepage.h"
#include "ui/importer/importmappingpage.h"
#include "ui/importer/importpreviewpage.h"
#include "ui/importer/importreportpage.h"
#include "ui/importer/importrunpage.h"
#include "ui/importer/importwizard.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Kizuna;

class tst_ImportWizard : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Storage::Database> m_db;
    std::unique_ptr<Ui::EditSession> m_session;

    static void type(QWidget *widget, const QString &text)
    {
        widget->setFocus();
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClicks(widget, QString(c));
                continue;
            }
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(widget, &commit);
        }
    }

    static void clickNext(QWizard &wizard)
    {
        QTest::mouseClick(wizard.button(QWizard::NextButton), Qt::LeftButton);
    }

    qint64 contactCount() const
    {
        auto count = m_db->queryInt("SELECT count(*) FROM contacts WHERE deleted_at IS NULL");
        return count.ok() ? *count : -1;
    }

    QString writeFile(const QString &name, const QString &text, Io::TextEncoding encoding)
    {
        const QString path = m_dir.filePath(name);
        auto encoder = Io::newEncoder(encoding);
        QByteArray bytes = encoder->encode(text);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    qint64 scalar(const QString &sql) const
    {
        auto value = m_db->queryInt(sql);
        return value.ok() ? *value : -1;
    }

    // The orders' total of the contact an order import made for a customer key, in cents.
    qint64 purchaseCents(const QString &customerKey) const
    {
        return scalar(QString("SELECT coalesce(round(sum(total) * 100), -1) FROM orders WHERE contact_id = '%1' "
                              "AND deleted_at IS NULL").arg(Io::OrderImporter::customerContactId(customerKey)));
    }

    // Chooses "The file holds: Orders" with the keyboard.
    static void chooseOrders(Ui::ImportFilePage *file)
    {
        QComboBox *entity = file->entityBox();
        entity->setFocus();
        while (entity->currentData().toString() != "order" && entity->currentIndex() < entity->count() - 1)
            QTest::keyClick(entity, Qt::Key_Down);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Storage::DatabaseOpener::open(m_dir.filePath("import.kizuna"), {});
        QVERIFY2(db.ok(), qPrintable(db.ok() ? QString() : db.error().message));
        m_db = std::move(*db);
        m_session = std::make_unique<Ui::EditSession>(*m_db);
    }

    void shiftJisFileImports()
    {
        // As Japanese Excel saves "CSV (コンマ区切り)": Shift_JIS, CRLF; line 4 has a bad email.
        const QString csv = QString::fromUtf8("氏名,フリガナ,メールアドレス\r\n"
                                              "山田 太郎,ヤマダ タロウ,taro@example.jp\r\n"
                                              "佐藤 花子,サトウ ハナコ,hanako@example.jp\r\n"
                                              "鈴木 一郎,スズキ イチロウ,ichiro-at-example\r\n"
                                              "髙橋 次郎,タカハシ ジロウ,jiro@example.jp\r\n");
        const QString path = writeFile(QString::fromUtf8("連絡先.csv"), csv, Io::TextEncoding::ShiftJis);
        QVERIFY(!path.isEmpty());
        const qint64 before = contactCount();

        Ui::ImportWizard wizard(*m_session);
        QSignalSpy imported(&wizard, &Ui::ImportWizard::imported);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        auto *file = wizard.filePage();
        type(file->pathEdit(), path);
        QTest::keyClick(file->pathEdit(), Qt::Key_Tab); // leaving the field reads the file
        QCOMPARE(file->pathEdit()->text(), path);
        QCOMPARE(file->encodingBox()->currentData().toInt(), int(Io::TextEncoding::ShiftJis));
        QVERIFY2(file->detectedLabel()->text().contains("Shift_JIS"), qPrintable(file->detectedLabel()->text()));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(Ui::ImportWizard::MappingPage));
        auto *mapping = wizard.mappingPage();
        QVERIFY(!mapping->usedRememberedLayout());
        QCOMPARE(mapping->table()->item(0, 0)->text(), QString::fromUtf8("氏名"));
        QCOMPARE(mapping->fieldBox(0)->currentData().toString(), QString("full_name"));
        QCOMPARE(mapping->fieldBox(1)->currentData().toString(), QString("full_name_reading"));
        QCOMPARE(mapping->fieldBox(2)->currentData().toString(), QString("email"));
        QVERIFY(mapping->table()->item(0, Ui::ImportMappingPage::ValuesColumn)->text().contains(
            QString::fromUtf8("山田 太郎")));

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(Ui::ImportWizard::PreviewPage));
        QTableWidget *preview = wizard.previewPage()->table();
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->item(0, 1)->text(), QString::fromUtf8("山田 太郎"));
        QCOMPARE(preview->item(3, 1)->text(), QString::fromUtf8("髙橋 次郎"));
        int emailColumn = -1;
        for (int c = 0; c < preview->columnCount(); ++c) {
            if (preview->item(2, c) && preview->item(2, c)->text() == "ichiro-at-example")
                emailColumn = c;
        }
        QVERIFY(emailColumn > 0);
        QCOMPARE(preview->item(2, emailColumn)->foreground().color(), QColor(Qt::red));
        QVERIFY(!preview->item(2, emailColumn)->toolTip().isEmpty());
        QVERIFY(preview->item(1, emailColumn)->toolTip().isEmpty());
        QCOMPARE(preview->item(2, 0)->text(), QString("4"));

        clickNext(wizard); // "Import"
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(Ui::ImportWizard::ReportPage), 20000);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(contactCount(), before + 3);
        QCOMPARE(wizard.state().summary.imported, 3);
        QCOMPARE(wizard.state().summary.rejectedRows, 1);
        auto *report = wizard.reportPage();
        QVERIFY(report->countsLabel()->text().contains("3"));
        QCOMPARE(report->rejectedTable()->rowCount(), 1);
        QCOMPARE(report->rejectedTable()->item(0, Ui::ImportReportPage::LineColumn)->text(), QString("4"));
        QCOMPARE(report->rejectedTable()->item(0, Ui::ImportReportPage::FieldColumn)->text(),
                 QString::fromUtf8("メールアドレス"));
        QVERIFY(report->reviewButton()->isHidden()); // no duplicates among the new contacts

        auto name = m_db->queryText("SELECT family_name || '|' || given_name || '|' || family_name_reading "
                                    "FROM contacts WHERE email = 'taro@example.jp'");
        QVERIFY(name.ok());
        QCOMPARE(*name, QString::fromUtf8("山田|太郎|ヤマダ"));

        const QString reportPath = m_dir.filePath("report.csv");
        QVERIFY(report->saveReport(reportPath));
        QFile saved(reportPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(saved.readAll());
        QVERIFY2(text.contains(QString::fromUtf8("4,メールアドレス")), qPrintable(text));
    }

    void duplicatesAfterImportAreOffered()
    {
        // The same person again with a new spelling, imported as a new contact: a pair to review.
        const QString csv = QString::fromUtf8("氏名,フリガナ,メールアドレス\n山田 太朗,ヤマダ タロウ,TARO@example.jp\n");
        const QString path = writeFile("again.csv", csv, Io::TextEncoding::Utf8);
        Ui::ImportWizard wizard(*m_session);
        QSignalSpy review(&wizard, &Ui::ImportWizard::reviewDuplicatesRequested);
        wizard.show();
        wizard.filePage()->setFile(path);
        clickNext(wizard);
        QVERIFY(wizard.mappingPage()->usedRememberedLayout()); // the layout of the Shift_JIS file
        QCOMPARE(wizard.mappingPage()->fieldBox(0)->currentData().toString(), QString("full_name"));
        clickNext(wizard);
        wizard.previewPage()->setPolicy(Io::DuplicatePolicy::Create);
        clickNext(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(Ui::ImportWizard::ReportPage), 20000);
        QCOMPARE(wizard.state().summary.imported, 1);
        QVERIFY(wizard.state().duplicatePairs >= 1);
        QVERIFY(!wizard.reportPage()->reviewButton()->isHidden());
        QTest::mouseClick(wizard.reportPage()->reviewButton(), Qt::LeftButton);
        QCOMPARE(review.count(), 1);
    }

    // Choosing UTF-16 for a UTF-8 file: a message naming the file and the detected encoding,
    // and no way on; choosing the detected encoding again makes the file readable.
    void wrongEncodingIsRefused()
    {
        const QString path = writeFile("utf8.csv", QString::fromUtf8("氏名,メールアドレス\n山田 太郎,taro@example.jp\n"),
                                       Io::TextEncoding::Utf8);
        Ui::ImportWizard wizard(*m_session);
        wizard.show();
        auto *file = wizard.filePage();
        file->setFile(path);
        QCOMPARE(file->encodingBox()->currentData().toInt(), int(Io::TextEncoding::Utf8));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        file->encodingBox()->setCurrentIndex(file->encodingBox()->findData(int(Io::TextEncoding::Utf16LE)));
        const QString message = file->detailsLabel()->text();
        QVERIFY2(message.startsWith("utf8.csv: line 1: the text is not UTF-16") && message.contains("looks like UTF-8"),
                 qPrintable(message));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        file->encodingBox()->setCurrentIndex(file->encodingBox()->findData(int(Io::TextEncoding::Utf8)));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    void vCardSkipsTheMapping()
    {
        const QString vcf = QString::fromUtf8("BEGIN:VCARD\r\nVERSION:3.0\r\nN:中村;花子;;;\r\nFN:中村 花子\r\n"
                                              "X-PHONETIC-LAST-NAME:ナカムラ\r\nEMAIL;TYPE=WORK:hanako.n@example.jp\r\n"
                                              "END:VCARD\r\n");
        const QString path = writeFile("card.vcf", vcf, Io::TextEncoding::Utf8);
        const qint64 before = contactCount();
        Ui::ImportWizard wizard(*m_session);
        QSignalSpy imported(&wizard, &Ui::ImportWizard::imported);
        wizard.show();
        wizard.filePage()->setFile(path);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(Ui::ImportWizard::PreviewPage));
        QVERIFY(wizard.previewPage()->table()->isHidden());
        clickNext(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(Ui::ImportWizard::ReportPage), 20000);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(contactCount(), before + 1);
        auto reading = m_db->queryText("SELECT family_name_reading FROM contacts WHERE email = 'hanako.n@example.jp'");
        QVERIFY(reading.ok());
        QCOMPARE(*reading, QString::fromUtf8("ナカムラ"));
    }

    // "The file holds: Companies", then "Activities" of the contact imported above: the
    // mapping offers the entity's fields, the preview converts the values, the report counts.
    void companiesAndActivitiesImport()
    {
        const QString companies = writeFile(
            "companies.csv",
            QString::fromUtf8("会社名,会社名フリガナ,Webサイト,電話番号\n株式会社山田商店,ヤマダショウテン,https://www.yamada-shop.jp/,03-1111-2222\n"
                              "鈴木工業,スズキコウギョウ,suzuki.example.jp,06-3333-4444\n"),
            Io::TextEncoding::ShiftJis);
        const auto count = [this](const char *sql) {
            auto n = m_db->queryInt(QString::fromUtf8(sql));
            return n.ok() ? *n : -1;
        };
        const qint64 companiesBefore = count("SELECT count(*) FROM companies WHERE deleted_at IS NULL");
        {
            Ui::ImportWizard wizard(*m_session);
            wizard.show();
            auto *file = wizard.filePage();
            file->setFile(companies);
            QVERIFY(file->entityBox()->isEnabled());
            file->entityBox()->setCurrentIndex(file->entityBox()->findData("company"));
            clickNext(wizard);
            auto *mapping = wizard.mappingPage();
            QCOMPARE(mapping->fieldBox(0)->currentData().toString(), QString("name"));
            QCOMPARE(mapping->fieldBox(1)->currentData().toString(), QString("name_reading"));
            QCOMPARE(mapping->fieldBox(2)->currentData().toString(), QString("domain"));
            QCOMPARE(mapping->fieldBox(3)->currentData().toString(), QString("phone"));
            QCOMPARE(mapping->fieldBox(0)->findData("family_name"), -1); // no contact fields here
            clickNext(wizard);
            QTableWidget *preview = wizard.previewPage()->table();
            QCOMPARE(preview->rowCount(), 2);
            QCOMPARE(preview->item(0, 1)->text(), QString::fromUtf8("株式会社山田商店"));
            QCOMPARE(preview->item(0, 3)->text(), QString("yamada-shop.jp")); // a URL reduced to its host
            clickNext(wizard);
            QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(Ui::ImportWizard::ReportPage), 20000);
            QCOMPARE(wizard.state().summary.imported, 2);
            QVERIFY(wizard.reportPage()->reviewButton()->isHidden());
        }
        QCOMPARE(count("SELECT count(*) FROM companies WHERE deleted_at IS NULL"), companiesBefore + 2);
        QCOMPARE(count("SELECT count(*) FROM companies WHERE name = '鈴木工業' AND domain = 'suzuki.example.jp'"), 1);

        // Activities of 中村 花子 (the vCard test's) found by her email; the second row names
        // nobody Kizuna knows and is reported. (taro@example.jp would be refused: two contacts
        // have it since the duplicates test.)
        const QString activities = writeFile(
            "activities.csv",
            QString::fromUtf8("メールアドレス,種別,日時,件名\nhanako.n@example.jp,電話,2026/11/20 10:30,見積もりの件\n"
                              "nobody@example.jp,訪問,2026/11/21,ご挨拶\n"),
            Io::TextEncoding::Utf8);
        Ui::ImportWizard wizard(*m_session);
        wizard.show();
        wizard.filePage()->setFile(activities);
        wizard.filePage()->entityBox()->setCurrentIndex(wizard.filePage()->entityBox()->findData("activity"));
        clickNext(wizard);
        QCOMPARE(wizard.mappingPage()->fieldBox(0)->currentData().toString(), QString("contact_email"));
        QCOMPARE(wizard.mappingPage()->fieldBox(1)->currentData().toString(), QString("type"));
        clickNext(wizard);
        QCOMPARE(wizard.previewPage()->table()->item(0, 2)->text(), QString("call"));
        clickNext(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(Ui::ImportWizard::ReportPage), 20000);
        QStringList problems;
        for (const Io::RejectedRow &row : wizard.state().summary.rejected)
            problems << row.text();
        QVERIFY2(wizard.state().summary.imported == 1, qPrintable(problems.join("; ")));
        QCOMPARE(wizard.state().summary.rejectedRows, 1);
        QCOMPARE(wizard.reportPage()->rejectedTable()->item(0, Ui::ImportReportPage::LineColumn)->text(), QString("3"));
        QCOMPARE(count("SELECT count(*) FROM activities a JOIN contacts c ON c.id = a.contact_id "
                       "WHERE c.email = 'hanako.n@example.jp' AND a.type = 'call' AND a.subject = '見積もりの件'"),
                 1);
    }

    // A shop's purchase history as Japanese Excel saves it; line 5 has a day that does not exist.
    void ordersImport()
    {
        const QString csv = QString::fromUtf8("顧客ID,注文日,注文番号,金額\r\n"
                                              "C001,2026/01/15,A-1001,12000\r\n"
                                              "C002,2026/01/20,A-1002,5400.50\r\n"
                                              "C001,2026/02/03,A-1003,8000\r\n"
                                              "C003,2026/02/30,A-1004,3000\r\n"
                                              "C002,2026/03/01,A-1005,1500\r\n");
        const QString path = writeFile(QString::fromUtf8("注文履歴.csv"), csv, Io::TextEncoding::ShiftJis);
        QVERIFY(!path.isEmpty());
        const qint64 ordersBefore = scalar("SELECT count(*) FROM orders");
        const qint64 contactsBefore = contactCount();

        Ui::ImportWizard wizard(*m_session);
        QSignalSpy imported(&wizard, &Ui::ImportWizard::imported);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        auto *file = wizard.filePage();
        type(file->pathEdit(), path);
        QTest::keyClick(file->pathEdit(), Qt::Key_Tab);
        QCOMPARE(file->encodingBox()->currentData().toInt(), int(Io::TextEncoding::ShiftJis));
        chooseOrders(file);
        QCOMPARE(file->entityBox()->currentData().toString(), QString("order"));
        QVERIFY(file->headerBox()->isVisible());
        QVERIFY(file->headerBox()->isChecked());

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(Ui::ImportWizard::MappingPage));
        auto *mapping = wizard.mappingPage();
        QCOMPARE(mapping->fieldBox(0)->currentData().toString(), QString("customer"));
        QCOMPARE(mapping->fieldBox(1)->currentData().toString(), QString("order_date"));
        QCOMPARE(mapping->fieldBox(2)->currentData().toString(), QString("order_number"));
        QCOMPARE(mapping->fieldBox(3)->currentData().toString(), QString("total"));
        QCOMPARE(mapping->fieldBox(0)->findData("email"), -1); // order targets only
        QVERIFY(mapping->dateFormatBox()->isVisible());
        QCOMPARE(mapping->dateFormatBox()->currentData().toString(), QString("yyyy/MM/dd"));

        // Without an amount column there is no way on, and the page says what is missing.
        QComboBox *dates = mapping->dateFormatBox();
        dates->setCurrentIndex(dates->findData("yyyy/M/d")); // the user's choice stays while the date column does
        QComboBox *amount = mapping->fieldBox(3);
        amount->setFocus();
        QTest::keyClick(amount, Qt::Key_Home); // "Ignore"
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(Ui::ImportWizard::MappingPage));
        QVERIFY2(mapping->problemLabel()->text().contains("amount"), qPrintable(mapping->problemLabel()->text()));
        amount->setCurrentIndex(amount->findData("total"));
        QCOMPARE(dates->currentData().toString(), QString("yyyy/M/d"));
        dates->setCurrentIndex(dates->findData("yyyy/MM/dd"));

        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(Ui::ImportWizard::PreviewPage));
        QTableWidget *preview = wizard.previewPage()->table();
        QCOMPARE(preview->rowCount(), 5);
        QCOMPARE(preview->columnCount(), 6); // line, customer, contact, date, amount, order number
        QCOMPARE(preview->item(0, 0)->text(), QString("2"));
        QCOMPARE(preview->item(0, 1)->text(), QString("C001"));
        QCOMPARE(preview->item(0, 2)->text(), QString("(new contact)"));
        QCOMPARE(preview->item(0, 3)->text(), QString("2026-01-15"));
        QCOMPARE(preview->item(0, 5)->text(), QString("A-1001"));
        QCOMPARE(preview->item(3, 0)->text(), QString("5"));
        QCOMPARE(preview->item(3, 3)->text(), QString("2026/02/30"));
        QCOMPARE(preview->item(3, 3)->foreground().color(), QColor(Qt::red));
        QVERIFY2(preview->item(3, 3)->toolTip().contains("2026/02/30"), qPrintable(preview->item(3, 3)->toolTip()));
        QVERIFY(preview->item(2, 3)->toolTip().isEmpty());
        QVERIFY(wizard.previewPage()->messageLabel()->text().contains("1 row"));
        QCOMPARE(scalar("SELECT count(*) FROM orders"), ordersBefore); // a preview writes nothing

        clickNext(wizard); // "Import"
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(Ui::ImportWizard::ReportPage), 20000);
        QCOMPARE(imported.count(), 1);
        QCOMPARE(wizard.state().summary.imported, 4);
        QCOMPARE(wizard.state().summary.rejectedRows, 1);
        QCOMPARE(wizard.state().newContacts, 2);
        QCOMPARE(scalar("SELECT count(*) FROM orders"), ordersBefore + 4);
        QCOMPARE(contactCount(), contactsBefore + 2);
        QCOMPARE(purchaseCents("C001"), 2000000);
        QCOMPARE(purchaseCents("C002"), 690050);
        QCOMPARE(purchaseCents("C003"), -1); // its only order was rejected: no contact either
        QCOMPARE(scalar(QString("SELECT count(*) FROM contacts WHERE id = '%1' AND family_name = 'C001' AND "
                                "source = 'import'").arg(Io::OrderImporter::customerContactId("C001"))),
                 1);
        QCOMPARE(scalar("SELECT count(*) FROM orders WHERE order_number = 'A-1005' AND ordered_at LIKE '2026-0%'"), 1);

        auto *report = wizard.reportPage();
        QVERIFY2(report->countsLabel()->text().contains("Orders imported: 4 for 2"), qPrintable(report->countsLabel()->text()));
        QCOMPARE(report->rejectedTable()->rowCount(), 1);
        QCOMPARE(report->rejectedTable()->item(0, Ui::ImportReportPage::LineColumn)->text(), QString("5"));
        QCOMPARE(report->rejectedTable()->item(0, Ui::ImportReportPage::FieldColumn)->text(), QString::fromUtf8("注文日"));
        QVERIFY(report->reviewButton()->isHidden());
        const QString reportPath = m_dir.filePath("orders-report.csv");
        QVERIFY(report->saveReport(reportPath));
        QFile saved(reportPath);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(saved.readAll());
        QVERIFY2(text.contains(QString::fromUtf8("5,注文日,")) && text.contains("2026/02/30"), qPrintable(text));

        // The same file again: its layout is remembered and the orders it has are skipped.
        Ui::ImportWizard again(*m_session);
        again.show();
        again.filePage()->setFile(path);
        again.filePage()->entityBox()->setCurrentIndex(again.filePage()->entityBox()->findData("order"));
        clickNext(again);
        QVERIFY(again.mappingPage()->usedRememberedLayout());
        clickNext(again);
        QCOMPARE(again.previewPage()->table()->item(0, 2)->text(), QString("C001")); // the contact exists now
        clickNext(again);
        QTRY_COMPARE_WITH_TIMEOUT(again.currentId(), int(Ui::ImportWizard::ReportPage), 20000);
        QCOMPARE(again.state().summary.imported, 0);
        QCOMPARE(again.state().summary.skippedDuplicates, 4);
        QCOMPARE(scalar("SELECT count(*) FROM orders"), ordersBefore + 4);
        QCOMPARE(purchaseCents("C001"), 2000000);
    }

    // CDNOW's purchase records: fixed-width text, spaces between the columns, dates as yyyyMMdd.
    void cdnowFixedWidthOrders()
    {
        const QString path = QStringLiteral(KIZUNA_SHARED_DATA "/cdnow/CDNOW_master.txt");
        if (!QFile::exists(path))
            QSKIP("the CDNOW data is not beside the checkout");
        const qint64 ordersBefore = scalar("SELECT count(*) FROM orders");
        Ui::ImportWizard wizard(*m_session);
        wizard.show();
        auto *file = wizard.filePage();
        file->setFile(path);
        chooseOrders(file);
        QVERIFY2(file->detailsLabel()->text().contains("spaces"), qPrintable(file->detailsLabel()->text()));
        clickNext(wizard);
        auto *mapping = wizard.mappingPage();
        QCOMPARE(mapping->fieldBox(0)->currentData().toString(), QString("customer"));
        QCOMPARE(mapping->fieldBox(1)->currentData().toString(), QString("order_date"));
        QCOMPARE(mapping->fieldBox(2)->currentData().toString(), QString());
        QCOMPARE(mapping->fieldBox(3)->currentData().toString(), QString("total"));
        QCOMPARE(mapping->dateFormatBox()->currentData().toString(), QString("yyyyMMdd"));
        clickNext(wizard);
        QCOMPARE(wizard.previewPage()->table()->item(0, 3)->text(), QString("1997-01-01"));
        clickNext(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(Ui::ImportWizard::ReportPage), 60000);
        QCOMPARE(wizard.state().summary.rejectedRows, 0);
        QCOMPARE(wizard.state().summary.imported, 69659);
        QCOMPARE(wizard.state().orderCustomers, 23570);
        QCOMPARE(scalar("SELECT count(*) FROM orders"), ordersBefore + 69659);
        QCOMPARE(purchaseCents("00001"), 1177); // one CD for $11.77
    }

    // A file without a header row: the columns are numbered and chosen by hand.
    void ordersWithoutHeader()
    {
        const QString path = writeFile("noheader.csv", "K1;20260105;300\nK2;20260106;400\nK1;2026010x;500\n",
                                       Io::TextEncoding::Utf8);
        Ui::ImportWizard wizard(*m_session);
        wizard.show();
        auto *file = wizard.filePage();
        file->setFile(path);
        chooseOrders(file);
        QTest::mouseClick(file->headerBox(), Qt::LeftButton, {}, QPoint(5, file->headerBox()->height() / 2));
        QVERIFY(!file->headerBox()->isChecked());
        clickNext(wizard);
        auto *mapping = wizard.mappingPage();
        QCOMPARE(mapping->table()->rowCount(), 3);
        QCOMPARE(mapping->table()->item(0, 0)->text(), QString("column 1"));
        QVERIFY(mapping->table()->item(0, Ui::ImportMappingPage::ValuesColumn)->text().startsWith("K1"));
        const char *fields[] = {"customer", "order_date", "total"};
        for (int c = 0; c < 3; ++c)
            mapping->fieldBox(c)->setCurrentIndex(mapping->fieldBox(c)->findData(fields[c]));
        QCOMPARE(mapping->dateFormatBox()->currentData().toString(), QString("yyyyMMdd"));
        clickNext(wizard);
        QCOMPARE(wizard.previewPage()->table()->rowCount(), 3);
        QCOMPARE(wizard.previewPage()->table()->item(0, 0)->text(), QString("1"));
        clickNext(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(Ui::ImportWizard::ReportPage), 20000);
        QCOMPARE(wizard.state().summary.imported, 2);
        QCOMPARE(wizard.reportPage()->rejectedTable()->item(0, Ui::ImportReportPage::LineColumn)->text(), QString("3"));
        QCOMPARE(wizard.reportPage()->rejectedTable()->item(0, Ui::ImportReportPage::FieldColumn)->text(), QString("column 2"));
        QCOMPARE(purchaseCents("K1"), 30000);
    }

    void cancelledOrdersLeaveDatabaseUnchanged()
    {
        QByteArray csv = "customer_id,order_date,revenue\n";
        for (int i = 0; i < 400000; ++i)
            csv += "bulk" + QByteArray::number(i % 50000) + ",2025-0" + QByteArray::number(1 + i % 9) + "-15,"
                   + QByteArray::number(100 + i % 900) + "\n";
        const QString path = m_dir.filePath("big-orders.csv");
        {
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(csv), csv.size());
        }
        const qint64 orders = scalar("SELECT count(*) FROM orders");
        const qint64 contacts = contactCount();
        const qint64 changes = scalar("SELECT count(*) FROM change_log");

        Ui::ImportWizard wizard(*m_session);
        QSignalSpy imported(&wizard, &Ui::ImportWizard::imported);
        QSignalSpy finished(wizard.runPage(), &Ui::ImportRunPage::finished);
        wizard.show();
        wizard.filePage()->setFile(path);
        chooseOrders(wizard.filePage());
        clickNext(wizard);
        QCOMPARE(wizard.mappingPage()->fieldBox(2)->currentData().toString(), QString("total"));
        clickNext(wizard);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(Ui::ImportWizard::RunPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.runPage()->progressBar()->value() > 0, 20000);
        QVERIFY(wizard.runPage()->isRunning());
        QTest::mouseClick(wizard.runPage()->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(finished.at(0).at(1).toString().contains("cancelled"), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(imported.count(), 0);
        QCOMPARE(scalar("SELECT count(*) FROM orders"), orders);
        QCOMPARE(contactCount(), contacts);
        QCOMPARE(scalar("SELECT count(*) FROM change_log"), changes);
    }

    void cancelLeavesDatabaseUnchanged()
    {
        QString csv = QString::fromUtf8("氏名,フリガナ,メールアドレス\n");
        for (int i = 0; i < 300000; ++i)
            csv += QString::fromUtf8("大量 %1,タイリョウ,bulk%1@example.jp\n").arg(i);
        const QString path = writeFile("big.csv", csv, Io::TextEncoding::Utf8);
        const qint64 before = contactCount();

        Ui::ImportWizard wizard(*m_session);
        QSignalSpy imported(&wizard, &Ui::ImportWizard::imported);
        QSignalSpy finished(wizard.runPage(), &Ui::ImportRunPage::finished);
        wizard.show();
        wizard.filePage()->setFile(path);
        QCOMPARE(wizard.filePage()->encodingBox()->currentData().toInt(), int(Io::TextEncoding::Utf8));
        clickNext(wizard);
        clickNext(wizard);
        clickNext(wizard);
        QCOMPARE(wizard.currentId(), int(Ui::ImportWizard::RunPage));
        QVERIFY(wizard.runPage()->isRunning());
        QVERIFY(wizard.runPage()->cancelButton()->isEnabled());
        // Cancel once rows are being read (the transaction is open and rows are staged).
        QTRY_VERIFY_WITH_TIMEOUT(wizard.runPage()->progressBar()->value() > 0, 20000);
        QVERIFY(wizard.runPage()->isRunning());
        QTest::mouseClick(wizard.runPage()->cancelButton(), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 60000);
        QCOMPARE(finished.at(0).at(0).toBool(), false);
        QVERIFY2(finished.at(0).at(1).toString().contains("cancelled"), qPrintable(finished.at(0).at(1).toString()));
        QCOMPARE(imported.count(), 0);
        QCOMPARE(wizard.currentId(), int(Ui::ImportWizard::RunPage));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        QCOMPARE(contactCount(), before);
    }
};

QTEST_MAIN(tst_ImportWizard)
#include "tst_importwizard.moc"
