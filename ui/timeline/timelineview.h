// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/timelinequery.h"

#include <QWidget>

class QComboBox;
class QListView;

namespace Kizuna::Ui {

class ActivityComposer;
class EditSession;
class TimelineModel;

// The timeline of a contact, company or deal with its filter and the composer above it. Logging
// an activity goes through the edit session (undoable, written on the UI thread's connection);
// any edit of an activity, order, task or deal reloads the timeline from its reader thread, the
// old rows staying until the new first batch is there.
class TimelineView final : public QWidget
{
    Q_OBJECT

public:
    TimelineView(EditSession &session, QWidget *parent = nullptr);

    void setScope(const Model::TimelineScope &scope);
    TimelineModel *model() const { return m_model; }
    QListView *listView() const { return m_list; }
    QComboBox *filterBox() const { return m_filter; }
    ActivityComposer *composer() const { return m_composer; }

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    void logActivity();
    void applyFilter();

    EditSession &m_session;
    TimelineModel *m_model = nullptr;
    QComboBox *m_filter = nullptr;
    QListView *m_list = nullptr;
    ActivityComposer *m_composer = nullptr;
};

} // namespace Kizuna::Ui
