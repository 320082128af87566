// SPDX-License-Identifier: GPL-3.0-or-later
// The baseline of the search benchmark: a plain FTS5 trigram index over the contacts' names,
// readings, email and phone as stored (no folding, no ranking), queried with every prefix of
// every query as typed, through the sqlite3 C API and nothing else. Prefixes shorter than three
// bytes' worth of characters cannot use a trigram index and are skipped (raw FTS5 has no answer
// for them; Kizuna's engine does). Prints {"queries":N,"p50_ms":…,"p95_ms":…,"max_ms":…,"build_s":…}.
//
//   bench_rawfts DATABASE QUERIES   (builds raw_contacts_fts in DATABASE once, then reuses it)
#include <sqlite3.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <string>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

bool exec(sqlite3 *db, const char *sql)
{
    char *error = nullptr;
    if (sqlite3_exec(db, sql, nullptr, nullptr, &error) != SQLITE_OK) {
        std::fprintf(stderr, "bench_rawfts: %s\n", error ? error : "error");
        sqlite3_free(error);
        return false;
    }
    return true;
}

// The UTF-8 prefixes of a line, one per code point.
std::vector<std::string> prefixes(const std::string &line)
{
    std::vector<std::string> out;
    for (size_t i = 1; i <= line.size(); ++i) {
        if (i == line.size() || (static_cast<unsigned char>(line[i]) & 0xC0) != 0x80)
            out.push_back(line.substr(0, i));
    }
    return out;
}

size_t codePoints(const std::string &s)
{
    return static_cast<size_t>(std::count_if(s.begin(), s.end(), [](char c) {
        return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }));
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_rawfts DATABASE QUERIES\n");
        return 1;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(argv[1], &db) != SQLITE_OK)
        return 3;
    const auto buildStart = Clock::now();
    exec(db, "CREATE VIRTUAL TABLE IF NOT EXISTS raw_contacts_fts USING fts5(body, tokenize='trigram')");
    sqlite3_stmt *count = nullptr;
    sqlite3_prepare_v2(db, "SELECT count(*) FROM raw_contacts_fts", -1, &count, nullptr);
    sqlite3_step(count);
    const bool empty = sqlite3_column_int64(count, 0) == 0;
    sqlite3_finalize(count);
    if (empty && !exec(db, "INSERT INTO raw_contacts_fts(rowid, body) SELECT rowid, "
                           "coalesce(family_name, '') || ' ' || coalesce(given_name, '') || ' ' || "
                           "coalesce(family_name_reading, '') || ' ' || coalesce(given_name_reading, '') || ' ' || "
                           "coalesce(email, '') || ' ' || coalesce(phone, '') || ' ' || coalesce(mobile, '') "
                           "FROM contacts"))
        return 3;
    const double buildSeconds = std::chrono::duration<double>(Clock::now() - buildStart).count();

    sqlite3_stmt *query = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT rowid FROM raw_contacts_fts WHERE raw_contacts_fts MATCH ?1 LIMIT 20",
                           -1, &query, nullptr) != SQLITE_OK)
        return 3;
    std::ifstream file(argv[2]);
    std::vector<double> times;
    for (std::string line; std::getline(file, line);) {
        if (line.empty())
            continue;
        for (const std::string &prefix : prefixes(line)) {
            if (codePoints(prefix) < 3)
                continue;
            std::string phrase = "\"";
            for (char c : prefix)
                phrase += c == '"' ? std::string("\"\"") : std::string(1, c);
            phrase += '"';
            const auto start = Clock::now();
            sqlite3_bind_text(query, 1, phrase.c_str(), -1, SQLITE_TRANSIENT);
            while (sqlite3_step(query) == SQLITE_ROW) {
            }
            sqlite3_reset(query);
            times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
        }
    }
    sqlite3_finalize(query);
    sqlite3_close(db);
    std::sort(times.begin(), times.end());
    const auto at = [&](double q) { return times.empty() ? 0.0 : times[std::min(times.size() - 1, static_cast<size_t>(q * static_cast<double>(times.size())))]; };
    std::printf("{\"queries\":%zu,\"p50_ms\":%.2f,\"p95_ms\":%.2f,\"max_ms\":%.2f,\"build_s\":%.1f}\n", times.size(),
                at(0.5), at(0.95), times.empty() ? 0.0 : times.back(), buildSeconds);
    return 0;
}
