// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/pipelineboard.h"
#include "core/storage/result.h"
#include "ui/common/pagereader.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QScrollArea;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace Kizuna::Storage {
class ReaderThread;
}

namespace Kizuna::Ui {

class DealListView;
class EditSession;
class StageColumn;

// The Deals screen's pipeline board: a pipeline chooser (shown when there are several), owner and
// expected-close-month filters, and one column per stage side by side. Cards move between
// stages by drag and drop or Ctrl+Right / Ctrl+Left (the moved card stays selected, pinned on
// top of its new column); Right / Left go from column to column. Every move goes through the
// edit session, so Ctrl+Z undoes it. The board refreshes whenever a deal or a stage changes
// anywhere. The columns' figures and cards are read on one reader thread of the board (its own
// connection), so the UI thread never waits for a query; a refresh keeps what is shown until
// its answers arrive, and answers overtaken by a newer refresh are dropped.
// The "List" toggle (Ctrl+L) shows the same deals, with the same filters, as a sortable table
// (DealListView) instead of the columns; only the one shown is read.
class PipelineBoardView final : public QWidget
{
    Q_OBJECT

public:
    explicit PipelineBoardView(EditSession &session, QWidget *parent = nullptr);

    // "Now" for the rotting highlight; invalid (the default): the current time at each refresh.
    void setReferenceTime(const QDateTime &now);
    // Reads the pipelines and owners again and refreshes the board.
    void reload();
    // Reads the columns' figures and first pages of cards again.
    void refreshColumns();

    QString pipelineId() const;
    void setPipelineId(const QString &pipelineId);
    Sales::BoardFilter filter() const;
    // Board columns or the list.
    bool isListMode() const;
    void setListMode(bool list);
    DealListView *listView() const { return m_list; }
    QToolButton *listToggle() const { return m_listToggle; }
    int columnCount() const { return static_cast<int>(m_columns.size()); }
    StageColumn *column(int index) const { return m_columns.at(index); }
    StageColumn *columnOfStage(const QString &stageId) const;
    // True while the columns' figures or cards are being read.
    bool isLoading() const;

    // Moves a deal to a stage as one undo step (nothing when it is there already).
    Status moveDeal(const QString &dealId, const QString &stageId);

Q_SIGNALS:
    void dealActivated(const QString &dealId);
    void errorOccurred(const QString &message);
    // The pipeline, owner or expected-close month changed.
    void filterChanged();

private:
    void onFiltersChanged();
    // Refreshes what is shown: the columns or the list.
    void refreshContent();
    void buildFilters();
    void loadPipelines();
    void loadOwners();
    void loadMonths();
    void requestColumns();
    void receiveColumns(Result<QList<Sales::BoardColumn>> columns);
    void rebuildColumns(const QList<Sales::BoardColumn> &columns);
    void moveByStep(const QString &dealId, int step);
    void goToNeighbour(int step, int row);
    void moveDropped(const QStringList &dealIds, const QString &stageId);
    void onRecordChanged(const QString &entity);
    QDateTime now() const;
    void fail(const QString &message);

    EditSession &m_session;
    QDateTime m_referenceTime;
    Storage::ReaderThread *m_reader = nullptr;
    PageReader<Sales::BoardColumn> m_figures;
    // What the figures on their way were asked for with.
    QString m_requestedPipeline;
    Sales::BoardFilter m_requestedFilter;
    QDateTime m_requestedAt;
    QTimer *m_waitForCommit = nullptr;
    QLabel *m_pipelineLabel = nullptr;
    QComboBox *m_pipeline = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_month = nullptr;
    QScrollArea *m_scroll = nullptr;
    QStackedWidget *m_stack = nullptr;
    DealListView *m_list = nullptr;
    QToolButton *m_listToggle = nullptr;
    QWidget *m_columnsHost = nullptr;
    QHBoxLayout *m_columnsLayout = nullptr;
    QList<StageColumn *> m_columns;
};

} // namespace Kizuna::Ui
