// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/importmappingpage.h"

#include "core/io/recordcolumns.h"
#include "core/io/recordimporter.h"
#include "ui/common/fieldlabels.h"
#include "ui/importer/ordercolumns.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kizuna::Ui {

ImportMappingPage::ImportMappingPage(ImportState &state, Storage::Database &db, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_db(db)
{
    setTitle(tr("Match the columns"));
    setSubTitle(tr("Choose the field each column fills; “Ignore” leaves a column out."));
    m_note = new QLabel(this);
    m_table = new QTableWidget(0, 3, this);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Field"), tr("First values")});
    m_table->horizontalHeader()->setSectionResizeMode(ValuesColumn, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_dateRow = new QWidget(this);
    m_dateFormat = new QComboBox(m_dateRow);
    m_dateFormat->setObjectName(QStringLiteral("importDateFormat"));
    for (const QString &format : OrderColumns::dateFormats())
        m_dateFormat->addItem(format.isEmpty() ? tr("yyyy-MM-dd (with or without HH:mm:ss)") : format, format);
    auto *dateLabel = new QLabel(tr("Dates are written as:"), m_dateRow);
    dateLabel->setBuddy(m_dateFormat);
    auto *dateLayout = new QHBoxLayout(m_dateRow);
    dateLayout->setContentsMargins(0, 0, 0, 0);
    dateLayout->addWidget(dateLabel);
    dateLayout->addWidget(m_dateFormat);
    dateLayout->addStretch();
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("importMappingProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020"));
    m_problem->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table);
    layout->addWidget(m_dateRow);
    layout->addWidget(m_problem);
}

QString ImportMappingPage::targetLabel(const QString &entity, const QString &target)
{
    if (entity == u"order") {
        if (target == u"customer")
            return tr("Customer (number, email or name: finds or creates the contact)");
        if (target == u"contact")
            return tr("Contact");
        if (target == u"order_date")
            return tr("Order date");
        if (target == u"total")
            return tr("Amount (order total)");
        if (target == u"order_number")
            return tr("Order number (an order imported before is skipped)");
        return target;
    }
    if (entity != u"contact") {
        // The texts an activity row finds its records by.
        if (target == u"contact_email")
            return tr("Contact's email (finds the contact)");
        if (target == u"contact_phone")
            return tr("Contact's phone (finds the contact)");
        if (target == u"contact_name")
            return tr("Contact's name (finds the contact)");
        if (target == u"company" && entity == u"activity")
            return tr("Company name (finds the company)");
        if (target == u"deal")
            return tr("Deal title (finds the deal)");
        return FieldLabels::label(entity, target);
    }
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

// The mapping remembered for this layout of file, else the suggestions from the headers; and
// every target a column may fill.
Io::ColumnMapping ImportMappingPage::initialMapping(QStringList &targets)
{
    Result<Io::ColumnMapping> remembered = Io::ColumnMapping{};
    Io::ColumnMapping suggested;
    if (m_state.entity == u"contact") {
        targets = Io::ContactColumns::targets();
        remembered = Io::ContactColumns::remembered(m_db, m_state.headers);
        suggested = Io::ContactColumns::suggest(m_state.headers);
    } else if (m_state.entity == u"order") {
        targets = OrderColumns::targets();
        if (m_state.hasHeader)
            remembered = OrderColumns::columns().remembered(m_db, m_state.headers);
        suggested = OrderColumns::suggest(m_state.headers);
    } else if (const auto rules = Io::RecordImporter::rulesFor(m_state.entity)) {
        const Io::RecordColumns columns(m_state.entity, rules->targets());
        targets = columns.targetNames();
        remembered = columns.remembered(m_db, m_state.headers);
        suggested = columns.suggest(m_state.headers);
    }
    m_remembered = remembered.ok() && remembered->headers.size() == m_state.headers.size()
                   && remembered->mappedCount() > 0;
    return m_remembered ? *remembered : suggested;
}

void ImportMappingPage::initializePage()
{
    QStringList targets;
    const Io::ColumnMapping mapping = initialMapping(targets);
    m_note->setText(m_remembered        ? tr("This layout of file was imported before: its mapping is applied.")
                    : m_state.hasHeader ? tr("Suggested from the column headers.")
                                        : tr("The file has no header row: choose what each column holds."));
    m_table->setRowCount(int(m_state.headers.size()));
    for (int c = 0; c < m_state.headers.size(); ++c) {
        m_table->setItem(c, HeaderColumn, new QTableWidgetItem(m_state.headers.at(c)));
        auto *box = new QComboBox(m_table);
        box->addItem(tr("Ignore"), QString());
        for (const QString &target : targets)
            box->addItem(targetLabel(m_state.entity, target), target);
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
    m_problem->clear();
    const bool orders = m_state.entity == u"order";
    m_dateRow->setVisible(orders);
    if (!orders)
        return;
    m_dateColumn = -1;
    suggestDateFormat();
    for (int c = 0; c < m_state.headers.size(); ++c) {
        connect(fieldBox(c), &QComboBox::currentIndexChanged, this, [this] {
            m_problem->clear();
            suggestDateFormat();
        });
    }
}

// When the date column changes: the offered format most of its first values parse with (a
// format the user chose stays while the date column does).
void ImportMappingPage::suggestDateFormat()
{
    const qsizetype column = chosenMapping().fields.indexOf(QStringLiteral("order_date"));
    if (column < 0 || column == m_dateColumn)
        return;
    m_dateColumn = column;
    QStringList samples;
    for (const QStringList &row : std::as_const(m_state.sampleRows))
        samples << row.value(column);
    const int index = m_dateFormat->findData(OrderColumns::suggestDateFormat(samples));
    if (index >= 0)
        m_dateFormat->setCurrentIndex(index);
}

Io::ColumnMapping ImportMappingPage::chosenMapping() const
{
    Io::ColumnMapping mapping;
    mapping.headers = m_state.headers;
    for (int c = 0; c < m_state.headers.size(); ++c)
        mapping.fields.append(fieldBox(c) ? fieldBox(c)->currentData().toString() : QString());
    return mapping;
}

bool ImportMappingPage::validatePage()
{
    m_state.mapping = chosenMapping();
    if (m_state.entity != u"order")
        return true;
    m_state.dateFormat = m_dateFormat->currentData().toString();
    m_problem->setText(OrderColumns::problemOf(m_state.mapping));
    return m_problem->text().isEmpty();
}

} // namespace Kizuna::Ui
