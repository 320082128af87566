// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/analytics/contactkeyindex.h"

#include <algorithm>
#include <bit>
#include <functional>

namespace Kizuna::Analytics {

namespace {

// Room for `keys` at a load of at most one half, as a power of two.
size_t slotsFor(size_t keys)
{
    return std::bit_ceil(std::max<size_t>(16, keys * 2));
}

} // namespace

ContactKeyIndex::ContactKeyIndex(size_t expectedKeys)
    : m_slots(slotsFor(expectedKeys))
{
    m_keys.reserve(expectedKeys);
}

size_t ContactKeyIndex::probe(std::string_view key, std::uint64_t hash) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.position == 0 || (slot.hash == hash && m_keys[slot.position - 1] == key))
            return i;
    }
}

size_t ContactKeyIndex::insert(std::string_view key)
{
    if ((m_keys.size() + 1) * 2 > m_slots.size())
        grow();
    const std::uint64_t hash = std::hash<std::string_view>()(key);
    Slot &slot = m_slots[probe(key, hash)];
    if (slot.position != 0)
        return slot.position - 1;
    m_keys.push_back(key);
    slot = {hash, static_cast<std::uint32_t>(m_keys.size())};
    return m_keys.size() - 1;
}

size_t ContactKeyIndex::find(std::string_view key) const
{
    const Slot &slot = m_slots[probe(key, std::hash<std::string_view>()(key))];
    return slot.position == 0 ? NotFound : slot.position - 1;
}

void ContactKeyIndex::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot &slot : old) {
        if (slot.position == 0)
            continue;
        size_t i = slot.hash & mask;
        while (m_slots[i].position != 0)
            i = (i + 1) & mask;
        m_slots[i] = slot;
    }
}

} // namespace Kizuna::Analytics
