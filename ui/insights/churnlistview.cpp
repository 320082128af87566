// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/insights/churnlistview.h"

#include "core/io/csvwriter.h"
#include "ui/common/errorreport.h"
#include "ui/dashboard/dashboardformat.h"
#include "ui/insights/churnfilterproxy.h"
#include "ui/insights/churnlistmodel.h"
#include "ui/insights/insightsroles.h"

#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <atomic>
#include <cmath>
#include <utility>

namespace Kizuna::Ui {

using ChurnResult = Result<Analytics::ChurnRiskList>;

// Written by the worker, read by the progress timer: which stage, and how far (‰, −1 unknown).
struct ChurnListView::Progress
{
    std::atomic<int> stage{static_cast<int>(Analytics::ChurnListStage::PopulationModel)};
    std::atomic<int> permille{-1};
};

ChurnListView::ChurnListView(QString databasePath, QWidget *parent)
    : QWidget(parent)
    , m_databasePath(std::move(databasePath))
    , m_cancel(Storage::makeCancelFlag())
    , m_model(new ChurnListModel(this))
    , m_proxy(new ChurnFilterProxy(this))
    , m_riskLabel(new QLabel(this))
    , m_riskFilter(new QComboBox(this))
    , m_revenueLabel(new QLabel(this))
    , m_minimumRevenue(new QDoubleSpinBox(this))
    , m_refreshButton(new QPushButton(this))
    , m_exportButton(new QPushButton(this))
    , m_status(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QPushButton(this))
    , m_table(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_progressTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("churnListView"));
    m_proxy->setSourceModel(m_model);
    m_riskFilter->setObjectName(QStringLiteral("churnRiskFilter"));
    for (int i = 0; i < 3; ++i)
        m_riskFilter->addItem(QString());
    m_riskFilter->setCurrentIndex(1); // high and medium
    m_riskLabel->setBuddy(m_riskFilter);
    m_minimumRevenue->setObjectName(QStringLiteral("churnMinimumRevenue"));
    m_minimumRevenue->setRange(0, 1e12);
    m_minimumRevenue->setDecimals(0);
    m_minimumRevenue->setSingleStep(1000);
    m_minimumRevenue->setGroupSeparatorShown(true);
    m_revenueLabel->setBuddy(m_minimumRevenue);
    m_refreshButton->setShortcut(QKeySequence::Refresh);
    m_cancelButton->setObjectName(QStringLiteral("churnCancel"));
    m_progress->setMaximumWidth(240);
    m_progress->setTextVisible(false);
    m_status->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("churnTable"));
    m_table->setModel(m_proxy);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(ChurnListModel::NameColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ChurnListModel::ValueAtRiskColumn, Qt::DescendingOrder);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_riskLabel);
    filters->addWidget(m_riskFilter);
    filters->addSpacing(12);
    filters->addWidget(m_revenueLabel);
    filters->addWidget(m_minimumRevenue);
    filters->addStretch(1);
    filters->addWidget(m_refreshButton);
    filters->addWidget(m_exportButton);
    auto *progress = new QHBoxLayout;
    progress->addWidget(m_status, 1);
    progress->addWidget(m_progress);
    progress->addWidget(m_cancelButton);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(progress);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);

    connect(m_riskFilter, &QComboBox::currentIndexChanged, this, &ChurnListView::applyFilter);
    connect(m_minimumRevenue, &QDoubleSpinBox::valueChanged, this, &ChurnListView::applyFilter);
    connect(m_refreshButton, &QPushButton::clicked, this, &ChurnListView::reload);
    connect(m_exportButton, &QPushButton::clicked, this, &ChurnListView::exportToFile);
    connect(m_cancelButton, &QPushButton::clicked, this, &ChurnListView::cancel);
    connect(m_table, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT contactActivated(index.data(ContactIdRole).toString());
    });
    connect(m_progressTimer, &QTimer::timeout, this, &ChurnListView::showProgress);
    m_progressTimer->setInterval(100);

    retranslate();
    applyFilter();
    setLoading(false);
}

ChurnListView::~ChurnListView()
{
    m_cancel->store(true); // a running worker stops at its next check; its result is dropped
}

void ChurnListView::retranslate()
{
    m_riskLabel->setText(tr("&Show:"));
    m_riskFilter->setItemText(0, tr("High churn risk"));
    m_riskFilter->setItemData(0, static_cast<int>(Analytics::ChurnRiskClass::High));
    m_riskFilter->setItemText(1, tr("High and medium churn risk"));
    m_riskFilter->setItemData(1, static_cast<int>(Analytics::ChurnRiskClass::Medium));
    m_riskFilter->setItemText(2, tr("All customers"));
    m_riskFilter->setItemData(2, static_cast<int>(Analytics::ChurnRiskClass::Low));
    m_riskFilter->setToolTip(tr("Churn risk is high from 70 %, medium from 40 %."));
    m_revenueLabel->setText(tr("Spent at &least:"));
    m_minimumRevenue->setToolTip(tr("Only customers whose purchases so far add up to at least this much."));
    m_refreshButton->setText(tr("&Refresh"));
    m_refreshButton->setToolTip(tr("Compute the list again (F5)"));
    m_exportButton->setText(tr("E&xport…"));
    m_exportButton->setToolTip(tr("Save the rows shown as a CSV file"));
    m_cancelButton->setText(tr("Cancel"));
    m_table->setToolTip(tr("Press Return or double-click to open the contact."));
    updateSummary();
    if (m_loading)
        showProgress();
}

void ChurnListView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ChurnListView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce && !m_loading)
        reload();
}

QString ChurnListView::statusText() const
{
    return m_status->text();
}

