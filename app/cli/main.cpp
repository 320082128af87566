// SPDX-License-Identifier: GPL-3.0-or-later
// kizuna-cli: wires stdout/stderr to the command runner of core/cli.
#include "core/cli/runner.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <unistd.h>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("kizuna-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KIZUNA_VERSION));

    QFile out;
    QFile err;
    if (!out.open(stdout, QIODevice::WriteOnly) || !err.open(stderr, QIODevice::WriteOnly | QIODevice::Unbuffered))
        return 3;
    Kizuna::Cli::Streams streams{&out, &err, isatty(fileno(stderr)) != 0};
    Kizuna::Cli::Runner runner(streams);
    const int code = runner.run(QCoreApplication::arguments().mid(1));
    out.flush();
    return code;
}
