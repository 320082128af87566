// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deals/pipelineboardview.h"

#include "core/sales/dealservice.h"
#include "core/sales/pipelineboardquery.h"
#include "core/sales/pipelineservice.h"
#include "core/storage/database.h"
#include "core/storage/readerthread.h"
#include "ui/common/editsession.h"
#include "ui/deals/deallistmodel.h"
#include "ui/deals/deallistview.h"
#include "ui/deals/stagecardmodel.h"
#include "ui/deals/stagecolumn.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QStackedWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <memory>
#include <utility>
#include <optional>

namespace Kizuna::Ui {

namespace {
constexpr int MonthsBack = 12;
constexpr int MonthsAhead = 24;
// How often a refresh looks again whether the write it waits for has been committed.
constexpr int CommitPollMs = 20;
}

PipelineBoardView::PipelineBoardView(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_reader(new Storage::ReaderThread(session.database().path(), this))
    , m_figures(this, m_reader,
                [this](Result<QList<Sales::BoardColumn>> columns, bool) { receiveColumns(std::move(columns)); })
    , m_waitForCommit(new QTimer(this))
{
    setObjectName(QStringLiteral("pipelineBoard"));
    m_waitForCommit->setSingleShot(true);
    m_waitForCommit->setInterval(CommitPollMs);
    connect(m_waitForCommit, &QTimer::timeout, this, &PipelineBoardView::requestColumns);
    buildFilters();

    m_columnsHost = new QWidget;
    m_columnsLayout = new QHBoxLayout(m_columnsHost);
    m_columnsLayout->setContentsMargins(0, 0, 0, 0);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(m_columnsHost);
    m_list = new DealListView(m_session.database().path(), this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_scroll);
    m_stack->addWidget(m_list);
    m_listToggle = new QToolButton(this);
    m_listToggle->setObjectName(QStringLiteral("listToggle"));
    m_listToggle->setText(tr("&List"));
    m_listToggle->setToolTip(tr("Show the deals as a sortable list instead of the board (Ctrl+L)"));
    m_listToggle->setCheckable(true);
    m_listToggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_pipelineLabel);
    filters->addWidget(m_pipeline);
    auto *ownerLabel = new QLabel(tr("&Owner:"), this);
    ownerLabel->setBuddy(m_owner);
    filters->addWidget(ownerLabel);
    filters->addWidget(m_owner);
    auto *monthLabel = new QLabel(tr("Expected &close:"), this);
    monthLabel->setBuddy(m_month);
    filters->addWidget(monthLabel);
    filters->addWidget(m_month);
    filters->addStretch(1);
    filters->addWidget(m_listToggle);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_stack, 1);

    connect(m_listToggle, &QToolButton::toggled, this, &PipelineBoardView::setListMode);
    connect(m_list, &DealListView::dealActivated, this, &PipelineBoardView::dealActivated);
    connect(m_list, &DealListView::errorOccurred, this, &PipelineBoardView::fail);

    connect(&m_session, &EditSession::recordChanged, this,
            [this](const QString &entity, const QString &) { onRecordChanged(entity); });
    reload();
}

void PipelineBoardView::buildFilters()
{
    m_pipelineLabel = new QLabel(tr("&Pipeline:"), this);
    m_pipeline = new QComboBox(this);
    m_pipeline->setObjectName(QStringLiteral("pipelineChooser"));
    m_pipelineLabel->setBuddy(m_pipeline);
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("monthFilter"));
    for (QComboBox *box : {m_pipeline, m_owner, m_month})
        connect(box, &QComboBox::currentIndexChanged, this, &PipelineBoardView::onFiltersChanged);
}

void PipelineBoardView::setReferenceTime(const QDateTime &now)
{
    m_referenceTime = now;
    loadMonths();
    refreshContent();
}

bool PipelineBoardView::isListMode() const
{
    return m_stack->currentWidget() == m_list;
}

void PipelineBoardView::setListMode(bool list)
{
    if (list == isListMode())
        return;
    const QSignalBlocker blocker(m_listToggle);
    m_listToggle->setChecked(list);
    m_stack->setCurrentWidget(list ? static_cast<QWidget *>(m_list) : m_scroll);
    refreshContent();
    if (list)
        m_list->setFocus();
}

void PipelineBoardView::onFiltersChanged()
{
    for (StageColumn *column : std::as_const(m_columns))
        column->model()->setPinnedDeal({});
    refreshContent();
    Q_EMIT filterChanged();
}

void PipelineBoardView::refreshContent()
{
    if (isListMode())
        m_list->setQuery({pipelineId(), filter()}, now());
    else
        refreshColumns();
}

