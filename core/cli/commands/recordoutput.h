// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/model/changelog.h"
#include "core/model/entity.h"
#include "core/model/recordstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Kizuna::Cli {

// Records and their history as kizuna-cli prints them: JSON with typed values (numbers,
// booleans, null) and aligned "name  value" text.
QJsonValue storedValueJson(const QVariant &stored, const Model::FieldDef *field = nullptr);
QJsonObject recordJson(const Model::EntityDef &entity, const Model::Record &record);
QString recordText(const Model::EntityDef &entity, const Model::Record &record);
QJsonArray historyJson(const QList<Model::ChangeEntry> &history);
QString historyText(const QList<Model::ChangeEntry> &history);

} // namespace Kizuna::Cli
