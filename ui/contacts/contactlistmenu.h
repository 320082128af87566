// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QObject>
#include <QStringList>

class QMenu;

namespace Kizuna::Ui {

class ContactListView;
class EditSession;

// The bulk edits of the contact list: right-click the selected rows for Set stage, Set kind,
// Set owner, Add tag and Move to Trash (also the Delete key), each one undo step.
class ContactListMenu final : public QObject
{
    Q_OBJECT

public:
    ContactListMenu(EditSession &session, ContactListView *view);

    // The ids of the selected rows.
    QStringList selectedIds() const;
    // The menu for the current selection (the caller owns it).
    QMenu *createMenu();

Q_SIGNALS:
    void statusMessage(const QString &message);
    void errorOccurred(const QString &message);

private:
    void report(const Result<int> &result, const QString &done);

    EditSession &m_session;
    ContactListView *m_view = nullptr;
};

} // namespace Kizuna::Ui
