// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Kizuna::Ui {

class EditSession;

// "Convert lead…": turns a lead into a customer in one undoable step — its company (an existing
// one chosen by name, or a new one when the name is new), and optionally a first deal (title,
// amount, pipeline and stage). The contact keeps its timeline, tags and owner.
class LeadConversionDialog final : public QDialog
{
    Q_OBJECT

public:
    LeadConversionDialog(EditSession &session, const QString &contactId, QWidget *parent = nullptr);

    // Shows the dialog for a contact and converts it when confirmed; true if it was converted.
    static bool convert(EditSession &session, const QString &contactId, QWidget *parent);

    // Converts with what the dialog holds (one undo step); false with the problem shown.
    bool apply();

    QLineEdit *companyEdit() const { return m_company; }
    QCheckBox *createDealBox() const { return m_createDeal; }
    QLineEdit *dealTitleEdit() const { return m_title; }
    QLineEdit *amountEdit() const { return m_amount; }
    QComboBox *pipelineBox() const { return m_pipeline; }
    QComboBox *stageBox() const { return m_stage; }
    QLabel *problemLabel() const { return m_problem; }
    // The deal created by apply(), if any.
    QString createdDealId() const { return m_createdDealId; }

private:
    void loadContact();
    void loadPipelines();
    void loadStages();
    QString companyIdFor(const QString &name) const;

    EditSession &m_session;
    QString m_contactId;
    QString m_contactName;
    QString m_createdDealId;
    QLabel *m_heading = nullptr;
    QLineEdit *m_company = nullptr;
    QLabel *m_companyNote = nullptr;
    QCheckBox *m_createDeal = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_amount = nullptr;
    QComboBox *m_pipeline = nullptr;
    QComboBox *m_stage = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kizuna::Ui
