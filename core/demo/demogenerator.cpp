// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demogenerator.h"

namespace Kizuna::Demo {

Result<DemoSummary> generateDemo(Storage::Database &, const DemoOptions &, const DemoProgress &)
{
    return Error::storage(QStringLiteral("demo data generator not written yet"));
}

} // namespace Kizuna::Demo
