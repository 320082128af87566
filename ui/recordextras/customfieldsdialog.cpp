// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recordextras/customfieldsdialog.h"

#include "core/model/entities.h"
#include "core/storage/transaction.h"
#include "ui/common/choicelabels.h"
#include "ui/common/editsession.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kizuna::Ui {

namespace Custom = Model::CustomFields;

namespace {

QString typeLabel(const QString &type)
{
    if (type == u"number")
        return CustomFieldsDialog::tr("Number");
    if (type == u"date")
        return CustomFieldsDialog::tr("Date (YYYY-MM-DD)");
    if (type == u"bool")
        return CustomFieldsDialog::tr("Yes/no");
    if (type == u"choice")
        return CustomFieldsDialog::tr("Choice");
    return CustomFieldsDialog::tr("Text");
}

// Positions 0, 1, 2 … in the given order. A free function: undo steps outlive the dialog.
Status writeOrder(Model::RecordStore &store, const QList<Model::CustomFieldDef> &ordered)
{
    Storage::Transaction transaction(store.database());
    if (!transaction.begun())
        return transaction.beginError();
    const Model::EntityDef &def = Model::entity(u"custom_field");
    for (int position = 0; position < ordered.size(); ++position)
        KIZUNA_TRY(store.update(def, ordered.at(position).id, {{QStringLiteral("position"), position}}));
    return transaction.commit();
}

} // namespace

CustomFieldsDialog::CustomFieldsDialog(EditSession &session, const QString &entity, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_entity(new QComboBox(this))
    , m_list(new QListWidget(this))
    , m_label(new QLineEdit(this))
    , m_key(new QLineEdit(this))
    , m_type(new QComboBox(this))
    , m_choices(new QPlainTextEdit(this))
    , m_problem(new QLabel(this))
    , m_new(new QPushButton(tr("&New field"), this))
    , m_save(new QPushButton(tr("&Save field"), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
    , m_up(new QPushButton(tr("Move &up"), this))
    , m_down(new QPushButton(tr("Move d&own"), this))
{
    setObjectName(QStringLiteral("customFieldsDialog"));
    setWindowTitle(tr("Custom fields"));
    for (const QString &name : Custom::entityNames())
        m_entity->addItem(ChoiceLabels::entity(name), name);
    for (const QString &type : Custom::types())
        m_type->addItem(typeLabel(type), type);
    m_entity->setObjectName(QStringLiteral("customFieldEntity"));
    m_list->setObjectName(QStringLiteral("customFieldList"));
    m_label->setObjectName(QStringLiteral("customFieldLabel"));
    m_key->setObjectName(QStringLiteral("customFieldKey"));
    m_key->setPlaceholderText(tr("made from the label when empty"));
    m_type->setObjectName(QStringLiteral("customFieldType"));
    m_choices->setObjectName(QStringLiteral("customFieldChoices"));
    m_choices->setPlaceholderText(tr("one choice per line"));
    m_choices->setTabChangesFocus(true);
    m_problem->setObjectName(QStringLiteral("customFieldProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_problem->setWordWrap(true);
    m_save->setDefault(true);
    m_new->setObjectName(QStringLiteral("customFieldNew"));
    m_save->setObjectName(QStringLiteral("customFieldSave"));
    m_delete->setObjectName(QStringLiteral("customFieldDelete"));
    m_up->setObjectName(QStringLiteral("customFieldUp"));
    m_down->setObjectName(QStringLiteral("customFieldDown"));

    auto *top = new QFormLayout;
    top->addRow(tr("Fields &of"), m_entity);
    auto *listButtons = new QHBoxLayout;
    for (QPushButton *button : {m_new, m_delete, m_up, m_down})
        listButtons->addWidget(button);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);
    auto *form = new QFormLayout;
    form->addRow(tr("&Label"), m_label);
    form->addRow(tr("&Key"), m_key);
    form->addRow(tr("&Type"), m_type);
    form->addRow(tr("&Choices"), m_choices);
    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addWidget(m_save, 0, Qt::AlignRight);
    auto *middle = new QHBoxLayout;
    middle->addLayout(left, 1);
    middle->addLayout(right, 1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(middle, 1);
    layout->addWidget(m_problem);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_entity, &QComboBox::currentIndexChanged, this, [this] {
        startNew();
        reload();
    });
    connect(m_list, &QListWidget::currentRowChanged, this, &CustomFieldsDialog::showSelected);
    connect(m_type, &QComboBox::currentIndexChanged, this, &CustomFieldsDialog::updateButtons);
    connect(m_new, &QPushButton::clicked, this, &CustomFieldsDialog::startNew);
    connect(m_save, &QPushButton::clicked, this, &CustomFieldsDialog::saveField);
    connect(m_delete, &QPushButton::clicked, this, &CustomFieldsDialog::deleteField);
    connect(m_up, &QPushButton::clicked, this, [this] { moveField(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveField(1); });
    connect(&m_session, &EditSession::recordChanged, this, [this](const QString &changed) {
        if (changed == u"custom_field")
            reload();
    });
    setEntity(entity);
    reload();
    startNew();
    resize(sizeHint().expandedTo(QSize(640, 380)));
}

void CustomFieldsDialog::setEntity(const QString &entity)
{
    m_entity->setCurrentIndex(qMax(0, m_entity->findData(entity)));
}

QString CustomFieldsDialog::entity() const
{
    return m_entity->currentData().toString();
}

void CustomFieldsDialog::reload()
{
    auto fields = Custom::definitions(m_session.database(), entity());
    m_problem->setText(fields.ok() ? QString() : fields.error().message);
    m_fields = fields.ok() ? *fields : QList<Model::CustomFieldDef>();
    const QSignalBlocker block(m_list);
    m_list->clear();
    int selected = -1;
    for (const Model::CustomFieldDef &field : std::as_const(m_fields)) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(field.label, typeLabel(field.type)), m_list);
        item->setData(Qt::UserRole, field.id);
        if (field.id == m_editingId)
            selected = m_list->count() - 1;
    }
    m_list->setCurrentRow(selected);
    if (selected < 0)
        m_editingId.clear();
    updateButtons();
}

int CustomFieldsDialog::selectedRow() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_fields.size() && m_list->currentItem()->isSelected() ? row : -1;
}

void CustomFieldsDialog::showSelected()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_fields.size())
        return;
    const Model::CustomFieldDef &field = m_fields.at(row);
    m_editingId = field.id;
    m_label->setText(field.label);
    m_key->setText(field.key);
    m_type->setCurrentIndex(qMax(0, m_type->findData(field.type)));
    m_choices->setPlainText(field.choices.join(u'\n'));
    m_problem->clear();
    updateButtons();
}

