// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace Kizuna::Demo {

// A name part with its katakana reading (used for 五十音 sorting) and its romanisation
// (used for e-mail addresses).
struct NamePart
{
    const char *text;
    const char *reading;
    const char *romaji;
};

// Common Japanese family names, most frequent first; given names of both genders; Western
// names whose readings are katakana transcriptions ("Smith" → "スミス").
std::span<const NamePart> japaneseFamilyNames();
std::span<const NamePart> japaneseMaleNames();
std::span<const NamePart> japaneseFemaleNames();
std::span<const NamePart> westernFamilyNames();
std::span<const NamePart> westernGivenNames();

} // namespace Kizuna::Demo
