// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QSplitter;
class QTimer;
class QToolButton;

namespace Kizuna::Ui {

class EditSession;
class ForecastChart;
class PipelineBoardView;

// The Deals screen: the pipeline board (or its list view, Ctrl+L) with the forecast chart under it
// (a splitter; the "Forecast" button or Ctrl+Shift+F shows or hides the chart). The chart counts
// the deals the board's filters select and follows every change of a deal, a moment after the
// last one.
class DealsScreen final : public QWidget
{
    Q_OBJECT

public:
    explicit DealsScreen(EditSession &session, QWidget *parent = nullptr);

    PipelineBoardView *board() const { return m_board; }
    ForecastChart *forecast() const { return m_forecast; }
    QToolButton *forecastToggle() const { return m_toggle; }

Q_SIGNALS:
    void dealActivated(const QString &dealId);
    void errorOccurred(const QString &message);

private:
    // The forecast counts the deals the board shows (pipeline, owner, expected-close month).
    void followBoardFilters();

    PipelineBoardView *m_board = nullptr;
    ForecastChart *m_forecast = nullptr;
    QSplitter *m_splitter = nullptr;
    QToolButton *m_toggle = nullptr;
    QTimer *m_refresh = nullptr;
};

} // namespace Kizuna::Ui
