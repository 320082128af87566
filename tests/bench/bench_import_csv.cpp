// SPDX-License-Identifier: GPL-3.0-or-later
// Writes the contacts CSV of the import benchmark: N rows as a Japanese spreadsheet export has
// them (氏名, フリガナ, email, phone, company, postal code, prefecture, address, birthday), UTF-8
// with CRLF, deterministic (the same N gives the same bytes). One contact in 50 repeats an
// earlier email, so the duplicate check has work to do.
//
//   bench_import_csv FILE ROWS
#include <cstdio>
#include <cstdlib>
#include <string>

namespace {

const char *const Family[] = {"山田", "佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤",
                              "吉田", "山本", "髙橋", "斎藤", "松本", "井上", "木村", "林", "清水", "山崎"};
const char *const FamilyReading[] = {"ヤマダ", "サトウ", "スズキ", "タカハシ", "タナカ", "イトウ", "ワタナベ",
                                     "ナカムラ", "コバヤシ", "カトウ", "ヨシダ", "ヤマモト", "タカハシ", "サイトウ",
                                     "マツモト", "イノウエ", "キムラ", "ハヤシ", "シミズ", "ヤマザキ"};
const char *const Given[] = {"太郎", "花子", "一郎", "美咲", "健太", "陽菜", "翔", "結衣", "大輝", "さくら",
                             "蓮", "葵", "悠真", "凛", "湊", "紬", "大和", "芽依", "陽翔", "杏"};
const char *const GivenReading[] = {"タロウ", "ハナコ", "イチロウ", "ミサキ", "ケンタ", "ヒナ", "ショウ", "ユイ",
                                    "ダイキ", "サクラ", "レン", "アオイ", "ユウマ", "リン", "ミナト", "ツムギ",
                                    "ヤマト", "メイ", "ハルト", "アン"};
const char *const Prefectures[] = {"東京都", "大阪府", "北海道", "福岡県", "愛知県", "神奈川県", "京都府", "宮城県"};

// A small deterministic generator (xorshift), so the file does not depend on the C library.
unsigned long long state = 88172645463325252ULL;
unsigned next()
{
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return static_cast<unsigned>(state >> 32);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3) {
        std::fprintf(stderr, "usage: bench_import_csv FILE ROWS\n");
        return 1;
    }
    const long rows = std::strtol(argv[2], nullptr, 10);
    std::FILE *out = std::fopen(argv[1], "wb");
    if (!out || rows <= 0) {
        std::fprintf(stderr, "bench_import_csv: cannot write %s\n", argv[1]);
        return 1;
    }
    std::fputs("氏名,フリガナ,メールアドレス,電話番号,会社名,郵便番号,都道府県,住所,生年月日\r\n", out);
    for (long i = 0; i < rows; ++i) {
        const unsigned f = next() % 20, g = next() % 20;
        const long mail = (i % 50 == 49) ? i / 2 : i; // every 50th row repeats an earlier address
        std::fprintf(out, "%s %s,%s %s,user%ld@example.jp,0%u-%04ld-%04ld,株式会社サンプル%u,%03u-%04u,%s,中央%u-%u-%u,%u/%u/%u\r\n",
                     Family[f], Given[g], FamilyReading[f], GivenReading[g], mail, 3 + next() % 7, (i / 10000) % 10000,
                     i % 10000, next() % 20000, 100 + next() % 900, next() % 10000, Prefectures[next() % 8],
                     1 + next() % 9, 1 + next() % 30, 1 + next() % 20, 1940 + next() % 65, 1 + next() % 12,
                     1 + next() % 28);
    }
    return std::fclose(out) == 0 ? 0 : 1;
}
