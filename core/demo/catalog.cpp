// SPDX-License-Identifier: GPL-3.0-or-later
// Product catalogue, pipeline, lost reasons, tags and company-name parts of the demo data.
#include "core/demo/catalog.h"

namespace Kizuna::Demo {

namespace {

constexpr ProductVariant Sizes[3] = {{"200g", 1.0}, {"500g", 2.3}, {"1kg", 4.2}};

constexpr Category Categories[] = {
    {"コーヒー豆", "CF",
     {{"ブラジル サントス", 1200}, {"コロンビア スプレモ", 1350}, {"エチオピア イルガチェフェ", 1600},
      {"グアテマラ アンティグア", 1450}, {"ケニア AA", 1700}, {"マンデリン", 1400},
      {"ハウスブレンド", 1100}, {"深煎りブレンド", 1150}},
     {Sizes[0], Sizes[1], Sizes[2]},
     {115, 105, 95, 90, 85, 80, 85, 85, 100, 110, 120, 130}},
    {"日本茶・紅茶", "TE",
     {{"静岡 深蒸し煎茶", 1080}, {"宇治 玉露", 2160}, {"八女 抹茶", 1620}, {"ほうじ茶", 860},
      {"玄米茶", 760}, {"ダージリン", 1940}, {"アールグレイ", 1300}, {"和紅茶", 1510}},
     {{"100g", 1.0}, {"200g", 1.9}, {"ティーバッグ20袋", 0.9}},
     {95, 90, 95, 110, 140, 110, 90, 85, 95, 100, 95, 95}},
    {"和菓子", "WA",
     {{"どら焼き", 1200}, {"栗羊羹", 1500}, {"最中", 1100}, {"カステラ", 1400}, {"豆大福", 1000},
      {"草加煎餅", 900}, {"きんつば", 1100}, {"水まんじゅう", 1300}},
     {{"5個入", 1.0}, {"10個入", 1.9}, {"20個入", 3.6}},
     {130, 95, 95, 95, 90, 90, 100, 105, 125, 100, 90, 85}},
    {"洋菓子", "YO",
     {{"クッキー缶", 1800}, {"フィナンシェ", 1500}, {"マドレーヌ", 1400}, {"バウムクーヘン", 2000},
      {"チーズケーキ", 2400}, {"ガトーショコラ", 2600}, {"マカロン", 2200}, {"パウンドケーキ", 1700}},
     {{"S", 1.0}, {"M", 1.6}, {"L", 2.5}},
     {85, 150, 130, 95, 95, 85, 80, 80, 90, 95, 100, 135}},
    {"ギフトセット", "GF",
     {{"コーヒーギフト", 3000}, {"日本茶ギフト", 3000}, {"紅茶ギフト", 3000}, {"焼菓子ギフト", 3000},
      {"和菓子詰め合わせ", 3000}, {"コーヒーと焼菓子のセット", 3500}, {"季節のギフト", 4000},
      {"内祝いセット", 3000}},
     {{"梅", 1.0}, {"竹", 1.7}, {"松", 3.3}},
     {70, 70, 90, 80, 100, 110, 190, 120, 95, 80, 110, 200}},
    {"食器", "TW",
     {{"マグカップ", 2200}, {"湯呑み", 1800}, {"急須", 4800}, {"ティーポット", 5200},
      {"コーヒーカップ&ソーサー", 3600}, {"豆皿", 1200}, {"銘々皿", 1600}, {"耐熱グラス", 1500}},
     {{"白", 1.0}, {"藍", 1.1}, {"黒", 1.1}},
     {100, 95, 110, 115, 100, 90, 90, 90, 95, 100, 100, 115}},
    {"キッチン用品", "KT",
     {{"ドリップケトル", 4500}, {"ドリッパー", 1800}, {"ペーパーフィルター", 450}, {"コーヒーミル", 6800},
      {"茶こし", 900}, {"キャニスター", 1600}, {"フレンチプレス", 3800}, {"計量スプーン", 700}},
     {{"スタンダード", 1.0}, {"デラックス", 1.6}, {"プロ", 2.6}},
     {105, 95, 110, 120, 100, 90, 90, 90, 95, 100, 100, 110}},
    {"定期便", "SB",
     {{"コーヒー定期便", 2800}, {"日本茶定期便", 2600}, {"紅茶定期便", 2600}, {"焼菓子定期便", 3000},
      {"ドリップバッグ定期便", 2200}, {"季節の和菓子定期便", 3200}, {"カフェインレス定期便", 2800},
      {"お試し定期便", 1500}},
     {{"1ヶ月", 1.0}, {"3ヶ月", 2.9}, {"6ヶ月", 5.6}},
     {120, 95, 100, 110, 100, 95, 90, 90, 95, 100, 100, 105}},
};

constexpr Stage Stages[] = {
    {"初回接触", 0.1, 14}, {"ヒアリング", 0.2, 14}, {"提案", 0.4, 21},
    {"見積提出", 0.6, 21}, {"交渉", 0.8, 30},      {"契約手続き", 0.9, 14},
};

constexpr Weighted LostReasons[] = {
    {"価格", 30}, {"競合", 20}, {"予算不足", 18}, {"時期尚早", 12},
    {"機能不足", 6}, {"連絡途絶", 11}, {"その他", 3},
};

constexpr Tag Tags[] = {
    {"VIP", "#d4a017"},       {"リピーター", "#2e7d32"}, {"法人", "#1565c0"},
    {"メルマガ購読", "#6a1b9a"}, {"LINE友だち", "#06c755"}, {"展示会", "#ef6c00"},
    {"紹介", "#00838f"},      {"要フォロー", "#c62828"}, {"ギフト利用", "#ad1457"},
    {"休眠", "#757575"},
};

constexpr CompanyWord Roots[] = {
    {"さくら", "サクラ", "sakura", nullptr}, {"東洋", "トウヨウ", "toyo", nullptr},
    {"富士", "フジ", "fuji", nullptr}, {"大和", "ヤマト", "yamato", nullptr},
    {"青葉", "アオバ", "aoba", nullptr}, {"光", "ヒカリ", "hikari", nullptr},
    {"中央", "チュウオウ", "chuo", nullptr}, {"北斗", "ホクト", "hokuto", nullptr},
    {"朝日", "アサヒ", "asahi", nullptr}, {"双葉", "フタバ", "futaba", nullptr},
    {"平和", "ヘイワ", "heiwa", nullptr}, {"丸山", "マルヤマ", "maruyama", nullptr},
    {"山田", "ヤマダ", "yamada", nullptr}, {"高橋", "タカハシ", "takahashi", nullptr},
    {"みなと", "ミナト", "minato", nullptr}, {"若葉", "ワカバ", "wakaba", nullptr},
    {"三栄", "サンエイ", "sanei", nullptr}, {"共栄", "キョウエイ", "kyoei", nullptr},
    {"日の出", "ヒノデ", "hinode", nullptr}, {"明光", "メイコウ", "meiko", nullptr},
    {"新星", "シンセイ", "shinsei", nullptr}, {"泉", "イズミ", "izumi", nullptr},
    {"緑川", "ミドリカワ", "midorikawa", nullptr}, {"松風", "マツカゼ", "matsukaze", nullptr},
};

constexpr CompanyWord Businesses[] = {
    {"商事", "ショウジ", "shoji", "wholesale"}, {"物産", "ブッサン", "bussan", "wholesale"},
    {"製作所", "セイサクショ", "seisakusho", "manufacturing"},
    {"工業", "コウギョウ", "kogyo", "manufacturing"}, {"建設", "ケンセツ", "kensetsu", "construction"},
    {"電機", "デンキ", "denki", "manufacturing"}, {"フーズ", "フーズ", "foods", "food"},
    {"システムズ", "システムズ", "systems", "it"}, {"不動産", "フドウサン", "fudosan", "real_estate"},
    {"印刷", "インサツ", "insatsu", "manufacturing"}, {"運輸", "ウンユ", "unyu", "logistics"},
    {"薬品", "ヤクヒン", "yakuhin", "healthcare"}, {"ホテル", "ホテル", "hotel", "hospitality"},
    {"設計", "セッケイ", "sekkei", "services"}, {"保険サービス", "ホケンサービス", "hoken", "finance"},
    {"デンタルクリニック", "デンタルクリニック", "dental", "healthcare"},
};

constexpr CompanyWord EnglishRoots[] = {
    {"Blue Harbor", "ブルーハーバー", "blueharbor", nullptr},
    {"Northwind", "ノースウインド", "northwind", nullptr},
    {"Silver Oak", "シルバーオーク", "silveroak", nullptr},
    {"Green Leaf", "グリーンリーフ", "greenleaf", nullptr},
    {"Bright Path", "ブライトパス", "brightpath", nullptr},
    {"Red Maple", "レッドメープル", "redmaple", nullptr},
    {"Sunrise", "サンライズ", "sunrise", nullptr}, {"Starlight", "スターライト", "starlight", nullptr},
};

constexpr CompanyWord EnglishBusinesses[] = {
    {"Trading", "トレーディング", "trading", "wholesale"},
    {"Design", "デザイン", "design", "services"},
    {"Consulting", "コンサルティング", "consulting", "services"},
    {"Technologies", "テクノロジーズ", "tech", "it"}, {"Foods", "フーズ", "foods", "food"},
};

constexpr const char *Departments[] = {"営業部", "総務部", "購買部", "経営企画部", "マーケティング部",
                                       "人事部", "秘書室", "店舗運営部"};
constexpr const char *Titles[] = {"部長", "課長", "係長", "主任", "担当", "代表取締役", "マネージャー",
                                  "室長"};

} // namespace

std::span<const Category> categories() { return Categories; }
int giftCategoryIndex() { return 4; }
std::span<const Stage> pipelineStages() { return Stages; }
std::span<const Weighted> lostReasons() { return LostReasons; }
std::span<const Tag> tags() { return Tags; }
std::span<const CompanyWord> companyRoots() { return Roots; }
std::span<const CompanyWord> companyBusinesses() { return Businesses; }
std::span<const CompanyWord> englishCompanyRoots() { return EnglishRoots; }
std::span<const CompanyWord> englishCompanyBusinesses() { return EnglishBusinesses; }
std::span<const char *const> departments() { return Departments; }
std::span<const char *const> jobTitles() { return Titles; }

} // namespace Kizuna::Demo
