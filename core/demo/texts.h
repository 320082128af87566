// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <span>

namespace Kizuna::Demo {

// Short, realistic texts of the demo data.

// Activity types with their subjects, bodies and default direction/channel.
struct ActivityKind
{
    const char *type;      // schema key: call, email, meeting, …
    int weight;            // relative frequency
    const char *direction; // "in", "out", nullptr, or "both" (drawn)
    const char *channels[3];
    const char *subjects[6];
    const char *bodies[3];
};
std::span<const ActivityKind> activityKinds();

struct TaskTemplate
{
    const char *title;
    const char *notes;
    const char *origin; // manual or automation
};
std::span<const TaskTemplate> contactTasks();
std::span<const TaskTemplate> dealTasks();

std::span<const char *const> promoterComments();
std::span<const char *const> passiveComments();
std::span<const char *const> detractorComments();
std::span<const char *const> contactNotes();

// Seasonal campaign theme per month (January first).
std::span<const char *const> monthlyThemes();

} // namespace Kizuna::Demo
