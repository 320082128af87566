// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/timelinequery.h"
#include "ui/common/pagereader.h"

#include <QAbstractListModel>
#include <QList>
#include <QStringList>
#include <QTimer>

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
//
// The batches are read on a reader thread with its own connection to the database file (see
// PageReader), so a company with thousands of contacts never stalls the UI thread: fetchMore(),
// setScope(), setKinds() and reload() ask for a batch and return; the rows arrive a moment later
// (rowsInserted or a reset, then batchLoaded()). Every batch asked for before a change of
// record, filter or a reload is dropped when it arrives. A reload or filter change keeps the rows
// on screen until the first batch of the new reading replaces them (no flash of an empty list);
// showing another record empties the list at once, so it never shows the previous record's
// entries.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int BatchSize = 50;

    // Reads from the file `db` is connected to (`db` itself is only asked whether a write is
    // still open on it: see reload()).
    explicit TimelineModel(Storage::Database &db, QObject *parent = nullptr);

    // Shows another record's timeline (or, with an empty id, none).
    void setScope(const Model::TimelineScope &scope);
    const Model::TimelineScope &scope() const { return m_scope; }
    // Only these kinds (empty: everything).
    void setKinds(const QStringList &kinds);
    const QStringList &kinds() const { return m_kinds; }
    // Reads the first batch again (after an edit). While the UI thread's connection is inside a
    // transaction the reader could not see its rows yet: the read waits until it is committed.
    void reload();
    // A batch is on its way (or waits for a write to be committed).
    bool isLoading() const { return m_pages.inFlight() || m_waitForCommit.isActive(); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    const Model::TimelineEntry &entry(int row) const { return m_entries.at(row); }

    // Translated name of an entry kind ("call" → "Call" / 電話).
    static QString kindLabel(const QString &kind);

Q_SIGNALS:
    // A batch has arrived and is shown (possibly empty: then the timeline is complete).
    void batchLoaded();
    void errorOccurred(const QString &message);

private:
    QString detailText(const Model::TimelineEntry &entry) const;
    void requestFirstBatch();
    void requestBatch(bool replace);
    void applyBatch(Result<QList<Model::TimelineEntry>> batch, bool replace);

    Storage::Database &m_db;
    PageReader<Model::TimelineEntry> m_pages;
    QTimer m_waitForCommit;
    Model::TimelineScope m_scope;
    QStringList m_kinds;
    QList<Model::TimelineEntry> m_entries;
    bool m_atEnd = true;
};

} // namespace Kizuna::Ui
