// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/timelinequery.h"

#include <QAbstractListModel>
#include <QList>
#include <QStringList>

namespace Kizuna::Storage {
class Database;
}

namespace Kizuna::Ui {

// Item data roles of the timeline model.
enum TimelineRole : int {
    TimelineKindRole = Qt::UserRole + 1, // QString: "call", "order", "deal_stage" …
    TimelineSourceRole, // QString: "activity", "order", "deal_stage", "task", "campaign"
    TimelineIdRole, // QString: the row's id in its table
    TimelineWhenRole, // QDateTime (local time)
    TimelineTitleRole, // QString: subject, order number, deal title …
    TimelineDetailRole, // QString: one line of detail, translated
};

// A timeline (contact, company or deal), newest first, fetched in batches as the view scrolls
// (canFetchMore/fetchMore with keyset pages), optionally restricted to some kinds of entries.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int BatchSize = 50;

    explicit TimelineModel(Storage::Database &db, QObject *parent = nullptr);

    void setScope(const Model::TimelineScope &scope);
    const Model::TimelineScope &scope() const { return m_scope; }
    // Only these kinds (empty: everything).
    void setKinds(const QStringList &kinds);
    // Reads the first batch again (after an edit).
    void reload();

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const Model::TimelineEntry &entry(int row) const { return m_entries.at(row); }

    // Translated name of an entry kind ("call" → "Call" / 電話).
    static QString kindLabel(const QString &kind);

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    QString detailText(const Model::TimelineEntry &entry) const;

    Storage::Database &m_db;
    Model::TimelineScope m_scope;
    QStringList m_kinds;
    QList<Model::TimelineEntry> m_entries;
    bool m_atEnd = true;
};

} // namespace Kizuna::Ui
