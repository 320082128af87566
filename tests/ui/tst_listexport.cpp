// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Export List…: the contact list as the user sees it — filter, order, hidden and moved
// columns, headers, display texts — written to CSV in Shift_JIS, UTF-8 or UTF-8 with a BOM, by
// the real ContactListView and ListExportDialog over demo data; only the selected rows; the
// company list; a character Shift_JIS lacks named with its row and column; cancel leaves no file.
#include "core/demo/demogenerator.h"
#include "core/io/csvreader.h"
#include "core/io/listexporter.h"
#include "core/io/textencoding.h"
#include "core/model/changecontext.h"
#include "core/model/entities.h"
#include "core/model/recordstore.h"
#include "core/storage/database.h"
#include "core/storage/databaseopener.h"
#include "ui/companies/companylistmodel.h"
#include "ui/companies/companylistview.h"
#include "ui/contacts/contactfilterbar.h"
#include "ui/contacts/contactlistmodel.h"
#include "ui/contacts/contactlistview.h"
#include "ui/exporting/fixedrowssource.h"
#include "ui/exporting/listexportdialog.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDir>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Kizuna;
using Kizuna::Ui::ContactListModel;
using Kizuna::Ui::ListExportDialog;

namespace {

template<typename T>
QByteArray errorText(const Kizuna::Result<T> &result)
{
    return result.ok() ? QByteArray() : result.error().message.toUtf8();
}

QByteArray readBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The records of CSV text.
QList<QStringList> parseCsv(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    QBuffer buffer(&utf8);
    buffer.open(QIODevice::ReadOnly);
    Io::CsvReader reader(buffer, Io::CsvReadOptions{Io::CsvSeparator::Comma});
    QList<QStringList> records;
    Io::CsvRecord record;
    for (;;) {
        auto more = reader.next(record);
        if (!more.ok())
            qFatal("%s", qPrintable(more.error().message));
        if (!*more)
            break;
        records << record.fields;
    }
    return records;
}

// What a table view shows: the headings and texts of the visible columns, left to right.
QList<QStringList> shownRows(const QTableView &view, const QList<int> &rows = {})
{
    const QHeaderView *header = view.horizontalHeader();
    QList<int> columns;
    for (int visual = 0; visual < header->count(); ++visual) {
        if (!header->isSectionHidden(header->logicalIndex(visual)))
            columns << header->logicalIndex(visual);
    }
    QList<QStringList> shown;
    QStringList headings;
    for (const int column : columns)
        headings << view.model()->headerData(column, Qt::Horizontal).toString();
    shown << headings;
    QList<int> wanted = rows;
    if (wanted.isEmpty()) {
        for (int row = 0; row < view.model()->rowCount(); ++row)
            wanted << row;
    }
    for (const int row : wanted) {
        QStringList texts;
        for (const int column : columns)
            texts << view.model()->index(row, column).data().toString();
        shown << texts;
    }
    return shown;
}

void loadAll(ContactListModel &model)
{
    QTRY_VERIFY(!model.isLoading());
    for (int guard = 0; model.canFetchMore({}) && guard < 1000; ++guard) {
        model.fetchMore({});
        QTRY_VERIFY(!model.isLoading());
    }
}

} // namespace

