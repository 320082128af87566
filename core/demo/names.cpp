// SPDX-License-Identifier: GPL-3.0-or-later
// Name tables of the demo data (UTF-8). Japanese family names roughly in order of frequency.
#include "core/demo/names.h"

namespace Kizuna::Demo {

namespace {

constexpr NamePart FamilyNames[] = {
    {"佐藤", "サトウ", "sato"}, {"鈴木", "スズキ", "suzuki"}, {"高橋", "タカハシ", "takahashi"},
    {"田中", "タナカ", "tanaka"}, {"伊藤", "イトウ", "ito"}, {"渡辺", "ワタナベ", "watanabe"},
    {"山本", "ヤマモト", "yamamoto"}, {"中村", "ナカムラ", "nakamura"}, {"小林", "コバヤシ", "kobayashi"},
    {"加藤", "カトウ", "kato"}, {"吉田", "ヨシダ", "yoshida"}, {"山田", "ヤマダ", "yamada"},
    {"佐々木", "ササキ", "sasaki"}, {"山口", "ヤマグチ", "yamaguchi"}, {"松本", "マツモト", "matsumoto"},
    {"井上", "イノウエ", "inoue"}, {"木村", "キムラ", "kimura"}, {"林", "ハヤシ", "hayashi"},
    {"斎藤", "サイトウ", "saito"}, {"清水", "シミズ", "shimizu"}, {"山崎", "ヤマザキ", "yamazaki"},
    {"森", "モリ", "mori"}, {"池田", "イケダ", "ikeda"}, {"橋本", "ハシモト", "hashimoto"},
    {"阿部", "アベ", "abe"}, {"石川", "イシカワ", "ishikawa"}, {"山下", "ヤマシタ", "yamashita"},
    {"中島", "ナカジマ", "nakajima"}, {"石井", "イシイ", "ishii"}, {"小川", "オガワ", "ogawa"},
    {"前田", "マエダ", "maeda"}, {"岡田", "オカダ", "okada"}, {"長谷川", "ハセガワ", "hasegawa"},
    {"藤田", "フジタ", "fujita"}, {"後藤", "ゴトウ", "goto"}, {"近藤", "コンドウ", "kondo"},
    {"村上", "ムラカミ", "murakami"}, {"遠藤", "エンドウ", "endo"}, {"青木", "アオキ", "aoki"},
    {"坂本", "サカモト", "sakamoto"}, {"斉藤", "サイトウ", "saito"}, {"福田", "フクダ", "fukuda"},
    {"太田", "オオタ", "ota"}, {"西村", "ニシムラ", "nishimura"}, {"藤井", "フジイ", "fujii"},
    {"金子", "カネコ", "kaneko"}, {"岡本", "オカモト", "okamoto"}, {"藤原", "フジワラ", "fujiwara"},
    {"中野", "ナカノ", "nakano"}, {"三浦", "ミウラ", "miura"}, {"原田", "ハラダ", "harada"},
    {"中川", "ナカガワ", "nakagawa"}, {"松田", "マツダ", "matsuda"}, {"竹内", "タケウチ", "takeuchi"},
    {"小野", "オノ", "ono"}, {"田村", "タムラ", "tamura"}, {"中山", "ナカヤマ", "nakayama"},
    {"和田", "ワダ", "wada"}, {"石田", "イシダ", "ishida"}, {"森田", "モリタ", "morita"},
    {"上田", "ウエダ", "ueda"}, {"原", "ハラ", "hara"}, {"内田", "ウチダ", "uchida"},
    {"柴田", "シバタ", "shibata"}, {"酒井", "サカイ", "sakai"}, {"宮崎", "ミヤザキ", "miyazaki"},
    {"横山", "ヨコヤマ", "yokoyama"}, {"高木", "タカギ", "takagi"}, {"安藤", "アンドウ", "ando"},
    {"宮本", "ミヤモト", "miyamoto"}, {"大野", "オオノ", "ono"}, {"小島", "コジマ", "kojima"},
    {"谷口", "タニグチ", "taniguchi"}, {"今井", "イマイ", "imai"}, {"工藤", "クドウ", "kudo"},
    {"高田", "タカダ", "takada"}, {"増田", "マスダ", "masuda"}, {"丸山", "マルヤマ", "maruyama"},
    {"杉山", "スギヤマ", "sugiyama"}, {"村田", "ムラタ", "murata"}, {"大塚", "オオツカ", "otsuka"},
    {"新井", "アライ", "arai"}, {"小山", "コヤマ", "koyama"}, {"平野", "ヒラノ", "hirano"},
    {"藤本", "フジモト", "fujimoto"}, {"河野", "コウノ", "kono"}, {"上野", "ウエノ", "ueno"},
    {"野口", "ノグチ", "noguchi"}, {"武田", "タケダ", "takeda"}, {"松井", "マツイ", "matsui"},
    {"千葉", "チバ", "chiba"}, {"岩崎", "イワサキ", "iwasaki"}, {"菅原", "スガワラ", "sugawara"},
    {"木下", "キノシタ", "kinoshita"}, {"久保", "クボ", "kubo"}, {"佐野", "サノ", "sano"},
    {"野村", "ノムラ", "nomura"}, {"松尾", "マツオ", "matsuo"}, {"市川", "イチカワ", "ichikawa"},
    {"菊地", "キクチ", "kikuchi"}, {"杉本", "スギモト", "sugimoto"}, {"古川", "フルカワ", "furukawa"},
    {"大西", "オオニシ", "onishi"}, {"島田", "シマダ", "shimada"}, {"水野", "ミズノ", "mizuno"},
    {"桜井", "サクライ", "sakurai"}, {"高野", "タカノ", "takano"}, {"渡部", "ワタナベ", "watanabe"},
    {"吉川", "ヨシカワ", "yoshikawa"}, {"山内", "ヤマウチ", "yamauchi"}, {"西田", "ニシダ", "nishida"},
    {"飯田", "イイダ", "iida"}, {"菊池", "キクチ", "kikuchi"}, {"西川", "ニシカワ", "nishikawa"},
    {"小松", "コマツ", "komatsu"}, {"北村", "キタムラ", "kitamura"}, {"安田", "ヤスダ", "yasuda"},
    {"五十嵐", "イガラシ", "igarashi"}, {"川口", "カワグチ", "kawaguchi"}, {"平田", "ヒラタ", "hirata"},
    {"関", "セキ", "seki"}, {"中田", "ナカタ", "nakata"}, {"久保田", "クボタ", "kubota"},
    {"東", "ヒガシ", "higashi"}, {"服部", "ハットリ", "hattori"}, {"川崎", "カワサキ", "kawasaki"},
    {"岩田", "イワタ", "iwata"}, {"辻", "ツジ", "tsuji"}, {"大橋", "オオハシ", "ohashi"},
};

constexpr NamePart MaleNames[] = {
    {"太郎", "タロウ", "taro"}, {"一郎", "イチロウ", "ichiro"}, {"健太", "ケンタ", "kenta"},
    {"翔太", "ショウタ", "shota"}, {"大輔", "ダイスケ", "daisuke"}, {"拓也", "タクヤ", "takuya"},
    {"直樹", "ナオキ", "naoki"}, {"健一", "ケンイチ", "kenichi"}, {"誠", "マコト", "makoto"},
    {"浩", "ヒロシ", "hiroshi"}, {"博之", "ヒロユキ", "hiroyuki"}, {"隆", "タカシ", "takashi"},
    {"修", "オサム", "osamu"}, {"学", "マナブ", "manabu"}, {"聡", "サトシ", "satoshi"},
    {"和也", "カズヤ", "kazuya"}, {"達也", "タツヤ", "tatsuya"}, {"大樹", "ダイキ", "daiki"},
    {"翔", "ショウ", "sho"}, {"蓮", "レン", "ren"}, {"悠真", "ユウマ", "yuma"},
    {"湊", "ミナト", "minato"}, {"陽翔", "ハルト", "haruto"}, {"颯太", "ソウタ", "sota"},
    {"大翔", "ヒロト", "hiroto"}, {"悠斗", "ユウト", "yuto"}, {"陸", "リク", "riku"},
    {"海斗", "カイト", "kaito"}, {"樹", "イツキ", "itsuki"}, {"亮", "リョウ", "ryo"},
    {"雄一", "ユウイチ", "yuichi"}, {"正樹", "マサキ", "masaki"}, {"秀樹", "ヒデキ", "hideki"},
    {"和夫", "カズオ", "kazuo"}, {"茂", "シゲル", "shigeru"}, {"勇", "イサム", "isamu"},
    {"進", "ススム", "susumu"}, {"清", "キヨシ", "kiyoshi"}, {"豊", "ユタカ", "yutaka"},
    {"稔", "ミノル", "minoru"}, {"剛", "ツヨシ", "tsuyoshi"}, {"淳", "ジュン", "jun"},
    {"純一", "ジュンイチ", "junichi"}, {"光", "ヒカル", "hikaru"}, {"康介", "コウスケ", "kosuke"},
    {"俊介", "シュンスケ", "shunsuke"}, {"圭", "ケイ", "kei"}, {"裕太", "ユウタ", "yuta"},
    {"智也", "トモヤ", "tomoya"}, {"洋平", "ヨウヘイ", "yohei"}, {"祐介", "ユウスケ", "yusuke"},
    {"賢治", "ケンジ", "kenji"}, {"昭", "アキラ", "akira"}, {"哲也", "テツヤ", "tetsuya"},
    {"慎吾", "シンゴ", "shingo"}, {"匠", "タクミ", "takumi"}, {"航", "ワタル", "wataru"},
    {"駿", "シュン", "shun"}, {"隼人", "ハヤト", "hayato"}, {"慎一", "シンイチ", "shinichi"},
    {"幸一", "コウイチ", "koichi"}, {"克也", "カツヤ", "katsuya"}, {"孝", "タカシ", "takashi"},
};

constexpr NamePart FemaleNames[] = {
    {"花子", "ハナコ", "hanako"}, {"陽子", "ヨウコ", "yoko"}, {"恵子", "ケイコ", "keiko"},
    {"裕子", "ユウコ", "yuko"}, {"美穂", "ミホ", "miho"}, {"美咲", "ミサキ", "misaki"},
    {"彩", "アヤ", "aya"}, {"愛", "アイ", "ai"}, {"由美", "ユミ", "yumi"},
    {"直美", "ナオミ", "naomi"}, {"明美", "アケミ", "akemi"}, {"久美子", "クミコ", "kumiko"},
    {"真由美", "マユミ", "mayumi"}, {"智子", "トモコ", "tomoko"}, {"幸子", "サチコ", "sachiko"},
    {"洋子", "ヨウコ", "yoko"}, {"京子", "キョウコ", "kyoko"}, {"和子", "カズコ", "kazuko"},
    {"節子", "セツコ", "setsuko"}, {"舞", "マイ", "mai"}, {"麻衣", "マイ", "mai"},
    {"千尋", "チヒロ", "chihiro"}, {"沙織", "サオリ", "saori"}, {"香織", "カオリ", "kaori"},
    {"恵", "メグミ", "megumi"}, {"綾香", "アヤカ", "ayaka"}, {"優子", "ユウコ", "yuko"},
    {"理恵", "リエ", "rie"}, {"奈々", "ナナ", "nana"}, {"結衣", "ユイ", "yui"},
    {"陽菜", "ヒナ", "hina"}, {"さくら", "サクラ", "sakura"}, {"葵", "アオイ", "aoi"},
    {"凛", "リン", "rin"}, {"芽依", "メイ", "mei"}, {"結菜", "ユイナ", "yuina"},
    {"美月", "ミヅキ", "mizuki"}, {"杏", "アン", "an"}, {"紬", "ツムギ", "tsumugi"},
    {"莉子", "リコ", "riko"}, {"彩花", "アヤカ", "ayaka"}, {"真央", "マオ", "mao"},
    {"遥", "ハルカ", "haruka"}, {"七海", "ナナミ", "nanami"}, {"美紀", "ミキ", "miki"},
    {"早紀", "サキ", "saki"}, {"由佳", "ユカ", "yuka"}, {"亜希子", "アキコ", "akiko"},
    {"紀子", "ノリコ", "noriko"}, {"順子", "ジュンコ", "junko"}, {"友美", "トモミ", "tomomi"},
    {"麻美", "アサミ", "asami"}, {"絵美", "エミ", "emi"}, {"瞳", "ヒトミ", "hitomi"},
    {"渚", "ナギサ", "nagisa"}, {"楓", "カエデ", "kaede"}, {"菜々子", "ナナコ", "nanako"},
    {"千夏", "チナツ", "chinatsu"}, {"美香", "ミカ", "mika"}, {"真理", "マリ", "mari"},
};

constexpr NamePart WesternFamilyNames[] = {
    {"Smith", "スミス", "smith"}, {"Johnson", "ジョンソン", "johnson"},
    {"Williams", "ウィリアムズ", "williams"}, {"Brown", "ブラウン", "brown"},
    {"Jones", "ジョーンズ", "jones"}, {"Miller", "ミラー", "miller"}, {"Davis", "デイビス", "davis"},
    {"Wilson", "ウィルソン", "wilson"}, {"Anderson", "アンダーソン", "anderson"},
    {"Taylor", "テイラー", "taylor"}, {"Thomas", "トーマス", "thomas"}, {"Moore", "ムーア", "moore"},
    {"Martin", "マーティン", "martin"}, {"Jackson", "ジャクソン", "jackson"},
    {"White", "ホワイト", "white"}, {"Harris", "ハリス", "harris"}, {"Clark", "クラーク", "clark"},
    {"Lewis", "ルイス", "lewis"}, {"Walker", "ウォーカー", "walker"}, {"Hall", "ホール", "hall"},
    {"Allen", "アレン", "allen"}, {"Young", "ヤング", "young"}, {"King", "キング", "king"},
    {"Wright", "ライト", "wright"}, {"Scott", "スコット", "scott"}, {"Green", "グリーン", "green"},
    {"Baker", "ベイカー", "baker"}, {"Adams", "アダムズ", "adams"}, {"Nelson", "ネルソン", "nelson"},
    {"Carter", "カーター", "carter"}, {"Mitchell", "ミッチェル", "mitchell"},
    {"Roberts", "ロバーツ", "roberts"}, {"Turner", "ターナー", "turner"},
    {"Phillips", "フィリップス", "phillips"}, {"Campbell", "キャンベル", "campbell"},
    {"Parker", "パーカー", "parker"}, {"Evans", "エバンズ", "evans"},
    {"Edwards", "エドワーズ", "edwards"}, {"Collins", "コリンズ", "collins"},
    {"Stewart", "スチュワート", "stewart"}, {"Morris", "モリス", "morris"},
    {"Murphy", "マーフィー", "murphy"}, {"Cook", "クック", "cook"}, {"Rogers", "ロジャース", "rogers"},
    {"Cooper", "クーパー", "cooper"}, {"Ward", "ウォード", "ward"}, {"Bennett", "ベネット", "bennett"},
    {"Gray", "グレイ", "gray"}, {"Hughes", "ヒューズ", "hughes"}, {"Price", "プライス", "price"},
    {"Schmidt", "シュミット", "schmidt"}, {"Weber", "ウェーバー", "weber"},
    {"Fischer", "フィッシャー", "fischer"}, {"Dubois", "デュボワ", "dubois"},
    {"Rossi", "ロッシ", "rossi"}, {"Bianchi", "ビアンキ", "bianchi"}, {"Garcia", "ガルシア", "garcia"},
    {"Lopez", "ロペス", "lopez"}, {"Silva", "シルバ", "silva"}, {"Larsen", "ラーセン", "larsen"},
};

constexpr NamePart WesternGivenNames[] = {
    {"James", "ジェームズ", "james"}, {"John", "ジョン", "john"}, {"Robert", "ロバート", "robert"},
    {"Michael", "マイケル", "michael"}, {"William", "ウィリアム", "william"},
    {"David", "デイビッド", "david"}, {"Richard", "リチャード", "richard"},
    {"Thomas", "トーマス", "thomas"}, {"Daniel", "ダニエル", "daniel"}, {"Matthew", "マシュー", "matthew"},
    {"Christopher", "クリストファー", "christopher"}, {"Andrew", "アンドリュー", "andrew"},
    {"Paul", "ポール", "paul"}, {"Mark", "マーク", "mark"}, {"Steven", "スティーブン", "steven"},
    {"Kevin", "ケビン", "kevin"}, {"Brian", "ブライアン", "brian"}, {"George", "ジョージ", "george"},
    {"Edward", "エドワード", "edward"}, {"Peter", "ピーター", "peter"}, {"Oliver", "オリバー", "oliver"},
    {"Lucas", "ルーカス", "lucas"}, {"Noah", "ノア", "noah"}, {"Ethan", "イーサン", "ethan"},
    {"Liam", "リアム", "liam"}, {"Mary", "メアリー", "mary"}, {"Patricia", "パトリシア", "patricia"},
    {"Jennifer", "ジェニファー", "jennifer"}, {"Linda", "リンダ", "linda"},
    {"Elizabeth", "エリザベス", "elizabeth"}, {"Susan", "スーザン", "susan"},
    {"Jessica", "ジェシカ", "jessica"}, {"Sarah", "サラ", "sarah"}, {"Karen", "カレン", "karen"},
    {"Emily", "エミリー", "emily"}, {"Emma", "エマ", "emma"}, {"Olivia", "オリビア", "olivia"},
    {"Sophia", "ソフィア", "sophia"}, {"Charlotte", "シャーロット", "charlotte"},
    {"Amelia", "アメリア", "amelia"}, {"Grace", "グレース", "grace"}, {"Chloe", "クロエ", "chloe"},
    {"Hannah", "ハンナ", "hannah"}, {"Laura", "ローラ", "laura"}, {"Anna", "アンナ", "anna"},
    {"Julia", "ジュリア", "julia"}, {"Claire", "クレア", "claire"}, {"Lisa", "リサ", "lisa"},
    {"Rachel", "レイチェル", "rachel"}, {"Nicole", "ニコール", "nicole"}, {"Maria", "マリア", "maria"},
    {"Sophie", "ソフィー", "sophie"}, {"Hans", "ハンス", "hans"}, {"Pierre", "ピエール", "pierre"},
    {"Marco", "マルコ", "marco"}, {"Carlos", "カルロス", "carlos"}, {"Lena", "レナ", "lena"},
};

} // namespace

std::span<const NamePart> japaneseFamilyNames() { return FamilyNames; }
std::span<const NamePart> japaneseMaleNames() { return MaleNames; }
std::span<const NamePart> japaneseFemaleNames() { return FemaleNames; }
std::span<const NamePart> westernFamilyNames() { return WesternFamilyNames; }
std::span<const NamePart> westernGivenNames() { return WesternGivenNames; }

} // namespace Kizuna::Demo
