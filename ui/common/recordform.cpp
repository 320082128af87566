// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/recordform.h"

#include "core/model/entities.h"
#include "core/model/fieldcheck.h"
#include "core/model/fieldvalue.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "ui/common/fieldlabels.h"
#include "ui/common/recordlookup.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Kizuna::Ui {

const QString RecordForm::CompanyField = QStringLiteral("company");

namespace {

bool isEmptyValue(const QVariant &value)
{
    return !value.isValid() || value.isNull() || value.toString().isEmpty();
}

} // namespace

RecordForm::RecordForm(Storage::Database &db, const QString &entity, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_entity(entity)
    , m_layout(new QFormLayout(this))
{
    setObjectName(entity + u"Form");
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
}

QLineEdit *RecordForm::addLine(const QString &field, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(u"field_" + field);
    edit->setPlaceholderText(placeholder);
    m_lines.insert(field, edit);
    const QString label = field == CompanyField ? FieldLabels::label(QStringLiteral("company_id"))
                                                : FieldLabels::label(m_entity, field);
    m_layout->addRow(label, edit);
    connect(edit, &QLineEdit::textChanged, this, [this, field] {
        checkField(field);
        Q_EMIT edited();
    });
    static const QStringList checked = {QStringLiteral("email"), QStringLiteral("phone"),
                                        QStringLiteral("mobile"), QStringLiteral("postal_code"),
                                        QStringLiteral("birthday"), CompanyField};
    if (checked.contains(field))
        addProblemLabel(field);
    return edit;
}

QLineEdit *RecordForm::addCompanyField()
{
    return addLine(CompanyField, tr("name of a company in Kizuna"));
}

void RecordForm::addProblemLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(u"problem_" + field);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    label->hide();
    m_problems.insert(field, label);
    m_layout->addRow(QString(), label);
}

QComboBox *RecordForm::addChoice(const QString &field, const QList<QPair<QString, QString>> &choices)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(u"field_" + field);
    for (const auto &[key, label] : choices)
        combo->addItem(label, key);
    m_combos.insert(field, combo);
    m_layout->addRow(FieldLabels::label(m_entity, field), combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &RecordForm::edited);
    return combo;
}

QComboBox *RecordForm::addChoice(const QString &field, const QStringList &keys, QString (*label)(const QString &),
                                 bool allowEmpty)
{
    QList<QPair<QString, QString>> list;
    if (allowEmpty)
        list.append({QString(), QString()});
    for (const QString &key : keys)
        list.append({key, label(key)});
    return addChoice(field, list);
}

QComboBox *RecordForm::addOwnerField()
{
    QList<QPair<QString, QString>> owners {{QString(), QString()}};
    if (auto users = m_db.prepare(QStringLiteral("SELECT id, name FROM users WHERE deleted_at IS NULL ORDER BY name"));
        users.ok()) {
        (void)users->forEachRow([&] { owners.append({users->columnText(0), users->columnText(1)}); });
    }
    return addChoice(QStringLiteral("owner_id"), owners);
}

QPlainTextEdit *RecordForm::addNotes(const QString &field)
{
    auto *notes = new QPlainTextEdit(this);
    notes->setObjectName(u"field_" + field);
    notes->setTabChangesFocus(true);
    notes->setFixedHeight(fontMetrics().height() * 5);
    m_texts.insert(field, notes);
    m_layout->addRow(FieldLabels::label(m_entity, field), notes);
    connect(notes, &QPlainTextEdit::textChanged, this, &RecordForm::edited);
    return notes;
}

void RecordForm::requireOneOf(const QStringList &fields, const QString &message)
{
    m_oneOf = fields;
    m_oneOfMessage = message;
    // The problem label goes right under the fields: insert it after the last of them.
    auto *label = new QLabel(this);
    label->setObjectName(u"problem_" + fields.constFirst());
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    label->hide();
    m_problems.insert(fields.constFirst(), label);
    int row = 0;
    QFormLayout::ItemRole role;
    m_layout->getWidgetPosition(m_lines.value(fields.constLast()), &row, &role);
    m_layout->insertRow(row + 1, QString(), label);
    for (const QString &field : fields) {
        if (QLineEdit *edit = m_lines.value(field))
            connect(edit, &QLineEdit::textChanged, this, [this, fields] { checkField(fields.constFirst()); });
    }
}