void CustomFieldsDialog::startNew()
{
    m_editingId.clear();
    {
        const QSignalBlocker block(m_list);
        m_list->setCurrentRow(-1);
        m_list->clearSelection();
    }
    m_label->clear();
    m_key->clear();
    m_type->setCurrentIndex(0);
    m_choices->clear();
    m_problem->clear();
    m_label->setFocus();
    updateButtons();
}

bool CustomFieldsDialog::report(const Status &status)
{
    m_problem->setText(status.ok() ? QString() : status.error().message);
    return status.ok();
}

bool CustomFieldsDialog::saveField()
{
    Model::CustomFieldDef field;
    field.id = m_editingId;
    field.entity = entity();
    field.key = m_key->text();
    field.label = m_label->text();
    field.type = m_type->currentData().toString();
    field.choices = Custom::parseChoices(m_choices->toPlainText());
    for (const Model::CustomFieldDef &existing : std::as_const(m_fields)) {
        if (existing.id == field.id)
            field.position = existing.position;
    }
    auto columns = Custom::definitionColumns(m_session.database(), field);
    if (!columns.ok())
        return report(columns.error());
    const QString label = columns->value(QStringLiteral("label")).toString();
    if (m_editingId.isEmpty()) {
        auto created = m_session.create(QStringLiteral("custom_field"), *columns,
                                        tr("Add the custom field \"%1\"").arg(label));
        if (!created.ok())
            return report(created.error());
        m_editingId = *created;
        reload();
        showSelected();
        return report({});
    }
    return report(m_session.update(QStringLiteral("custom_field"), m_editingId, *columns,
                                   tr("Change the custom field \"%1\"").arg(label)));
}

bool CustomFieldsDialog::deleteField()
{
    const int row = selectedRow();
    if (row < 0)
        return false;
    const Model::CustomFieldDef field = m_fields.at(row);
    if (!report(m_session.remove(QStringLiteral("custom_field"), field.id,
                                 tr("Delete the custom field \"%1\"").arg(field.label))))
        return false;
    startNew();
    return true;
}

bool CustomFieldsDialog::moveField(int delta)
{
    const int row = selectedRow();
    const int target = row + delta;
    if (row < 0 || target < 0 || target >= m_fields.size())
        return false;
    const QList<Model::CustomFieldDef> before = m_fields;
    QList<Model::CustomFieldDef> after = m_fields;
    after.move(row, target);
    Model::RecordStore &store = m_session.store();
    return report(m_session.perform(tr("Move the custom field \"%1\"").arg(before.at(row).label),
                                    QStringLiteral("custom_field"), before.at(row).id,
                                    [&store, after] { return writeOrder(store, after); },
                                    [&store, before] { return writeOrder(store, before); }));
}

void CustomFieldsDialog::updateButtons()
{
    const int row = selectedRow();
    m_delete->setEnabled(row >= 0);
    m_up->setEnabled(row > 0);
    m_down->setEnabled(row >= 0 && row + 1 < m_fields.size());
    m_choices->setEnabled(m_type->currentData().toString() == u"choice");
    m_save->setText(m_editingId.isEmpty() ? tr("&Add field") : tr("&Save field"));
}

} // namespace Kizuna::Ui
