// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dashboard/dashboardview.h"

#include "core/segments/segmentmembers.h"
#include "core/segments/segmentrepository.h"
#include "ui/common/errorreport.h"
#include "ui/dashboard/charts/aovrepeatchart.h"
#include "ui/dashboard/charts/calibrationchart.h"
#include "ui/dashboard/charts/clvchart.h"
#include "ui/dashboard/charts/cohortchart.h"
#include "ui/dashboard/charts/funnelchart.h"
#include "ui/dashboard/charts/leadschart.h"
#include "ui/dashboard/charts/lostreasonschart.h"
#include "ui/dashboard/charts/npschart.h"
#include "ui/dashboard/charts/pipelinechart.h"
#include "ui/dashboard/charts/revenuechart.h"
#include "ui/dashboard/charts/rfmchart.h"
#include "ui/dashboard/dashboardformat.h"
#include "ui/dashboard/dashboardreport.h"
#include "ui/dashboard/drilldowndialog.h"
#include "ui/dashboard/kpitile.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFutureWatcher>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace Kizuna::Ui {

namespace {

enum Preset { ThisMonth, LastMonth, ThisQuarter, Last12Months, ThisYear, Custom };

Analytics::Period presetPeriod(int preset, QDate today)
{
    const QDate monthStart(today.year(), today.month(), 1);
    switch (preset) {
    case ThisMonth:
        return { monthStart, today };
    case LastMonth:
        return { monthStart.addMonths(-1), monthStart.addDays(-1) };
    case ThisQuarter:
        return { QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1), today };
    case Last12Months:
        return { monthStart.addMonths(-11), today };
    case ThisYear:
        return { QDate(today.year(), 1, 1), today };
    default:
        return {};
    }
}

using DashboardResult = Result<DashboardComputation>;

// The background job: the saved segments, the chosen segment's members in a temporary table of
// the job's connection (as of the period's last day), then the dashboard limited to them.
Result<DashboardComputation> computeForSegment(Storage::Database &db, Analytics::DashboardRequest request,
                                               const QString &segmentId, const std::atomic<bool> &cancel)
{
    DashboardComputation computation;
    auto segments = Segments::SegmentRepository::list(db);
    if (!segments.ok())
        return segments.error();
    for (const Segments::Segment &segment : std::as_const(*segments))
        computation.segments.append({ segment.id, segment.name });
    Segments::SegmentTable members;
    if (!segmentId.isEmpty()) {
        auto segment = Segments::SegmentRepository::find(db, segmentId);
        if (!segment.ok())
            return segment.error();
        auto rule = segment->rule();
        if (!rule.ok())
            return rule.error();
        auto table = Segments::SegmentMembers(db, request.period.last).materialise(*rule, &cancel);
        if (!table.ok())
            return table.error();
        members = std::move(*table);
        request.contactTable = members.name();
        computation.segmentId = segment->id;
        computation.segmentName = segment->name;
    }
    auto data = Analytics::computeDashboard(db, request, &cancel);
    if (!data.ok())
        return data.error();
    computation.data = std::move(*data);
    computation.data.request.contactTable.clear(); // the table goes with this connection
    return computation;
}

} // namespace

DashboardView::DashboardView(const QString &databasePath, QWidget *parent)
    : QWidget(parent)
    , m_databasePath(databasePath)
    , m_today(QDate::currentDate())
    , m_cancel(Storage::makeCancelFlag())
    , m_debounce(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createFilterBar());
    layout->addWidget(createContent(), 1);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(300);
    connect(m_debounce, &QTimer::timeout, this, &DashboardView::refresh);
    retranslate();
    applyPreset(Last12Months);
}

DashboardView::~DashboardView()
{
    m_cancel->store(true);
}

QWidget *DashboardView::createFilterBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("dashboardFilterBar"));
    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(12, 8, 12, 8);
    m_preset = new QComboBox(bar);
    m_fromLabel = new QLabel(bar);
    m_from = new QDateEdit(bar);
    m_toLabel = new QLabel(bar);
    m_to = new QDateEdit(bar);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_ownerLabel = new QLabel(bar);
    m_owner = new QComboBox(bar);
    m_owner->setMinimumContentsLength(14);
    m_owner->addItem(QString(), QString());
    m_segmentLabel = new QLabel(bar);
    m_segment = new QComboBox(bar);
    m_segment->setObjectName(QStringLiteral("dashboardSegment"));
    m_segment->setMinimumContentsLength(14);
    m_segment->addItem(QString(), QString());
    m_progress = new QProgressBar(bar);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_status = new QLabel(bar);
    m_status->setStyleSheet(QStringLiteral("color: #7a8591;"));
    m_export = new QPushButton(bar);
    layout->addWidget(m_preset);
    layout->addWidget(m_fromLabel);
    layout->addWidget(m_from);
    layout->addWidget(m_toLabel);
    layout->addWidget(m_to);
    layout->addSpacing(16);
    layout->addWidget(m_ownerLabel);
    layout->addWidget(m_owner);
    layout->addSpacing(16);
    layout->addWidget(m_segmentLabel);
    layout->addWidget(m_segment);
    layout->addSpacing(16);
    layout->addWidget(m_progress);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_export);

    connect(m_preset, &QComboBox::activated, this, &DashboardView::applyPreset);
    connect(m_from, &QDateEdit::dateChanged, this, &DashboardView::periodEdited);
    connect(m_to, &QDateEdit::dateChanged, this, &DashboardView::periodEdited);
    connect(m_owner, &QComboBox::activated, this, &DashboardView::refresh);
    connect(m_segment, &QComboBox::activated, this, &DashboardView::refresh);
    connect(m_export, &QPushButton::clicked, this, &DashboardView::askExportReport);
    return bar;
}

