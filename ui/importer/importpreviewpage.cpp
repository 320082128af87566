// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/importer/importpreviewpage.h"

#include "ui/importer/importmappingpage.h"
#include "ui/importer/importpreview.h"

#include <QButtonGroup>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QRadioButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Kizuna::Ui {

ImportPreviewPage::ImportPreviewPage(ImportState &state, QWidget *parent)
    : QWizardPage(parent), m_state(state)
{
    setTitle(tr("Preview"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();

    auto *group = new QGroupBox(tr("When a row is a contact that exists already (same email or phone)"), this);
    m_policy = new QButtonGroup(this);
    auto *groupLayout = new QVBoxLayout(group);
    const std::pair<Io::DuplicatePolicy, QString> choices[] = {
        {Io::DuplicatePolicy::Skip, tr("Skip the row, keep the contact as it is")},
        {Io::DuplicatePolicy::Update, tr("Update the contact with the row's values")},
        {Io::DuplicatePolicy::Create, tr("Create a new contact anyway")},
    };
    for (const auto &[policy, text] : choices) {
        auto *button = new QRadioButton(text, group);
        m_policy->addButton(button, static_cast<int>(policy));
        groupLayout->addWidget(button);
    }
    m_policy->button(static_cast<int>(Io::DuplicatePolicy::Skip))->setChecked(true);

    auto *undoNote = new QLabel(tr("The import is written in one step: Cancel or an error leaves the database "
                                   "as it was, but once finished it cannot be taken back with Undo."),
                                this);
    undoNote->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(group);
    layout->addWidget(undoNote);
}

void ImportPreviewPage::setPolicy(Io::DuplicatePolicy policy)
{
    m_policy->button(static_cast<int>(policy))->setChecked(true);
}

void ImportPreviewPage::initializePage()
{
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
    auto preview = ImportPreview::build(m_state.filePath, m_state.encoding, m_state.mapping, PreviewRows);
    if (!preview.ok()) {
        m_message->setText(preview.error().message);
        m_table->setRowCount(0);
        return;
    }
    QStringList headers{tr("Line"), tr("Name")};
    for (qsizetype i = 1; i < preview->fields.size(); ++i)
        headers.append(ImportMappingPage::targetLabel(preview->fields.at(i)));
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

bool ImportPreviewPage::validatePage()
{
    m_state.policy = static_cast<Io::DuplicatePolicy>(m_policy->checkedId());
    return true;
}

} // namespace Kizuna::Ui
