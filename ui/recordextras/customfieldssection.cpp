// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/recordextras/customfieldssection.h"

#include "ui/common/editsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <algorithm>

namespace Kizuna::Ui {

namespace Custom = Model::CustomFields;

namespace {

bool sameDefinitions(const QList<Model::CustomFieldDef> &a, const QList<Model::CustomFieldDef> &b)
{
    return std::equal(a.cbegin(), a.cend(), b.cbegin(), b.cend(), [](const auto &x, const auto &y) {
        return x.id == y.id && x.key == y.key && x.label == y.label && x.type == y.type && x.choices == y.choices;
    });
}

} // namespace

CustomFieldsSection::CustomFieldsSection(EditSession &session, const QString &entity, QWidget *parent)
    : RecordSection(parent)
    , m_session(session)
    , m_entity(entity)
    , m_heading(new QLabel(tr("<b>Custom fields</b>"), this))
{
    setObjectName(entity + u"CustomFields");
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    m_layout = new QFormLayout;
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(m_layout);
    connect(&m_session, &EditSession::recordChanged, this, &CustomFieldsSection::recordChanged);
    rebuild();
}

void CustomFieldsSection::load(const QString &recordId)
{
    m_id = recordId;
    rebuild(); // the definitions may have changed elsewhere (the command line, another window)
    loadValues();
}

void CustomFieldsSection::rebuild()
{
    auto read = Custom::definitions(m_session.database(), m_entity);
    if (!read.ok())
        Q_EMIT errorOccurred(read.error().message);
    const QList<Model::CustomFieldDef> definitions = read.ok() ? *read : QList<Model::CustomFieldDef>();
    if (!m_rows.isEmpty() && sameDefinitions(definitions, fields()))
        return;
    while (m_layout->rowCount() > 0)
        m_layout->removeRow(0);
    m_rows.clear();
    for (const Model::CustomFieldDef &field : definitions) {
        Row row {field, makeEditor(field), nullptr};
        m_layout->addRow(field.label, row.editor);
        if (field.type == u"number" || field.type == u"date") {
            row.problem = new QLabel(this);
            row.problem->setObjectName(u"customProblem_" + field.key);
            row.problem->setStyleSheet(QStringLiteral("color: #c62828;"));
            row.problem->setWordWrap(true);
            row.problem->hide();
            m_layout->addRow(QString(), row.problem);
        }
        m_rows << row;
    }
    m_heading->setVisible(!m_rows.isEmpty()); // (the section itself shows with its page)
}

QWidget *CustomFieldsSection::makeEditor(const Model::CustomFieldDef &field)
{
    QWidget *editor = nullptr;
    const QString fieldId = field.id;
    const auto changed = [this, fieldId] {
        for (const Row &row : std::as_const(m_rows)) {
            if (row.field.id == fieldId)
                check(row);
        }
        Q_EMIT edited();
    };
    if (field.type == u"bool") {
        auto *box = new QCheckBox(this);
        box->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed); // a click beside it does nothing
        connect(box, &QCheckBox::toggled, this, changed);
        editor = box;
    } else if (field.type == u"choice") {
        auto *combo = new QComboBox(this);
        combo->addItem(QString());
        combo->addItems(field.choices);
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
        editor = combo;
    } else {
        auto *line = new QLineEdit(this);
        if (field.type == u"number")
            line->setPlaceholderText(tr("a number, e.g. 12 or 3.5"));
        else if (field.type == u"date")
            line->setPlaceholderText(tr("YYYY-MM-DD"));
        connect(line, &QLineEdit::textChanged, this, changed);
        editor = line;
    }
    editor->setObjectName(u"custom_" + field.key);
    editor->setAccessibleName(field.label);
    return editor;
}

void CustomFieldsSection::loadValues()
{
    m_loaded.clear();
    if (!m_id.isEmpty()) {
        auto values = Custom::values(m_session.database(), m_id);
        if (values.ok())
            m_loaded = *values;
        else
            Q_EMIT errorOccurred(values.error().message);
    }
    for (const Row &row : std::as_const(m_rows)) {
        setEditorText(row, m_loaded.value(row.field.id));
        check(row);
    }
    Q_EMIT edited();
}

