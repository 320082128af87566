// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/duplicates/mergepanel.h"

#include "core/dedupe/contactmerger.h"
#include "core/model/entities.h"
#include "core/model/personname.h"
#include "ui/common/fieldlabels.h"

#include <QButtonGroup>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kizuna::Ui {

namespace {

bool isEmpty(const QVariant &value)
{
    return !value.isValid() || value.isNull() || value.toString().trimmed().isEmpty();
}

QString nameOf(const Model::Record &record)
{
    return Model::displayName(record.value(QStringLiteral("family_name")).toString(),
                              record.value(QStringLiteral("given_name")).toString());
}

} // namespace

MergePanel::MergePanel(QWidget *parent)
    : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_table = new QTableWidget(0, 3, this);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->horizontalHeader()->setSectionResizeMode(KeptColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(MergedColumn, QHeaderView::Stretch);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table, 1);
    clear();
}

void MergePanel::clear()
{
    qDeleteAll(m_groups);
    m_groups.clear();
    m_fields.clear();
    m_kept = {};
    m_merged = {};
    m_table->setRowCount(0);
    m_table->setHorizontalHeaderLabels({tr("Field"), tr("Keep"), tr("Merge into it")});
    m_title->setText(tr("Select a pair to compare the two contacts."));
}

void MergePanel::setContacts(const Model::Record &kept, const Model::Record &merged)
{
    clear();
    m_kept = kept;
    m_merged = merged;
    m_title->setText(tr("“%1” is kept; “%2” is merged into it and goes to the Trash. Choose the value to keep "
                        "where they differ.")
                         .arg(nameOf(kept), nameOf(merged)));
    m_table->setHorizontalHeaderLabels({tr("Field"), nameOf(kept), nameOf(merged)});
    const Model::FieldValues suggested = Dedupe::ContactMerger::suggestedChoices(kept, merged);
    for (const QString &field : Model::entity(u"contact").fieldNames()) {
        const QVariant a = kept.value(field);
        const QVariant b = merged.value(field);
        if ((isEmpty(a) && isEmpty(b)) || a == b)
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, FieldColumn, new QTableWidgetItem(FieldLabels::label(QStringLiteral("contact"), field)));
        auto *group = new QButtonGroup(this);
        const QVariant values[] = {a, b};
        for (int side : {Kept, Merged}) {
            const QString text = isEmpty(values[side]) ? tr("(empty)") : values[side].toString();
            auto *button = new QRadioButton(text, m_table);
            group->addButton(button, side);
            m_table->setCellWidget(row, side == Kept ? KeptColumn : MergedColumn, button);
        }
        group->button(suggested.contains(field) ? Merged : Kept)->setChecked(true);
        m_groups.append(group);
        m_fields.append(field);
    }
    m_table->resizeColumnToContents(FieldColumn);
}

bool MergePanel::choose(const QString &field, Side side)
{
    const qsizetype row = m_fields.indexOf(field);
    if (row < 0)
        return false;
    m_groups.at(row)->button(side)->setChecked(true);
    return true;
}

MergePanel::Side MergePanel::chosen(const QString &field) const
{
    const qsizetype row = m_fields.indexOf(field);
    return row >= 0 && m_groups.at(row)->checkedId() == Merged ? Merged : Kept;
}

Model::FieldValues MergePanel::choices() const
{
    Model::FieldValues values;
    for (qsizetype row = 0; row < m_fields.size(); ++row) {
        if (m_groups.at(row)->checkedId() == Merged)
            values.insert(m_fields.at(row), m_merged.value(m_fields.at(row)));
    }
    return values;
}

} // namespace Kizuna::Ui
