// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deals/stagecolumn.h"

#include "ui/deals/stagecardmodel.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QVBoxLayout>

#include <algorithm>

namespace Kizuna::Ui {

StageColumn::StageColumn(Storage::ReaderThread *reader, const Sales::PipelineStage &stage, QWidget *parent)
    : QFrame(parent), m_stageId(stage.id)
{
    setObjectName(u"stageColumn_" + stage.id);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(fontMetrics().averageCharWidth() * 32);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("stageHeader"));
    m_header->setWordWrap(true);
    m_header->setText(stage.name);

    m_model = new StageCardModel(reader, stage.id, this);
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("stageCards"));
    m_list->setAccessibleName(stage.name);
    m_list->setModel(m_model);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setDragEnabled(true);
    m_list->setAcceptDrops(true);
    m_list->setDropIndicatorShown(true);
    m_list->setDragDropMode(QAbstractItemView::DragDrop);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSpacing(3);
    // Cards of one height (StageCardModel::cardText), long lines elided: a column of 10,000 cards
    // lays out without measuring each one.
    m_list->setWordWrap(false);
    m_list->setTextElideMode(Qt::ElideRight);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);

    addCardAction(tr("&Open Deal"), QKeySequence(Qt::Key_Return), [this] { Q_EMIT dealActivated(selectedDealId()); })
        ->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    addCardAction(tr("Move to &Next Stage"), QKeySequence(Qt::CTRL | Qt::Key_Right),
                  [this] { Q_EMIT moveRequested(selectedDealId(), 1); });
    addCardAction(tr("Move to &Previous Stage"), QKeySequence(Qt::CTRL | Qt::Key_Left),
                  [this] { Q_EMIT moveRequested(selectedDealId(), -1); });
    addCardAction(tr("Go to the N&ext Column"), QKeySequence(Qt::Key_Right),
                  [this] { Q_EMIT neighbourRequested(1, m_list->currentIndex().row()); });
    addCardAction(tr("Go to the P&revious Column"), QKeySequence(Qt::Key_Left),
                  [this] { Q_EMIT neighbourRequested(-1, m_list->currentIndex().row()); });

    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT dealActivated(index.data(StageCardModel::IdRole).toString());
    });
    connect(m_model, &StageCardModel::pageLoaded, this, &StageColumn::onPageLoaded);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StageColumn::updateActions);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this, &StageColumn::updateActions);
    updateActions();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_header);
    layout->addWidget(m_list, 1);
}

QString StageColumn::headerText(const Sales::BoardColumn &column)
{
    const QLocale locale;
    const QString yen = QStringLiteral("¥");
    QString text = u"<b>" + column.stage.name.toHtmlEscaped() + u"</b><br>"
        + tr("%n deal(s) · %1", nullptr, static_cast<int>(column.count))
              .arg(locale.toCurrencyString(column.total, yen, 0))
        + u"<br>" + tr("Weighted %1").arg(locale.toCurrencyString(column.weightedTotal, yen, 0));
    if (column.rottingCount > 0)
        text += u"<br>" + tr("%n idle too long", nullptr, static_cast<int>(column.rottingCount));
    return text;
}

void StageColumn::refresh(const Sales::BoardColumn &column, const Sales::BoardFilter &filter,
                          const QDateTime &now)
{
    m_header->setText(headerText(column));
    m_list->setAccessibleName(column.stage.name);
    m_model->reload(filter, now);
}

QAction *StageColumn::addCardAction(const QString &text, const QKeySequence &key, const std::function<void()> &run)
{
    auto *action = new QAction(text, m_list);
    action->setShortcut(key);
    action->setShortcutContext(Qt::WidgetShortcut);
    connect(action, &QAction::triggered, this, [this, run] {
        if (!selectedDealId().isEmpty())
            run();
    });
    m_list->addAction(action);
    m_actions.append(action);
    return action;
}

QList<QAction *> StageColumn::cardActions() const
{
    return m_actions;
}

void StageColumn::updateActions()
{
    const bool card = !selectedDealId().isEmpty();
    for (QAction *action : std::as_const(m_actions))
        action->setEnabled(card);
}

void StageColumn::selectDeal(const QString &dealId)
{
    const int row = m_model->rowOf(dealId);
    if (row < 0) {
        m_pendingSelection = dealId;
        return;
    }
    m_pendingSelection.clear();
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void StageColumn::onPageLoaded()
{
    if (m_pendingSelection.isEmpty())
        return;
    const QString dealId = m_pendingSelection;
    const bool waiting = m_model->isLoading();
    selectDeal(dealId);
    if (!waiting && !m_model->isLoading())
        m_pendingSelection.clear(); // the reload came without it
}

void StageColumn::focusRow(int row)
{
    m_list->setFocus(Qt::OtherFocusReason);
    if (m_model->rowCount() == 0)
        return;
    const QModelIndex index = m_model->index(std::clamp(row, 0, m_model->rowCount() - 1));
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

QString StageColumn::selectedDealId() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(StageCardModel::IdRole).toString() : QString();
}

} // namespace Kizuna::Ui
