// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/exitcode.h"

namespace Kizuna::Cli {

int exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::BadInput:
    case ErrorKind::NotFound:
        return ExitCode::BadInput;
    case ErrorKind::Storage:
    case ErrorKind::Cancelled:
        return ExitCode::Storage;
    }
    return ExitCode::Storage;
}

} // namespace Kizuna::Cli
