// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline of `tests/bench/run`: raw SQLite inserting N contact-like rows — a UUID text key,
// names with readings, e-mail, phone, address and timestamps — through one prepared statement
// in one transaction, with the sqlite3 C API and nothing else. Prints the seconds it took.
//
//   bench_rawinsert FILE N
#include <sqlite3.h>

#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

std::uint64_t next(std::uint64_t &state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

std::string uuid(std::uint64_t &state)
{
    static constexpr char Hex[] = "0123456789abcdef";
    const std::uint64_t words[2] = {next(state), next(state)};
    std::string text;
    text.reserve(36);
    for (int nibble = 0; nibble < 32; ++nibble) {
        if (nibble == 8 || nibble == 12 || nibble == 16 || nibble == 20)
            text += '-';
        text += Hex[(words[nibble / 16] >> (60 - 4 * (nibble % 16))) & 0xF];
    }
    return text;
}

bool check(sqlite3 *db, int rc, const char *what)
{
    if (rc == SQLITE_OK || rc == SQLITE_DONE)
        return true;
    std::fprintf(stderr, "bench_rawinsert: %s: %s\n", what, sqlite3_errmsg(db));
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_rawinsert FILE N\n");
        return 1;
    }
    const long long rows = std::atoll(argv[2]);
    std::remove(argv[1]);
    sqlite3 *db = nullptr;
    if (sqlite3_open(argv[1], &db) != SQLITE_OK)
        return 3;
    const auto start = std::chrono::steady_clock::now();
    const char *schema =
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
        "CREATE TABLE contacts (id TEXT PRIMARY KEY NOT NULL, family_name TEXT, given_name TEXT,"
        " family_name_reading TEXT, given_name_reading TEXT, email TEXT, mobile TEXT,"
        " postal_code TEXT, prefecture TEXT, city TEXT, address_line TEXT,"
        " created_at TEXT NOT NULL, updated_at TEXT NOT NULL);";
    if (!check(db, sqlite3_exec(db, schema, nullptr, nullptr, nullptr), "schema"))
        return 3;
    sqlite3_stmt *insert = nullptr;
    if (!check(db, sqlite3_prepare_v2(db, "INSERT INTO contacts VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", -1, &insert, nullptr),
               "prepare"))
        return 3;
    check(db, sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr), "begin");
    std::uint64_t state = 1;
    char email[64], mobile[32], postal[16], stamp[32];
    for (long long i = 0; i < rows; ++i) {
        const std::string id = uuid(state);
        const std::uint64_t r = next(state);
        std::snprintf(email, sizeof email, "taro.yamada%llu@example.jp", static_cast<unsigned long long>(r % 100000));
        std::snprintf(mobile, sizeof mobile, "090-%04llu-%04llu", static_cast<unsigned long long>(r % 10000),
                      static_cast<unsigned long long>((r >> 20) % 10000));
        std::snprintf(postal, sizeof postal, "1%02llu-%04llu", static_cast<unsigned long long>(r % 100),
                      static_cast<unsigned long long>((r >> 30) % 10000));
        std::snprintf(stamp, sizeof stamp, "2024-%02llu-%02lluT10:%02llu:00.000Z", 1 + static_cast<unsigned long long>(r % 12),
                      1 + static_cast<unsigned long long>((r >> 8) % 28), static_cast<unsigned long long>((r >> 16) % 60));
        const char *texts[] = {id.c_str(), "山田", "太郎", "ヤマダ", "タロウ", email, mobile, postal, "東京都",
                               "世田谷区", "桜町1-2-3", stamp, stamp};
        for (int c = 0; c < 13; ++c)
            sqlite3_bind_text(insert, c + 1, texts[c], -1, SQLITE_TRANSIENT);
        if (!check(db, sqlite3_step(insert), "insert"))
            return 3;
        sqlite3_reset(insert);
    }
    check(db, sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr), "commit");
    sqlite3_finalize(insert);
    sqlite3_close(db);
    const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - start;
    std::printf("%.3f\n", elapsed.count());
    return 0;
}
