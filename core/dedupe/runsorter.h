// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <QtGlobal>

#include <memory>
#include <vector>

class QTemporaryFile;

namespace Kizuna::Dedupe {

// A record of RunSorter: ordered by (key, order); `value` travels along.
struct SortRecord
{
    quint64 key = 0;
    qint64 order = 0;
    qint64 value = 0;
};

// Sorts any number of records in bounded memory: records gather in a buffer; a full buffer is
// sorted and written to a temporary file as a run, and reading merges the runs. When everything
// fits in the buffer, nothing is written.
class RunSorter final
{
public:
    explicit RunSorter(qsizetype bufferRecords = qsizetype(1) << 19);
    ~RunSorter();
    RunSorter(const RunSorter &) = delete;
    RunSorter &operator=(const RunSorter &) = delete;

    Status add(const SortRecord &record);
    // After the last add: prepares reading.
    Status finish();
    // The next record in order: true and `record` filled, or false at the end.
    Result<bool> next(SortRecord &record);

    qint64 runs() const { return qint64(m_runs.size()); }

private:
    struct Run
    {
        qint64 offset = 0;    // the next unread record in the file
        qint64 remaining = 0; // records not read from the file yet
        std::vector<SortRecord> chunk;
        size_t position = 0;
    };
    Status spill();
    Result<bool> refill(Run &run);

    qsizetype m_capacity;
    std::vector<SortRecord> m_buffer;
    std::unique_ptr<QTemporaryFile> m_file;
    qint64 m_written = 0; // records in the file
    std::vector<Run> m_runs;
    std::vector<size_t> m_heap; // runs by their current record, smallest first
    size_t m_next = 0;          // without runs: the next record of the buffer
    bool m_finished = false;
};

} // namespace Kizuna::Dedupe
