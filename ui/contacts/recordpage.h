// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/recordstore.h"
#include "core/model/timelinequery.h"

#include <QPair>
#include <QString>
#include <QWidget>

#include <functional>

class QLabel;
class QPushButton;
class QTabWidget;
class QVBoxLayout;

namespace Kizuna::Ui {

class RecordForm;
class EditSession;
class RecordHistoryView;
class RecordSection;
class TimelineView;

// One record — a contact or a company — as a page: its name and reading at the top, then
// Details (the form, saved as one undoable edit), Timeline (with the composer) and History (who
// changed what, when); screens add tabs of their own. Also creates a new record: the form starts
// empty and Save creates it.
class RecordPage final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { DetailsTab, TimelineTab, HistoryTab };

    // Title and subtitle (reading) of the page from the form's values.
    using Heading = std::function<QPair<QString, QString>(const Model::FieldValues &)>;

    RecordPage(EditSession &session, const QString &entity, RecordForm *form,
               Model::TimelineScope::Kind timelineKind, Heading heading, QWidget *parent = nullptr);

    // Shows a stored record; false (and errorOccurred) if it cannot be read.
    bool showRecord(const QString &id);
    // An empty form for a new record.
    void startNew();

    QString entity() const { return m_entity; }
    QString recordId() const { return m_id; }
    RecordForm *form() const { return m_form; }
    TimelineView *timeline() const { return m_timeline; }
    RecordHistoryView *history() const { return m_history; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *saveButton() const { return m_save; }
    QLabel *titleLabel() const { return m_title; }

    // Adds a part to the Details tab under the form (tags, custom fields): loaded with the
    // record; its problems and changes count for Save, which writes it in the form's undo step.
    void addSection(RecordSection *section);
    const QList<RecordSection *> &sections() const { return m_sections; }

    // Writes the form (create or update); false if there was nothing valid to write.
    bool save();
    void revert();
    // Moves the record to the Trash (undoable).
    bool moveToTrash();

Q_SIGNALS:
    // A stored record is shown (empty id: a new one).
    void recordShown(const QString &id);
    void errorOccurred(const QString &message);
    void statusMessage(const QString &message);
    // The record was moved to the Trash: the page has nothing left to show.
    void closed();

private:
    void updateButtons();
    QStringList problems() const;
    bool sectionsModified() const;
    void loadSections();
    bool saveSections(const QString &id);
    void updateHeader();
    void recordChanged(const QString &entity, const QString &id);

    EditSession &m_session;
    QString m_entity;
    Model::TimelineScope::Kind m_timelineKind;
    Heading m_heading;
    QString m_id;
    QLabel *m_title = nullptr;
    QLabel *m_subtitle = nullptr;
    QTabWidget *m_tabs = nullptr;
    RecordForm *m_form = nullptr;
    TimelineView *m_timeline = nullptr;
    RecordHistoryView *m_history = nullptr;
    QLabel *m_problems = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_delete = nullptr;
    QVBoxLayout *m_sectionLayout = nullptr;
    QList<RecordSection *> m_sections;
};

} // namespace Kizuna::Ui
