// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Kizuna::Model {

// One task as the task screens show it: the row of `tasks` with the names of the contact,
// deal and company it belongs to. Stamps are the stored UTC text ("…Z"); a null QString is NULL.
struct Task
{
    QString id;
    QString title;
    QString notes;
    QString dueAt;
    QString remindAt;
    QString doneAt;
    QString recurrence;
    QString contactId;
    QString contactName; // family name first for Japanese names
    QString dealId;
    QString dealTitle;
    QString companyId;
    QString companyName;
    QString ownerId;
    QString origin;
    QString createdAt;

    bool isDone() const { return !doneAt.isEmpty(); }
    bool hasDue() const { return !dueAt.isEmpty(); }
    QDateTime due() const;
    QDateTime remind() const;
    // When the reminder goes off: remind_at, or due_at when no reminder is set.
    QString reminderStamp() const { return remindAt.isEmpty() ? dueAt : remindAt; }
    // Who or what the task is about: "山田 太郎 · 見積もり案件"; empty when it stands alone.
    QString relatedText() const;
};

} // namespace Kizuna::Model
