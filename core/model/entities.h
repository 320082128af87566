// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/entity.h"

#include <QList>
#include <QStringView>

namespace Kizuna::Model {

// The catalogue of every kind of record in the data model, matching the current schema
// (a test checks each field against the database's columns).
const QList<EntityDef> &entities();

// Finds an entity by singular name or table name ("contact" or "contacts"); nullptr if none.
const EntityDef *findEntity(QStringView name);

// The entity for a name that must exist (programming error otherwise).
const EntityDef &entity(QStringView name);

// Choice values shared by the catalogue, the demo generator and the UI.
namespace Choices {
QStringList contactKinds();
QStringList lifecycleStages();
QStringList sourceChannels();
QStringList activityTypes();
QStringList campaignChannels();
QStringList memberStatuses();
} // namespace Choices

} // namespace Kizuna::Model
