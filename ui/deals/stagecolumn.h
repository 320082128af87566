// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/pipelineboard.h"

#include <QFrame>
#include <QKeySequence>

#include <functional>

class QAction;
class QLabel;
class QListView;

namespace Kizuna::Storage {
class ReaderThread;
}

namespace Kizuna::Ui {

class StageCardModel;

// One column of the pipeline board: a header (stage name, count, total, weighted total) over
// the list of the stage's deal cards, read on the board's reader thread. On a card: Return (or a
// double-click) asks to open it, Ctrl+Right / Ctrl+Left to move it to the next / previous stage,
// Right / Left to go to the next / previous column; the context menu (right-click, the Menu key
// or Shift+F10) lists these actions with their shortcuts.
class StageColumn final : public QFrame
{
    Q_OBJECT

public:
    StageColumn(Storage::ReaderThread *reader, const Sales::PipelineStage &stage, QWidget *parent = nullptr);

    const QString &stageId() const { return m_stageId; }
    StageCardModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    QLabel *header() const { return m_header; }

    // Shows the column's figures and reloads its cards.
    void refresh(const Sales::BoardColumn &column, const Sales::BoardFilter &filter, const QDateTime &now);
    // Selects and shows a card, now if it is loaded, else when it arrives (until the next reload
    // has come without it).
    void selectDeal(const QString &dealId);
    QString selectedDealId() const;
    // Selects the card at `row` (clamped; nothing when the column is empty) and focuses the list.
    void focusRow(int row);
    // The actions of the card menu: open, move to the next / previous stage, next / previous column.
    QList<QAction *> cardActions() const;

    static QString headerText(const Sales::BoardColumn &column);

Q_SIGNALS:
    void moveRequested(const QString &dealId, int step);
    void dealActivated(const QString &dealId);
    // Right / Left on a card: go to the neighbouring column (step +1 / -1), at the same row.
    void neighbourRequested(int step, int row);

private:
    QAction *addCardAction(const QString &text, const QKeySequence &key, const std::function<void()> &run);
    void updateActions();
    void onPageLoaded();

    QString m_stageId;
    QString m_pendingSelection;
    QList<QAction *> m_actions;
    StageCardModel *m_model = nullptr;
    QLabel *m_header = nullptr;
    QListView *m_list = nullptr;
};

} // namespace Kizuna::Ui
