// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the parser fuzz harnesses share. A harness is written once:
//
//     KIZUNA_FUZZ_TARGET(csv)(const uint8_t *data, size_t size) { …; return 0; }
//
// Built with -DKIZUNA_FUZZ_LIBFUZZER (clang, -fsanitize=fuzzer) that is libFuzzer's
// LLVMFuzzerTestOneInput; otherwise (the corpus replay test, any compiler) a function that
// replay_main.cpp finds by the target's name and runs on every file of corpus/<name>/.

#include <cstddef>
#include <cstdint>
#include <cstdio>

namespace Kizuna::Fuzz {

using TargetFunction = int (*)(const uint8_t *data, size_t size);

// Registers a target for the replay (returns true, for a static initialiser).
bool registerTarget(const char *name, TargetFunction function);

// Prints the broken invariant and stops the process the way the fuzzer recognises (a trap).
[[noreturn]] inline void invariantFailed(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz invariant broken: %s\n", file, line, condition);
    std::fflush(stderr);
    __builtin_trap();
}

} // namespace Kizuna::Fuzz

// An invariant of the parser: a violation is a bug the fuzzer reports as a crash.
#define KIZUNA_FUZZ_CHECK(condition)                                                   \
    do {                                                                               \
        if (!(condition))                                                              \
            ::Kizuna::Fuzz::invariantFailed(#condition, __FILE__, __LINE__);           \
    } while (false)

#ifdef KIZUNA_FUZZ_LIBFUZZER
#define KIZUNA_FUZZ_TARGET(name) extern "C" int LLVMFuzzerTestOneInput
#else
#define KIZUNA_FUZZ_TARGET(name)                                                        \
    static int kizunaFuzz_##name(const uint8_t *data, size_t size);                    \
    [[maybe_unused]] static const bool kizunaFuzzRegistered_##name =                   \
        ::Kizuna::Fuzz::registerTarget(#name, &kizunaFuzz_##name);                     \
    static int kizunaFuzz_##name
#endif
