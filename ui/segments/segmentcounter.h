// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/segments/segmentrule.h"
#include "core/storage/backgroundjob.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>

namespace Kizuna::Storage {
class ReaderThread;
}

namespace Kizuna::Ui {

// Counts the members of a segment rule as the user edits it, on a reader thread with its own
// connection (kept open, so its cache stays warm between counts). Each count() makes the one
// before it stale: a stale count is cancelled if it is running, skipped if it has not started,
// and dropped if it arrives, so only the latest rule's count is reported.
class SegmentCounter final : public QObject {
    Q_OBJECT

public:
    explicit SegmentCounter(const QString &databasePath, QObject *parent = nullptr);
    ~SegmentCounter() override;

    void count(const Segments::SegmentRule &rule);
    // Forgets the count on its way (nothing is reported for it).
    void cancel();
    bool isCounting() const { return m_counting; }

Q_SIGNALS:
    void counted(qint64 members);
    void failed(const QString &message);

private:
    Storage::ReaderThread *m_reader = nullptr; // a child
    std::shared_ptr<std::atomic<quint64>> m_generation = std::make_shared<std::atomic<quint64>>(0);
    Storage::CancelFlag m_cancel = Storage::makeCancelFlag();
    bool m_counting = false;
};

} // namespace Kizuna::Ui