QWidget *DashboardView::createContent()
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(scroll);
    content->setObjectName(QStringLiteral("dashboardContent"));
    content->setStyleSheet(QStringLiteral("#dashboardContent { background: #f5f7fa; }"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(12);
    auto *tiles = new QGridLayout;
    tiles->setSpacing(8);
    createTiles(tiles);
    layout->addLayout(tiles);
    auto *charts = new QGridLayout;
    charts->setSpacing(12);
    createCharts(charts);
    layout->addLayout(charts);
    layout->addStretch(1);
    scroll->setWidget(content);
    return scroll;
}

void DashboardView::createTiles(QGridLayout *grid)
{
    using Kind = KpiTile::Kind;
    const QList<std::tuple<Kpi, Kind, bool>> tiles {
        { Kpi::Revenue, Kind::Money, false },      { Kpi::Orders, Kind::Count, false },
        { Kpi::Aov, Kind::Money, false },          { Kpi::ActiveCustomers, Kind::Count, false },
        { Kpi::NewCustomers, Kind::Count, false }, { Kpi::RepeatRate, Kind::Rate, false },
        { Kpi::RetentionRate, Kind::Rate, false }, { Kpi::CrossSellRate, Kind::Rate, false },
        { Kpi::NewLeads, Kind::Count, false },     { Kpi::LeadConversionRate, Kind::Rate, false },
        { Kpi::WinRate, Kind::Rate, false },       { Kpi::PipelineValue, Kind::Money, false },
        { Kpi::SalesCycle, Kind::Days, true },     { Kpi::Nps, Kind::Points, false },
        { Kpi::Cac, Kind::Money, true },           { Kpi::HistoricLtv, Kind::Money, false }
    };
    constexpr int Columns = 8;
    for (int i = 0; i < tiles.size(); ++i) {
        const auto &[kpi, kind, lowerIsBetter] = tiles.at(i);
        auto *tile = new KpiTile(kpi, kind, lowerIsBetter, this);
        grid->addWidget(tile, i / Columns, i % Columns);
        m_tiles.append(tile);
    }
}

void DashboardView::createCharts(QGridLayout *grid)
{
    m_charts = { new RevenueChart(this),     new LeadsChart(this),      new FunnelChart(this),
                 new LostReasonsChart(this), new PipelineChart(this),   new AovRepeatChart(this),
                 new CohortChart(this),      new NpsChart(this),        new RfmChart(this),
                 new ClvChart(this),         new CalibrationChart(this) };
    for (int i = 0; i < m_charts.size(); ++i) {
        ChartWidget *chart = m_charts.at(i);
        // An odd last chart takes the whole row.
        const bool alone = i == m_charts.size() - 1 && i % 2 == 0;
        grid->addWidget(chart, i / 2, i % 2, 1, alone ? 2 : 1);
        connect(chart, &ChartWidget::drillDownRequested, this, &DashboardView::openDrillDown);
    }
    // The heat map and the model check need more room.
    m_charts.at(6)->setMinimumHeight(380);
    for (int column = 0; column < 2; ++column)
        grid->setColumnStretch(column, 1);
}

KpiTile *DashboardView::tile(Kpi kpi) const
{
    for (KpiTile *t : m_tiles) {
        if (t->kpi() == kpi)
            return t;
    }
    return nullptr;
}

Analytics::Period DashboardView::period() const
{
    return { m_from->date(), m_to->date() };
}

void DashboardView::setPeriod(const Analytics::Period &period)
{
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(period.first);
        m_to->setDate(period.last);
    }
    m_preset->setCurrentIndex(Custom);
    for (int preset = ThisMonth; preset < Custom; ++preset) {
        const auto candidate = presetPeriod(preset, m_today);
        if (candidate.first == period.first && candidate.last == period.last)
            m_preset->setCurrentIndex(preset);
    }
    refresh();
}

