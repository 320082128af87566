// SPDX-License-Identifier: GPL-3.0-or-later
// Replays the fuzz corpus through the harnesses without libFuzzer (any compiler), so the seeds
// and every crash found so far are a regression test of the ordinary suite:
//
//     fuzz_corpus_replay                     every file of corpus/<target>/ for every target
//     fuzz_corpus_replay TARGET PATH...      the given files or folders (a crash to reproduce)
//
// A broken invariant or a crash stops the process; the file being replayed is printed first.
#include "fuzzharness.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <map>
#include <string>

namespace Kizuna::Fuzz {

namespace {

std::map<std::string, TargetFunction> &targets()
{
    static std::map<std::string, TargetFunction> registered;
    return registered;
}

QStringList filesOf(const QString &path)
{
    const QFileInfo info(path);
    if (!info.isDir())
        return {path};
    QStringList files;
    const QDir dir(path);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name))
        files << dir.filePath(name);
    return files;
}

// The number of inputs replayed, or -1 when one cannot be read.
int replay(const std::string &target, TargetFunction function, const QStringList &paths)
{
    int count = 0;
    for (const QString &path : paths) {
        for (const QString &file : filesOf(path)) {
            QFile input(file);
            if (!input.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "%s: cannot read %s\n", target.c_str(), qPrintable(file));
                return -1;
            }
            const QByteArray bytes = input.readAll();
            std::fprintf(stderr, "%s: %s (%lld bytes)\n", target.c_str(), qPrintable(file), qlonglong(bytes.size()));
            std::fflush(stderr);
            function(reinterpret_cast<const uint8_t *>(bytes.constData()), size_t(bytes.size()));
            ++count;
        }
    }
    return count;
}

} // namespace

bool registerTarget(const char *name, TargetFunction function)
{
    targets()[name] = function;
    return true;
}

} // namespace Kizuna::Fuzz

int main(int argc, char **argv)
{
    using namespace Kizuna::Fuzz;
    if (argc >= 3) {
        const auto found = targets().find(argv[1]);
        if (found == targets().end()) {
            std::fprintf(stderr, "unknown fuzz target %s\n", argv[1]);
            return 2;
        }
        QStringList paths;
        for (int i = 2; i < argc; ++i)
            paths << QString::fromLocal8Bit(argv[i]);
        const int count = replay(found->first, found->second, paths);
        std::printf("%d passed, 0 failed\n", count);
        return count > 0 ? 0 : 1;
    }
    int total = 0;
    for (const auto &[name, function] : targets()) {
        const QString corpus = QStringLiteral(KIZUNA_FUZZ_CORPUS "/") + QString::fromStdString(name);
        const int count = replay(name, function, {corpus});
        if (count <= 0) {
            std::fprintf(stderr, "%s: no corpus in %s\n", name.c_str(), qPrintable(corpus));
            return 1;
        }
        std::printf("%s: %d inputs replayed\n", name.c_str(), count);
        total += count;
    }
    std::printf("%d passed, 0 failed\n", total);
    return 0;
}