QString ChurnListView::contactIdAt(int row) const
{
    return m_proxy->index(row, 0).data(ContactIdRole).toString();
}

void ChurnListView::setLoading(bool loading)
{
    m_loading = loading;
    m_progress->setVisible(loading);
    m_cancelButton->setVisible(loading);
    m_cancelButton->setEnabled(loading);
    m_refreshButton->setEnabled(!loading);
    if (loading)
        m_progressTimer->start();
    else
        m_progressTimer->stop();
}

void ChurnListView::reload()
{
    m_cancel->store(true);
    m_cancel = Storage::makeCancelFlag();
    m_progressState = std::make_shared<Progress>();
    const quint64 generation = ++m_generation;
    setLoading(true);
    showProgress();
    auto *watcher = new QFutureWatcher<ChurnResult>(this);
    connect(watcher, &QFutureWatcher<ChurnResult>::finished, this, [this, watcher, generation] {
        finished(generation, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(Storage::runInBackground<Analytics::ChurnRiskList>(
        m_databasePath, m_cancel,
        [options = m_options, progress = m_progressState](Storage::Database &db, const std::atomic<bool> &cancel) {
            return Analytics::computeChurnRiskList(
                db, options, &cancel, [progress](Analytics::ChurnListStage stage, double fraction) {
                    progress->permille = fraction < 0 ? -1 : static_cast<int>(std::lround(fraction * 1000));
                    progress->stage = static_cast<int>(stage);
                });
        }));
}

void ChurnListView::cancel()
{
    if (!m_loading)
        return;
    m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

void ChurnListView::showProgress()
{
    if (!m_loading || !m_progressState || !m_cancelButton->isEnabled())
        return;
    const auto stage = static_cast<Analytics::ChurnListStage>(m_progressState->stage.load());
    const int permille = m_progressState->permille.load();
    switch (stage) {
    case Analytics::ChurnListStage::PopulationModel:
        m_status->setText(tr("Computing today's model of all customers (once a day; this can take a while on a "
                             "big file)…"));
        break;
    case Analytics::ChurnListStage::Purchases:
        m_status->setText(tr("Reading purchases…"));
        break;
    case Analytics::ChurnListStage::Scoring:
        m_status->setText(tr("Scoring customers…"));
        break;
    }
    if (permille < 0) {
        m_progress->setRange(0, 0); // busy
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(permille);
    }
}

void ChurnListView::finished(quint64 generation, const ChurnResult &result)
{
    if (generation != m_generation)
        return; // an earlier run's result: stale
    setLoading(false);
    if (!result.ok()) {
        if (result.error().kind == ErrorKind::Cancelled) {
            m_status->setText(tr("Cancelled. Refresh (F5) to compute the list."));
            return;
        }
        m_status->setText(tr("Could not compute the churn risk list: %1").arg(result.error().message));
        Q_EMIT errorOccurred(result.error().message);
        return;
    }
    m_loadedOnce = true;
    m_asOf = result->asOf;
    m_model->setCustomers(result->customers);
    m_status->clear();
    updateSummary();
    Q_EMIT loaded();
}

void ChurnListView::applyFilter()
{
    m_proxy->setMinimumRiskClass(static_cast<Analytics::ChurnRiskClass>(m_riskFilter->currentData().toInt()));
    m_proxy->setMinimumRevenue(m_minimumRevenue->value());
    updateSummary();
}

void ChurnListView::updateSummary()
{
    if (!m_loadedOnce) {
        m_summary->clear();
        return;
    }
    m_summary->setText(tr("%1 of %n customer(s) shown, as of %2. Ranked by value at risk: revenue × churn risk.",
                          nullptr, m_model->rowCount())
                           .arg(DashboardFormat::count(m_proxy->rowCount()), DashboardFormat::date(m_asOf)));
}

Status ChurnListView::exportCsv(QIODevice &device) const
{
    Io::CsvWriter writer(device);
    const auto header = [this](int column) { return m_model->headerData(column, Qt::Horizontal).toString(); };
    writer.writeRow({tr("Contact ID"), header(ChurnListModel::NameColumn), tr("Churn risk class"),
                     header(ChurnListModel::RiskColumn), header(ChurnListModel::AliveColumn),
                     header(ChurnListModel::DaysColumn), header(ChurnListModel::OrdersColumn),
                     header(ChurnListModel::RevenueColumn), header(ChurnListModel::ValueAtRiskColumn),
                     header(ChurnListModel::ClvColumn)});
    const auto number = [](double value, int decimals) { return QString::number(value, 'f', decimals); };
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        const QModelIndex source = m_proxy->mapToSource(m_proxy->index(row, 0));
        const Analytics::ChurnCustomer &c = m_model->customer(source.row());
        writer.writeRow({c.contactId, c.name, Analytics::churnRiskClassName(c.churn.riskClass),
                         number(c.churn.value, 4), number(c.churn.probabilityAlive, 4),
                         QString::number(c.daysSinceLastPurchase), QString::number(c.orders), number(c.revenue, 2),
                         number(c.valueAtRisk, 2), number(c.clv, 2)});
    }
    return writer.finish();
}

void ChurnListView::exportToFile()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Churn Risk List"),
                                                      tr("churn-risk") + QStringLiteral(".csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    Status written = file.open(QIODevice::WriteOnly) ? exportCsv(file)
                                                     : Status(Error::storage(file.errorString()));
    if (written.ok() && !file.commit())
        written = Error::storage(file.errorString());
    if (!written.ok())
        reportError(this, tr("Export Churn Risk List"),
                    tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), written.error().message));
}

} // namespace Kizuna::Ui
