// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/storage/result.h"

namespace Kizuna::Cli {

// kizuna-cli's exit status. The set is closed: scripts can rely on these four values.
enum ExitCode : int {
    Ok = 0,
    Usage = 1,    // unknown command or option, missing or malformed argument
    BadInput = 2, // the input is wrong: a file that is not a Kizuna database, an unknown
                  // table, field, value or record id, a missing file
    Storage = 3   // the database could not be read or written, is damaged, or the operation
                  // was cancelled (nothing was changed then)
};

// BadInput and NotFound → 2; Storage and Cancelled → 3. Cancelled shares 3 rather than the
// shell's 130 so the documented set stays 0–3: a cancelled write left the database unchanged,
// which scripts treat like a failed write.
int exitCodeFor(ErrorKind kind);

} // namespace Kizuna::Cli