void RecordForm::load(const Model::Record &record)
{
    m_loaded = record;
    m_loadedCompanyName.clear();
    const QString companyId = record.value(QStringLiteral("company_id")).toString();
    if (!companyId.isEmpty()) {
        m_loadedCompanyName = RecordLookup::text(m_db, "SELECT name FROM companies WHERE id = ?1", companyId);
    }
    const Model::EntityDef &def = Model::entity(m_entity);
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setText(it.key() == CompanyField ? m_loadedCompanyName : record.value(it.key()).toString());
    }
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const QSignalBlocker block(it.value());
        QString key = record.value(it.key()).toString();
        const Model::FieldDef *field = def.field(it.key());
        if (key.isEmpty() && field && field->type == Model::FieldType::Choice && record.id.isEmpty()
            && it.value()->findData(QString()) < 0)
            key = it.value()->itemData(0).toString(); // a new record starts with the first choice
        if (key.isEmpty() && it.key() == u"lifecycle_stage")
            key = QStringLiteral("lead");
        it.value()->setCurrentIndex(qMax(0, it.value()->findData(key)));
    }
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setPlainText(record.value(it.key()).toString());
    }
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        checkField(it.key());
}

QString RecordForm::fieldText(const QString &field) const
{
    if (const QPlainTextEdit *text = m_texts.value(field))
        return text->toPlainText().trimmed();
    if (const QLineEdit *edit = m_lines.value(field))
        return edit->text().trimmed();
    if (const QComboBox *combo = m_combos.value(field))
        return combo->currentData().toString();
    return {};
}

QString RecordForm::companyIdFor(const QString &name) const
{
    return RecordLookup::companyIdByName(m_db, name);
}

void RecordForm::checkField(const QString &field)
{
    QLabel *label = m_problems.value(field);
    if (!label)
        return;
    const QString text = fieldText(field);
    QString problem;
    if (!m_oneOf.isEmpty() && field == m_oneOf.constFirst()) {
        bool any = false;
        for (const QString &required : m_oneOf)
            any = any || !fieldText(required).isEmpty();
        if (!any)
            problem = m_oneOfMessage;
    } else if (field == u"email") {
        problem = Model::FieldCheck::email(text);
    } else if (field == u"phone" || field == u"mobile") {
        problem = Model::FieldCheck::phone(text);
    } else if (field == u"postal_code") {
        problem = Model::FieldCheck::postalCode(text);
    } else if (field == u"birthday") {
        problem = Model::FieldCheck::date(text);
    } else if (field == CompanyField && !text.isEmpty() && text != m_loadedCompanyName
               && companyIdFor(text).isEmpty()) {
        problem = tr("There is no company named \"%1\"; add it on the Companies screen first").arg(text);
    }
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
}

QStringList RecordForm::problems() const
{
    QStringList list;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        if (!it.value()->text().isEmpty()) {
            const QString field = it.key() == CompanyField ? QStringLiteral("company_id") : it.key();
            list << FieldLabels::label(m_entity, field) + u": " + it.value()->text();
        }
    }
    list.sort();
    return list;
}

Model::FieldValues RecordForm::values() const
{
    const Model::EntityDef &def = Model::entity(m_entity);
    Model::FieldValues values;
    for (const Model::FieldDef &field : def.fields) {
        if (field.name == u"company_id" && m_lines.contains(CompanyField)) {
            const QString company = fieldText(CompanyField);
            values.insert(field.name, company.isEmpty()                ? QVariant()
                                      : company == m_loadedCompanyName ? m_loaded.value(field.name)
                                                                       : QVariant(companyIdFor(company)));
            continue;
        }
        if (!m_lines.contains(field.name) && !m_combos.contains(field.name) && !m_texts.contains(field.name))
            continue;
        QString text = fieldText(field.name);
        if (field.name == u"postal_code")
            text = Model::FieldCheck::normalisedPostalCode(text);
        auto stored = Model::toStoredValue(def, field, text);
        values.insert(field.name, stored.ok() ? *stored : QVariant(text));
    }
    return values;
}

Model::FieldValues RecordForm::changes() const
{
    Model::FieldValues changed;
    const Model::FieldValues current = values();
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        const QVariant before = m_loaded.value(it.key());
        const bool beforeEmpty = isEmptyValue(before);
        const bool nowEmpty = isEmptyValue(it.value());
        if (beforeEmpty && nowEmpty)
            continue;
        if (beforeEmpty != nowEmpty || before.toString() != it.value().toString())
            changed.insert(it.key(), it.value());
    }
    return changed;
}

} // namespace Kizuna::Ui
