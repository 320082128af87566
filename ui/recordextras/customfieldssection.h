// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/customfields.h"
#include "ui/recordextras/recordsection.h"

#include <QHash>
#include <QList>

class QFormLayout;
class QLabel;

namespace Kizuna::Ui {

class EditSession;

// The custom fields of a contact or company (Model::CustomFields), under its form, in the order
// of their positions: a line for text, a checked line for numbers and dates (the problem shows
// under the field), a check box for yes/no and a list for a choice. Saved with the form, in the
// same undo step; follows changes of the definitions (CustomFieldsDialog) at once.
class CustomFieldsSection final : public RecordSection
{
    Q_OBJECT

public:
    CustomFieldsSection(EditSession &session, const QString &entity, QWidget *parent = nullptr);

    void load(const QString &recordId) override;
    QStringList problems() const override;
    bool isModified() const override;
    Status save(const QString &recordId) override;

    QList<Model::CustomFieldDef> fields() const;
    // The editor of a field by key (QLineEdit, QCheckBox or QComboBox; nullptr if none).
    QWidget *editor(const QString &key) const;
    QLabel *problemLabel(const QString &key) const;

private:
    struct Row
    {
        Model::CustomFieldDef field;
        QWidget *editor = nullptr;
        QLabel *problem = nullptr;
    };

    void rebuild();
    void loadValues();
    QWidget *makeEditor(const Model::CustomFieldDef &field);
    void setEditorText(const Row &row, const QString &value);
    QString editorText(const Row &row) const;
    QString storedText(const Row &row) const;
    QString loadedText(const Row &row) const;
    void check(const Row &row);
    // Field id → new value for the fields that differ from what was loaded.
    QHash<QString, QString> changes() const;
    void recordChanged(const QString &entity, const QString &id);

    EditSession &m_session;
    QString m_entity;
    QString m_id;
    QLabel *m_heading = nullptr;
    QFormLayout *m_layout = nullptr;
    QList<Row> m_rows;
    QHash<QString, QString> m_loaded; // field id → stored value
};

} // namespace Kizuna::Ui
