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
    auto entries = log.recordHistory(m_entity, m_id);
    if (!entries.ok()) {
        Q_EMIT errorOccurred(entries.error().message);
        return;
    }
    QList<QTreeWidgetItem *> items;
    for (auto it = entries->crbegin(); it != entries->crend(); ++it) {
        const Model::ChangeEntry &entry = it->entry;
        const QDateTime when = QDateTime::fromString(entry.changedAt, Qt::ISODateWithMs).toLocalTime();
        auto *item = new QTreeWidgetItem;
        item->setText(TimeColumn, DisplayFormat::dateTime(when));
        item->setText(AuthorColumn, entry.author);
        if (entry.entity == m_entity)
            describeOwnChange(entry, item);
        else if (entry.entity == u"custom_field_value")
            describeCustomFieldChange(entry, it->subject, item);
        else
            describeTagChange(entry, it->subject, item);
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

void RecordHistoryView::describeOwnChange(const Model::ChangeEntry &entry, QTreeWidgetItem *item) const
{
    const QString op = Model::changeOpName(entry.op);
    const bool fieldChange = entry.op == Model::ChangeOp::Update || entry.op == Model::ChangeOp::Insert;
    item->setText(ChangeColumn, fieldChange ? FieldLabels::label(m_entity, entry.field) : FieldLabels::operation(op));
    if (fieldChange) {
        item->setText(BeforeColumn, valueText(entry.field, entry.oldValue));
        item->setText(AfterColumn, valueText(entry.field, entry.newValue));
    }
    item->setToolTip(ChangeColumn, entry.op == Model::ChangeOp::Insert ? tr("Set when the record was created")
                                                                        : FieldLabels::operation(op));
}

void RecordHistoryView::describeTagChange(const Model::ChangeEntry &entry, const QString &tagId,
                                          QTreeWidgetItem *item) const
{
    QString name = RecordLookup::text(m_db, "SELECT name FROM tags WHERE id = ?1", tagId);
    if (name.isEmpty())
        name = tr("(deleted tag)");
    const bool removed = entry.op == Model::ChangeOp::Delete;
    item->setText(ChangeColumn, removed ? tr("Tag removed: %1").arg(name) : tr("Tag added: %1").arg(name));
    if (removed)
        item->setText(BeforeColumn, name);
    else
        item->setText(AfterColumn, name);
}

void RecordHistoryView::describeCustomFieldChange(const Model::ChangeEntry &entry, const QString &fieldId,
                                                  QTreeWidgetItem *item) const
{
    const QStringList field = RecordLookup::row(m_db, "SELECT label, type FROM custom_field_defs WHERE id = ?1",
                                                fieldId);
    const QString label = field.value(0, tr("(deleted field)"));
    const auto text = [type = field.value(1)](const QVariant &value) -> QString {
        if (!value.isValid() || value.isNull())
            return {};
        if (type == u"bool")
            return value.toString() == u"1" ? tr("Yes") : tr("No");
        return value.toString();
    };
    if (entry.op == Model::ChangeOp::Update || entry.op == Model::ChangeOp::Insert) {
        item->setText(ChangeColumn, label);
        item->setText(BeforeColumn, text(entry.oldValue));
        item->setText(AfterColumn, text(entry.newValue));
    } else {
        item->setText(ChangeColumn, tr("%1: %2").arg(label, FieldLabels::operation(Model::changeOpName(entry.op))));
    }
    item->setToolTip(ChangeColumn, tr("Custom field"));
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
