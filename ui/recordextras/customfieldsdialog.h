// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/customfields.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Kizuna::Ui {

class EditSession;

// Defines the custom fields of contacts, companies and deals: add one, change its label, key,
// type or choices (one per line), move it up or down, delete it. The key comes from the label
// when left empty and is unique per kind of record. Every change is an undo step of the session
// and shows on the open record pages at once.
class CustomFieldsDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CustomFieldsDialog(EditSession &session, const QString &entity = QStringLiteral("contact"),
                                QWidget *parent = nullptr);

    void setEntity(const QString &entity);
    QString entity() const;

    // What the buttons do.
    void startNew();
    bool saveField();
    bool deleteField();
    bool moveField(int delta);

    const QList<Model::CustomFieldDef> &fields() const { return m_fields; }
    QComboBox *entityBox() const { return m_entity; }
    QListWidget *list() const { return m_list; }
    QLineEdit *labelEdit() const { return m_label; }
    QLineEdit *keyEdit() const { return m_key; }
    QComboBox *typeBox() const { return m_type; }
    QPlainTextEdit *choicesEdit() const { return m_choices; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *saveButton() const { return m_save; }

private:
    void reload();
    void showSelected();
    int selectedRow() const;
    void updateButtons();
    bool report(const Status &status);

    EditSession &m_session;
    QList<Model::CustomFieldDef> m_fields;
    QString m_editingId; // empty: a new field
    QComboBox *m_entity = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_label = nullptr;
    QLineEdit *m_key = nullptr;
    QComboBox *m_type = nullptr;
    QPlainTextEdit *m_choices = nullptr;
    QLabel *m_problem = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
};

} // namespace Kizuna::Ui
