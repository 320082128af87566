// SPDX-License-Identifier: GPL-3.0-or-later
// Subjects, bodies, task titles, survey comments and campaign themes of the demo data.
#include "core/demo/texts.h"

namespace Kizuna::Demo {

namespace {

constexpr ActivityKind Kinds[] = {
    {"call", 20, "both", {"phone", "phone", "phone"},
     {"ご注文内容の確認", "商品についての問い合わせ", "配送日の調整", "法人ギフトのご相談",
      "定期便のご案内", "お見積りのフォロー"},
     {"内容を確認し、折り返しメールでご案内済み。", "次回の購入時期を伺った。来月再度連絡。",
      "ご不在のため留守電にメッセージを残した。"}},
    {"email", 25, "both", {"email", "email", "email"},
     {"ご注文ありがとうございます", "新商品のご案内", "お見積書送付のご連絡", "配送状況のお問い合わせ",
      "ギフト包装について", "領収書の発行依頼"},
     {"ご質問の件、担当より回答済み。", "PDFを添付して送付。", "返信待ち。"}},
    {"meeting", 7, "out", {"in_person", "online", "online"},
     {"法人ギフトのお打ち合わせ", "新商品の試飲会", "年末ギフトのご提案", "契約条件のすり合わせ",
      "オンライン商談", "年間契約のご相談"},
     {"ご要望をヒアリングし、次回までに提案書を作成する。", "試飲の反応は良好。見積を依頼された。",
      "予算と納期を確認。決裁は来月の予定。"}},
    {"visit", 4, "out", {"in_person", "in_person", "in_person"},
     {"店舗へのご来店", "事務所訪問・ご挨拶", "サンプルお届け", "納品立ち会い", "新任ご担当者へのご挨拶",
      "展示会ブースでのご挨拶"},
     {"店頭でおすすめ商品をご案内。", "サンプルをお渡しした。感想を来週伺う。", "名刺交換のみ。"}},
    {"chat", 8, "in", {"web_chat", "web_chat", "line"},
     {"在庫の確認", "クーポンの使い方", "支払い方法について", "お届け先の変更", "商品の賞味期限",
      "ギフトのおすすめ"},
     {"チャットで回答し解決。", "担当者に引き継ぎ。", "FAQページをご案内。"}},
    {"sns", 6, "both", {"instagram", "x", "line"},
     {"Instagramでのメッセージ", "Xでのメンション", "LINEでのお問い合わせ", "レビュー投稿へのお礼",
      "キャンペーン投稿へのコメント", "写真投稿のシェア許可"},
     {"お礼のメッセージを返信。", "DMで詳細をご案内。", "公式アカウントで紹介させていただいた。"}},
    {"web_form", 6, "in", {"website", "website", "website"},
     {"お問い合わせフォーム", "資料請求", "カタログ請求", "法人ギフトのお見積り依頼", "試飲会の申し込み",
      "会員登録"},
     {"フォームから送信。自動返信済み。", "カタログを発送予定。", "担当者から連絡予定。"}},
    {"letter", 4, "out", {"post", "post", "post"},
     {"カタログ送付", "お礼状送付", "年賀状", "暑中見舞い", "誕生日カード", "新商品のDM"},
     {"郵送で送付。", "手書きのメッセージを添えた。", "クーポン同封。"}},
    {"note", 10, nullptr, {nullptr, nullptr, nullptr},
     {"電話メモ", "好みのメモ", "ギフト用途が多い", "アレルギー情報", "担当者変更の引き継ぎ", "来店時のメモ"},
     {"深煎りのコーヒーがお好み。", "ナッツ類にアレルギーあり。", "贈答用の購入が中心。"}},
    {"complaint", 2, "in", {"phone", "email", "web_chat"},
     {"商品破損のご連絡", "配送遅延について", "味が以前と違うとのご指摘", "請求金額の誤り",
      "ギフトの熨斗の誤り", "定期便の解約手続きについて"},
     {"お詫びし、代替品を発送。", "原因を調査中。三日以内に回答する。", "返金対応で解決。"}},
    {"feedback", 4, "in", {"email", "web_chat", "phone"},
     {"新商品の感想", "パッケージへのご意見", "スタッフへのお褒めの言葉", "サイトの使い勝手について",
      "商品ラインナップへのご要望", "ギフト包装へのご意見"},
     {"ご意見を商品企画チームに共有。", "お礼のメールを送付。", "次回の改善検討事項として記録。"}},
    {"survey", 3, "in", {"email", "website", "line"},
     {"購入後アンケート回答", "満足度アンケート回答", "試飲会アンケート回答", "定期便アンケート回答",
      "店舗アンケート回答", "ギフト利用アンケート回答"},
     {"総合的に満足との回答。", "改善要望あり。", "自由記述なし。"}},
};

constexpr TaskTemplate ContactTasks[] = {
    {"フォローアップの電話", "前回の購入後の様子を伺う。", "manual"},
    {"カタログを送る", "最新のギフトカタログを郵送する。", "manual"},
    {"お礼状を書く", nullptr, "manual"},
    {"サンプルを発送する", "新豆のサンプル 2 種。", "manual"},
    {"請求書の再発行", nullptr, "manual"},
    {"誕生日特典のご案内", "誕生日クーポンを送付する。", "automation"},
    {"休眠顧客へのフォロー", "最後の購入から 180 日以上。", "automation"},
    {"購入後フォロー", "ご購入から 7 日後の満足度確認。", "automation"},
    {"問い合わせへの回答", "チャットでの質問に回答する。", "manual"},
};

constexpr TaskTemplate DealTasks[] = {
    {"見積書を送付する", "数量と納期を確認のうえ送付。", "manual"},
    {"商談の次のステップを決める", nullptr, "manual"},
    {"決裁者との面談を設定する", nullptr, "manual"},
    {"提案書を作成する", "前回のヒアリング内容を反映する。", "manual"},
    {"停滞中の商談をフォロー", "ステージ滞留日数を超過。", "automation"},
};

constexpr const char *Promoters[] = {
    "いつも美味しいコーヒーをありがとうございます。", "ギフトで贈ったらとても喜ばれました。",
    "スタッフの対応が丁寧でした。", "定期便が便利で助かっています。", "包装がきれいで贈り物に最適です。",
};
constexpr const char *Passives[] = {
    "味は良いが価格がやや高い。", "配送がもう少し早いと嬉しい。", "品揃えをもっと増やしてほしい。",
    "サイトが少し使いにくい。",
};
constexpr const char *Detractors[] = {
    "届いた商品が破損していた。", "問い合わせの返信が遅かった。", "以前より味が落ちた気がする。",
    "送料が高い。", "注文と違う商品が届いた。",
};
constexpr const char *Notes[] = {
    "アレルギー：ナッツ類", "深煎りのコーヒーがお好み", "法人ギフトの決裁者", "連絡は午前中を希望",
    "DMは不要とのこと", "贈答用の購入が中心", "ご家族も会員",
};
constexpr const char *Themes[] = {
    "新春初売り", "バレンタインギフト", "ホワイトデー", "新生活応援", "母の日ギフト", "父の日ギフト",
    "お中元ギフト", "アイスコーヒー特集", "敬老の日ギフト", "秋の新豆フェア", "冬ギフト早割",
    "お歳暮・クリスマスギフト",
};

} // namespace

std::span<const ActivityKind> activityKinds() { return Kinds; }
std::span<const TaskTemplate> contactTasks() { return ContactTasks; }
std::span<const TaskTemplate> dealTasks() { return DealTasks; }
std::span<const char *const> promoterComments() { return Promoters; }
std::span<const char *const> passiveComments() { return Passives; }
std::span<const char *const> detractorComments() { return Detractors; }
std::span<const char *const> contactNotes() { return Notes; }
std::span<const char *const> monthlyThemes() { return Themes; }

} // namespace Kizuna::Demo