class tst_ListExport : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<Storage::Database> m_db;

    // A contact list filtered to customers, sorted by e-mail descending, the reading hidden and
    // the stage moved to the second place — as a user would set it up.
    std::unique_ptr<Ui::ContactListView> arrangedList()
    {
        auto view = std::make_unique<Ui::ContactListView>(*m_db);
        view->resize(1000, 600);
        view->show();
        Ui::ContactListFilter filter;
        filter.kind = "customer";
        view->filterBar()->setFilter(filter);
        view->tableView()->sortByColumn(ContactListModel::EmailColumn, Qt::DescendingOrder);
        QHeaderView *header = view->tableView()->horizontalHeader();
        header->setSectionHidden(ContactListModel::ReadingColumn, true);
        header->moveSection(header->visualIndex(ContactListModel::StageColumn), 1);
        loadAll(*view->model());
        return view;
    }

    // Runs the dialog's export to `file` and waits for its end; true when it wrote the file.
    static bool runExport(ListExportDialog &dialog, const QString &file, ListExportDialog::Encoding encoding)
    {
        dialog.setFileName(file);
        dialog.setEncoding(encoding);
        QSignalSpy exported(&dialog, &ListExportDialog::exported);
        QSignalSpy failed(&dialog, &ListExportDialog::exportFailed);
        if (!dialog.start())
            return false;
        if (!QTest::qWaitFor([&] { return exported.count() + failed.count() > 0; }, 30000))
            return false;
        return exported.count() == 1;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        m_path = m_dir.filePath("demo.kizuna");
        auto db = Storage::DatabaseOpener::open(m_path);
        QVERIFY2(db.ok(), errorText(db).constData());
        m_db = std::move(*db);
        Demo::DemoOptions options;
        options.contacts = 400;
        options.seed = 7;
        options.asOf = QDate(2026, 6, 30);
        auto demo = Demo::generateDemo(*m_db, options);
        QVERIFY2(demo.ok(), errorText(demo).constData());
    }

    void contactListAsShownInShiftJis()
    {
        auto view = arrangedList();
        const QList<QStringList> shown = shownRows(*view->tableView());
        QCOMPARE(shown.first(), QStringList({"Name", "Stage", "Company", "Email", "Phone", "Prefecture", "Kind"}));
        QVERIFY2(shown.size() > 50, "the demo data has customers");

        std::unique_ptr<ListExportDialog> dialog(ListExportDialog::forContacts(*view, m_path));
        const QString file = m_dir.filePath("customers-sjis.csv");
        QVERIFY2(runExport(*dialog, file, ListExportDialog::Encoding::ShiftJis),
                 qPrintable(dialog->statusLabel()->text()));

        const QByteArray bytes = readBytes(file);
        QVERIFY(!Io::isValidUtf8(bytes, true)); // Japanese text: really CP932, not UTF-8
        const auto decoder = Io::newDecoder(Io::TextEncoding::ShiftJis);
        const QString text = decoder->decode(bytes);
        QVERIFY(!decoder->hasError());
        QVERIFY(text.contains(QString("\r\n")));
        const QList<QStringList> written = parseCsv(text);
        QCOMPARE(written.size(), shown.size());
        QCOMPARE(written, shown);

        // The order is the list's: e-mail addresses descending (ties by id), customers only.
        auto query = m_db->prepare("SELECT ifnull(email, '') FROM contacts WHERE deleted_at IS NULL "
                                   "AND kind = 'customer' ORDER BY ifnull(email, '') DESC, id DESC");
        QStringList emails;
        while (*query->step())
            emails << query->columnText(0);
        QStringList writtenEmails;
        for (qsizetype row = 1; row < written.size(); ++row) {
            writtenEmails << written.at(row).at(3);
            QCOMPARE(written.at(row).at(6), QString("Customer"));
        }
        QCOMPARE(writtenEmails, emails);
        // Names family first, as the list shows them (a Japanese name has a space between).
        QVERIFY(std::any_of(written.cbegin() + 1, written.cend(), [](const QStringList &row) {
            return row.at(0).contains(u' ') && row.at(0).at(0).script() == QChar::Script_Han;
        }));
    }

    void onlyTheSelectedRowsInUtf8WithBom()
    {
        auto view = arrangedList();
        QItemSelectionModel *selection = view->tableView()->selectionModel();
        const auto model = view->tableView()->model();
        selection->select(model->index(5, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        selection->select(model->index(2, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        std::unique_ptr<ListExportDialog> dialog(ListExportDialog::forContacts(*view, m_path));
        auto *only = dialog->findChild<QWidget *>("exportSelectedOnly");
        QVERIFY(only && !only->isHidden());
        dialog->setSelectedOnly(true);
        const QString file = m_dir.filePath("selected.csv");
        QVERIFY2(runExport(*dialog, file, ListExportDialog::Encoding::Utf8WithBom),
                 qPrintable(dialog->statusLabel()->text()));
        const QByteArray bytes = readBytes(file);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        // Top to bottom as on screen, whatever the order of selecting.
        QCOMPARE(parseCsv(QString::fromUtf8(bytes.mid(3))), shownRows(*view->tableView(), {2, 5}));
    }

    void companyList()
    {
        Ui::CompanyListView view(*m_db);
        view.show();
        QTRY_VERIFY(view.model()->rowCount() > 0 && !view.model()->isLoading());
        while (view.model()->canFetchMore({})) {
            view.model()->fetchMore({});
            QTRY_VERIFY(!view.model()->isLoading());
        }
        view.tableView()->horizontalHeader()->setSectionHidden(Ui::CompanyListModel::PhoneColumn, true);
        std::unique_ptr<ListExportDialog> dialog(ListExportDialog::forCompanies(view, m_path));
        const QString file = m_dir.filePath("companies.csv");
        QVERIFY2(runExport(*dialog, file, ListExportDialog::Encoding::Utf8), qPrintable(dialog->statusLabel()->text()));
        const QList<QStringList> written = parseCsv(QString::fromUtf8(readBytes(file)));
        const QList<QStringList> shown = shownRows(*view.tableView());
        QCOMPARE(written.first(), QStringList({"Company", "Reading", "Contacts", "Prefecture", "City", "Industry"}));
        QCOMPARE(written.size(), shown.size());
        for (qsizetype row = 1; row < written.size(); ++row) {
            QCOMPARE(written.at(row).at(0), shown.at(row).at(0));
            // The number of contacts in plain digits, the value on screen (grouped) otherwise.
            QCOMPARE(QLocale().toString(written.at(row).at(2).toLongLong()), shown.at(row).at(2));
        }
    }

    // Sorted by a column other than the name, the company list exports in the order on screen:
    // the sorted column runs in the chosen direction, every row as the list shows it.
    void companyListInTheOrderShown_data()
    {
        QTest::addColumn<int>("sortColumn");
        QTest::addColumn<int>("order");
        QTest::addColumn<int>("csvColumn"); // the sorted column in the file (Phone is hidden)
        QTest::newRow("contacts, most first") << int(Ui::CompanyListModel::ContactsColumn) << int(Qt::DescendingOrder) << 2;
        QTest::newRow("contacts, fewest first") << int(Ui::CompanyListModel::ContactsColumn) << int(Qt::AscendingOrder) << 2;
        QTest::newRow("prefecture") << int(Ui::CompanyListModel::PrefectureColumn) << int(Qt::AscendingOrder) << 3;
        QTest::newRow("industry descending") << int(Ui::CompanyListModel::IndustryColumn) << int(Qt::DescendingOrder) << 5;
    }
    void companyListInTheOrderShown()
    {
        QFETCH(int, sortColumn);
        QFETCH(int, order);
        QFETCH(int, csvColumn);
        Ui::CompanyListView view(*m_db);
        view.show();
        QTRY_VERIFY(view.model()->rowCount() > 0 && !view.model()->isLoading());
        view.tableView()->horizontalHeader()->setSectionHidden(Ui::CompanyListModel::PhoneColumn, true);
        view.tableView()->sortByColumn(sortColumn, Qt::SortOrder(order));
        QTRY_VERIFY(!view.model()->isLoading());
        while (view.model()->canFetchMore({})) {
            view.model()->fetchMore({});
            QTRY_VERIFY(!view.model()->isLoading());
        }
        QCOMPARE(view.model()->order().order, Qt::SortOrder(order));

        std::unique_ptr<ListExportDialog> dialog(ListExportDialog::forCompanies(view, m_path));
        dialog->setPageSize(7); // several pages, each after the last row of the one before
        const QString file = m_dir.filePath(QString("companies-%1.csv").arg(QTest::currentDataTag()));
        QVERIFY2(runExport(*dialog, file, ListExportDialog::Encoding::Utf8), qPrintable(dialog->statusLabel()->text()));
        const QList<QStringList> written = parseCsv(QString::fromUtf8(readBytes(file)));
        const QList<QStringList> shown = shownRows(*view.tableView());
        QCOMPARE(written.first(), QStringList({"Company", "Reading", "Contacts", "Prefecture", "City", "Industry"}));
        QCOMPARE(written.size(), shown.size());
        QVERIFY2(written.size() > 5, qPrintable(QString("only %1 companies").arg(written.size() - 1)));
        for (qsizetype row = 1; row < written.size(); ++row) {
            QStringList texts = written.at(row);
            texts[2] = QLocale().toString(texts.at(2).toLongLong()); // plain digits in the file
            QCOMPARE(texts, shown.at(row));
        }

        // The sorted column runs in the chosen direction, and the file is not in name order.
        QStringList names;
        for (qsizetype row = 1; row < written.size(); ++row) {
            names << written.at(row).at(0);
            if (row == 1)
                continue;
            const QString previous = written.at(row - 1).at(csvColumn);
            const QString current = written.at(row).at(csvColumn);
            const bool inOrder = csvColumn == 2
                ? (order == Qt::AscendingOrder ? previous.toLongLong() <= current.toLongLong()
                                               : previous.toLongLong() >= current.toLongLong())
                : (order == Qt::AscendingOrder ? previous.toUtf8() <= current.toUtf8()
                                               : previous.toUtf8() >= current.toUtf8());
            QVERIFY2(inOrder, qPrintable(QString("row %1: %2 after %3").arg(row).arg(current, previous)));
        }
        auto byName = m_db->prepare("SELECT name FROM companies WHERE deleted_at IS NULL "
                                    "ORDER BY kizuna_name_key(name_reading, NULL, name, NULL), id");
        QVERIFY(byName.ok());
        QStringList nameOrder;
        while (*byName->step())
            nameOrder << byName->columnText(0);
        QCOMPARE(names.size(), nameOrder.size());
        QVERIFY(names != nameOrder);
    }

    void characterShiftJisLacksIsNamed()
    {
        // Through the exporter: the row, its record, the column and the character.
        const QString file = m_dir.filePath("lossy.csv");
        Ui::FixedRowsSource source({"Name", "Company"},
                                   {{"青木 さくら", "株式会社サンプル"}, {"𠮷田 太郎", "Müller GmbH"}});
        Io::ListExportOptions options;
        options.encoding = Io::TextEncoding::ShiftJis;
        auto written = Io::exportList(*m_db, source, file, options);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, ErrorKind::BadInput);
        QCOMPARE(written.error().message,
                 QString("row 2 (𠮷田 太郎), column \"Name\": \"𠮷\" (U+20BB7) cannot be written in Shift_JIS "
                         "(CP932); correct it or export as UTF-8"));
        QVERIFY(!QFileInfo::exists(file));
        // The same rows in UTF-8 are fine.
        Ui::FixedRowsSource again({"Name", "Company"}, {{"𠮷田 太郎", "Müller GmbH"}});
        QVERIFY(Io::exportList(*m_db, again, file).ok());
        QCOMPARE(readBytes(file), QByteArray("Name,Company\r\n𠮷田 太郎,Müller GmbH\r\n"));
    }

    void characterShiftJisLacksInTheDialog()
    {
        auto context = Model::changeContextFor(*m_db, "tester");
        Model::RecordStore store(*m_db, *context);
        auto id = store.insert(Model::entity(u"contact"),
                               {{"family_name", "髙橋"}, {"given_name", "Zoë"}, {"kind", "customer"},
                                {"email", "zzzz@example.jp"}});
        QVERIFY2(id.ok(), errorText(id).constData());
        auto view = arrangedList(); // sorted by e-mail descending: the new contact comes first
        const QString file = m_dir.filePath("with-umlaut.csv");
        QFile old(file);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an older export\r\n");
        old.close();
        std::unique_ptr<ListExportDialog> dialog(ListExportDialog::forContacts(*view, m_path));
        QVERIFY(!runExport(*dialog, file, ListExportDialog::Encoding::ShiftJis));
        QCOMPARE(dialog->statusLabel()->text(),
                 QString("Not exported: row 1 (髙橋 Zoë), column \"Name\": \"ë\" (U+00EB) cannot be written in "
                         "Shift_JIS (CP932); correct it or export as UTF-8"));
        QCOMPARE(readBytes(file), QByteArray("an older export\r\n")); // left as it was
        QCOMPARE(dialog->result(), 0); // not accepted: still open to choose UTF-8
        QVERIFY(runExport(*dialog, file, ListExportDialog::Encoding::Utf8));
        QVERIFY(readBytes(file).contains("髙橋 Zoë"));
        QVERIFY(store.remove(Model::entity(u"contact"), *id).ok());
    }

    // "Protect against spreadsheet formulas": on by default, a formula gets a leading ' and a
    // phone number does not; off, both are written as they are (and the choice is remembered).
    void formulaProtectionCheckbox()
    {
        const QStringList headers = {"Name", "Phone"};
        const QList<QStringList> rows = {{"=HYPERLINK(\"http://x.example\")", "+81 3-1234-5678"}};
        const auto source = [&] { return std::make_unique<Ui::FixedRowsSource>(headers, rows); };
        const QString file = m_dir.filePath("formulas.csv");
        const QByteArray raw = "Name,Phone\r\n\"=HYPERLINK(\"\"http://x.example\"\")\",+81 3-1234-5678\r\n";
        const QByteArray safe = "Name,Phone\r\n\"'=HYPERLINK(\"\"http://x.example\"\")\",+81 3-1234-5678\r\n";
        {
            ListExportDialog dialog(m_path, source, {}, 0, "formulas");
            auto *box = dialog.findChild<QCheckBox *>("exportFormulaProtection");
            QVERIFY(box && !box->isHidden());
            QCOMPARE(box->text(), QString("Protect against spreadsheet formulas"));
            QVERIFY(box->isChecked());
            QVERIFY(runExport(dialog, file, ListExportDialog::Encoding::Utf8));
            QCOMPARE(readBytes(file), safe);
            QCOMPARE(parseCsv(QString::fromUtf8(readBytes(file))), QList<QStringList>({headers}) + rows);
        }
        {
            ListExportDialog dialog(m_path, source, {}, 0, "formulas");
            auto *box = dialog.findChild<QCheckBox *>("exportFormulaProtection");
            QVERIFY(box->isChecked());
            box->click();
            QVERIFY(!dialog.formulaProtection());
            QVERIFY(runExport(dialog, file, ListExportDialog::Encoding::Utf8));
            QCOMPARE(readBytes(file), raw);
        }
        ListExportDialog dialog(m_path, source, {}, 0, "formulas");
        QVERIFY(!dialog.formulaProtection()); // remembered
        dialog.setFormulaProtection(true);
        QVERIFY(runExport(dialog, file, ListExportDialog::Encoding::Utf8));
        QCOMPARE(readBytes(file), safe);
    }

    void cancelLeavesNoFile()
    {
        auto view = arrangedList();
        std::unique_ptr<ListExportDialog> dialog(ListExportDialog::forContacts(*view, m_path));
        dialog->setPageSize(1); // many pages, a cancel check after each
        const QString file = m_dir.filePath("cancelled.csv");
        dialog->setFileName(file);
        QSignalSpy exported(dialog.get(), &ListExportDialog::exported);
        QSignalSpy failed(dialog.get(), &ListExportDialog::exportFailed);
        QVERIFY(dialog->start());
        QVERIFY(dialog->isRunning());
        dialog->reject(); // Cancel while running stops the export, the dialog stays
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(exported.count(), 0);
        QCOMPARE(failed.first().first().toString(), QString("Export cancelled; no file was written."));
        QVERIFY(!QFileInfo::exists(file));
        const QStringList leftovers = QDir(m_dir.path()).entryList({"cancelled*"});
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(", ")));
    }
};

QTEST_MAIN(tst_ListExport)
#include "tst_listexport.moc"
