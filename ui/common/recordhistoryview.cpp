// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/recordhistoryview.h"
#include "ui/common/displayformat.h"

#include "core/model/changelog.h"
#include "core/model/personname.h"
#include "core/storage/database.h"
#include "ui/common/choicelabels.h"
#include "ui/common/fieldlabels.h"
#include "ui/common/recordlookup.h"

#include <QDateTime>
#include <QHeaderView>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Kizuna::Ui {

RecordHistoryView::RecordHistoryView(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_tree(new QTreeWidget(this))
{
    m_tree->setObjectName(QStringLiteral("historyTree"));
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setColumnCount(ColumnCount);
    m_tree->setHeaderLabels({tr("When"), tr("Who"), tr("Change"), tr("Before"), tr("After")});
    m_tree->header()->setStretchLastSection(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tree);
}

void RecordHistoryView::setRecord(const QString &entity, const QString &id)
{
    m_entity = entity;
    m_id = id;
    reload();
}

void RecordHistoryView::reload()
{
    m_tree->clear();
    if (m_id.isEmpty())
        return;
    Model::ChangeLog log(m_db);
    auto entries = log.history(m_entity, m_id);
    if (!entries.ok()) {
        Q_EMIT errorOccurred(entries.error().message);
        return;
    }
    QList<QTreeWidgetItem *> items;
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        const Model::ChangeEntry &entry = *it;
        const QString op = Model::changeOpName(entry.op);
        const QDateTime when = QDateTime::fromString(entry.changedAt, Qt::ISODateWithMs).toLocalTime();
        QString change = FieldLabels::operation(op);
        if (entry.op == Model::ChangeOp::Update || entry.op == Model::ChangeOp::Insert)
            change = FieldLabels::label(m_entity, entry.field);
        auto *item = new QTreeWidgetItem;
        item->setText(TimeColumn, DisplayFormat::dateTime(when));
        item->setText(AuthorColumn, entry.author);
        item->setText(ChangeColumn, change);
        if (entry.op == Model::ChangeOp::Update || entry.op == Model::ChangeOp::Insert) {
            item->setText(BeforeColumn, valueText(entry.field, entry.oldValue));
            item->setText(AfterColumn, valueText(entry.field, entry.newValue));
        }
        item->setToolTip(ChangeColumn, entry.op == Model::ChangeOp::Insert
                                           ? tr("Set when the record was created")
                                           : FieldLabels::operation(op));
        items << item;
    }
    if (items.isEmpty()) {
        auto *none = new QTreeWidgetItem;
        none->setText(ChangeColumn, tr("No changes recorded yet: records from demo data or a bulk load start "
                                       "without history"));
        none->setFlags(Qt::NoItemFlags);
        items << none;
    }
    m_tree->addTopLevelItems(items);
    for (int column = 0; column < AfterColumn; ++column)
        m_tree->resizeColumnToContents(column);
}

QString RecordHistoryView::valueText(const QString &field, const QVariant &value) const
{
    if (!value.isValid() || value.isNull())
        return {};
    const QString text = value.toString();
    if (field == u"kind")
        return ChoiceLabels::contactKind(text);
    if (field == u"lifecycle_stage")
        return ChoiceLabels::lifecycleStage(text);
    if (field == u"source")
        return ChoiceLabels::sourceChannel(text);
    if (field == u"company_id" || field == u"owner_id") {
        const QString name = RecordLookup::text(m_db, field == u"company_id" ? "SELECT name FROM companies WHERE id = ?1"
                                                                             : "SELECT name FROM users WHERE id = ?1",
                                                text);
        if (!name.isEmpty())
            return name;
    }
    return text;
}

} // namespace Kizuna::Ui
