// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deals/dealsscreen.h"

#include "ui/common/editsession.h"
#include "ui/deals/forecastchart.h"
#include "ui/deals/pipelineboardview.h"

#include <QHBoxLayout>
#include <QSplitter>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Kizuna::Ui {

DealsScreen::DealsScreen(EditSession &session, QWidget *parent)
    : QWidget(parent)
    , m_board(new PipelineBoardView(session, this))
    , m_forecast(new ForecastChart(session.database(), this))
    , m_splitter(new QSplitter(Qt::Vertical, this))
    , m_toggle(new QToolButton(this))
    , m_refresh(new QTimer(this))
{
    setObjectName(QStringLiteral("dealsScreen"));
    m_toggle->setObjectName(QStringLiteral("forecastToggle"));
    m_toggle->setText(tr("&Forecast"));
    m_toggle->setToolTip(tr("Show or hide the forecast chart (Ctrl+Shift+F)"));
    m_toggle->setCheckable(true);
    m_toggle->setChecked(true);
    m_toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_splitter->addWidget(m_board);
    m_splitter->addWidget(m_forecast);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_refresh->setSingleShot(true);
    m_refresh->setInterval(300);

    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    bar->addWidget(m_toggle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);

    connect(m_toggle, &QToolButton::toggled, m_forecast, &QWidget::setVisible);
    connect(m_board, &PipelineBoardView::dealActivated, this, &DealsScreen::dealActivated);
    connect(m_board, &PipelineBoardView::errorOccurred, this, &DealsScreen::errorOccurred);
    connect(m_forecast, &ForecastChart::errorOccurred, this, &DealsScreen::errorOccurred);
    connect(m_refresh, &QTimer::timeout, m_forecast, &ForecastChart::reload);
    connect(&session, &EditSession::recordChanged, this, [this](const QString &entity, const QString &) {
        if (entity == u"deal" || entity == u"pipeline" || entity == u"pipeline_stage")
            m_refresh->start();
    });
    connect(m_board, &PipelineBoardView::filterChanged, this, &DealsScreen::followBoardFilters);
    followBoardFilters();
}

void DealsScreen::followBoardFilters()
{
    const Sales::BoardFilter filter = m_board->filter();
    m_forecast->setFilter({filter.ownerId, m_board->pipelineId(), filter.expectedCloseMonth});
}

} // namespace Kizuna::Ui
