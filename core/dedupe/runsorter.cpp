// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/dedupe/runsorter.h"

#include "core/dedupe/dedupetr.h"

#include <QTemporaryFile>

#include <algorithm>
#include <tuple>

namespace Kizuna::Dedupe {

namespace {

constexpr size_t ChunkRecords = 4096;

bool before(const SortRecord &a, const SortRecord &b)
{
    return std::tie(a.key, a.order) < std::tie(b.key, b.order);
}

Error fileError(const QTemporaryFile &file)
{
    return Error::storage(Tr::tr("duplicate search: cannot use a temporary file: %1").arg(file.errorString()));
}

} // namespace

RunSorter::RunSorter(qsizetype bufferRecords) : m_capacity(qMax<qsizetype>(2, bufferRecords))
{
    m_buffer.reserve(size_t(qMin<qsizetype>(m_capacity, 4096)));
}

RunSorter::~RunSorter() = default;

Status RunSorter::add(const SortRecord &record)
{
    m_buffer.push_back(record);
    return qsizetype(m_buffer.size()) >= m_capacity ? spill() : Status();
}

// The buffer, sorted, as a run at the end of the file.
Status RunSorter::spill()
{
    if (m_buffer.empty())
        return {};
    if (!m_file) {
        m_file = std::make_unique<QTemporaryFile>();
        if (!m_file->open())
            return fileError(*m_file);
    }
    std::sort(m_buffer.begin(), m_buffer.end(), before);
    const qint64 bytes = qint64(m_buffer.size() * sizeof(SortRecord));
    if (m_file->write(reinterpret_cast<const char *>(m_buffer.data()), bytes) != bytes)
        return fileError(*m_file);
    Run run;
    run.offset = m_written;
    run.remaining = qint64(m_buffer.size());
    m_runs.push_back(std::move(run));
    m_written += qint64(m_buffer.size());
    m_buffer.clear();
    return {};
}

Result<bool> RunSorter::refill(Run &run)
{
    run.chunk.resize(size_t(qMin<qint64>(qint64(ChunkRecords), run.remaining)));
    run.position = 0;
    if (run.chunk.empty())
        return false;
    const qint64 bytes = qint64(run.chunk.size() * sizeof(SortRecord));
    if (!m_file->seek(run.offset * qint64(sizeof(SortRecord)))
        || m_file->read(reinterpret_cast<char *>(run.chunk.data()), bytes) != bytes)
        return fileError(*m_file);
    run.offset += qint64(run.chunk.size());
    run.remaining -= qint64(run.chunk.size());
    return true;
}

Status RunSorter::finish()
{
    m_finished = true;
    if (!m_file) { // everything fits: sort in place
        std::sort(m_buffer.begin(), m_buffer.end(), before);
        return {};
    }
    KIZUNA_TRY(spill());
    m_buffer.shrink_to_fit();
    for (size_t r = 0; r < m_runs.size(); ++r) {
        auto filled = refill(m_runs[r]);
        if (!filled.ok())
            return filled.error();
        if (*filled)
            m_heap.push_back(r);
    }
    const auto greater = [this](size_t a, size_t b) {
        return before(m_runs[b].chunk[m_runs[b].position], m_runs[a].chunk[m_runs[a].position]);
    };
    std::make_heap(m_heap.begin(), m_heap.end(), greater);
    return {};
}

Result<bool> RunSorter::next(SortRecord &record)
{
    if (!m_finished)
        KIZUNA_TRY(finish());
    if (!m_file) {
        if (m_next >= m_buffer.size())
            return false;
        record = m_buffer[m_next++];
        return true;
    }
    if (m_heap.empty())
        return false;
    const auto greater = [this](size_t a, size_t b) {
        return before(m_runs[b].chunk[m_runs[b].position], m_runs[a].chunk[m_runs[a].position]);
    };
    std::pop_heap(m_heap.begin(), m_heap.end(), greater);
    Run &run = m_runs[m_heap.back()];
    record = run.chunk[run.position++];
    if (run.position >= run.chunk.size()) {
        auto filled = refill(run);
        if (!filled.ok())
            return filled.error();
        if (!*filled) {
            m_heap.pop_back();
            return true;
        }
    }
    std::push_heap(m_heap.begin(), m_heap.end(), greater);
    return true;
}

} // namespace Kizuna::Dedupe
