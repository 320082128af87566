// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/deals/stagecolumn.h"

#include "ui/deals/stagecardmodel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QVBoxLayout>

namespace Kizuna::Ui {

StageColumn::StageColumn(Storage::Database &db, const Sales::PipelineStage &stage, QWidget *parent)
    : QFrame(parent), m_stageId(stage.id)
{
    setObjectName(u"stageColumn_" + stage.id);
    setFrameShape(QFrame::StyledPanel);
    setMinimumWidth(fontMetrics().averageCharWidth() * 32);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("stageHeader"));
    m_header->setWordWrap(true);
    m_header->setText(stage.name);

    m_model = new StageCardModel(db, stage.id, this);
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
    m_list->setWordWrap(true);
    m_list->setUniformItemSizes(false);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->installEventFilter(this);

    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        Q_EMIT dealActivated(index.data(StageCardModel::IdRole).toString());
    });

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

void StageColumn::selectDeal(const QString &dealId)
{
    const int row = m_model->rowOf(dealId);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

QString StageColumn::selectedDealId() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? index.data(StageCardModel::IdRole).toString() : QString();
}

bool StageColumn::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const QString dealId = selectedDealId();
        if (!dealId.isEmpty() && key->modifiers() == Qt::ControlModifier
            && (key->key() == Qt::Key_Right || key->key() == Qt::Key_Left)) {
            Q_EMIT moveRequested(dealId, key->key() == Qt::Key_Right ? 1 : -1);
            return true;
        }
        if (!dealId.isEmpty() && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)) {
            Q_EMIT dealActivated(dealId);
            return true;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace Kizuna::Ui