QDateTime PipelineBoardView::now() const
{
    return m_referenceTime.isValid() ? m_referenceTime : QDateTime::currentDateTimeUtc();
}

void PipelineBoardView::reload()
{
    loadPipelines();
    loadOwners();
    loadMonths();
    refreshContent();
    Q_EMIT filterChanged();
}

void PipelineBoardView::loadPipelines()
{
    const QSignalBlocker blocker(m_pipeline);
    const QString current = pipelineId();
    m_pipeline->clear();
    Sales::PipelineService service(m_session.store());
    auto pipelines = service.pipelines();
    if (!pipelines.ok())
        return fail(pipelines.error().message);
    if (pipelines->isEmpty()) {
        // A new file: the standard pipeline, as new deals would get it too.
        auto standard = service.defaultPipeline();
        if (!standard.ok())
            return fail(standard.error().message);
        pipelines->append(*standard);
    }
    for (const Sales::Pipeline &pipeline : *pipelines)
        m_pipeline->addItem(pipeline.name, pipeline.id);
    m_pipeline->setCurrentIndex(qMax(0, m_pipeline->findData(current)));
    const bool several = m_pipeline->count() > 1;
    m_pipeline->setVisible(several);
    m_pipelineLabel->setVisible(several);
}

void PipelineBoardView::loadOwners()
{
    const QSignalBlocker blocker(m_owner);
    const QVariant current = m_owner->currentData();
    m_owner->clear();
    m_owner->addItem(tr("Everyone"), QString());
    auto users = m_session.database().prepare(
        QStringLiteral("SELECT id, name FROM users WHERE deleted_at IS NULL ORDER BY name"));
    if (!users.ok())
        return fail(users.error().message);
    const Status read = users->forEachRow([&] { m_owner->addItem(users->columnText(1), users->columnText(0)); });
    if (!read.ok())
        return fail(read.error().message);
    m_owner->setCurrentIndex(qMax(0, m_owner->findData(current)));
}

void PipelineBoardView::loadMonths()
{
    const QSignalBlocker blocker(m_month);
    const QVariant current = m_month->currentData();
    m_month->clear();
    m_month->addItem(tr("Any month"), QDate());
    const QDate today = now().date();
    const QDate thisMonth(today.year(), today.month(), 1);
    const QLocale locale;
    for (int offset = -MonthsBack; offset <= MonthsAhead; ++offset) {
        const QDate month = thisMonth.addMonths(offset);
        m_month->addItem(locale.toString(month, QStringLiteral("yyyy MMM")), month);
    }
    m_month->setCurrentIndex(qMax(0, m_month->findData(current)));
}

QString PipelineBoardView::pipelineId() const
{
    return m_pipeline->currentData().toString();
}

void PipelineBoardView::setPipelineId(const QString &pipelineId)
{
    const int index = m_pipeline->findData(pipelineId);
    if (index >= 0)
        m_pipeline->setCurrentIndex(index);
}

Sales::BoardFilter PipelineBoardView::filter() const
{
    return {m_owner->currentData().toString(), m_month->currentData().toDate()};
}

StageColumn *PipelineBoardView::columnOfStage(const QString &stageId) const
{
    for (StageColumn *column : m_columns) {
        if (column->stageId() == stageId)
            return column;
    }
    return nullptr;
}

bool PipelineBoardView::isLoading() const
{
    if (m_figures.inFlight() || m_waitForCommit->isActive())
        return true;
    for (StageColumn *column : m_columns) {
        if (column->model()->isLoading())
            return true;
    }
    return isListMode() && m_list->model()->isLoading();
}

void PipelineBoardView::refreshColumns()
{
    m_figures.startOver();
    if (pipelineId().isEmpty()) {
        m_waitForCommit->stop();
        return rebuildColumns({});
    }
    requestColumns();
}

void PipelineBoardView::requestColumns()
{
    // The reader has a connection of its own: in WAL mode it sees what was committed before its
    // read starts, not a write still open on the UI thread's connection. Wait for the commit.
    if (m_session.database().inTransaction()) {
        m_waitForCommit->start();
        return;
    }
    m_requestedPipeline = pipelineId();
    m_requestedFilter = filter();
    m_requestedAt = now();
    m_figures.startOver();
    m_figures.request(
        [pipeline = m_requestedPipeline, boardFilter = m_requestedFilter, at = m_requestedAt](
            Storage::Database &db, const Sales::BoardColumn *, int) {
            return Sales::PipelineBoardQuery(db).columns(pipeline, boardFilter, at);
        },
        std::nullopt, 0, true);
}

