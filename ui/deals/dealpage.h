// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sales/deal.h"

#include <QString>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace Kizuna::Ui {

class DealLinesEditor;
class EditSession;
class RecordForm;
class RecordHistoryView;
class TimelineView;

// One deal as a page: its title, status, contact (a link) and company at the top with the stage
// and the Mark won (Ctrl+Shift+W) / Mark lost… (Ctrl+Shift+X) / Reopen (Ctrl+Shift+R) buttons,
// also in the page's context menu (the Menu key or Shift+F10) with their shortcuts; then the tabs Details (title, company, amount,
// currency, probability, expected close, owner and notes, saved as one undoable edit), Lines
// (line items from the catalogue; the amount follows their total), Timeline and History. Every
// change goes through the edit session, so Ctrl+Z undoes it, and the page follows any change of
// the deal made elsewhere (the board, an undo).
class DealPage final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { DetailsTab, LinesTab, TimelineTab, HistoryTab };

    explicit DealPage(EditSession &session, QWidget *parent = nullptr);

    // Shows a deal; false (and errorOccurred) if it cannot be read.
    bool showDeal(const QString &dealId);
    QString dealId() const { return m_deal.id; }
    const Sales::Deal &deal() const { return m_deal; }

    // Saves the Details form as one undo step; false if there was nothing valid to save.
    bool save();
    void revert();
    // Status changes, each one undo step. markLost() asks for the reason (LostReasonDialog).
    bool markWon();
    bool markLost();
    bool markLostWithReason(const QString &lostReasonId);
    bool reopen();
    // Moves the deal to a stage of its pipeline (one undo step).
    bool moveToStage(const QString &stageId);

    QTabWidget *tabs() const { return m_tabs; }
    RecordForm *form() const { return m_form; }
    QSpinBox *probabilityBox() const { return m_probability; }
    DealLinesEditor *linesEditor() const { return m_lines; }
    TimelineView *timeline() const { return m_timeline; }
    RecordHistoryView *history() const { return m_history; }
    QComboBox *stageBox() const { return m_stage; }
    QLabel *titleLabel() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *contactLabel() const { return m_contact; }
    QLabel *companyLabel() const { return m_company; }
    QPushButton *saveButton() const { return m_save; }
    QPushButton *wonButton() const { return m_won; }
    QPushButton *lostButton() const { return m_lost; }
    QPushButton *reopenButton() const { return m_reopen; }
    // Mark won, Mark lost…, Reopen and Save with their shortcuts (the window may list them in a
    // menu too).
    QList<QAction *> dealActions() const;

Q_SIGNALS:
    void contactActivated(const QString &contactId);
    void companyActivated(const QString &companyId);
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
    // The deal went to the Trash or its creation was undone: nothing left to show.
    void closed();

private:
    QWidget *buildHeader();
    QAction *addDealAction(const QString &text, const QKeySequence &key, QPushButton *button,
                           bool (DealPage::*run)());
    QWidget *buildDetails();
    void buildForm();
    bool reload();
    void loadStages();
    void updateHeader();
    void updateButtons();
    QStringList problems() const;
    QString nameOfContact(const QString &contactId) const;
    QString nameOfCompany(const QString &companyId) const;
    QString nameOfLostReason(const QString &reasonId) const;
    void onRecordChanged(const QString &entity, const QString &id);

    EditSession &m_session;
    Sales::Deal m_deal;
    double m_stageProbability = 0.0;
    QLabel *m_title = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_contact = nullptr;
    QLabel *m_company = nullptr;
    QComboBox *m_stage = nullptr;
    QPushButton *m_won = nullptr;
    QPushButton *m_lost = nullptr;
    QPushButton *m_reopen = nullptr;
    QAction *m_wonAction = nullptr;
    QAction *m_lostAction = nullptr;
    QAction *m_reopenAction = nullptr;
    QAction *m_saveAction = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecordForm *m_form = nullptr;
    QSpinBox *m_probability = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revertButton = nullptr;
    DealLinesEditor *m_lines = nullptr;
    TimelineView *m_timeline = nullptr;
    RecordHistoryView *m_history = nullptr;
};

} // namespace Kizuna::Ui