QString DashboardView::ownerId() const
{
    return m_owner->currentData().toString();
}

void DashboardView::setOwnerId(const QString &ownerId)
{
    int index = m_owner->findData(ownerId);
    if (index < 0) {
        // Not listed yet (the list arrives with the first result): keep it selectable.
        m_owner->addItem(ownerId, ownerId);
        index = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(index);
    refresh();
}

QString DashboardView::segmentId() const
{
    return m_segment->currentData().toString();
}

void DashboardView::setSegmentId(const QString &segmentId)
{
    int index = m_segment->findData(segmentId);
    if (index < 0) {
        // Not listed yet (the list arrives with the next result): keep it selectable.
        m_segment->addItem(segmentId, segmentId);
        index = m_segment->count() - 1;
    }
    m_segment->setCurrentIndex(index);
    refresh();
}

void DashboardView::setToday(QDate today)
{
    m_today = today;
}

void DashboardView::setDatabasePath(const QString &path)
{
    m_databasePath = path;
    m_data.reset();
    m_dataSegmentId.clear();
    m_dataSegmentName.clear();
    refresh();
}

void DashboardView::applyPreset(int preset)
{
    if (preset == Custom)
        return;
    const auto period = presetPeriod(preset, m_today);
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(period.first);
        m_to->setDate(period.last);
    }
    m_preset->setCurrentIndex(preset);
    refresh();
}

void DashboardView::periodEdited()
{
    m_preset->setCurrentIndex(Custom);
    m_debounce->start();
}

void DashboardView::refresh()
{
    m_debounce->stop();
    m_dirty = true;
    if (isVisible())
        start();
}

void DashboardView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        start();
}

