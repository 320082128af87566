// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/contacts/contactform.h"

#include "core/model/entities.h"
#include "core/model/fieldcheck.h"
#include "core/model/fieldvalue.h"
#include "core/model/prefectures.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "ui/common/choicelabels.h"
#include "ui/common/fieldlabels.h"

#include <QComboBox>
#include <QCompleter>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace Kizuna::Ui {

namespace {

const QString CompanyField = QStringLiteral("company");

QList<QPair<QString, QString>> choiceList(const QStringList &keys, QString (*label)(const QString &),
                                          bool allowEmpty)
{
    QList<QPair<QString, QString>> list;
    if (allowEmpty)
        list.append({QString(), QString()});
    for (const QString &key : keys)
        list.append({key, label(key)});
    return list;
}

} // namespace

ContactForm::ContactForm(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_notes(new QPlainTextEdit(this))
    , m_layout(new QFormLayout(this))
{
    setObjectName(QStringLiteral("contactForm"));
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    addLine(QStringLiteral("family_name"), tr("e.g. 山田 / Smith"));
    addLine(QStringLiteral("given_name"), tr("e.g. 太郎 / John"));
    addLine(QStringLiteral("family_name_reading"), tr("katakana or hiragana, e.g. ヤマダ"));
    addLine(QStringLiteral("given_name_reading"), tr("katakana or hiragana, e.g. タロウ"));
    addProblemLabel(QStringLiteral("family_name"));
    addLine(QStringLiteral("email"), QStringLiteral("name@example.co.jp"));
    addLine(QStringLiteral("phone"), QStringLiteral("03-1234-5678"));
    addLine(QStringLiteral("mobile"), QStringLiteral("090-1234-5678"));
    addLine(CompanyField, tr("name of a company in Kizuna"));
    addLine(QStringLiteral("department"));
    addLine(QStringLiteral("title"));
    addLine(QStringLiteral("postal_code"), QStringLiteral("150-0001"));
    QLineEdit *prefecture = addLine(QStringLiteral("prefecture"));
    auto *prefectures = new QCompleter(Model::japanesePrefectures(), prefecture);
    prefectures->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    prefecture->setCompleter(prefectures);
    addLine(QStringLiteral("city"));
    addLine(QStringLiteral("address_line"));
    addLine(QStringLiteral("birthday"), tr("YYYY-MM-DD"));
    addChoice(QStringLiteral("kind"), choiceList(Model::Choices::contactKinds(), &ChoiceLabels::contactKind, false));
    addChoice(QStringLiteral("lifecycle_stage"),
              choiceList(Model::Choices::lifecycleStages(), &ChoiceLabels::lifecycleStage, false));
    addChoice(QStringLiteral("source"),
              choiceList(Model::Choices::sourceChannels(), &ChoiceLabels::sourceChannel, true));
    QList<QPair<QString, QString>> owners {{QString(), QString()}};
    if (auto users = m_db.prepare(QStringLiteral(
            "SELECT id, name FROM users WHERE deleted_at IS NULL ORDER BY name"));
        users.ok()) {
        (void)users->forEachRow([&] { owners.append({users->columnText(0), users->columnText(1)}); });
    }
    addChoice(QStringLiteral("owner_id"), owners);
    m_notes->setObjectName(QStringLiteral("field_notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(fontMetrics().height() * 5);
    m_layout->addRow(FieldLabels::label(QStringLiteral("notes")), m_notes);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ContactForm::edited);
    load({});
}

QLineEdit *ContactForm::addLine(const QString &field, const QString &placeholder)
{
    auto *edit = new QLineEdit(this);
    edit->setObjectName(u"field_" + field);
    edit->setPlaceholderText(placeholder);
    m_lines.insert(field, edit);
    const QString label = field == CompanyField ? FieldLabels::label(QStringLiteral("company_id"))
                                                : FieldLabels::label(field);
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

void ContactForm::addProblemLabel(const QString &field)
{
    auto *label = new QLabel(this);
    label->setObjectName(u"problem_" + field);
    label->setStyleSheet(QStringLiteral("color: #c62828;"));
    label->setWordWrap(true);
    label->hide();
    m_problems.insert(field, label);
    m_layout->addRow(QString(), label);
}

QComboBox *ContactForm::addChoice(const QString &field, const QList<QPair<QString, QString>> &choices)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(u"field_" + field);
    for (const auto &[key, label] : choices)
        combo->addItem(label, key);
    m_combos.insert(field, combo);
    m_layout->addRow(FieldLabels::label(field), combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &ContactForm::edited);
    return combo;
}

void ContactForm::load(const Model::Record &record)
{
    m_loaded = record;
    m_loadedCompanyName.clear();
    const QString companyId = record.value(QStringLiteral("company_id")).toString();
    if (!companyId.isEmpty()) {
        if (auto name = m_db.cached("SELECT name FROM companies WHERE id = ?1"); name.ok()) {
            (*name)->bind(1, companyId);
            if (auto row = (*name)->step(); row.ok() && *row)
                m_loadedCompanyName = (*name)->columnText(0);
        }
    }
    const QSignalBlocker blockNotes(m_notes);
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        const QSignalBlocker block(it.value());
        it.value()->setText(it.key() == CompanyField ? m_loadedCompanyName
                                                     : record.value(it.key()).toString());
    }
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        const QSignalBlocker block(it.value());
        QString key = record.value(it.key()).toString();
        if (key.isEmpty() && it.key() == u"kind")
            key = QStringLiteral("lead");
        if (key.isEmpty() && it.key() == u"lifecycle_stage")
            key = QStringLiteral("lead");
        it.value()->setCurrentIndex(qMax(0, it.value()->findData(key)));
    }
    m_notes->setPlainText(record.value(QStringLiteral("notes")).toString());
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it)
        checkField(it.key());
}

