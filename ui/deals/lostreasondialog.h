// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Kizuna::Ui {

class EditSession;

// Asks why a deal was lost (失注理由): the reasons of the editable list, one to choose, and a
// field to add a new reason inline (added through the edit session, so Ctrl+Z takes it back).
// "No reason" is allowed. All by keyboard: arrows choose, Return confirms; Alt+N or Tab reaches
// the new-reason field, where Return adds the reason and selects it.
class LostReasonDialog final : public QDialog
{
    Q_OBJECT

public:
    LostReasonDialog(EditSession &session, const QString &dealTitle, QWidget *parent = nullptr);

    // The chosen reason's id (empty: none given).
    QString reasonId() const;
    QListWidget *reasonList() const { return m_list; }
    QLineEdit *newReasonEdit() const { return m_newReason; }
    QPushButton *addButton() const { return m_add; }

    // Runs the dialog; true when the user confirmed, with the reason id in `reasonId`.
    static bool choose(EditSession &session, const QString &dealTitle, QWidget *parent, QString *reasonId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void loadReasons(const QString &select);
    void addReason();

    EditSession &m_session;
    QListWidget *m_list = nullptr;
    QLineEdit *m_newReason = nullptr;
    QPushButton *m_add = nullptr;
    QLabel *m_problem = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kizuna::Ui
