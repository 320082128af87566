// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/contacts/contactpagequery.h"

#include <QWidget>

class QBoxLayout;
class QComboBox;
class QLineEdit;
class QToolButton;

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// The quick filters above the contact list: kind, lifecycle stage, owner, tag, prefecture, city
// (typed, applied on Enter or leaving the field) and saved segment. Two rows — the record
// fields, then the segment and whatever the list adds (addToSecondRow: its saved views) — and
// boxes whose entries users name (owner, tag, segment) of a bounded width, so a long tag name
// or many filters never make the window wider than a laptop screen.
class ContactFilterBar final : public QWidget
{
    Q_OBJECT

public:
    explicit ContactFilterBar(Storage::Database &db, QWidget *parent = nullptr);

    ContactListFilter filter() const;
    void setFilter(const ContactListFilter &filter);
    // Reads the owners and tags again (after an edit elsewhere).
    void reloadChoices();

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *stageBox() const { return m_stage; }
    QComboBox *ownerBox() const { return m_owner; }
    QComboBox *tagBox() const { return m_tag; }
    QComboBox *prefectureBox() const { return m_prefecture; }
    QLineEdit *cityField() const { return m_city; }
    QComboBox *segmentBox() const { return m_segment; }
    QToolButton *editSegmentsButton() const { return m_editSegments; }
    // Adds a widget at the end of the second row (before its stretch).
    void addToSecondRow(QWidget *widget);

Q_SIGNALS:
    void filterChanged(const Kizuna::Ui::ContactListFilter &filter);
    // The "Segments…" button beside the segment box: the window opens the segment editor.
    void editSegmentsRequested();

private:
    QComboBox *addBox(QBoxLayout *row, const QString &name, const QString &label);
    void fillFromQuery(QComboBox *box, const char *sql);
    void fillSegments();
    void announce();
    QList<QComboBox *> boxes() const;

    Storage::Database &m_db;
    QBoxLayout *m_firstRow = nullptr;
    QBoxLayout *m_secondRow = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_stage = nullptr;
    QComboBox *m_owner = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_prefecture = nullptr;
    QLineEdit *m_city = nullptr;
    QComboBox *m_segment = nullptr;
    QToolButton *m_editSegments = nullptr;
    QToolButton *m_clear = nullptr;
    QString m_announcedCity; // the city of the last filterChanged
};

} // namespace Kizuna::Ui