QString ContactForm::fieldText(const QString &field) const
{
    if (field == u"notes")
        return m_notes->toPlainText().trimmed();
    if (const QLineEdit *edit = m_lines.value(field))
        return edit->text().trimmed();
    if (const QComboBox *combo = m_combos.value(field))
        return combo->currentData().toString();
    return {};
}

QString ContactForm::companyIdFor(const QString &name) const
{
    auto find = m_db.cached("SELECT id FROM companies WHERE name = ?1 AND deleted_at IS NULL "
                            "ORDER BY created_at LIMIT 1");
    if (!find.ok())
        return {};
    (*find)->bind(1, name);
    auto row = (*find)->step();
    return row.ok() && *row ? (*find)->columnText(0) : QString();
}

void ContactForm::checkField(const QString &field)
{
    QLabel *label = m_problems.value(field);
    if (!label)
        return;
    const QString text = fieldText(field);
    QString problem;
    if (field == u"email")
        problem = Model::FieldCheck::email(text);
    else if (field == u"phone" || field == u"mobile")
        problem = Model::FieldCheck::phone(text);
    else if (field == u"postal_code")
        problem = Model::FieldCheck::postalCode(text);
    else if (field == u"birthday")
        problem = Model::FieldCheck::date(text);
    else if (field == CompanyField && !text.isEmpty() && text != m_loadedCompanyName
             && companyIdFor(text).isEmpty())
        problem = tr("There is no company named \"%1\"; add it on the Companies screen first").arg(text);
    else if (field == u"family_name" && text.isEmpty() && fieldText(QStringLiteral("given_name")).isEmpty())
        problem = tr("Enter a family name or a given name");
    label->setText(problem);
    label->setVisible(!problem.isEmpty());
    if (field == u"given_name")
        checkField(QStringLiteral("family_name"));
}

QStringList ContactForm::problems() const
{
    QStringList list;
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        if (!it.value()->text().isEmpty()) {
            const QString field = it.key() == CompanyField ? QStringLiteral("company_id") : it.key();
            list << FieldLabels::label(field) + u": " + it.value()->text();
        }
    }
    list.sort();
    return list;
}

Model::FieldValues ContactForm::values() const
{
    const Model::EntityDef &contact = Model::entity(u"contact");
    Model::FieldValues values;
    for (const Model::FieldDef &field : contact.fields) {
        if (field.name == u"company_id") {
            const QString company = fieldText(CompanyField);
            values.insert(field.name, company.isEmpty() ? QVariant()
                                      : company == m_loadedCompanyName
                                          ? m_loaded.value(field.name)
                                          : QVariant(companyIdFor(company)));
            continue;
        }
        if (!m_lines.contains(field.name) && !m_combos.contains(field.name) && field.name != u"notes")
            continue;
        QString text = fieldText(field.name);
        if (field.name == u"postal_code")
            text = Model::FieldCheck::normalisedPostalCode(text);
        auto stored = Model::toStoredValue(contact, field, text);
        values.insert(field.name, stored.ok() ? *stored : QVariant(text));
    }
    return values;
}

Model::FieldValues ContactForm::changes() const
{
    Model::FieldValues changed;
    const Model::FieldValues current = values();
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        const QVariant before = m_loaded.value(it.key());
        const bool beforeEmpty = !before.isValid() || before.isNull() || before.toString().isEmpty();
        const bool nowEmpty = !it.value().isValid() || it.value().isNull() || it.value().toString().isEmpty();
        if (beforeEmpty && nowEmpty)
            continue;
        if (beforeEmpty != nowEmpty || before.toString() != it.value().toString())
            changed.insert(it.key(), it.value());
    }
    return changed;
}

} // namespace Kizuna::Ui
