// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"

#include <QDateTime>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Kizuna::Ui {

// Logs a call, email, meeting, visit, note, complaint or feedback in a few keystrokes: pick the
// kind (or keep the last one), type a subject, Ctrl+Return. The time defaults to now and is
// reset to now after each entry.
class ActivityComposer final : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityComposer(QWidget *parent = nullptr);

    // The kinds offered, in menu order.
    static QStringList kinds();

    void setKind(const QString &kind);
    QString kind() const;
    QLineEdit *subjectEdit() const { return m_subject; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QDateTimeEdit *timeEdit() const { return m_when; }
    QPushButton *logButton() const { return m_log; }

    // The activity fields (type, subject, body, occurred_at, direction) of what is typed.
    Model::FieldValues values() const;
    // Empties the form for the next entry, keeping the kind.
    void clear();

Q_SIGNALS:
    // The user asked to log what is typed (button or Ctrl+Return).
    void logRequested();

private:
    void updateLogButton();
    void resetTime();

    QComboBox *m_kind = nullptr;
    QComboBox *m_direction = nullptr;
    QLineEdit *m_subject = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QDateTimeEdit *m_when = nullptr;
    QPushButton *m_log = nullptr;
    QDateTime m_shownTime;
};

} // namespace Kizuna::Ui