void DashboardView::start()
{
    m_dirty = false;
    m_cancel->store(true); // the running job (if any) stops at its next check
    m_cancel = Storage::makeCancelFlag();
    const quint64 generation = ++m_generation;
    Analytics::DashboardRequest request { period(), ownerId() };
    if (!request.period.isValid()) {
        m_status->setText(tr("The first day must be on or before the last day."));
        return;
    }
    setBusy(true);
    auto *watcher = new QFutureWatcher<DashboardResult>(this);
    connect(watcher, &QFutureWatcher<DashboardResult>::finished, this, [this, watcher, generation] {
        finished(generation, watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(Storage::runInBackground<DashboardComputation>(
        m_databasePath, m_cancel,
        [request, segment = segmentId()](Storage::Database &db, const std::atomic<bool> &cancel) {
            return computeForSegment(db, request, segment, cancel);
        }));
}

void DashboardView::finished(quint64 generation, const Result<DashboardComputation> &result)
{
    if (generation != m_generation)
        return; // a newer request is under way or done: this one is stale
    setBusy(false);
    if (!result.ok()) {
        if (result.error().kind == ErrorKind::Cancelled)
            return;
        m_status->setText(tr("Could not compute the dashboard: %1").arg(result.error().message));
        Q_EMIT errorOccurred(result.error().message);
        return;
    }
    updateSegments(result->segments);
    m_dataSegmentId = result->segmentId;
    m_dataSegmentName = result->segmentName;
    display(std::make_shared<const Analytics::DashboardData>(result->data));
}

void DashboardView::display(std::shared_ptr<const Analytics::DashboardData> dashboard)
{
    m_data = std::move(dashboard);
    updateOwners(*m_data);
    updateTiles(*m_data);
    for (ChartWidget *chart : std::as_const(m_charts))
        chart->setData(m_data, m_dataSegmentId); // drill-downs keep the segment
    m_status->setText(tr("%1 compared with %2 · computed in %3 s")
                          .arg(DashboardFormat::period(m_data->request.period),
                               DashboardFormat::period(m_data->request.period.previous()),
                               DashboardFormat::number(m_data->seconds, 2)));
    Q_EMIT dataReady();
}

void DashboardView::updateTiles(const Analytics::DashboardData &dashboard)
{
    const auto &c = dashboard.current;
    const auto &p = dashboard.previous;
    const auto n = [](qint64 v) { return std::optional<double>(static_cast<double>(v)); };
    tile(Kpi::Revenue)->setValues(c.revenue, p.revenue);
    tile(Kpi::Orders)->setValues(n(c.orders), n(p.orders));
    tile(Kpi::Aov)->setValues(c.aov, p.aov);
    tile(Kpi::ActiveCustomers)->setValues(n(c.activeCustomers), n(p.activeCustomers));
    tile(Kpi::NewCustomers)->setValues(n(c.newCustomers), n(p.newCustomers));
    tile(Kpi::RepeatRate)->setValues(c.repeatRate, p.repeatRate);
    tile(Kpi::RetentionRate)->setValues(c.retentionRate, p.retentionRate);
    tile(Kpi::CrossSellRate)->setValues(c.crossSellRate, p.crossSellRate);
    tile(Kpi::NewLeads)->setValues(n(c.newLeads), n(p.newLeads));
    tile(Kpi::LeadConversionRate)->setValues(c.leadConversionRate, p.leadConversionRate);
    tile(Kpi::WinRate)->setValues(c.winRate, p.winRate);
    KpiTile *pipeline = tile(Kpi::PipelineValue);
    pipeline->setValues(c.pipelineValue, std::nullopt, false);
    pipeline->setNote(
        tr("Weighted: %1 (now)").arg(DashboardFormat::money(c.weightedPipelineValue)));
    tile(Kpi::SalesCycle)->setValues(c.salesCycleDays, p.salesCycleDays);
    tile(Kpi::Nps)->setValues(c.nps, p.nps);
    tile(Kpi::Cac)->setValues(c.cac, p.cac);
    tile(Kpi::HistoricLtv)->setValues(c.historicLtv, p.historicLtv);
}

void DashboardView::updateOwners(const Analytics::DashboardData &dashboard)
{
    const QString selected = ownerId();
    const QSignalBlocker block(m_owner);
    while (m_owner->count() > 1)
        m_owner->removeItem(1);
    for (const auto &user : dashboard.users)
        m_owner->addItem(user.name, user.id);
    int index = m_owner->findData(selected);
    if (index < 0 && !selected.isEmpty()) {
        m_owner->addItem(selected, selected);
        index = m_owner->count() - 1;
    }
    m_owner->setCurrentIndex(std::max(0, index));
}

void DashboardView::updateSegments(const QList<std::pair<QString, QString>> &segments)
{
    const QString selected = segmentId();
    const QSignalBlocker block(m_segment);
    while (m_segment->count() > 1)
        m_segment->removeItem(1);
    for (const auto &[id, name] : segments)
        m_segment->addItem(name, id);
    int index = m_segment->findData(selected);
    if (index < 0 && !selected.isEmpty()) {
        m_segment->addItem(selected, selected);
        index = m_segment->count() - 1;
    }
    m_segment->setCurrentIndex(std::max(0, index));
}

void DashboardView::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    m_progress->setVisible(busy);
    if (busy)
        m_status->setText(tr("Calculating…"));
    m_export->setEnabled(!busy);
    Q_EMIT busyChanged(busy);
}

DrillDownDialog *DashboardView::openDrillDown(const DrillDown &drillDown)
{
    DrillDown shown = drillDown;
    if (!shown.segmentId.isEmpty() && !m_dataSegmentName.isEmpty())
        shown.title = tr("%1 · segment %2").arg(shown.title, m_dataSegmentName);
    auto *dialog = new DrillDownDialog(m_databasePath, shown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    Q_EMIT drillDownOpened(dialog);
    return dialog;
}

Status DashboardView::exportReport(const QString &path)
{
    if (!m_data)
        return Error::badInput(tr("The dashboard has not been computed yet."));
    return report().write(path);
}

DashboardReport DashboardView::report() const
{
    DashboardReport report(*m_data, m_tiles, m_charts);
    report.setSegmentName(m_dataSegmentName);
    return report;
}

QStringList DashboardView::reportHeader() const
{
    return m_data ? report().headerFacts() : QStringList();
}

void DashboardView::askExportReport()
{
    if (!m_data)
        return;
    const auto &p = m_data->request.period;
    const QString suggested = QDir::home().filePath(
        tr("KPI report %1 to %2.pdf")
            .arg(p.first.toString(Qt::ISODate), p.last.toString(Qt::ISODate)));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Report"), suggested,
                                                      tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return;
    if (auto status = exportReport(path); !status.ok())
        reportError(this, tr("Cannot Export Report"), status.error().message);
}

void DashboardView::retranslate()
{
    const int preset = m_preset->currentIndex();
    const QSignalBlocker block(m_preset);
    m_preset->clear();
    m_preset->addItems({ tr("This month"), tr("Last month"), tr("This quarter"),
                         tr("Last 12 months"), tr("This year"), tr("Custom") });
    m_preset->setCurrentIndex(preset < 0 ? Last12Months : preset);
    m_fromLabel->setText(tr("From"));
    m_toLabel->setText(tr("To"));
    m_ownerLabel->setText(tr("Owner"));
    m_owner->setItemText(0, tr("All owners"));
    m_segmentLabel->setText(tr("Segment"));
    m_segment->setItemText(0, tr("All customers"));
    m_segment->setToolTip(tr("Limit every KPI and chart to the contacts of a saved segment (its "
                             "members as of the period's last day)"));
    m_export->setText(tr("Export report…"));
    m_export->setToolTip(tr("Write the KPIs and every chart to a PDF for a meeting"));
}

void DashboardView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_data)
            display(m_data);
    }
    QWidget::changeEvent(event);
}

} // namespace Kizuna::Ui
