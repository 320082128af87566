// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/importpreviewpage.h"

#include "ui/importer/importmappingpage.h"
#include "ui/importer/importpreview.h"
#include "ui/importer/orderimportpreview.h"
#include "ui/importer/recordimportpreview.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kizuna::Ui {

namespace {

// A column's title: the field's label, short for orders.
QString columnTitle(const QString &entity, const QString &field)
{
    if (entity != u"order")
        return ImportMappingPage::targetLabel(entity, field);
    if (field == u"customer")
        return ImportPreviewPage::tr("Customer");
    if (field == u"contact")
        return ImportPreviewPage::tr("Contact");
    if (field == u"order_date")
        return ImportPreviewPage::tr("Order date");
    if (field == u"total")
        return ImportPreviewPage::tr("Amount");
    return ImportPreviewPage::tr("Order number");
}

} // namespace

ImportPreviewPage::ImportPreviewPage(ImportState &state, Storage::Database &db, QWidget *parent)
    : QWizardPage(parent), m_state(state), m_db(db)
{
    setTitle(tr("Preview"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();

    m_policyGroup = new QGroupBox(this);
    auto *group = m_policyGroup;
    m_policy = new QButtonGroup(this);
    auto *groupLayout = new QVBoxLayout(group);
    for (auto policy : {Io::DuplicatePolicy::Skip, Io::DuplicatePolicy::Update, Io::DuplicatePolicy::Create}) {
        auto *button = new QRadioButton(group);
        m_policy->addButton(button, static_cast<int>(policy));
        groupLayout->addWidget(button);
    }
    m_policy->button(static_cast<int>(Io::DuplicatePolicy::Skip))->setChecked(true);

    m_orderNote = new QLabel(tr("A customer not seen before becomes a new contact named after the customer "
                                "column, with source “import”. With an order number column, an order imported "
                                "before is skipped, so the same file can be imported again."),
                             this);
    m_orderNote->setWordWrap(true);
    auto *undoNote = new QLabel(tr("The import is written in one step: Cancel or an error leaves the database "
                                   "as it was, but once finished it cannot be taken back with Undo."),
                                this);
    undoNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(group);
    layout->addWidget(m_orderNote);
    layout->addWidget(undoNote);
}

void ImportPreviewPage::setPolicy(Io::DuplicatePolicy policy)
{
    m_policy->button(static_cast<int>(policy))->setChecked(true);
}

// The duplicate choices in the words of what the file holds.
void ImportPreviewPage::describePolicies()
{
    struct Words
    {
        QString title, skip, update, create;
    };
    Words words;
    if (m_state.entity == u"company")
        words = {tr("When a row is a company that exists already (same name or web domain)"),
                 tr("Skip the row, keep the company as it is"), tr("Fill the company's empty fields from the row"),
                 tr("Create a new company anyway")};
    else if (m_state.entity == u"activity")
        words = {tr("When a row is an activity that exists already (same record, type, time and subject)"),
                 tr("Skip the row"), tr("Update the activity with the row's values"),
                 tr("Create a new activity anyway")};
    else
        words = {tr("When a row is a contact that exists already (same email or phone)"),
                 tr("Skip the row, keep the contact as it is"), tr("Update the contact with the row's values"),
                 tr("Create a new contact anyway")};
    m_policyGroup->setTitle(words.title);
    m_policy->button(static_cast<int>(Io::DuplicatePolicy::Skip))->setText(words.skip);
    m_policy->button(static_cast<int>(Io::DuplicatePolicy::Update))->setText(words.update);
    m_policy->button(static_cast<int>(Io::DuplicatePolicy::Create))->setText(words.create);
}

void ImportPreviewPage::initializePage()
{
    describePolicies();
    const bool orders = m_state.entity == u"order";
    m_policyGroup->setVisible(!orders); // orders: the order number decides, not a policy
    m_orderNote->setVisible(orders);
    m_table->setVisible(!m_state.vcard);
    if (m_state.vcard) {
        m_message->setText(tr("Each card of the vCard file becomes a contact; further emails, phones and "
                              "addresses are added to it and categories become tags."));
        return;
    }
    showPreview();
}

void ImportPreviewPage::showPreview()
{
    m_table->clear();
    const bool contacts = m_state.entity == u"contact";
    auto preview = buildPreview();
    if (!preview.ok()) {
        m_message->setText(preview.error().message);
        m_table->setRowCount(0);
        return;
    }
    QStringList headers{tr("Line")};
    for (qsizetype i = 0; i < preview->fields.size(); ++i)
        headers.append(contacts && i == 0 ? tr("Name") : columnTitle(m_state.entity, preview->fields.at(i)));
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(preview->rows.size()));
    int problems = 0;
    for (int r = 0; r < preview->rows.size(); ++r) {
        const PreviewRow &row = preview->rows.at(r);
        m_table->setItem(r, 0, new QTableWidgetItem(QString::number(row.line)));
        bool bad = false;
        for (int c = 0; c < row.cells.size(); ++c) {
            auto *item = new QTableWidgetItem(row.cells.at(c).text);
            if (!row.cells.at(c).problem.isEmpty()) {
                item->setForeground(Qt::red);
                item->setBackground(QColor(255, 235, 235));
                item->setToolTip(row.cells.at(c).problem);
                bad = true;
            }
            m_table->setItem(r, c + 1, item);
        }
        problems += bad ? 1 : 0;
    }
    m_table->resizeColumnsToContents();
    m_message->setText(problems == 0
                           ? tr("The first %n row(s) as they will be imported.", nullptr, int(preview->rows.size()))
                           : tr("The first rows as they will be imported; %n row(s) in red will be rejected "
                                "(the reason is in the tooltip).",
                                nullptr, problems));
}

Result<PreviewTable> ImportPreviewPage::buildPreview()
{
    if (m_state.entity == u"order")
        return OrderImportPreview::build(m_db, m_state, PreviewRows);
    if (m_state.entity == u"contact")
        return ImportPreview::build(m_state.filePath, m_state.encoding, m_state.mapping, PreviewRows,
                                    m_state.separator);
    return RecordImportPreview::build(m_state.filePath, m_state.encoding, m_state.entity, m_state.mapping,
                                      PreviewRows, m_state.separator);
}

bool ImportPreviewPage::validatePage()
{
    m_state.policy = static_cast<Io::DuplicatePolicy>(m_policy->checkedId());
    return true;
}

} // namespace Kizuna::Ui
