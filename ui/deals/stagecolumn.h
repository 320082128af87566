// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/pipelineboard.h"

#include <QFrame>

class QLabel;
class QListView;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

class StageCardModel;

// One column of the pipeline board: a header (stage name, count, total, weighted total) over
// the list of the stage's deal cards. Ctrl+Right / Ctrl+Left on a selected card asks to move it
// to the next / previous stage; double-click or Return asks to open it.
class StageColumn final : public QFrame
{
    Q_OBJECT

public:
    StageColumn(Storage::Database &db, const Sales::PipelineStage &stage, QWidget *parent = nullptr);

    const QString &stageId() const { return m_stageId; }
    StageCardModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    QLabel *header() const { return m_header; }

    // Shows the column's figures and reloads its cards.
    void refresh(const Sales::BoardColumn &column, const Sales::BoardFilter &filter, const QDateTime &now);
    // Selects and shows a card if it is loaded.
    void selectDeal(const QString &dealId);
    QString selectedDealId() const;

    static QString headerText(const Sales::BoardColumn &column);

Q_SIGNALS:
    void moveRequested(const QString &dealId, int step);
    void dealActivated(const QString &dealId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_stageId;
    StageCardModel *m_model = nullptr;
    QLabel *m_header = nullptr;
    QListView *m_list = nullptr;
};

} // namespace Kizuna::Ui
