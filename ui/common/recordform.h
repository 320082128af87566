// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// The fields of one record (a contact, a company …) as a form, built row by row by the screen
// that shows it. Checks what is typed as it is typed — email, phone and mobile, postal code,
// dates, a company that must exist, fields of which one must be filled in — and shows each
// problem under its field; changes() gives only the fields that differ from the loaded record,
// converted to stored values.
class RecordForm final : public QWidget
{
    Q_OBJECT

public:
    // The pseudo-field of addCompanyField(): a company typed by name, stored as company_id.
    static const QString CompanyField;

    RecordForm(Storage::Database &db, const QString &entity, QWidget *parent = nullptr);

    QLineEdit *addLine(const QString &field, const QString &placeholder = {});
    QComboBox *addChoice(const QString &field, const QList<QPair<QString, QString>> &choices);
    // Choices from keys and a label function, optionally with an empty first entry.
    QComboBox *addChoice(const QString &field, const QStringList &keys, QString (*label)(const QString &),
                         bool allowEmpty);
    // The company by name (completed from the companies), stored as company_id.
    QLineEdit *addCompanyField();
    // The owner, one of the users.
    QComboBox *addOwnerField();
    QPlainTextEdit *addNotes(const QString &field = QStringLiteral("notes"));
    // At least one of `fields` must be filled in; the problem shows under the first of them.
    void requireOneOf(const QStringList &fields, const QString &message);

    // Shows a stored record (an empty record: a new one).
    void load(const Model::Record &record);
    // The fields that differ from what was loaded, as the record store takes them.
    Model::FieldValues changes() const;
    // Every field of the form (for a new record).
    Model::FieldValues values() const;
    // One line per problem, naming the field; empty when the form can be saved.
    QStringList problems() const;
    bool isModified() const { return !changes().isEmpty(); }

    QLineEdit *lineEdit(const QString &field) const { return m_lines.value(field); }
    QComboBox *comboBox(const QString &field) const { return m_combos.value(field); }
    QLabel *problemLabel(const QString &field) const { return m_problems.value(field); }

Q_SIGNALS:
    // Something was typed or chosen.
    void edited();

private:
    void addProblemLabel(const QString &field);
    void checkField(const QString &field);
    QString fieldText(const QString &field) const;
    QString companyIdFor(const QString &name) const;

    Storage::Database &m_db;
    QString m_entity;
    QFormLayout *m_layout = nullptr;
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QComboBox *> m_combos;
    QHash<QString, QPlainTextEdit *> m_texts;
    QHash<QString, QLabel *> m_problems;
    QStringList m_oneOf;
    QString m_oneOfMessage;
    Model::Record m_loaded;
    QString m_loadedCompanyName;
};

} // namespace Kizuna::Ui