void PipelineBoardView::receiveColumns(Result<QList<Sales::BoardColumn>> columns)
{
    if (!columns.ok())
        return fail(columns.error().message);
    rebuildColumns(*columns);
    for (int i = 0; i < columns->size(); ++i)
        m_columns.at(i)->refresh(columns->at(i), m_requestedFilter, m_requestedAt);
}

void PipelineBoardView::rebuildColumns(const QList<Sales::BoardColumn> &columns)
{
    bool same = columns.size() == m_columns.size();
    for (int i = 0; same && i < columns.size(); ++i)
        same = columns.at(i).stage.id == m_columns.at(i)->stageId();
    if (same)
        return;
    qDeleteAll(m_columns);
    m_columns.clear();
    QWidget *previous = m_listToggle;
    for (const Sales::BoardColumn &boardColumn : columns) {
        auto *column = new StageColumn(m_reader, boardColumn.stage, m_columnsHost);
        m_columnsLayout->addWidget(column);
        m_columns.append(column);
        // Tab goes from the filters to the columns, left to right.
        setTabOrder(previous, column->listView());
        previous = column->listView();
        connect(column, &StageColumn::moveRequested, this, &PipelineBoardView::moveByStep);
        connect(column, &StageColumn::neighbourRequested, this, &PipelineBoardView::goToNeighbour);
        connect(column, &StageColumn::dealActivated, this, &PipelineBoardView::dealActivated);
        // Queued: the move reloads the columns, which must not happen inside the drop itself.
        connect(column->model(), &StageCardModel::dealsDropped, this, &PipelineBoardView::moveDropped,
                Qt::QueuedConnection);
        connect(column->model(), &StageCardModel::errorOccurred, this, &PipelineBoardView::fail);
    }
}

void PipelineBoardView::moveByStep(const QString &dealId, int step)
{
    auto *source = qobject_cast<StageColumn *>(sender());
    const int from = static_cast<int>(m_columns.indexOf(source));
    const int to = from + step;
    if (from < 0 || to < 0 || to >= m_columns.size())
        return;
    StageColumn *target = m_columns.at(to);
    // Pinned on top of its new column, the card stays in view and selected there even when its
    // place in board order (it has just entered the stage) is pages down.
    target->model()->setPinnedDeal(dealId);
    if (!moveDeal(dealId, target->stageId()).ok()) {
        target->model()->setPinnedDeal({});
        return;
    }
    target->selectDeal(dealId);
    target->listView()->setFocus();
    m_scroll->ensureWidgetVisible(target);
}

void PipelineBoardView::goToNeighbour(int step, int row)
{
    auto *source = qobject_cast<StageColumn *>(sender());
    const int to = static_cast<int>(m_columns.indexOf(source)) + step;
    if (to < 0 || to >= m_columns.size())
        return;
    StageColumn *target = m_columns.at(to);
    target->focusRow(row);
    m_scroll->ensureWidgetVisible(target);
}

void PipelineBoardView::moveDropped(const QStringList &dealIds, const QString &stageId)
{
    for (const QString &dealId : dealIds) {
        if (!moveDeal(dealId, stageId).ok())
            return;
    }
}

Status PipelineBoardView::moveDeal(const QString &dealId, const QString &stageId)
{
    auto service = std::make_shared<Sales::DealService>(m_session.store());
    auto deal = service->deal(dealId);
    if (!deal.ok()) {
        fail(deal.error().message);
        return deal.error();
    }
    if (deal->stageId == stageId)
        return {};
    StageColumn *target = columnOfStage(stageId);
    const QString stageName = target ? target->listView()->accessibleName() : QString();
    auto move = std::make_shared<std::optional<Sales::StageMove>>();
    auto apply = [service, move, dealId, stageId]() -> Status {
        if (move->has_value())
            return service->redoMove(**move);
        auto done = service->moveToStage(dealId, stageId);
        if (!done.ok())
            return done.error();
        *move = *done;
        return {};
    };
    auto revert = [service, move]() -> Status { return service->undoMove(**move); };
    Status status = m_session.perform(tr("Move “%1” to %2").arg(deal->title, stageName),
                                      QStringLiteral("deal"), dealId, apply, revert);
    if (!status.ok())
        fail(status.error().message);
    return status;
}

void PipelineBoardView::onRecordChanged(const QString &entity)
{
    if (entity == u"pipeline" || entity == u"pipeline_stage")
        reload();
    else if (entity == u"deal" || entity == u"contact" || entity == u"company" || entity == u"user")
        refreshContent();
}

void PipelineBoardView::fail(const QString &message)
{
    Q_EMIT errorOccurred(message);
}

} // namespace Kizuna::Ui
