// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;

namespace Kizuna::Ui {

class ContactForm;
class EditSession;
class RecordHistoryView;
class TimelineView;

// One contact: its name and reading at the top, then Details (the form, saved as one undoable
// edit), Timeline (with the composer) and History (who changed what, when). Also creates a new
// contact: the form starts empty and Save creates it.
class ContactPage final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { DetailsTab, TimelineTab, HistoryTab };

    explicit ContactPage(EditSession &session, QWidget *parent = nullptr);

    // Shows a stored contact; false (and errorOccurred) if it cannot be read.
    bool showContact(const QString &id);
    // An empty form for a new contact.
    void startNewContact();

    QString contactId() const { return m_id; }
    ContactForm *form() const { return m_form; }
    TimelineView *timeline() const { return m_timeline; }
    RecordHistoryView *history() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *titleLabel() const { return m_title; }

    // Writes the form (create or update); false if there was nothing valid to write.
    bool save();
    void revert();
    // Moves the contact to the Trash (undoable).
    bool moveToTrash();

Q_SIGNALS:
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
    // The contact was moved to the Trash: the page has nothing left to show.
    void closed();

private:
    void updateButtons();
    void updateHeader();
    void recordChanged(const QString &entity, const QString &id);

    EditSession &m_session;
    QString m_id;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QTabWidget *m_tabs = nullptr;
    ContactForm *m_form = nullptr;
    TimelineView *m_timeline = nullptr;
    RecordHistoryView *m_history = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_delete = nullptr;
};

} // namespace Kizuna::Ui
