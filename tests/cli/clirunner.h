// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real kizuna-cli binary (KIZUNA_CLI_PATH) for the command-line tests.
#pragma once

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringList>
#include <QTest>

namespace CliTest {

constexpr int TimeoutMs = 300000;

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

inline Run cli(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("LC_ALL", "C.UTF-8");
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(KIZUNA_CLI_PATH), arguments);
    Run run;
    if (!process.waitForStarted() || !process.waitForFinished(TimeoutMs)) {
        run.err = "kizuna-cli did not run: " + process.errorString().toUtf8();
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    run.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
    return run;
}

inline QString describe(const Run &run)
{
    return QStringLiteral("exit %1\nstdout: %2\nstderr: %3").arg(run.code).arg(run.outText().left(2000), run.errText().left(4000));
}

} // namespace CliTest

// Runs `run` (a Run or an expression that makes one) once and checks its exit code.
#define CHECK_EXIT(run, expected)                                                                  \
    do {                                                                                           \
        const CliTest::Run &checkedRun_ = (run);                                                   \
        QVERIFY2(checkedRun_.code == (expected), qPrintable(CliTest::describe(checkedRun_)));      \
    } while (false)
