// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/segments/segmentvalueeditor.h"

#include "core/model/prefectures.h"
#include "core/storage/database.h"
#include "core/storage/statement.h"
#include "ui/common/recordlookup.h"
#include "ui/segments/segmentlabels.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QRegularExpression>
#include <QToolButton>

namespace Kizuna::Ui {

namespace {

using Segments::SegmentOperator;
using Segments::SegmentSource;
using Segments::SegmentValueType;

bool isEmptyValue(const QVariant &value)
{
    return !value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty());
}

bool isNumeric(SegmentValueType type)
{
    return type == SegmentValueType::Integer || type == SegmentValueType::Number;
}

bool isDate(SegmentValueType type)
{
    return type == SegmentValueType::Date || type == SegmentValueType::DateTime;
}

QStringList column(Storage::Database &db, const char *sql)
{
    QStringList values;
    if (auto rows = db.prepare(QString::fromUtf8(sql)); rows.ok())
        (void)rows->forEachRow([&] { values << rows->columnText(0); });
    return values;
}

} // namespace

SegmentValueEditor::SegmentValueEditor(Storage::Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_layout(new QHBoxLayout(this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

SegmentValueEditor::Options SegmentValueEditor::optionsFor(const Segments::SegmentField &field) const
{
    Options options;
    if (field.type == SegmentValueType::Choice) {
        for (const QString &key : field.choices)
            options.append({ key, SegmentLabels::choice(field.name, key) });
    } else if (field.type == SegmentValueType::Bool) {
        options.append({ true, tr("Yes") });
        options.append({ false, tr("No") });
    } else if (field.name == u"owner_id") {
        if (auto rows = m_db.prepare(
                QStringLiteral("SELECT id, name FROM users WHERE deleted_at IS NULL ORDER BY name, id"));
            rows.ok())
            (void)rows->forEachRow([&] { options.append({ rows->columnText(0), rows->columnText(1) }); });
    }
    return options;
}

QStringList SegmentValueEditor::completionsFor(const Segments::SegmentField &field) const
{
    if (field.name == u"prefecture")
        return Model::japanesePrefectures();
    if (field.source == SegmentSource::Tag)
        return column(m_db, "SELECT name FROM tags WHERE deleted_at IS NULL ORDER BY name");
    if (field.source == SegmentSource::PurchasedCategory)
        return column(m_db, "SELECT DISTINCT category FROM products WHERE deleted_at IS NULL "
                            "AND category IS NOT NULL ORDER BY category LIMIT 2000");
    if (field.source == SegmentSource::PurchasedProduct)
        return column(m_db, "SELECT sku FROM products WHERE deleted_at IS NULL AND sku IS NOT NULL "
                            "ORDER BY sku LIMIT 2000");
    if (field.name == u"company_id")
        return column(m_db, "SELECT name FROM companies WHERE deleted_at IS NULL ORDER BY name LIMIT 2000");
    return {};
}

Result<QVariant> SegmentValueEditor::convert(const QString &typed) const
{
    QString text = typed.trimmed();
    if (text.isEmpty())
        return QVariant();
    if (isNumeric(m_field.type)) {
        // Full-width digits and thousands separators as people type them: "１０，０００" → 10000.
        text = text.normalized(QString::NormalizationForm_KC);
        text.remove(QRegularExpression(QStringLiteral("[,\\s]")));
        return QVariant(text);
    }
    if (m_field.name == u"company_id") {
        const QString id = RecordLookup::companyIdByName(m_db, text);
        if (id.isEmpty())
            return Error::badInput(tr("there is no company named \"%1\"").arg(text));
        return QVariant(id);
    }
    return QVariant(text);
}

QVariant SegmentValueEditor::shown(const QVariant &value) const
{
    if (m_field.name == u"company_id") {
        const QString name = RecordLookup::text(
            m_db, "SELECT name FROM companies WHERE id = ?1", value.toString());
        return name.isEmpty() ? value : QVariant(name);
    }
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    return value;
}

SegmentValueEditor::Input SegmentValueEditor::single(const Options &options)
{
    if (!options.isEmpty()) {
        auto *box = new QComboBox(this);
        for (const auto &[key, label] : options)
            box->addItem(label, key);
        connect(box, &QComboBox::currentIndexChanged, this, &SegmentValueEditor::edited);
        return { box, [box]() -> Result<QVariant> { return box->currentData(); },
                 [box](const QVariant &value) {
                     for (int i = 0; i < box->count(); ++i) {
                         if (box->itemData(i) == value)
                             box->setCurrentIndex(i);
                     }
                 } };
    }
    if (isDate(m_field.type)) {
        auto *edit = new QDateEdit(QDate::currentDate(), this);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        connect(edit, &QDateEdit::dateChanged, this, &SegmentValueEditor::edited);
        return { edit, [edit]() -> Result<QVariant> { return QVariant(edit->date().toString(Qt::ISODate)); },
                 [edit](const QVariant &value) {
                     const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
                     if (date.isValid())
                         edit->setDate(date);
                 } };
    }
    auto *edit = new QLineEdit(this);
    if (isNumeric(m_field.type))
        edit->setPlaceholderText(tr("number"));
    const QStringList completions = completionsFor(m_field);
    if (!completions.isEmpty()) {
        auto *completer = new QCompleter(completions, edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        completer->setFilterMode(Qt::MatchContains);
        edit->setCompleter(completer);
    }
    connect(edit, &QLineEdit::textChanged, this, &SegmentValueEditor::edited);
    return { edit, [this, edit] { return convert(edit->text()); },
             [this, edit](const QVariant &value) { edit->setText(shown(value).toString()); } };
}

SegmentValueEditor::Input SegmentValueEditor::multiChoice(const Options &options)
{
    auto *button = new QToolButton(this);
    button->setPopupMode(QToolButton::InstantPopup);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto *menu = new QMenu(button);
    for (const auto &[key, label] : options) {
        QAction *action = menu->addAction(label);
        action->setCheckable(true);
        action->setData(key);
    }
    button->setMenu(menu);
    const auto updateText = [button, menu] {
        QStringList chosen;
        for (const QAction *action : menu->actions()) {
            if (action->isChecked())
                chosen << action->text();
        }
        button->setText(chosen.isEmpty() ? tr("Choose…") : chosen.join(QStringLiteral(", ")));
    };
    updateText();
    connect(menu, &QMenu::triggered, this, [this, updateText] {
        updateText();
        Q_EMIT edited();
    });
    return { button,
             [menu]() -> Result<QVariant> {
                 QVariantList chosen;
                 for (const QAction *action : menu->actions()) {
                     if (action->isChecked())
                         chosen << action->data();
                 }
                 return chosen.isEmpty() ? QVariant() : QVariant(chosen);
             },
             [menu, updateText](const QVariant &value) {
                 const QVariantList wanted
                     = value.typeId() == QMetaType::QVariantList ? value.toList() : QVariantList { value };
                 for (QAction *action : menu->actions())
                     action->setChecked(wanted.contains(action->data()));
                 updateText();
             } };
}

SegmentValueEditor::Input SegmentValueEditor::list()
{
    Input one = single({});
    auto *edit = qobject_cast<QLineEdit *>(one.widget);
    if (!edit)
        return one;
    edit->setPlaceholderText(tr("values separated by commas"));
    // "VIP, 常連" or "VIP、常連": every item converted as a single value would be.
    one.read = [this, edit]() -> Result<QVariant> {
        QVariantList values;
        const QStringList items = edit->text().split(QRegularExpression(QStringLiteral("[,、，]")));
        for (const QString &item : items) {
            auto value = convert(item);
            if (!value.ok())
                return value.error();
            if (!isEmptyValue(*value))
                values << *value;
        }
        return values.isEmpty() ? QVariant() : QVariant(values);
    };
    one.write = [this, edit](const QVariant &value) {
        QStringList items;
        const QVariantList values
            = value.typeId() == QMetaType::QVariantList ? value.toList() : QVariantList { value };
        for (const QVariant &item : values)
            items << shown(item).toString();
        edit->setText(items.join(QStringLiteral(", ")));
    };
    return one;
}

void SegmentValueEditor::clearInputs()
{
    for (const Input &input : std::as_const(m_inputs))
        delete input.widget;
    m_inputs.clear();
    delete m_and;
    m_and = nullptr;
}

void SegmentValueEditor::configure(const Segments::SegmentField &field, Segments::SegmentOperator op)
{
    QVariantList carried;
    if (field.name == m_field.name && !m_inputs.isEmpty()) {
        if (auto previous = values(); previous.ok())
            carried = *previous;
    }
    const QSignalBlocker block(this);
    clearInputs();
    m_field = field;
    m_op = op;
    const Options options = optionsFor(field);
    switch (op) {
    case SegmentOperator::IsEmpty:
    case SegmentOperator::IsNotEmpty:
        break;
    case SegmentOperator::In:
    case SegmentOperator::NotIn:
        m_inputs.append(options.isEmpty() ? list() : multiChoice(options));
        break;
    case SegmentOperator::Between:
        m_inputs.append(single(options));
        m_and = new QLabel(tr("and"), this);
        m_inputs.append(single(options));
        break;
    default:
        m_inputs.append(single(options));
        break;
    }
    for (int i = 0; i < m_inputs.size(); ++i) {
        m_layout->addWidget(m_inputs.at(i).widget, 1);
        if (i == 0 && m_and)
            m_layout->addWidget(m_and);
    }
    if (!carried.isEmpty())
        setValues(carried);
}

Result<QVariantList> SegmentValueEditor::values() const
{
    QVariantList values;
    for (const Input &input : m_inputs) {
        auto value = input.read();
        if (!value.ok())
            return value.error();
        if (isEmptyValue(*value))
            return Error::badInput(m_op == SegmentOperator::In || m_op == SegmentOperator::NotIn
                                       ? tr("choose or enter at least one value")
                                       : tr("enter a value"));
        if (m_op == SegmentOperator::In || m_op == SegmentOperator::NotIn)
            values += value->toList();
        else
            values << *value;
    }
    return values;
}

void SegmentValueEditor::setValues(const QVariantList &values)
{
    const QSignalBlocker block(this);
    if (m_op == SegmentOperator::In || m_op == SegmentOperator::NotIn) {
        if (!m_inputs.isEmpty())
            m_inputs.first().write(values);
        return;
    }
    for (int i = 0; i < m_inputs.size() && i < values.size(); ++i)
        m_inputs.at(i).write(values.at(i));
}

QList<QWidget *> SegmentValueEditor::inputs() const
{
    QList<QWidget *> widgets;
    for (const Input &input : m_inputs)
        widgets << input.widget;
    return widgets;
}

} // namespace Kizuna::Ui
