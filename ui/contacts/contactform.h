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

// The fields of a contact as a form: name and reading (family name first), email and phones,
// company, department and title, address (postal code, prefecture, city, street), birthday,
// kind, lifecycle stage, source, owner and notes. Checks what is typed as it is typed (email,
// phone, postal code, dates, a name) and shows each problem under its field; changes() gives
// only the fields that differ from the loaded record.
class ContactForm final : public QWidget
{
    Q_OBJECT

public:
    explicit ContactForm(Storage::Database &db, QWidget *parent = nullptr);

    // Shows a stored contact (an empty record: a new contact).
    void load(const Model::Record &record);
    // The fields that differ from what was loaded, as the record store takes them.
    Model::FieldValues changes() const;
    // Every field that is filled in (for a new contact).
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
    QLineEdit *addLine(const QString &field, const QString &placeholder = {});
    QComboBox *addChoice(const QString &field, const QList<QPair<QString, QString>> &choices);
    void addProblemLabel(const QString &field);
    void checkField(const QString &field);
    QString fieldText(const QString &field) const;
    QString companyIdFor(const QString &name) const;

    Storage::Database &m_db;
    QHash<QString, QLineEdit *> m_lines;
    QHash<QString, QComboBox *> m_combos;
    QHash<QString, QLabel *> m_problems;
    QPlainTextEdit *m_notes = nullptr;
    Model::Record m_loaded;
    QString m_loadedCompanyName;
    QFormLayout *m_layout = nullptr;
};

} // namespace Kizuna::Ui
