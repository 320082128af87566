// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

#include <span>

namespace Kizuna::Storage {

class Database;

// One step of the schema. Step N takes a database at user_version N-1 to N; it runs inside a
// transaction opened by the caller, which also sets user_version. Steps never change once
// released: a later change to the schema is a new step in a new file.
struct Migration
{
    int version;
    const char *description;
    Status (*apply)(Database &db);
};

// All steps in ascending version order.
std::span<const Migration> migrations();
int latestSchemaVersion();

// The step functions, one per file (m0001_initial_schema.cpp, …).
Status migrateToV1(Database &db);
Status migrateToV2(Database &db);
Status migrateToV3(Database &db);
Status migrateToV4(Database &db);
Status migrateToV5(Database &db);
Status migrateToV6(Database &db);
Status migrateToV7(Database &db);
Status migrateToV8(Database &db);
Status migrateToV9(Database &db);

} // namespace Kizuna::Storage
