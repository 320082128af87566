// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/contactinsights.h"
#include "core/storage/databaseopener.h"
#include "tests/core/insightsfixture.h"
#include "ui/common/displayformat.h"
#include "ui/insights/churnfilterproxy.h"
#include "ui/insights/churnlistmodel.h"
#include "ui/insights/churnlistview.h"
#include "ui/insights/insightsroles.h"

#include <QBuffer>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace Kizuna;
using Ui::ChurnListModel;

namespace {
const QDate AsOf(2025, 6, 30);

// BG/NBD P(alive), time in weeks (Fader, Hardie & Lee 2005, eq. 8).
double pAlive(const Analytics::BgNbdParams &p, double x, double txDays, double tDays)
{
    return 1 / (1 + p.a / (p.b + x - 1) * std::pow((p.alpha + tDays / 7) / (p.alpha + txDays / 7), p.r + x));
}
} // namespace

class tst_ChurnListView : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    Analytics::BgNbdParams m_params;

    Analytics::InsightsOptions options() const
    {
        Analytics::InsightsOptions o;
        o.asOf = AsOf;
        return o;
    }

    int rowOf(const Ui::ChurnListView &view, const QString &id) const
    {
        for (int row = 0; row < view.proxy()->rowCount(); ++row) {
            if (view.contactIdAt(row) == id)
                return row;
        }
        return -1;
    }

    QVariant value(const Ui::ChurnListView &view, int row, int column, int role = Ui::SortRole) const
    {
        return view.proxy()->index(row, column).data(role);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("churn.kizuna"));
        auto db = Storage::DatabaseOpener::open(m_path);
        QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
        QVERIFY((*db)->exec(QString::fromUtf8(InsightsFixture::Sql)).ok());
        auto model = Analytics::populationModel(**db, AsOf);
        QVERIFY(model.ok() && model->bgnbd);
        m_params = *model->bgnbd;
    }

    void listsCustomersByValueAtRisk()
    {
        Ui::ChurnListView view(m_path);
        view.setOptions(options());
        view.resize(1000, 600);
        QSignalSpy loaded(&view, &Ui::ChurnListView::loaded);
        view.show(); // the first show computes the list
        QVERIFY(view.isLoading());
        QVERIFY(view.cancelButton()->isVisible());
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
        QVERIFY(!view.isLoading());
        QVERIFY(!view.cancelButton()->isVisible());
        QCOMPARE(view.model()->rowCount(), 10);

        view.riskFilter()->setCurrentIndex(2); // all customers
        QCOMPARE(view.proxy()->rowCount(), 10);
        // c06: 9000 spent, silent for 90 days — longer than 11 of the fixture's 12 repeat gaps —
        // so 9000 × 11/12 = 8250 at risk, the most; then c08 and c10, silent longer than every gap
        // (1500 and 1000 × 1).
        QCOMPARE(view.contactIdAt(0), QStringLiteral("c06"));
        QCOMPARE(value(view, 0, ChurnListModel::NameColumn, Qt::DisplayRole).toString(), QStringLiteral("Fumi Fujii"));
        QCOMPARE(value(view, 0, ChurnListModel::ValueAtRiskColumn, Qt::DisplayRole).toString(),
                 Ui::DisplayFormat::money(8250));
        QCOMPARE(value(view, 0, ChurnListModel::DaysColumn, Qt::DisplayRole).toString(), QStringLiteral("90"));
        QCOMPARE(value(view, 0, ChurnListModel::OrdersColumn, Qt::DisplayRole).toString(), QStringLiteral("5"));
        QVERIFY(value(view, 0, ChurnListModel::RiskColumn, Qt::DisplayRole).toString().contains(
            Analytics::churnRiskClassName(Analytics::ChurnRiskClass::High)));

        // c05 bought on two days (x = 1), 77 days apart, first 107 days ago, 30 days silent: no
        // repeat gap is shorter than 30 days, so its risk is 1 − P(alive) alone.
        const int c05 = rowOf(view, QStringLiteral("c05"));
        QVERIFY(c05 >= 0);
        const double alive = pAlive(m_params, 1, 77, 107);
        QVERIFY(std::fabs(value(view, c05, ChurnListModel::AliveColumn).toDouble() - alive) < 1e-12);
        QCOMPARE(value(view, c05, ChurnListModel::AliveColumn, Qt::DisplayRole).toString(),
                 QStringLiteral("%1 %").arg(std::lround(alive * 100)));
        QVERIFY(std::fabs(value(view, c05, ChurnListModel::ValueAtRiskColumn).toDouble() - 2500 * (1 - alive)) < 1e-6);
        QCOMPARE(value(view, c05, ChurnListModel::ValueAtRiskColumn, Qt::DisplayRole).toString(),
                 Ui::DisplayFormat::money(2500 * (1 - alive)));

        // Ranked: every row's value at risk is at most the one above.
        for (int row = 1; row < view.proxy()->rowCount(); ++row)
            QVERIFY(value(view, row, ChurnListModel::ValueAtRiskColumn).toDouble()
                    <= value(view, row - 1, ChurnListModel::ValueAtRiskColumn).toDouble());
        QVERIFY(view.statusText().isEmpty());
    }

    void sortsAndFilters()
    {
        Ui::ChurnListView view(m_path);
        view.setOptions(options());
        QSignalSpy loaded(&view, &Ui::ChurnListView::loaded);
        view.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);

        // Default: high and medium risk only. The one-time buyers silent longer than every repeat
        // gap (c07, c09, c10) and c08 and c06 are high; c04 (20 days, no shorter gap) is low.
        QCOMPARE(view.riskFilter()->currentIndex(), 1);
        for (const char *id : {"c06", "c07", "c08", "c09", "c10"})
            QVERIFY2(rowOf(view, QString::fromLatin1(id)) >= 0, id);
        QCOMPARE(rowOf(view, QStringLiteral("c04")), -1);
        for (int row = 0; row < view.proxy()->rowCount(); ++row)
            QVERIFY(value(view, row, ChurnListModel::RiskColumn).toDouble() >= Analytics::MediumChurnRisk);

        view.riskFilter()->setCurrentIndex(0); // high only
        for (int row = 0; row < view.proxy()->rowCount(); ++row)
            QVERIFY(value(view, row, ChurnListModel::RiskColumn).toDouble() >= Analytics::HighChurnRisk);

        view.riskFilter()->setCurrentIndex(2); // all
        view.minimumRevenue()->setValue(5000);  // c06 9000, c02 8000, c03 6000
        QCOMPARE(view.proxy()->rowCount(), 3);
        view.minimumRevenue()->setValue(0);

        view.table()->sortByColumn(ChurnListModel::DaysColumn, Qt::AscendingOrder);
        QCOMPARE(view.contactIdAt(0), QStringLiteral("c02")); // bought yesterday
        QCOMPARE(view.contactIdAt(9), QStringLiteral("c10")); // a year ago
        view.table()->sortByColumn(ChurnListModel::RevenueColumn, Qt::DescendingOrder);
        QCOMPARE(view.contactIdAt(0), QStringLiteral("c06"));
        QCOMPARE(view.contactIdAt(1), QStringLiteral("c02"));
    }

    void returnAndDoubleClickOpenTheContact()
    {
        Ui::ChurnListView view(m_path);
        view.setOptions(options());
        view.resize(1000, 600);
        QSignalSpy loaded(&view, &Ui::ChurnListView::loaded);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
        QSignalSpy activated(&view, &Ui::ChurnListView::contactActivated);

        QTableView *table = view.table();
        table->setFocus();
        table->setCurrentIndex(view.proxy()->index(0, 0));
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.takeFirst().first().toString(), QStringLiteral("c06"));

        const QModelIndex second = view.proxy()->index(1, ChurnListModel::NameColumn);
        const QPoint at = table->visualRect(second).center();
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.first().first().toString(), view.contactIdAt(1));
        QVERIFY(view.contactIdAt(1) != QStringLiteral("c06"));
    }

    void cancelStopsTheComputation()
    {
        // A file whose population model takes seconds to compute (20,000 customers' orders), so
        // that Cancel arrives while the worker is at it.
        const QString large = m_dir.filePath(QStringLiteral("large.kizuna"));
        {
            auto db = Storage::DatabaseOpener::open(large);
            QVERIFY(db.ok());
            QVERIFY((*db)->exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
            QVERIFY((*db)->exec(QString::fromUtf8(InsightsFixture::LargeOrdersSql)).ok());
        }
        Analytics::clearPopulationModelMemoryCache();
        Ui::ChurnListView view(large);
        view.setOptions(options());
        QSignalSpy loaded(&view, &Ui::ChurnListView::loaded);
        view.reload();
        QVERIFY(view.isLoading());
        QVERIFY(view.statusText().contains("model"));
        view.cancel();
        QCOMPARE(view.statusText(), QStringLiteral("Cancelling…"));
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 15000);
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(view.model()->rowCount(), 0);
        QVERIFY(view.statusText().startsWith("Cancelled"));
        auto db = Storage::DatabaseOpener::open(large);
        QVERIFY(db.ok());
        auto stored = (*db)->queryInt(QStringLiteral("SELECT count(*) FROM settings WHERE key = '%1'")
                                          .arg(QString::fromLatin1(Analytics::PopulationModel::SettingsKey)));
        QVERIFY(stored.ok());
        QCOMPARE(*stored, std::int64_t{0}); // the model was not finished, so not stored
    }

    void computesAgainAfterACancel()
    {
        Ui::ChurnListView view(m_path);
        view.setOptions(options());
        QSignalSpy loaded(&view, &Ui::ChurnListView::loaded);
        view.reload();
        view.cancel();
        QTRY_VERIFY_WITH_TIMEOUT(!view.isLoading(), 15000);
        // On a small file the first run may finish before it sees the cancel: only the second
        // run's result counts here.
        loaded.clear();
        view.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
        QCOMPARE(view.model()->rowCount(), 10);
        QVERIFY(view.statusText().isEmpty());
    }

    void exportsTheRowsShown()
    {
        Ui::ChurnListView view(m_path);
        view.setOptions(options());
        QSignalSpy loaded(&view, &Ui::ChurnListView::loaded);
        view.reload();
        QTRY_COMPARE_WITH_TIMEOUT(loaded.count(), 1, 15000);
        view.riskFilter()->setCurrentIndex(2);
        view.minimumRevenue()->setValue(5000);
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        QVERIFY(view.exportCsv(buffer).ok());
        const QList<QByteArray> lines = buffer.data().split('\n');
        QCOMPARE(lines.size(), 5); // header, 3 rows, nothing after the last CRLF
        QVERIFY(lines[0].startsWith("Contact ID,Name,"));
        QVERIFY(lines[1].startsWith("c06,Fumi Fujii,High,0.9167,"));
        QVERIFY(lines[1].contains(",90,5,9000.00,8250.00,"));
    }
};

QTEST_MAIN(tst_ChurnListView)
#include "tst_churnlistview.moc"