void CustomFieldsSection::setEditorText(const Row &row, const QString &value)
{
    const QSignalBlocker block(row.editor);
    if (auto *box = qobject_cast<QCheckBox *>(row.editor)) {
        box->setChecked(value == u"1");
    } else if (auto *combo = qobject_cast<QComboBox *>(row.editor)) {
        int index = combo->findText(value);
        if (index < 0) { // a value from before the choices changed: keep it
            combo->addItem(value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    } else if (auto *line = qobject_cast<QLineEdit *>(row.editor)) {
        line->setText(value);
    }
}

QString CustomFieldsSection::editorText(const Row &row) const
{
    if (const auto *box = qobject_cast<QCheckBox *>(row.editor))
        return box->isChecked() ? QStringLiteral("1") : QStringLiteral("0");
    if (const auto *combo = qobject_cast<QComboBox *>(row.editor))
        return combo->currentText();
    if (const auto *line = qobject_cast<QLineEdit *>(row.editor))
        return line->text();
    return {};
}

QString CustomFieldsSection::storedText(const Row &row) const
{
    return Custom::normalised(row.field, editorText(row));
}

QString CustomFieldsSection::loadedText(const Row &row) const
{
    const QString loaded = m_loaded.value(row.field.id);
    // An unchecked box and no value at all are the same to the user.
    if (row.field.type == u"bool" && loaded.isEmpty())
        return QStringLiteral("0");
    return loaded;
}

void CustomFieldsSection::check(const Row &row)
{
    if (!row.problem)
        return;
    const QString problem = Custom::check(row.field, editorText(row));
    row.problem->setText(problem);
    row.problem->setVisible(!problem.isEmpty());
}

QStringList CustomFieldsSection::problems() const
{
    QStringList list;
    for (const Row &row : m_rows) {
        if (!row.problem)
            continue; // text, yes/no and a choice from the list cannot be wrong
        const QString problem = Custom::check(row.field, editorText(row));
        if (!problem.isEmpty())
            list << row.field.label + u": " + problem;
    }
    return list;
}

QHash<QString, QString> CustomFieldsSection::changes() const
{
    QHash<QString, QString> changed;
    for (const Row &row : m_rows) {
        const QString now = storedText(row);
        if (now != loadedText(row))
            changed.insert(row.field.id, now);
    }
    return changed;
}

bool CustomFieldsSection::isModified() const
{
    return !changes().isEmpty();
}

Status CustomFieldsSection::save(const QString &recordId)
{
    const QHash<QString, QString> changed = changes();
    if (changed.isEmpty() || recordId.isEmpty())
        return {};
    QHash<QString, QString> previous;
    QStringList labels;
    for (const Row &row : std::as_const(m_rows)) {
        if (changed.contains(row.field.id)) {
            previous.insert(row.field.id, m_loaded.value(row.field.id));
            labels << row.field.label;
        }
    }
    Model::RecordStore &store = m_session.store();
    return m_session.perform(
        tr("Edit %1").arg(labels.join(u", ")), QStringLiteral("custom_field_value"), recordId,
        [&store, recordId, changed] { return Custom::setValues(store, recordId, changed); },
        [&store, recordId, previous] { return Custom::setValues(store, recordId, previous); });
}

QList<Model::CustomFieldDef> CustomFieldsSection::fields() const
{
    QList<Model::CustomFieldDef> list;
    for (const Row &row : m_rows)
        list << row.field;
    return list;
}

QWidget *CustomFieldsSection::editor(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.field.key == key)
            return row.editor;
    }
    return nullptr;
}

QLabel *CustomFieldsSection::problemLabel(const QString &key) const
{
    for (const Row &row : m_rows) {
        if (row.field.key == key)
            return row.problem;
    }
    return nullptr;
}

void CustomFieldsSection::recordChanged(const QString &entity, const QString &id)
{
    if (entity == u"custom_field") {
        rebuild();
        loadValues();
    } else if (entity == u"custom_field_value" && !m_id.isEmpty() && id == m_id) {
        loadValues();
    }
}

} // namespace Kizuna::Ui
