// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/importmappingpage.h"

#include "ui/common/fieldlabels.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kizuna::Ui {

ImportMappingPage::ImportMappingPage(ImportState &state, Storage::Database &db, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_db(db)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the contact field each column fills; “Ignore” leaves a column out."));
    m_note = new QLabel(this);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Contact field"), tr("First values")});
    m_table->horizontalHeader()->setSectionResizeMode(ValuesColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table);
}

QString ImportMappingPage::targetLabel(const QString &target)
{
    if (target == u"full_name")
        return tr("Full name (split into family and given name)");
    if (target == u"full_name_reading")
        return tr("Full name reading (split)");
    if (target == u"company")
        return tr("Company name");
    return FieldLabels::label(QStringLiteral("contact"), target);
}

QComboBox *ImportMappingPage::fieldBox(int column) const
{
    return qobject_cast<QComboBox *>(m_table->cellWidget(column, FieldColumn));
}

// The mapping remembered for this layout of file, else the suggestions from the headers.
Io::ColumnMapping ImportMappingPage::initialMapping()
{
    auto remembered = Io::ContactColumns::remembered(m_db, m_state.headers);
    m_remembered = remembered.ok() && remembered->headers.size() == m_state.headers.size()
                   && remembered->mappedCount() > 0;
    return m_remembered ? *remembered : Io::ContactColumns::suggest(m_state.headers);
}

void ImportMappingPage::initializePage()
{
    const Io::ColumnMapping mapping = initialMapping();
    m_note->setText(m_remembered ? tr("This layout of file was imported before: its mapping is applied.")
                                 : tr("Suggested from the column headers."));
    const QStringList targets = Io::ContactColumns::targets();
    m_table->setRowCount(int(m_state.headers.size()));
    for (int c = 0; c < m_state.headers.size(); ++c) {
        m_table->setItem(c, HeaderColumn, new QTableWidgetItem(m_state.headers.at(c)));
        auto *box = new QComboBox(m_table);
        box->addItem(tr("Ignore"), QString());
        for (const QString &target : targets)
            box->addItem(targetLabel(target), target);
        box->setCurrentIndex(qMax(0, box->findData(mapping.fields.value(c))));
        m_table->setCellWidget(c, FieldColumn, box);
        QStringList values;
        for (const QStringList &row : std::as_const(m_state.sampleRows)) {
            if (!row.value(c).isEmpty())
                values.append(row.value(c));
        }
        m_table->setItem(c, ValuesColumn, new QTableWidgetItem(values.join(QStringLiteral(" · "))));
    }
    m_table->resizeColumnToContents(HeaderColumn);
    m_table->resizeColumnToContents(FieldColumn);
}

bool ImportMappingPage::validatePage()
{
    m_state.mapping.headers = m_state.headers;
    m_state.mapping.fields.clear();
    for (int c = 0; c < m_state.headers.size(); ++c)
        m_state.mapping.fields.append(fieldBox(c)->currentData().toString());
    return true;
}

} // namespace Kizuna::Ui
