// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace Kizuna::Analytics {

// Positions of contact ids (their UTF-8 bytes), for a lookup per row of a query over a million
// contacts: open addressing over 64-bit hashes in one flat array, so a lookup costs about one
// cache miss, where std::unordered_map chases a node per probe. Keys are not copied: the bytes
// must outlive the index. Positions are given in insertion order, 0, 1, 2 …
class ContactKeyIndex final
{
public:
    static constexpr size_t NotFound = static_cast<size_t>(-1);

    explicit ContactKeyIndex(size_t expectedKeys = 0);

    // The key's position: the existing one, or the next one when the key is new.
    size_t insert(std::string_view key);
    size_t find(std::string_view key) const;
    size_t size() const { return m_keys.size(); }

private:
    struct Slot
    {
        std::uint64_t hash = 0;
        std::uint32_t position = 0; // position + 1; 0: empty
    };

    size_t probe(std::string_view key, std::uint64_t hash) const; // the key's slot, or an empty one
    void grow();

    std::vector<Slot> m_slots;
    std::vector<std::string_view> m_keys;
};

} // namespace Kizuna::Analytics
