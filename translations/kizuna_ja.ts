<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>Kizuna::Analytics</name>
    <message>
        <location filename="../core/analytics/bgnbdmodel.cpp" line="+196"/>
        <source>invalid customer summary (x=%1, t_x=%2, T=%3): need 0 &lt;= t_x &lt;= T</source>
        <translation>顧客の集計値が不正です (x=%1, t_x=%2, T=%3): 0 &lt;= t_x &lt;= T である必要があります</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the BG/NBD model needs customers with repeat purchases</source>
        <translation>BG/NBD モデルにはリピート購入のある顧客が必要です</translation>
    </message>
    <message>
        <location filename="../core/analytics/gammagammamodel.cpp" line="+97"/>
        <source>the Gamma-Gamma model needs at least two customers with repeat purchases of positive value</source>
        <translation>Gamma-Gamma モデルには、金額が正のリピート購入がある顧客が 2 人以上必要です</translation>
    </message>
    <message>
        <location filename="../core/analytics/maximumlikelihood.cpp" line="+98"/>
        <source>the model could not be fitted to this data</source>
        <translation>このデータにはモデルを当てはめられませんでした</translation>
    </message>
    <message>
        <location filename="../core/analytics/associationrules.cpp" line="+74"/>
        <location filename="../core/analytics/bgnbdmodel.cpp" line="+3"/>
        <location filename="../core/analytics/churnrisklist.cpp" line="+37"/>
        <location line="+63"/>
        <location filename="../core/analytics/cohortretention.cpp" line="+51"/>
        <location filename="../core/analytics/contactinsights.cpp" line="+211"/>
        <location line="+11"/>
        <location line="+299"/>
        <location line="+32"/>
        <location filename="../core/analytics/customerhistory.cpp" line="+70"/>
        <location filename="../core/analytics/maximumlikelihood.cpp" line="-10"/>
        <location line="+4"/>
        <source>cancelled</source>
        <translation>中止しました</translation>
    </message>
    <message>
        <location filename="../core/analytics/cohortretention.cpp" line="-27"/>
        <source>the cohort months must be valid and in order</source>
        <translation>コホートの月は有効な値で、順番に並んでいる必要があります</translation>
    </message>
    <message>
        <location filename="../core/analytics/customerhistory.cpp" line="-19"/>
        <location line="+41"/>
        <source>the calibration end date is not valid</source>
        <translation>キャリブレーション期間の終了日が正しくありません</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>the hold-out end (%1) must come after the calibration end (%2)</source>
        <translation>検証期間の終了日（%1）はキャリブレーション期間の終了日（%2）より後である必要があります</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the contact has no purchases up to %1</source>
        <translation>%1 までにこの連絡先の購入はありません</translation>
    </message>
    <message>
        <location filename="../core/analytics/dashboarddata.cpp" line="+30"/>
        <location filename="../core/analytics/dashboardseries.cpp" line="+51"/>
        <location filename="../core/analytics/ordertimelines.cpp" line="+85"/>
        <source>dashboard calculation cancelled</source>
        <translation>ダッシュボードの計算を中止しました</translation>
    </message>
    <message>
        <location line="+187"/>
        <source>no orders before the period</source>
        <translation>期間より前の注文がありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too little order history before %1 to fit the model.</source>
        <translation>%1 より前の注文履歴が少なすぎるため、モデルを当てはめられません。</translation>
    </message>
    <message>
        <location line="+62"/>
        <location filename="../core/analytics/kpiengine.cpp" line="+309"/>
        <source>the period must have a first day on or before its last day</source>
        <translation>期間の初日は最終日と同じか、それより前である必要があります</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/analytics/kpiengine.cpp" line="+2"/>
        <source>&quot;%1&quot; is not a table name</source>
        <translation>「%1」はテーブル名ではありません</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpiengine.cpp" line="+11"/>
        <source>KPI calculation cancelled</source>
        <translation>KPI の計算を中止しました</translation>
    </message>
    <message>
        <location filename="../core/analytics/leadfeatures.cpp" line="+34"/>
        <source>no contact with id %1</source>
        <translation>ID が %1 の連絡先はありません</translation>
    </message>
    <message>
        <location filename="../core/analytics/leadscoring.cpp" line="+70"/>
        <location line="+18"/>
        <source>Source: %1</source>
        <translation>流入経路: %1</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n activities in the last 90 days</source>
        <translation>
            <numerusform>過去 90 日間の活動 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last activity %n days ago</source>
        <translation>
            <numerusform>最後の活動は %n 日前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage: %1</source>
        <translation>ステージ: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n emails opened</source>
        <translation>
            <numerusform>メール開封 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n emails clicked</source>
        <translation>
            <numerusform>メール内リンクのクリック %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Baseline</source>
        <translation>基準値</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent activities</source>
        <translation>最近の活動</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recency of activity</source>
        <translation>最後の活動からの日数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emails opened</source>
        <translation>メール開封</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails clicked</source>
        <translation>メール内リンクのクリック</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Works at a company</source>
        <translation>会社に所属</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marketing consent</source>
        <translation>マーケティング配信への同意</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>learning lead scores needs both won and lost deals (%1 won of %2)</source>
        <translation>リードスコアの学習には受注と失注の両方の商談が必要です（%2 件中、受注 %1 件）</translation>
    </message>
    <message>
        <location filename="../core/analytics/rfm.cpp" line="+48"/>
        <source>Champions</source>
        <translation>優良顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation>ロイヤル顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential loyalist</source>
        <translation>ロイヤル顧客候補</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>新規顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation>有望顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need attention</source>
        <translation>要注意顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About to sleep</source>
        <translation>休眠予備軍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation>離反リスク顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t lose them</source>
        <translation>失ってはならない顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation>休眠顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation>離反顧客</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>RFM needs a valid as-of date</source>
        <translation>RFM には有効な基準日が必要です</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>RFM calculation cancelled</source>
        <translation>RFM の計算を中止しました</translation>
    </message>
    <message>
        <location filename="../core/analytics/contactinsights.cpp" line="-282"/>
        <source>No purchases yet, so no RFM score, lifetime value or churn risk.</source>
        <translation>購入履歴がないため、RFM スコア、生涯価値、離反リスクはありません。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last purchase %1 days ago (R %2), %3 orders (F %4), %5 spent (M %6); each scored 1–5 by quintiles of all %7 customers as of %8.</source>
        <translation>最終購入 %1 日前（R %2）、注文 %3 件（F %4）、購入金額 %5（M %6）。%8 時点の全顧客 %7 人の五分位でそれぞれ 1～5 に評価しています。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dormant: no purchase for %1 days (more than %2).</source>
        <translation>休眠: %1 日間購入がありません（%2 日超）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active: last purchase %1 days ago (dormant after %2 days without one).</source>
        <translation>アクティブ: 最終購入 %1 日前（購入がないまま %2 日経過すると休眠）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 % likely to still be buying, from %2 repeat purchase days in %3 weeks since the first (BG/NBD model of all customers).</source>
        <translation>購入を続けている確率 %1 %（初回購入から %3 週間でリピート購入日 %2 日、全顧客の BG/NBD モデルによる）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purchase days expected in the next %1 weeks (BG/NBD).</source>
        <translation>今後 %1 週間に予想される購入日数（BG/NBD）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected value of a future purchase: this customer&apos;s mean repeat spend weighed against all customers&apos; (Gamma-Gamma).</source>
        <translation>今後の購入 1 回あたりの予想金額: この顧客の平均リピート購入額を全顧客の平均と比較して算出（Gamma-Gamma）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean repeat spend (too few repeat buyers to fit Gamma-Gamma).</source>
        <translation>平均リピート購入額（リピート購入者が少なすぎて Gamma-Gamma を当てはめられません）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected purchases over the next %1 weeks × expected purchase value, discounted at %2 % a month.</source>
        <translation>今後 %1 週間の予想購入回数 × 予想購入金額を、月 %2 % で割り引いた値。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The higher of 1 − P(alive) (%1 %) and the share of all repeat purchases that came sooner than this customer&apos;s %2 days of silence (%3 %).</source>
        <translation>1 − 生存確率（%1 %）と、全リピート購入のうちこの顧客の購入のない %2 日間より短い間隔で行われたものの割合（%3 %）の、高いほうの値。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>contact %1 does not exist or is in the Trash</source>
        <translation>連絡先 %1 は存在しないか、ゴミ箱にあります</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Points (0–100) for source channel, recent activities, lifecycle stage and email engagement; the largest factors are listed.</source>
        <translation>流入経路、最近の活動、ライフサイクルステージ、メールへの反応に基づくポイント（0～100）。影響の大きい要因を表示しています。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 % of customers who bought %2 also bought this (%3 × as likely as on average).</source>
        <translation>%2 を購入した顧客の %1 % がこれも購入しています（平均の %3 倍）。</translation>
    </message>
    <message>
        <location filename="../core/analytics/churnrisk.cpp" line="+73"/>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <location filename="../core/analytics/churnrisklist.cpp" line="-14"/>
        <source>too few customers bought on more than one day to estimate churn risk (the BG/NBD model needs repeat purchases)</source>
        <translation>複数の日に購入した顧客が少なすぎるため、離反リスクを推定できません（BG/NBD モデルにはリピート購入が必要です）</translation>
    </message>
    <message>
        <location filename="../core/analytics/ordertimelines.cpp" line="-58"/>
        <location line="+7"/>
        <source>could not read the order summaries: %1</source>
        <translation>注文の集計を読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the order summary of contact %1 is damaged</source>
        <translation>連絡先 %1 の注文の集計が壊れています</translation>
    </message>
</context>
<context>
    <name>Kizuna::Cli</name>
    <message>
        <location filename="../core/cli/argumentparser.cpp" line="+24"/>
        <source>&quot;%1&quot; needs --%2 %3</source>
        <translation>「%1」には --%2 %3 が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; needs %2</source>
        <translation>「%1」には %2 が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot; for &quot;%2&quot;</source>
        <translation>「%2」に予期しない引数「%1」があります</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown option %1 for &quot;%2&quot;</source>
        <translation>「%2」に不明なオプション %1 があります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>option --%1 given twice for &quot;%2&quot;</source>
        <translation>「%2」にオプション --%1 が 2 回指定されています</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>option --%1 of &quot;%2&quot; takes no value</source>
        <translation>「%2」のオプション --%1 は値を取りません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>option --%1 of &quot;%2&quot; needs a value (%3)</source>
        <translation>「%2」のオプション --%1 には値 (%3) が必要です</translation>
    </message>
    <message>
        <location filename="../core/cli/command.cpp" line="+21"/>
        <source>the Kizuna database file</source>
        <translation>Kizuna のデータベースファイル</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>machine-readable JSON output on stdout</source>
        <translation>機械可読な JSON を標準出力に出力</translation>
    </message>
    <message>
        <location filename="../core/cli/commandcontext.cpp" line="+56"/>
        <source>%1 (see %2 help %3)</source>
        <translation>%1（「%2 help %3」を参照）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 needs a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 には %2 から %3 までの整数を指定してください（「%4」は不可）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--db needs a file name</source>
        <translation>--db にはファイル名が必要です</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/backupcommand.cpp" line="+23"/>
        <source>Copy the database into a backup file</source>
        <translation>データベースをバックアップファイルにコピー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes a consistent copy of FILE (also while the desktop app has it open) to BACKUP, which is created only when the copy is complete.</source>
        <translation>FILE の整合性のとれたコピーを BACKUP に書き込みます（デスクトップアプリで開いている間も可能）。BACKUP はコピーが完了したときにだけ作成されます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup file to write</source>
        <translation>書き込むバックアップファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace BACKUP if it exists</source>
        <translation>BACKUP が既にあれば置き換える</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/cli/commands/exportcommand.cpp" line="+53"/>
        <source>--out needs a file name</source>
        <translation>--out にはファイル名が必要です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: already exists; use --force to replace it</source>
        <translation>%1: 既に存在します。置き換えるには --force を指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is not a file</source>
        <translation>%1: ファイルではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the backup cannot replace the database itself</source>
        <translation>%1: バックアップでデータベース自体を置き換えることはできません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: backed up to %2 (%3 bytes)</source>
        <translation>%1: %2 にバックアップしました（%3 バイト）</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/checkcommand.cpp" line="+107"/>
        <source>rowid %1</source>
        <translation>rowid %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id %1 (rowid %2)</source>
        <translation>id %1（rowid %2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: %3 refers to a missing row of %4</source>
        <translation>%1 %2: %3 が %4 の存在しない行を参照しています</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>integrity: ok</source>
        <translation>整合性: 問題なし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integrity: %1</source>
        <translation>整合性: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foreign keys: %1 violation(s)</source>
        <translation>外部キー: 違反 %1 件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  … and %1 more</source>
        <translation>  … ほか %1 件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: damaged: %2</source>
        <translation>%1: 破損しています: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 foreign-key violation(s), first: %3</source>
        <translation>%1: 外部キー違反 %2 件。最初の違反: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the database&apos;s integrity and foreign keys</source>
        <translation>データベースの整合性と外部キーを検査</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs SQLite&apos;s integrity check and the foreign-key check without changing the file, and lists the first %1 problems. Exit status 0 when clean, 3 when damaged.</source>
        <translation>ファイルを変更せずに SQLite の整合性チェックと外部キーチェックを実行し、最初の %1 件の問題を表示します。問題がなければ終了ステータス 0、破損していれば 3 を返します。</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/contactcommands.cpp" line="+32"/>
        <source>Fields: %1. An empty value (name=) clears a field; a value may contain &apos;=&apos;.</source>
        <translation>フィールド: %1。空の値（name=）はフィールドを消去します。値には「=」を含めることができます。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>argument &quot;%1&quot; for &quot;%2&quot; is not name=value</source>
        <translation>「%2」の引数「%1」が name=value の形式ではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>field &quot;%1&quot; given twice</source>
        <translation>フィールド「%1」が 2 回指定されています</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a contact and print its id</source>
        <translation>連絡先を追加してその ID を表示</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change fields of a contact</source>
        <translation>連絡先のフィールドを変更</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>contact %1 updated</source>
        <translation>連絡先 %1 を更新しました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move a contact to the Trash (--purge: delete it for good)</source>
        <translation>連絡先をゴミ箱に移動（--purge: 完全に削除）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without --purge the contact goes to the Trash and can be restored. --purge deletes a contact that is already in the Trash for good.</source>
        <translation>--purge を付けない場合、連絡先はゴミ箱に移動し、元に戻せます。--purge は既にゴミ箱にある連絡先を完全に削除します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delete a contact in the Trash for good</source>
        <translation>ゴミ箱にある連絡先を完全に削除する</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>contact %1 deleted for good</source>
        <translation>連絡先 %1 を完全に削除しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contact %1 moved to the Trash</source>
        <translation>連絡先 %1 をゴミ箱に移動しました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bring a contact back from the Trash</source>
        <translation>連絡先をゴミ箱から元に戻す</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>contact %1 restored from the Trash</source>
        <translation>連絡先 %1 をゴミ箱から元に戻しました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show a contact&apos;s fields (and its history)</source>
        <translation>連絡先のフィールド（と変更履歴）を表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows every field, also of a contact in the Trash. --history adds the change log: who changed which field from what to what, and when.</source>
        <translation>ゴミ箱にある連絡先も含め、すべてのフィールドを表示します。--history を付けると変更履歴（誰が、いつ、どのフィールドを何から何に変えたか）も表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also show the change history</source>
        <translation>変更履歴も表示する</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/democommand.cpp" line="+31"/>
        <source>Fill a database with realistic demo data</source>
        <translation>データベースにリアルなデモデータを入れる</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates FILE if needed and fills it with contacts, companies, activities, orders, deals, tasks and campaigns. The same --contacts, --seed and --as-of always give the same data. Refuses a database that already has contacts. Progress goes to stderr, the rows per table to stdout.</source>
        <translation>必要に応じて FILE を作成し、連絡先・会社・活動・注文・商談・タスク・キャンペーンを入れます。--contacts、--seed、--as-of が同じなら常に同じデータになります。既に連絡先があるデータベースには入れません。進捗は標準エラー出力に、テーブルごとの行数は標準出力に出力します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>number of contacts (default %1)</source>
        <translation>連絡先の数（既定値 %1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed of the random generator (default 1)</source>
        <translation>乱数生成器のシード（既定値 1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the day the history ends (default today)</source>
        <translation>履歴の最終日（既定値は今日）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--as-of needs a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--as-of には YYYY-MM-DD 形式の日付を指定してください（「%1」は不可）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>demo</source>
        <translation>デモ</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--seed needs a whole number from 0 to %1, not &quot;%2&quot;</source>
        <translation>--seed には 0 から %1 までの整数を指定してください（「%2」は不可）</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/exportcommand.cpp" line="-30"/>
        <source>Write a table as CSV</source>
        <translation>テーブルを CSV で書き出す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes every column and row of a table as CSV (RFC 4180, UTF-8 or Shift_JIS): a header row with the column names, then the rows ordered by id (change_log by seq), values as stored, NULL as an empty field. NAME is a table or record name (contacts or contact) or change_log. A value a spreadsheet would run as a formula (=, +, -, @ first; not numbers and phone numbers) is written with a leading &apos; unless --no-formula-protection is given. Without --out the CSV goes to stdout; --out writes FILE only when the export is complete.</source>
        <translation>テーブルのすべての列と行を CSV（RFC 4180、UTF-8 または Shift_JIS）で書き出します。1 行目は列名、続いて id 順（change_log は seq 順）の行で、値は保存されたまま、NULL は空欄です。NAME はテーブル名またはレコード名（contacts または contact）か change_log です。表計算ソフトが数式として実行する値（先頭が =、+、-、@。数値と電話番号を除く）には、--no-formula-protection を指定しない限り先頭に &apos; を付けます。--out がなければ CSV は標準出力に、--out を指定するとエクスポートが完了したときだけ FILE に書き込みます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the table to export</source>
        <translation>書き出すテーブル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write to FILE instead of stdout</source>
        <translation>標準出力の代わりに FILE に書き込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start with a UTF-8 byte order mark (for Excel)</source>
        <translation>先頭に UTF-8 のバイト順マークを付ける（Excel 用）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>utf-8 (default) or shift_jis (CP932, for Japanese Excel; fails on a character CP932 does not have)</source>
        <translation>utf-8（既定値）または shift_jis（CP932。日本語版 Excel 用。CP932 にない文字があると失敗します）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write values that start with = + - @ as they are (by default they get a leading &apos; so a spreadsheet does not run them as formulas; import takes it off again)</source>
        <translation>= + - @ で始まる値をそのまま書き出す（既定では表計算ソフトが数式として実行しないよう先頭に &apos; を付け、インポート時に外します）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--json needs --out (the CSV itself goes to stdout)</source>
        <translation>--json には --out が必要です（CSV 自体が標準出力に出力されるため）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--encoding needs utf-8 or shift_jis, not &quot;%1&quot;</source>
        <translation>--encoding には utf-8 または shift_jis を指定してください（「%1」は不可）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--bom is for UTF-8; Shift_JIS has no byte order mark</source>
        <translation>--bom は UTF-8 用です。Shift_JIS にはバイト順マークがありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <location filename="../core/cli/commands/importsupport.h" line="+115"/>
        <location line="+3"/>
        <location filename="../core/cli/commands/vcardexportcommand.cpp" line="+55"/>
        <location line="+5"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 rows of %3</source>
        <translation>%1: %3 の %2 行</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/initcommand.cpp" line="+22"/>
        <source>Create a new Kizuna database</source>
        <translation>新しい Kizuna データベースを作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates FILE with the current schema. A file that already is a Kizuna database is left as it is (an older schema is upgraded); any other file is refused and left unchanged.</source>
        <translation>現在のスキーマで FILE を作成します。既に Kizuna のデータベースであるファイルはそのまま残します（古いスキーマは更新します）。それ以外のファイルは拒否し、変更しません。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: already initialised (schema version %2)</source>
        <translation>%1: 既に初期化されています（スキーマバージョン %2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: created (schema version %2)</source>
        <translation>%1: 作成しました（スキーマバージョン %2）</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/recordoutput.cpp" line="+62"/>
        <source>%1 (in the Trash)</source>
        <translation>%1（ゴミ箱）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>History:</source>
        <translation>変更履歴:</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/restorecommand.cpp" line="+30"/>
        <source>Replace the database&apos;s content with a backup</source>
        <translation>データベースの内容をバックアップで置き換える</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks that BACKUP is a Kizuna database from this or an older version and passes SQLite&apos;s integrity check, copies the current FILE to FILE.before-restore-DATE-TIME.bak, then replaces the content of FILE with BACKUP&apos;s in one step. FILE is created if it is missing.</source>
        <translation>BACKUP がこのバージョン以前の Kizuna データベースで、SQLite の整合性チェックに通ることを確かめ、現在の FILE を FILE.before-restore-日付-時刻.bak にコピーしてから、FILE の内容を BACKUP の内容に一度で置き換えます。FILE がなければ作成します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the backup file to restore</source>
        <translation>復元するバックアップファイル</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--from needs a file name</source>
        <translation>--from にはファイル名が必要です</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: restored from %2</source>
        <translation>%1: %2 から復元しました</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: restored from %2 (the previous content is in %3)</source>
        <translation>%1: %2 から復元しました（以前の内容は %3 にあります）</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/statscommand.cpp" line="+24"/>
        <source>Show the rows per table and the file size</source>
        <translation>テーブルごとの行数とファイルサイズを表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts the rows of every table, active and in the Trash, and of the change log. Opens the file read-only.</source>
        <translation>すべてのテーブルの行数（有効なものとゴミ箱にあるもの）と変更履歴の行数を数えます。ファイルは読み取り専用で開きます。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>file: %1, %2 bytes, schema version %3</source>
        <translation>ファイル: %1、%2 バイト、スキーマバージョン %3</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/tablecounts.cpp" line="+38"/>
        <source>table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in Trash</source>
        <translation>ゴミ箱</translation>
    </message>
    <message>
        <location filename="../core/cli/helptext.cpp" line="+38"/>
        <source>Exit status: 0 ok, 1 usage error, 2 bad input (not a Kizuna database, unknown table, field, value or id, missing file), 3 storage error, damaged database or cancelled.
</source>
        <translation>終了ステータス: 0 成功、1 使い方の誤り、2 不正な入力（Kizuna のデータベースではない、不明なテーブル・フィールド・値・ID、ファイルがない）、3 保存領域のエラー・データベースの破損・中止。
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usage: %1 COMMAND [OPTIONS] [ARGUMENTS]

Kizuna CRM without a window, for scripts: the same database as the desktop app.

Commands:
</source>
        <translation>使い方: %1 コマンド [オプション] [引数]

ウィンドウを使わない Kizuna CRM です。スクリプト向けで、デスクトップアプリと同じデータベースを扱います。

コマンド:
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Every command takes --db FILE (the database) and --json (machine-readable output on stdout).
Other options: --help, --version.
</source>
        <translation>
どのコマンドも --db FILE（データベース）と --json（標準出力への機械可読な出力）を受け付けます。
その他のオプション: --help、--version
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &quot;%1 help COMMAND&quot; for the options of a command.
</source>
        <translation>コマンドのオプションは「%1 help コマンド」で表示できます。
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: %1 %2 SUBCOMMAND [OPTIONS] [ARGUMENTS]

Subcommands:
</source>
        <translation>使い方: %1 %2 サブコマンド [オプション] [引数]

サブコマンド:
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Run &quot;%1 help %2 SUBCOMMAND&quot; for the options of a subcommand.
</source>
        <translation>
サブコマンドのオプションは「%1 help %2 サブコマンド」で表示できます。
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: %1

</source>
        <translation>使い方: %1

</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (required)</source>
        <translation>%1（必須）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Options:
</source>
        <translation>
オプション:
</translation>
    </message>
    <message>
        <location filename="../core/cli/runner.cpp" line="+29"/>
        <source>%1 (see %2)</source>
        <translation>%1（%2 を参照）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no help for unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド「%1」のヘルプはありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no command given</source>
        <translation>コマンドが指定されていません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown option %1; a command comes first</source>
        <translation>不明なオプション %1 です。コマンドを先に指定してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation>不明なコマンド「%1」です</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs a subcommand: %2</source>
        <translation>「%1」にはサブコマンドが必要です: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown subcommand &quot;%1&quot; for &quot;%2&quot; (subcommands: %3)</source>
        <translation>「%2」に不明なサブコマンド「%1」です（サブコマンド: %3）</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/clvcommand.cpp" line="+77"/>
        <source>Predict customer lifetime value (BG/NBD and Gamma-Gamma)</source>
        <translation>顧客生涯価値（CLV）を予測（BG/NBD と Gamma-Gamma）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits BG/NBD (number of future purchases) and Gamma-Gamma (their value) to the orders up to --calibration-end and predicts each customer&apos;s value over the horizon, discounted monthly. With --holdout-end, compares the predicted repeat purchases after the calibration end with the actual ones.</source>
        <translation>--calibration-end までの注文に BG/NBD（今後の購入回数）と Gamma-Gamma（その金額）を当てはめ、予測期間における各顧客の価値を月次で割り引いて予測します。--holdout-end を指定すると、キャリブレーション期間終了後のリピート購入の予測値と実績値を比較します。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>last day of the calibration period</source>
        <translation>キャリブレーション期間の最終日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day of the hold-out period</source>
        <translation>検証期間の最終日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLV horizon in weeks (default 52)</source>
        <translation>CLV の予測期間（週、既定値 52）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly discount rate (default 0.01)</source>
        <translation>月次割引率（既定値 0.01）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also list every customer&apos;s values</source>
        <translation>顧客ごとの値も一覧表示する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also list cumulative repeat purchases week by week</source>
        <translation>週ごとの累計リピート購入も一覧表示する</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--holdout-end must be after --calibration-end</source>
        <translation>--holdout-end は --calibration-end より後の日付にしてください</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>customers: %1</source>
        <translation>顧客数: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BG/NBD: r %1, alpha %2, a %3, b %4 (log-likelihood %5)</source>
        <translation>BG/NBD: r %1、alpha %2、a %3、b %4（対数尤度 %5）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gamma-Gamma: p %1, q %2, v %3 (log-likelihood %4)</source>
        <translation>Gamma-Gamma: p %1、q %2、v %3（対数尤度 %4）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gamma-Gamma: not fitted (too few repeat buyers with an amount)</source>
        <translation>Gamma-Gamma: 当てはめていません（金額のあるリピート購入者が少なすぎます）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hold-out repeat purchases: predicted %1, actual %2</source>
        <translation>検証期間のリピート購入: 予測 %1、実績 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>week %1: actual %2, predicted %3</source>
        <translation>第 %1 週: 実績 %2、予測 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1  P(alive) %2  expected purchases %3  CLV %4  churn risk %5</source>
        <translation>%1  生存確率 %2  予想購入回数 %3  CLV %4  離反リスク %5</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/commandoptions.cpp" line="+20"/>
        <source>--%1 needs a date YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation>--%1 には YYYY-MM-DD 形式の日付を指定してください（「%2」は不可）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 needs a number from %2 to %3, not &quot;%4&quot;</source>
        <translation>--%1 には %2 から %3 までの数値を指定してください（「%4」は不可）</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importorderscommand.cpp" line="+51"/>
        <source>Import a purchase history (customer, day, amount) from CSV</source>
        <translation>CSV から購入履歴（顧客・日付・金額）を取り込む</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads one order per row: a customer key, a date and an amount (a plain decimal). Columns are named by their header, or numbered from 1 (--no-header files). A contact is created for each customer key not seen before: its id is derived from the key, so importing the same customers again finds the same contacts; it is named after the key, with source &quot;import&quot;. With --id-column the order numbers make a repeated import skip the orders it already has. Rows with a bad value are skipped and reported with their line; everything else is written in one transaction. When every row is bad nothing is written (exit 2).</source>
        <translation>1 行につき 1 件の注文（顧客キー、日付、金額（小数表記の数値））を読み込みます。列は見出しの名前で、または 1 から始まる番号で指定します（--no-header のファイル）。初めて見る顧客キーごとに連絡先を作成します。その ID はキーから導かれるため、同じ顧客を再度取り込むと同じ連絡先が見つかります。連絡先の名前はキーになり、流入経路は「import」になります。--id-column を指定すると、注文番号により、再度の取り込みで既にある注文を飛ばします。不正な値のある行は飛ばして行番号付きで報告し、それ以外はひとつのトランザクションで書き込みます。すべての行が不正な場合は何も書き込みません（終了ステータス 2）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../core/cli/commands/importsupport.h" line="-57"/>
        <location filename="../core/cli/commands/vcardimportcommand.cpp" line="+60"/>
        <source>the file to import</source>
        <translation>取り込むファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column of the customer key</source>
        <translation>顧客キーの列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column of the order date</source>
        <translation>注文日の列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>format of the dates, e.g. yyyyMMdd (default yyyy-MM-dd, with or without HH:mm:ss)</source>
        <translation>日付の書式。例: yyyyMMdd（既定値 yyyy-MM-dd、HH:mm:ss は付いていても付いていなくても可）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column of the order amount</source>
        <translation>注文金額の列</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column of the order number (optional)</source>
        <translation>注文番号の列（省略可）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;,&apos;, &apos;;&apos;, tab or whitespace (default: detected from the first line)</source>
        <translation>「,」「;」、タブまたは空白（既定: 1 行目から判定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first line is data, not column names</source>
        <translation>1 行目は列名ではなくデータ</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--%1 needs a value</source>
        <translation>--%1 には値が必要です</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--delimiter needs &apos;,&apos;, &apos;;&apos;, tab or whitespace, not &quot;%1&quot;</source>
        <translation>--delimiter には「,」「;」、タブまたは空白を指定してください（「%1」は不可）</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importsupport.h" line="+2"/>
        <source>fill FIELD from the column HEADER (or its number); FIELD empty or - ignores the column; may be repeated</source>
        <translation>列 HEADER（または列番号）の値を FIELD に入れる。FIELD が空または - ならその列を無視する。複数回指定可</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importcontactscommand.cpp" line="+43"/>
        <source>Import contacts from CSV (Excel, Google Contacts, Outlook, any spreadsheet)</source>
        <translation>CSV から連絡先を取り込む（Excel、Google コンタクト、Outlook、各種表計算ソフト）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads people from a CSV file with a header row. The encoding (UTF-8, UTF-16, Shift_JIS as Japanese Excel writes it) and separator are detected; the columns are mapped from their headers (氏名, フリガナ, メールアドレス, 電話番号, 会社名, 郵便番号 …, Google and Outlook exports, English names), and a mapping used once is remembered for files with the same header. Fields: %1. full_name and full_name_reading are split into family and given name; company finds or creates the company. Values are checked (email, phone, Japanese postal code, dates incl. 和暦, choices); rows with a bad value are reported with line and column and not imported, the others are written in one transaction (nothing when every row is bad, exit 2). Duplicates — the same email or phone number as an existing contact or an earlier row — are skipped, update the contact (--on-duplicate update) or are imported anyway (create).</source>
        <translation>見出し行のある CSV ファイルから人物を読み込みます。エンコーディング（UTF-8、UTF-16、日本語版 Excel が書き出す Shift_JIS）と区切り文字は自動で判定し、列は見出し（氏名、フリガナ、メールアドレス、電話番号、会社名、郵便番号 …、Google や Outlook の書き出し形式、英語の列名）から対応付けます。一度使った対応付けは、同じ見出しのファイル用に記憶します。フィールド: %1。full_name と full_name_reading は姓と名に分割し、company は会社を探して、なければ作成します。値は検査し（メール、電話番号、日本の郵便番号、和暦を含む日付、選択肢）、不正な値のある行は行と列を示して報告し、取り込みません。それ以外の行はひとつのトランザクションで書き込みます（すべての行が不正なら何も書き込まず、終了ステータス 2）。重複（既存の連絡先またはファイル内の前の行とメールアドレスか電話番号が同じもの）は、既定では飛ばし、--on-duplicate update では連絡先を更新し、create ではそのまま取り込みます。</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importsupport.h" line="+4"/>
        <source>auto (default), utf-8, utf-16, utf-16le, utf-16be or shift_jis (cp932)</source>
        <translation>auto（既定値）、utf-8、utf-16、utf-16le、utf-16be、shift_jis（cp932）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;,&apos;, &apos;;&apos; or tab (default: detected from the header line)</source>
        <translation>「,」「;」またはタブ（既定: 見出し行から判定）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cli/commands/vcardimportcommand.cpp" line="+1"/>
        <source>skip (default), update or create</source>
        <translation>skip（既定値）、update、create</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the rejected rows (line, column, reason) to FILE as CSV</source>
        <translation>不正な行（行、列、理由）を CSV で FILE に書き出す</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cli/commands/vcardimportcommand.cpp" line="+1"/>
        <source>check and count everything, change nothing</source>
        <translation>すべて検査して件数を数えるだけで、何も変更しない</translation>
    </message>
    <message>
        <location line="+129"/>
        <location filename="../core/cli/commands/searchcommand.cpp" line="+125"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importcontactscommand.cpp" line="+30"/>
        <location filename="../core/cli/commands/importorderscommand.cpp" line="+10"/>
        <location filename="../core/cli/commands/importrecordscommand.cpp" line="+86"/>
        <location filename="../core/cli/commands/vcardimportcommand.cpp" line="+25"/>
        <source>import</source>
        <translation>取り込み</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>import: writing %n new contact(s)</source>
        <translation>
            <numerusform>取り込み: 新しい連絡先 %n 件を書き込んでいます</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importsupport.h" line="-115"/>
        <source>--encoding: unknown encoding &quot;%1&quot; (use %2)</source>
        <translation>--encoding: 不明なエンコーディング「%1」です（%2 を指定してください）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--delimiter needs &apos;,&apos;, &apos;;&apos; or tab, not &quot;%1&quot;</source>
        <translation>--delimiter には「,」「;」またはタブを指定してください（「%1」は不可）</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/cli/commands/vcardimportcommand.cpp" line="-9"/>
        <source>--on-duplicate needs skip, update or create, not &quot;%1&quot;</source>
        <translation>--on-duplicate には skip、update、create のいずれかを指定してください（「%1」は不可）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--report needs a file name</source>
        <translation>--report にはファイル名が必要です</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2; columns: %3</source>
        <translation>%1: %2。列: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more problem(s) (--report or --json lists them all)</source>
        <translation>
            <numerusform>… ほかに問題が %n 件あります（--report または --json ですべて確認できます）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importcontactscommand.cpp" line="+30"/>
        <location filename="../core/cli/commands/importrecordscommand.cpp" line="+26"/>
        <location filename="../core/cli/commands/vcardimportcommand.cpp" line="+48"/>
        <source>dry run, nothing written: </source>
        <translation>ドライラン（何も書き込んでいません）: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows: %2 contacts imported, %3 updated, %4 duplicates skipped, %5 rejected</source>
        <translation>%1 行: 連絡先を %2 件取り込み、%3 件更新、重複 %4 件を飛ばし、%5 件を不正として除外しました</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <location filename="../core/cli/commands/importrecordscommand.cpp" line="+7"/>
        <source>%n row(s) merged into an earlier row of the file</source>
        <translation>
            <numerusform>%n 行をファイル内の前の行に統合しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>companies created: %1</source>
        <translation>作成した会社: %1 社</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/commands/importorderscommand.cpp" line="+18"/>
        <source>… and %n more rejected row(s) (--json lists them all)</source>
        <translation>
            <numerusform>… ほかに不正な行が %n 行あります（--json ですべて表示されます）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/commands/importcontactscommand.cpp" line="-16"/>
        <location filename="../core/cli/commands/importorderscommand.cpp" line="+6"/>
        <location filename="../core/cli/commands/importrecordscommand.cpp" line="-12"/>
        <source>%1: nothing imported: all %n row(s) rejected</source>
        <translation>
            <numerusform>%1: 何も取り込みませんでした。%n 行すべてが不正です</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importorderscommand.cpp" line="+2"/>
        <source>imported %1 orders for %2 customers (%3 new contacts), %4 rows rejected</source>
        <translation>顧客 %2 人の注文 %1 件を取り込みました（新しい連絡先 %3 件）。不正な行 %4 行</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s) skipped: imported before</source>
        <translation>
            <numerusform>注文 %n 件は取り込み済みのため飛ばしました</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commands/kpicommand.cpp" line="+107"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>previous</source>
        <translation>前期間</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show the KPIs of a period and of the period before it</source>
        <translation>ある期間とその前の期間の KPI を表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computes every KPI for the days from --from to --to (both included) and for the period of the same length just before. Rates are fractions in JSON (0.25 = 25 %), null where a KPI has no data. --owner limits the KPIs to one user&apos;s records, --segment to the records of a saved segment&apos;s contacts (its members as of --to).</source>
        <translation>--from から --to まで（両端を含む）の日の KPI と、その直前の同じ長さの期間の KPI をすべて計算します。JSON では率を小数で表し（0.25 = 25 %）、データのない KPI は null になります。--owner を指定すると、そのユーザーのレコードに限って計算します。--segment を指定すると、保存したセグメントの連絡先（--to 時点のメンバー）のレコードに限って計算します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first day of the period</source>
        <translation>期間の初日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day of the period</source>
        <translation>期間の最終日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only records of this owner</source>
        <translation>この担当者のレコードのみ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only records of this segment&apos;s contacts</source>
        <translation>このセグメントの連絡先のレコードのみ</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--from %1 is after --to %2</source>
        <translation>--from %1 が --to %2 より後になっています</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>period %1 – %2 (previous %3 – %4)</source>
        <translation>期間 %1 – %2（前期間 %3 – %4）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>segment %1, members: %2</source>
        <translation>セグメント %1、メンバー: %2</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/rfmcommand.cpp" line="+55"/>
        <source>Score customers by recency, frequency and monetary value</source>
        <translation>最新購入日・購入頻度・購入金額で顧客を評価（RFM）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores every contact with an order up to --as-of (default today) from 1 to 5 on recency, frequency and monetary value (quintiles, 5 best) and puts them in one of eleven classes. Dormant: customers whose last order is more than --dormant-days (default 180) before --as-of. --json adds the scores of every customer.</source>
        <translation>--as-of（既定値は今日）までに注文のあるすべての連絡先を、最新購入日・購入頻度・購入金額について 1 から 5 で評価し（五分位、5 が最良）、11 の分類のいずれかに振り分けます。休眠: 最後の注文が --as-of より --dormant-days（既定値 180）日以上前の顧客。--json を指定すると全顧客の評価も出力します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the day of the analysis (default today)</source>
        <translation>分析の基準日（既定値は今日）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days without an order that make a customer dormant (default 180)</source>
        <translation>顧客を休眠とみなす、注文のない日数（既定値 180）</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 customers as of %2; %3 dormant (no order in %4 days)</source>
        <translation>%2 時点の顧客 %1 人。うち休眠 %3 人（%4 日間注文なし）</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/searchcommand.cpp" line="-61"/>
        <source>Search contacts, companies, deals and activities</source>
        <translation>連絡先・会社・商談・活動を検索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds records as the search field of the desktop app does: by any part of names, readings (hiragana or katakana), emails, phone numbers and activity text. With --bench FILE (one query per line, no QUERY), every query is typed key by key against one open database and the latency of each search is measured; the result is JSON: the number of searches and their median, 95th percentile and maximum in milliseconds.</source>
        <translation>デスクトップアプリの検索欄と同じように、氏名・読み（ひらがなまたはカタカナ）・メール・電話番号・活動の本文の一部からレコードを探します。--bench FILE（1 行に 1 クエリ、QUERY なし）を指定すると、開いたひとつのデータベースに対して各クエリを 1 文字ずつ入力したとおりに検索し、それぞれの検索の所要時間を測ります。結果は JSON で、検索回数と、所要時間の中央値・95 パーセンタイル・最大値（ミリ秒）です。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at most N hits (default 20)</source>
        <translation>最大 N 件（既定値 20）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measure the latency of the queries in FILE</source>
        <translation>FILE 内のクエリの所要時間を測定する</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>give either QUERY or --bench FILE, not both</source>
        <translation>QUERY と --bench FILE のどちらか一方だけを指定してください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;search&quot; needs QUERY (or --bench FILE)</source>
        <translation>「search」には QUERY（または --bench FILE）が必要です</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>nothing found</source>
        <translation>見つかりませんでした</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/duplicatescommand.cpp" line="+30"/>
        <source>List contacts that may be the same person</source>
        <translation>同一人物の可能性がある連絡先を一覧表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compares the contacts that share an email, a phone number (digits, national form), a name with a company, or a reading (kana and full/half width folded), and lists each pair with a score from 0 to 100 and its reasons, best first.</source>
        <translation>メールアドレス、電話番号（数字のみ・国内形式で比較）、氏名と会社、またはフリガナ（かなの種類と全角／半角を区別せずに比較）が共通する連絡先どうしを比較し、各ペアを 0～100 のスコアとその理由とともに、スコアの高い順に表示します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only pairs scoring at least N (default 50)</source>
        <translation>スコアが N 以上のペアのみ（既定値 50）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most N pairs (default 100; 0: all)</source>
        <translation>最大 N ペア（既定値 100。0 ならすべて）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--min-score needs a number from 0 to 100</source>
        <translation>--min-score には 0 から 100 までの数値を指定してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--limit needs a number of 0 or more</source>
        <translation>--limit には 0 以上の数値を指定してください</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n pair(s) among %1 contacts</source>
        <translation>
            <numerusform>連絡先 %1 件中 %n ペア</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commands/vcardexportcommand.cpp" line="-37"/>
        <source>Write every contact to a vCard file</source>
        <translation>すべての連絡先を vCard ファイルに書き出す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the contacts that are not in the Trash as vCard 3.0 (default) or 4.0, UTF-8: names with readings (X-PHONETIC-*, and SORT-STRING or N;SORT-AS), organisation, title, emails, phones, addresses, birthday, note, tags as CATEGORIES and the further contact points. The file is written only when the export is complete.</source>
        <translation>ゴミ箱にない連絡先を vCard 3.0（既定値）または 4.0、UTF-8 で書き出します。対象はフリガナ付きの氏名（X-PHONETIC-*、および SORT-STRING または N;SORT-AS）、会社、役職、メール、電話、住所、生年月日、メモ、CATEGORIES としてのタグ、その他の連絡手段です。ファイルは書き出しが完了したときにだけ書き込まれます。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file to write</source>
        <translation>書き込むファイル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3.0 (default) or 4.0</source>
        <translation>3.0（既定値）または 4.0</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--version needs 3.0 or 4.0, not &quot;%1&quot;</source>
        <translation>--version には 3.0 または 4.0 を指定してください（「%1」は不可）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--file needs a file name</source>
        <translation>--file にはファイル名が必要です</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 contacts written</source>
        <translation>%1: 連絡先 %2 件を書き出しました</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/vcardimportcommand.cpp" line="-76"/>
        <source>Import contacts from a vCard file (iPhone, Android, Outlook, Google)</source>
        <translation>vCard ファイルから連絡先を取り込む（iPhone、Android、Outlook、Google）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads vCard 2.1, 3.0 and 4.0 cards (UTF-8 or Shift_JIS, quoted-printable with CHARSET as Japanese phones write it): names with their readings (X-PHONETIC-*, SORT-STRING, N;SORT-AS), organisation and department, title, emails, phones, addresses (Japanese order), birthday, note, categories as tags; photos are skipped. The first email, phone, mobile and address fill the contact, further ones are kept as its other contact points. Cards with a bad value are reported with their line and not imported; the rest is written in one transaction, and nothing when the file is broken. Duplicates (same email or phone) are handled as by import contacts.</source>
        <translation>vCard 2.1、3.0、4.0 のカードを読み込みます（UTF-8 または Shift_JIS。日本の携帯電話が書き出す CHARSET 付きの quoted-printable にも対応）。対象はフリガナ付きの氏名（X-PHONETIC-*、SORT-STRING、N;SORT-AS）、会社と部署、役職、メール、電話、住所（日本式の順序）、生年月日、メモ、タグとしての CATEGORIES です。写真は読み飛ばします。最初のメール・電話・携帯電話・住所は連絡先の項目に入れ、2 件目以降はその連絡先のその他の連絡手段として保存します。不正な値を含むカードは行番号とともに報告し、取り込みません。残りは 1 つのトランザクションで書き込み、ファイルが壊れている場合は何も書き込みません。重複（メールまたは電話が同じ）は import contacts と同じように扱います。</translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>… and %n more problem(s) (--json lists them all)</source>
        <translation>
            <numerusform>… ほかに問題が %n 件あります（--json ですべて表示されます）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n photo(s) skipped (Kizuna does not keep contact photos)</source>
        <translation>
            <numerusform>%1: 写真 %n 件を読み飛ばしました（Kizuna は連絡先の写真を保存しません）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: nothing imported: all %n card(s) rejected</source>
        <translation>
            <numerusform>%1: 何も取り込みませんでした。カード %n 件すべてが不正です</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cards: %2 contacts imported, %3 updated, %4 duplicates skipped, %5 rejected; %6 further emails/phones/addresses, %7 tags</source>
        <translation>カード %1 件: 連絡先を %2 件取り込み、%3 件更新、重複 %4 件を飛ばし、%5 件を不正として除外しました。追加のメール・電話・住所 %6 件、タグ %7 件</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/segmentcommand.cpp" line="+34"/>
        <source>A rule is JSON: {&quot;op&quot;: &quot;and&quot;|&quot;or&quot;, &quot;conditions&quot;: [{&quot;field&quot;: F, &quot;operator&quot;: O, &quot;value&quot;: V} or a nested group …]}; --rule @FILE reads it from a file. Fields: %1. Operators: =, !=, in, not_in, contains, &lt;, &lt;=, &gt;, &gt;=, between ([from, to]), is_empty, is_not_empty. Recency, RFM class, orders and revenue are taken as of --as-of (today).</source>
        <translation>ルールは JSON で指定します: {&quot;op&quot;: &quot;and&quot;|&quot;or&quot;, &quot;conditions&quot;: [{&quot;field&quot;: F, &quot;operator&quot;: O, &quot;value&quot;: V} またはネストしたグループ …]}。--rule @FILE とするとファイルから読み込みます。フィールド: %1。演算子: =、!=、in、not_in、contains、&lt;、&lt;=、&gt;、&gt;=、between（[from, to]）、is_empty、is_not_empty。最終購入からの日数、RFM 分類、注文数、売上は --as-of（既定値は今日）時点の値を使います。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>evaluate recency, RFM class, orders and revenue on this day (default today)</source>
        <translation>最終購入からの日数、RFM 分類、注文数、売上をこの日の時点で評価する（既定値は今日）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the rule file %1: %2</source>
        <translation>ルールファイル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>List the saved segments</source>
        <translation>保存したセグメントを一覧表示</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save a segment and print its id</source>
        <translation>セグメントを保存してその ID を表示</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the segment&apos;s name (unique)</source>
        <translation>セグメントの名前（重複不可）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rule, or @FILE</source>
        <translation>ルール、または @FILE</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rename a segment or give it a new rule</source>
        <translation>セグメントの名前を変更するか、新しい条件を設定します</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new name (unique)</source>
        <translation>新しい名前（重複不可）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new rule, or @FILE</source>
        <translation>新しい条件、または @FILE</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give --name, --rule or both</source>
        <translation>--name、--rule、またはその両方を指定してください</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>segment &quot;%1&quot; (%2) saved</source>
        <translation>セグメント「%1」（%2）を保存しました</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show a segment&apos;s rule and how many contacts it has</source>
        <translation>セグメントのルールと連絡先の数を表示</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>id       %1</source>
        <translation>ID       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name     %1</source>
        <translation>名前     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>members  %1 (as of %2)</source>
        <translation>メンバー %1（%2 時点）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List the contacts of a segment, a page at a time</source>
        <translation>セグメントの連絡先をページ単位で一覧表示</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts in id order; pass the last id of a page as --after to get the next one.</source>
        <translation>連絡先を ID 順に表示します。次のページを表示するには、ページの最後の ID を --after に指定してください。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contacts per page (default 100)</source>
        <translation>1 ページあたりの連絡先の数（既定値 100）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start after this contact id</source>
        <translation>この ID の連絡先の次から表示する</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Move a segment to the Trash</source>
        <translation>セグメントをゴミ箱に移動</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>segment &quot;%1&quot; (%2) moved to the Trash</source>
        <translation>セグメント「%1」（%2）をゴミ箱に移動しました</translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importduplicatecheck.cpp" line="+27"/>
        <source>do not look for possible duplicates of the new contacts after the import</source>
        <translation>インポート後に新しい連絡先の重複候補を探さない</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the import is complete, but the duplicate check failed: %1</source>
        <translation>インポートは完了しましたが、重複チェックに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n possible duplicate pair(s) involve the new contacts; review them with kizuna-cli duplicates --db %1</source>
        <translation>
            <numerusform>新しい連絡先を含む重複候補が %n 組あります。kizuna-cli duplicates --db %1 で確認してください</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importrecordscommand.cpp" line="-78"/>
        <source>Import companies from CSV (Excel or any spreadsheet)</source>
        <translation>CSV（Excel や表計算ソフト）から会社をインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads companies from a CSV file with a header row. The encoding (UTF-8, UTF-16, Shift_JIS as Japanese Excel writes it) and separator are detected; the columns are mapped from their headers (会社名, フリガナ, Webサイト, 業種, 従業員数, 代表電話, 郵便番号, 住所 …, English names), and a mapping used once is remembered for files with the same header. Fields: %1. A web address is stored as its domain. Values are checked (phone, Japanese postal code, domain); rows with a bad value or without a name are reported with line and column and not imported, the others are written in one transaction (nothing when every row is bad, exit 2). Duplicates — the same name ignoring 株式会社, (株), Inc., Co., Ltd. …, width, case and kana, or the same domain, as an existing company or an earlier row — are skipped, fill the company (--on-duplicate update) or are imported anyway (create).</source>
        <translation>見出し行のある CSV ファイルから会社を読み込みます。文字コード（UTF-8、UTF-16、日本語版 Excel の Shift_JIS）と区切り文字は自動判定し、列は見出し（会社名、フリガナ、Webサイト、業種、従業員数、代表電話、郵便番号、住所 …、英語名）から対応付けます。一度使った対応付けは同じ見出しのファイルで再利用します。項目: %1。Web アドレスはドメインとして保存します。値は検査し（電話番号、日本の郵便番号、ドメイン）、不正な値や会社名のない行は行番号と列を示して取り込まず、それ以外は一つのトランザクションで書き込みます（全行が不正なら何も書かず終了コード 2）。重複（株式会社・(株)・Inc.・Co., Ltd. など、全角半角、大文字小文字、かなの違いを無視して同じ名前、または同じドメインの既存の会社や前の行）は、スキップ、会社の空欄を補う（--on-duplicate update）、またはそのまま取り込む（create）のいずれかです。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 rows: %2 companies imported, %3 updated, %4 duplicates skipped, %5 rejected</source>
        <translation>%1 行: 会社 %2 件を取り込み、%3 件を更新、重複 %4 件をスキップ、%5 件を却下</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import activities (calls, emails, meetings, visits, notes) from CSV</source>
        <translation>CSV から活動（電話、メール、打ち合わせ、訪問、メモ）をインポート</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads activities from a CSV file with a header row, detected and mapped as import contacts does (種別, 日時, 件名, 内容, 所要時間, 結果, メールアドレス, 氏名, 会社名 …). Fields: %1. Each activity needs a type (call, email, meeting, visit, note … or 電話, メール, 打ち合わせ, 訪問, メモ …), a date or date and time (local time) and an existing record: its contact found by contact_email, else contact_phone, else contact_name, and/or its company by name, or its deal by title. A row whose contact or company is not found (or not one) is rejected naming the value. Rows are written in one transaction (nothing when every row is bad, exit 2). Duplicates — the same contact (or company), type, time and subject — are skipped, update the activity (--on-duplicate update) or are imported anyway (create).</source>
        <translation>見出し行のある CSV ファイルから活動を読み込みます。判定と列の対応付けは import contacts と同じです（種別、日時、件名、内容、所要時間、結果、メールアドレス、氏名、会社名 …）。項目: %1。各活動には種別（call、email、meeting、visit、note … または 電話、メール、打ち合わせ、訪問、メモ …）、日付または日時（現地時刻）、既存のレコードが必要です。連絡先は contact_email、なければ contact_phone、なければ contact_name で探し、会社は名前で、商談はタイトルで探します。連絡先や会社が見つからない（または一つに決まらない）行は、その値を示して却下します。行は一つのトランザクションで書き込みます（全行が不正なら何も書かず終了コード 2）。重複（同じ連絡先または会社、種別、日時、件名）は、スキップ、活動の更新（--on-duplicate update）、またはそのまま取り込む（create）のいずれかです。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 rows: %2 activities imported, %3 updated, %4 duplicates skipped, %5 rejected</source>
        <translation>%1 行: 活動 %2 件を取り込み、%3 件を更新、重複 %4 件をスキップ、%5 件を却下</translation>
    </message>
</context>
<context>
    <name>Kizuna::Dedupe</name>
    <message>
        <location filename="../core/dedupe/contactmerger.cpp" line="+52"/>
        <source>a contact cannot be merged into itself (%1)</source>
        <translation>連絡先をそれ自身に統合することはできません（%1）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>contact %1 is in the Trash; restore it before merging</source>
        <translation>連絡先 %1 はゴミ箱にあります。統合する前に元に戻してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contact has no field &quot;%1&quot;</source>
        <translation>連絡先にフィールド「%1」はありません</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>contact %1 is not in the Trash: the merge was undone already or the contact was restored by hand</source>
        <translation>連絡先 %1 はゴミ箱にありません。統合が既に取り消されているか、連絡先が手動で元に戻されています</translation>
    </message>
    <message>
        <location filename="../core/dedupe/contactkeys.cpp" line="+24"/>
        <source>same email</source>
        <translation>メールが同じ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation>電話番号が同じ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name and company</source>
        <translation>氏名と会社が同じ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same reading and company</source>
        <translation>フリガナと会社が同じ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name</source>
        <translation>氏名が同じ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same reading</source>
        <translation>フリガナが同じ</translation>
    </message>
    <message>
        <location filename="../core/dedupe/duplicatefinder.cpp" line="+88"/>
        <location filename="../core/dedupe/newcontactpairs.cpp" line="+39"/>
        <source>duplicate search cancelled</source>
        <translation>重複の検索を中止しました</translation>
    </message>
    <message>
        <location filename="../core/dedupe/runsorter.cpp" line="+24"/>
        <source>duplicate search: cannot use a temporary file: %1</source>
        <translation>重複の検索: 一時ファイルを使えません: %1</translation>
    </message>
</context>
<context>
    <name>Kizuna::Demo</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+26"/>
        <source>%1 already has %2 contacts: demo data goes into a new, empty database only</source>
        <translation>%1 には既に %2 件の連絡先があります。デモデータは新しい空のデータベースにのみ入れられます</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Demo data generation cancelled: %1 is unchanged</source>
        <translation>デモデータの作成を中止しました。%1 は変更されていません</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the number of demo contacts must be between 0 and %1, not %2</source>
        <translation>デモの連絡先の数は 0 から %1 の間で指定してください（%2 は不可）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is open read-only: demo data cannot be written</source>
        <translation>%1 は読み取り専用で開かれているため、デモデータを書き込めません</translation>
    </message>
</context>
<context>
    <name>Kizuna::Desktop</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+23"/>
        <source>Open the database FILE (created if it does not exist) instead of the one in your data folder.</source>
        <translation>データフォルダーのデータベースの代わりに、データベース FILE を開きます（存在しなければ作成します）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill a database that has no contacts yet with realistic demo data (2,000 contacts with their history).</source>
        <translation>まだ連絡先のないデータベースにリアルなデモデータ（履歴付きの連絡先 2,000 件）を入れます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the user interface in LANGUAGE (ja or en) instead of the system language.</source>
        <translation>システムの言語の代わりに LANGUAGE（ja または en）で画面を表示します。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LANGUAGE</source>
        <translation>LANGUAGE</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kizuna — a desktop CRM for small businesses.</source>
        <translation>Kizuna — 小規模事業者のためのデスクトップ顧客管理（CRM）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kizuna</source>
        <translation>Kizuna</translation>
    </message>
</context>
<context>
    <name>Kizuna::Io</name>
    <message>
        <location filename="../core/io/csvwriter.cpp" line="+30"/>
        <source>the output</source>
        <translation>出力先</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>row %1: &quot;%2&quot; cannot be written in %3</source>
        <translation>%1 行目: 「%2」は %3 では書き込めません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the text cannot be written in %1</source>
        <translation>テキストを %1 では書き込めません</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../core/io/listexporter.cpp" line="+109"/>
        <location line="+30"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: 書き込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/io/tableexporter.cpp" line="+51"/>
        <source>unknown table &quot;%1&quot; (tables: %2)</source>
        <translation>不明なテーブル「%1」です（テーブル: %2）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot read table %1: %2</source>
        <translation>テーブル %1 を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>export of %1 cancelled</source>
        <translation>%1 の書き出しを中止しました</translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="+102"/>
        <location line="+32"/>
        <source>line %1: cannot read: %2</source>
        <translation>%1 行目: 読み込めません: %2</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+13"/>
        <source>line %1: the line is longer than %2 characters</source>
        <translation>%1 行目: 行が %2 文字より長くなっています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1: the text is not %2 but UTF-16 (zero bytes between the characters); choose UTF-16 (utf-16) or auto</source>
        <translation>%1 行目: テキストは %2 ではなく UTF-16 です（文字の間にゼロバイトがあります）。UTF-16（utf-16）または自動を選んでください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1: the text is not UTF-8</source>
        <translation>%1 行目: テキストが UTF-8 ではありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1: the text is not %2</source>
        <translation>%1 行目: テキストが %2 ではありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: binary data (a NUL character): this is not a text file in %2</source>
        <translation>%1 行目: バイナリデータ（NUL 文字）が含まれています。%2 のテキストファイルではありません</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>line %1: the record is longer than %2 characters</source>
        <translation>%1 行目: レコードが %2 文字より長くなっています</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1: a quoted field is not closed at the end of the file</source>
        <translation>%1 行目: 引用符で囲まれたフィールドがファイルの終わりまでに閉じられていません</translation>
    </message>
    <message>
        <location filename="../core/io/orderimporter.cpp" line="+67"/>
        <source>no amount (the field is empty)</source>
        <translation>金額がありません（フィールドが空です）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a negative amount: &quot;%1&quot;</source>
        <translation>負の金額です: 「%1」</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an amount (a plain decimal number such as 1234.50 is expected): &quot;%1&quot;</source>
        <translation>金額ではありません（1234.50 のような小数表記の数値が必要です）: 「%1」</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: field &quot;%2&quot;: %3</source>
        <translation>%1 行目: フィールド「%2」: %3</translation>
    </message>
    <message>
        <location filename="../core/io/contactrowconverter.cpp" line="+120"/>
        <location filename="../core/io/orderimporter.cpp" line="+60"/>
        <location filename="../core/io/recordrowconverter.cpp" line="+66"/>
        <location filename="../ui/importer/importfilepage.cpp" line="+235"/>
        <location filename="../ui/importer/importpreview.cpp" line="+45"/>
        <source>column %1</source>
        <translation>%1 列目</translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../core/io/recordrowconverter.cpp" line="+31"/>
        <source>the row has %1 fields but the header has %2 (a line break or separator inside an unquoted value?)</source>
        <translation>この行のフィールドは %1 個ですが、見出しは %2 個です（引用符で囲まれていない値の中に改行か区切り文字がありませんか？）</translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../core/io/vcardconverter.cpp" line="+80"/>
        <source>not an email address: &quot;%1&quot;</source>
        <translation>メールアドレスではありません: 「%1」</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/io/recordrowconverter.cpp" line="+64"/>
        <location filename="../core/io/vcardconverter.cpp" line="+16"/>
        <source>not a phone number (no digits): &quot;%1&quot;</source>
        <translation>電話番号ではありません（数字がありません）: 「%1」</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/io/recordrowconverter.cpp" line="+7"/>
        <source>not a Japanese postal code (7 digits, such as 123-4567): &quot;%1&quot;</source>
        <translation>日本の郵便番号ではありません（123-4567 のような 7 桁）: 「%1」</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a date (such as 1980-03-15, 1980/3/15, 19800315 or 昭和55年3月15日): &quot;%1&quot;</source>
        <translation>日付ではありません（1980-03-15、1980/3/15、19800315、昭和55年3月15日 などの形式）: 「%1」</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/io/recordrowconverter.cpp" line="-39"/>
        <source>not one of %1: &quot;%2&quot;</source>
        <translation>%1 のいずれでもありません: 「%2」</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no name, email or phone number</source>
        <translation>氏名、メール、電話番号のいずれもありません</translation>
    </message>
    <message>
        <location filename="../core/io/orderimporter.cpp" line="+3"/>
        <source>%1 column &quot;%2&quot;: without a header row, columns are given by number (1 for the first)</source>
        <translation>%1 の列「%2」: 見出し行がない場合、列は番号で指定します（最初の列が 1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 column %2: the header has only %3 columns</source>
        <translation>%1 の列 %2: 見出しには %3 列しかありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no %1 column &quot;%2&quot; in the header (columns: %3)</source>
        <translation>見出しに %1 の列「%2」がありません（列: %3）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order id</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the customer, date and amount columns are required</source>
        <translation>顧客・日付・金額の列は必須です</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>missing (the row has only %n field(s))</source>
        <translation>
            <numerusform>ありません（この行のフィールドは %n 個だけです）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no customer key (the field is empty)</source>
        <translation>顧客キーがありません（フィールドが空です）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no date (the field is empty)</source>
        <translation>日付がありません（フィールドが空です）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date of the form %1: &quot;%2&quot;</source>
        <translation>%1 形式の日付ではありません: 「%2」</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no order id (the field is empty)</source>
        <translation>注文番号がありません（フィールドが空です）</translation>
    </message>
    <message>
        <location filename="../core/io/contactimportsession.cpp" line="+128"/>
        <source>no column is a name, email or phone number (columns: %1); map one with HEADER=FIELD, e.g. &quot;%2=full_name&quot;</source>
        <translation>氏名、メール、電話番号にあたる列がありません（列: %1）。HEADER=FIELD で対応付けてください（例: 「%2=full_name」）</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../core/io/recordimportsession.cpp" line="+100"/>
        <source>the file is empty: a header row with the column names is expected</source>
        <translation>ファイルが空です。列名の見出し行が必要です</translation>
    </message>
    <message>
        <location line="-43"/>
        <location line="+58"/>
        <location line="+60"/>
        <location filename="../core/io/orderimporter.cpp" line="+180"/>
        <location filename="../core/io/recordimportsession.cpp" line="+14"/>
        <location line="+35"/>
        <location filename="../core/io/vcardimporter.cpp" line="+92"/>
        <source>import cancelled; nothing was imported</source>
        <translation>取り込みを中止しました。何も取り込まれていません</translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+218"/>
        <location filename="../core/io/csvreader.cpp" line="-118"/>
        <location filename="../core/io/recordimportsession.cpp" line="+199"/>
        <source>line %1: %2</source>
        <translation>%1 行目: %2</translation>
    </message>
    <message>
        <location filename="../core/io/columnmapping.cpp" line="+143"/>
        <source>(ignored)</source>
        <translation>（無視）</translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../core/io/recordcolumns.cpp" line="+68"/>
        <source>mapping &quot;%1&quot;: expected HEADER=FIELD</source>
        <translation>対応付け「%1」: HEADER=FIELD の形式で指定してください</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mapping &quot;%1&quot;: no contact field &quot;%2&quot; (fields: %3)</source>
        <translation>対応付け「%1」: 連絡先のフィールド「%2」はありません（フィールド: %3）</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../core/io/recordcolumns.cpp" line="+8"/>
        <source>mapping &quot;%1&quot;: no column &quot;%2&quot; in the header (columns: %3)</source>
        <translation>対応付け「%1」: 見出しに列「%2」がありません（列: %3）</translation>
    </message>
    <message>
        <location filename="../core/io/contactimporter.cpp" line="+29"/>
        <source>line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location filename="../core/io/vcardexporter.cpp" line="+45"/>
        <source>cannot write the vCard file: %1</source>
        <translation>vCard ファイルを書き込めません: %1</translation>
    </message>
    <message>
        <location filename="../core/io/vcardimporter.cpp" line="-29"/>
        <source>the file holds no vCard (BEGIN:VCARD … END:VCARD)</source>
        <translation>ファイルに vCard（BEGIN:VCARD … END:VCARD）がありません</translation>
    </message>
    <message>
        <location filename="../core/io/vcardreader.cpp" line="+139"/>
        <source>line %1: cannot read the file: %2</source>
        <translation>%1 行目: ファイルを読み込めません: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: longer than %2 MiB; is this a vCard file?</source>
        <translation>%1 行目: 行が %2 MiB より長くなっています。vCard ファイルではありませんか？</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>line %1: binary data (a NUL byte); this is not a vCard file</source>
        <translation>%1 行目: バイナリデータ（NUL バイト）が含まれています。vCard ファイルではありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1: the text is not UTF-16</source>
        <translation>%1 行目: テキストが UTF-16 ではありません</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>line %1: a property longer than %2 MiB</source>
        <translation>%1 行目: プロパティが %2 MiB より長くなっています</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>line %1: BEGIN:VCARD expected, not &quot;%2&quot;</source>
        <translation>%1 行目: BEGIN:VCARD が必要ですが、「%2」になっています</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: the card has no END:VCARD (is the file cut short?)</source>
        <translation>%1 行目: カードに END:VCARD がありません（ファイルが途中で切れていませんか？）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1: BEGIN:VCARD inside the card of line %2, which has no END:VCARD</source>
        <translation>%1 行目: END:VCARD のない %2 行目のカードの中に BEGIN:VCARD があります</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>card of line %1</source>
        <translation>%1 行目のカード</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a property (NAME:value): &quot;%1&quot;</source>
        <translation>プロパティ（NAME:value）ではありません: 「%1」</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>bad quoted-printable text (&quot;=&quot; not followed by two hex digits)</source>
        <translation>quoted-printable のテキストが不正です（「=」の後に 16 進数 2 桁がありません）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the text is not valid %1</source>
        <translation>テキストが正しい %1 ではありません</translation>
    </message>
    <message>
        <location filename="../core/io/listexporter.cpp" line="-89"/>
        <source>&quot;%1&quot; (U+%2) cannot be written in %3; correct it or export as UTF-8</source>
        <translation>「%1」（U+%2）は %3 では書き込めません。修正するか、UTF-8 で書き出してください</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>row %1 (%2), column &quot;%3&quot;: %4</source>
        <translation>%1 行目（%2）、列「%3」: %4</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the heading &quot;%1&quot;: %2</source>
        <translation>見出し「%1」: %2</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+28"/>
        <source>%1: export cancelled, nothing was written</source>
        <translation>%1: 書き出しを中止しました。何も書き込まれていません</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1: cannot read the list: %2</source>
        <translation>%1: リストを読み込めません: %2</translation>
    </message>
    <message>
        <location filename="../core/io/activityimportrules.cpp" line="+140"/>
        <source>no contact has the email &quot;%1&quot;</source>
        <translation>メールアドレス「%1」の連絡先はありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several contacts have the email &quot;%1&quot;</source>
        <translation>メールアドレス「%1」の連絡先が複数あります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no contact has the phone number &quot;%1&quot;</source>
        <translation>電話番号「%1」の連絡先はありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several contacts have the phone number &quot;%1&quot;; add their email</source>
        <translation>電話番号「%1」の連絡先が複数あります。メールアドレスを加えてください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no contact is named &quot;%1&quot;</source>
        <translation>「%1」という名前の連絡先はありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several contacts are named &quot;%1&quot;; add their email or phone number</source>
        <translation>「%1」という名前の連絡先が複数あります。メールアドレスか電話番号を加えてください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no company is named &quot;%1&quot;</source>
        <translation>「%1」という名前の会社はありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several companies are named &quot;%1&quot;</source>
        <translation>「%1」という名前の会社が複数あります</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no deal has the title &quot;%1&quot;</source>
        <translation>タイトル「%1」の商談はありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several deals have the title &quot;%1&quot;</source>
        <translation>タイトル「%1」の商談が複数あります</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no column is the activity type (columns: %1); map one with HEADER=FIELD, e.g. &quot;%2=type&quot;</source>
        <translation>活動の種別にあたる列がありません（列: %1）。見出し=項目 で指定してください（例: &quot;%2=type&quot;）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no column is the date of the activity (columns: %1); map one with HEADER=FIELD, e.g. &quot;%2=occurred_at&quot;</source>
        <translation>活動の日時にあたる列がありません（列: %1）。見出し=項目 で指定してください（例: &quot;%2=occurred_at&quot;）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no column names the contact, company or deal of the activity (columns: %1); map one to contact_email, contact_phone, contact_name, company or deal</source>
        <translation>活動の連絡先・会社・商談を示す列がありません（列: %1）。contact_email、contact_phone、contact_name、company、deal のいずれかに対応付けてください</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>no activity type</source>
        <translation>活動の種別がありません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date</source>
        <translation>日付がありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no contact, company or deal to link the activity to</source>
        <translation>活動を結び付ける連絡先・会社・商談がありません</translation>
    </message>
    <message>
        <location filename="../core/io/companyimportrules.cpp" line="+71"/>
        <source>no column is the company name (columns: %1); map one with HEADER=FIELD, e.g. &quot;%2=name&quot;</source>
        <translation>会社名にあたる列がありません（列: %1）。見出し=項目 で指定してください（例: &quot;%2=name&quot;）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no company name</source>
        <translation>会社名がありません</translation>
    </message>
    <message>
        <location filename="../core/io/recordcolumns.cpp" line="-4"/>
        <source>mapping &quot;%1&quot;: no %2 field &quot;%3&quot; (fields: %4)</source>
        <translation>対応付け「%1」: %2 に項目「%3」はありません（項目: %4）</translation>
    </message>
    <message>
        <location filename="../core/io/recordrowconverter.cpp" line="+16"/>
        <source>not a date or date and time (such as 2024-04-01 14:30, 2024/4/1 or 令和6年4月1日): &quot;%1&quot;</source>
        <translation>日付または日時ではありません（例: 2024-04-01 14:30、2024/4/1、令和6年4月1日）: 「%1」</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a duration in minutes (such as 30, 30分, 1:30 or 1時間30分): &quot;%1&quot;</source>
        <translation>分単位の所要時間ではありません（例: 30、30分、1:30、1時間30分）: 「%1」</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not a web address or domain (such as example.co.jp): &quot;%1&quot;</source>
        <translation>Web アドレスまたはドメインではありません（例: example.co.jp）: 「%1」</translation>
    </message>
    <message>
        <location filename="../core/io/textencoding.cpp" line="+185"/>
        <source>the text is not UTF-16: it has no byte order mark and none of the zero bytes UTF-16 has in every line break and comma; it looks like %1 — choose that encoding (%2) or auto</source>
        <translation>テキストは UTF-16 ではありません。バイト順マークがなく、UTF-16 なら改行やカンマごとにあるゼロバイトもありません。%1 のようです — その文字コード（%2）または自動を選んでください</translation>
    </message>
</context>
<context>
    <name>Kizuna::Model</name>
    <message>
        <location filename="../core/model/fieldvalue.cpp" line="+17"/>
        <source>%1 field &quot;%2&quot;: &quot;%3&quot; %4</source>
        <translation>%1 のフィールド「%2」: 「%3」は%4</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 field &quot;%2&quot; is required and cannot be empty</source>
        <translation>%1 のフィールド「%2」は必須のため空にできません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is not a whole number</source>
        <translation>整数ではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not a number</source>
        <translation>数値ではありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is not true/false, yes/no or 1/0</source>
        <translation>true/false、yes/no、1/0 のいずれでもありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a date (use YYYY-MM-DD)</source>
        <translation>日付ではありません（YYYY-MM-DD 形式で指定してください）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a date and time (use YYYY-MM-DDTHH:MM:SS)</source>
        <translation>日時ではありません（YYYY-MM-DDTHH:MM:SS 形式で指定してください）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not one of: %1</source>
        <translation>次のいずれでもありません: %1</translation>
    </message>
    <message>
        <location filename="../core/model/recordstore.cpp" line="+36"/>
        <source>no %1 with id %2</source>
        <translation>ID が %2 の %1 はありません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no field &quot;%2&quot; (fields: %3)</source>
        <translation>%1 にフィールド「%2」はありません（フィールド: %3）</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 field &quot;%2&quot;: no %3 with id %4</source>
        <translation>%1 のフィールド「%2」: ID が %4 の %3 はありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 field &quot;%2&quot; is required</source>
        <translation>%1 のフィールド「%2」は必須です</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 id &quot;%2&quot; is not a UUID</source>
        <translation>%1 の ID「%2」は UUID ではありません</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot add %1: %2</source>
        <translation>%1 を追加できません: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2 is in the Trash; restore it before editing</source>
        <translation>%1 %2 はゴミ箱にあります。編集する前に元に戻してください</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot change %1 %2: %3</source>
        <translation>%1 %2 を変更できません: %3</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 %2 is not in the Trash; delete it first</source>
        <translation>%1 %2 はゴミ箱にありません。先に削除してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot delete %1 %2 for good: %3</source>
        <translation>%1 %2 を完全に削除できません: %3</translation>
    </message>
    <message>
        <location filename="../core/model/fieldcheck.cpp" line="+39"/>
        <source>&quot;%1&quot; is not an email address (expected name@example.com)</source>
        <translation>「%1」はメールアドレスではありません（例: name@example.com）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces, hyphens or parentheses</source>
        <translation>「%1」は電話番号ではありません。数字、スペース、ハイフン、かっこで入力してください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; has %2 digits; a phone number has 6 to 15</source>
        <translation>「%1」は %2 桁です。電話番号は 6～15 桁です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a postal code (expected 7 digits such as 150-0001)</source>
        <translation>「%1」は郵便番号ではありません（150-0001 のような 7 桁の数字を入力してください）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is outside the years 1900 to 2200</source>
        <translation>「%1」は 1900 年～2200 年の範囲外です</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD, e.g. 1985-04-12)</source>
        <translation>「%1」は日付ではありません（YYYY-MM-DD 形式。例: 1985-04-12）</translation>
    </message>
    <message>
        <location filename="../core/model/taskactions.cpp" line="+40"/>
        <source>task &quot;%1&quot;: %2</source>
        <translation>タスク「%1」: %2</translation>
    </message>
    <message>
        <location filename="../core/model/taskquery.cpp" line="+194"/>
        <source>no task with id %1</source>
        <translation>ID が %1 のタスクはありません</translation>
    </message>
    <message>
        <location filename="../core/model/taskrecurrence.cpp" line="+24"/>
        <source>recurrence &quot;%1&quot; is not understood; use daily, weekly, weekly:mon,thu, monthly, monthly:15, monthly:last, yearly or every:N:days|weeks|months</source>
        <translation>繰り返し「%1」を解釈できません。daily、weekly、weekly:mon,thu、monthly、monthly:15、monthly:last、yearly、every:N:days|weeks|months のいずれかを使ってください</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Does not repeat</source>
        <translation>繰り返しなし</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 days</source>
        <translation>%1 日ごと</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 weeks</source>
        <translation>%1 週間ごと</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weekly on %1</source>
        <translation>毎週 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every %1 months</source>
        <translation>%1 か月ごと</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly on the last day</source>
        <translation>毎月末日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly on day %1</source>
        <translation>毎月 %1 日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly</source>
        <translation>毎年</translation>
    </message>
    <message>
        <location filename="../core/model/customfields.cpp" line="+97"/>
        <source>Another %1 field (perhaps one in the Trash) has the key &quot;%2&quot;; choose another key</source>
        <translation>%1 の別のフィールド（ゴミ箱にあるものを含む）が既にキー「%2」を使っています。別のキーを選んでください</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&quot;%1&quot; is not a number (e.g. 12 or 3.5)</source>
        <translation>「%1」は数値ではありません（例: 12、3.5）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not one of the choices (%2)</source>
        <translation>「%1」は選択肢（%2）のいずれでもありません</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A custom field needs a label</source>
        <translation>カスタムフィールドにはラベルが必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom fields are for contacts, companies and deals, not &quot;%1&quot;</source>
        <translation>カスタムフィールドを使えるのは連絡先・会社・商談だけです（「%1」には使えません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom field &quot;%1&quot;: unknown type &quot;%2&quot; (types: %3)</source>
        <translation>カスタムフィールド「%1」: 不明な種類「%2」です（種類: %3）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom field &quot;%1&quot;: a choice field needs at least one choice (one per line)</source>
        <translation>カスタムフィールド「%1」: 選択肢フィールドには選択肢が 1 つ以上必要です（1 行に 1 つ）</translation>
    </message>
    <message>
        <location filename="../core/model/tagassignments.cpp" line="+24"/>
        <source>%1 records cannot carry tags (only contacts and companies)</source>
        <translation>%1 のレコードにはタグを付けられません（タグを付けられるのは連絡先と会社だけです）</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>A tag needs a name</source>
        <translation>タグには名前が必要です</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is a tag named &quot;%1&quot; already</source>
        <translation>「%1」という名前のタグは既にあります</translation>
    </message>
</context>
<context>
    <name>Kizuna::Sales</name>
    <message>
        <location filename="../core/sales/deallineservice.cpp" line="+64"/>
        <location filename="../core/sales/orderservice.cpp" line="+44"/>
        <source>%1 is not more than 0</source>
        <translation>%1 は 0 以下です（0 より大きい値が必要です）</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../core/sales/orderservice.cpp" line="+12"/>
        <source>no product with id %1 in the catalogue</source>
        <translation>ID が %1 の商品は商品カタログにありません</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a line without a product needs a description</source>
        <translation>商品を指定しない明細には説明が必要です</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no deal with id %1</source>
        <translation>ID が %1 の商談はありません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>deal &quot;%1&quot; is in the Trash; restore it before editing its lines</source>
        <translation>商談「%1」はゴミ箱にあります。明細を編集する前に元に戻してください</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>undo the line change</source>
        <translation>明細の変更を元に戻す</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>redo the line change</source>
        <translation>明細の変更をやり直す</translation>
    </message>
    <message>
        <location filename="../core/sales/dealservice.cpp" line="+105"/>
        <source>stage &quot;%1&quot; is not in pipeline %2</source>
        <translation>ステージ「%1」はパイプライン %2 にありません</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>changes only by moving the deal or marking it won, lost or open</source>
        <translation>商談の移動、または受注・失注・進行中への変更によってのみ変わります</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>is the sum of the deal&apos;s %n line item(s); edit those instead</source>
        <translation>
            <numerusform>商談の明細 %n 件の合計です。明細のほうを編集してください</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>deal %1 has %2 %3 now; move it to the Trash instead of deleting it</source>
        <translation>商談 %1 には現在 %3 が %2 件あります。削除せずにゴミ箱に移動してください</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>cannot %1: deal &quot;%2&quot; is in the Trash</source>
        <translation>%1ことはできません: 商談「%2」はゴミ箱にあります</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot %1: deal &quot;%2&quot; is %3; reopen it first</source>
        <translation>%1ことはできません: 商談「%2」は %3 の状態です。先に再開してください</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>move the deal</source>
        <translation>商談を移動する</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>deal &quot;%1&quot; is already in stage &quot;%2&quot;</source>
        <translation>商談「%1」は既にステージ「%2」にあります</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>undo the stage move</source>
        <translation>ステージの移動を元に戻す</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>redo the stage move</source>
        <translation>ステージの移動をやり直す</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>mark the deal won</source>
        <translation>商談を受注にする</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no lost reason with id %1 in the list</source>
        <translation>ID が %1 の失注理由は一覧にありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mark the deal lost</source>
        <translation>商談を失注にする</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot reopen deal &quot;%1&quot;: it is open</source>
        <translation>商談「%1」は進行中のため再開できません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot reopen deal &quot;%1&quot;: it is in the Trash</source>
        <translation>商談「%1」はゴミ箱にあるため再開できません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reopen the deal</source>
        <translation>商談を再開する</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>undo the status change</source>
        <translation>状態の変更を元に戻す</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>redo the status change</source>
        <translation>状態の変更をやり直す</translation>
    </message>
    <message>
        <location filename="../core/sales/forecastquery.cpp" line="+28"/>
        <source>a forecast needs a valid first month and 1 to 240 months (got %1)</source>
        <translation>予測には有効な開始月と 1～240 か月の期間が必要です（指定値: %1）</translation>
    </message>
    <message>
        <location filename="../core/sales/leadconverter.cpp" line="+59"/>
        <source>either link an existing company or create a new one, not both</source>
        <translation>既存の会社を関連付けるか新しい会社を作成するか、どちらか一方だけを指定してください</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>company &quot;%1&quot; is in the Trash</source>
        <translation>会社「%1」はゴミ箱にあります</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>contact &quot;%1&quot; is in the Trash; restore it before converting it</source>
        <translation>連絡先「%1」はゴミ箱にあります。変換する前に元に戻してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contact &quot;%1&quot; is not a lead (kind %2); only leads are converted</source>
        <translation>連絡先「%1」は見込み客ではありません（種別 %2）。変換できるのは見込み客だけです</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>cannot undo the conversion: the new company now has %1 %2</source>
        <translation>変換を元に戻せません: 新しい会社には現在 %2 が %1 件あります</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>undo the lead conversion</source>
        <translation>見込み客の変換を元に戻す</translation>
    </message>
    <message>
        <location filename="../core/sales/lostreasonlist.cpp" line="+43"/>
        <source>&quot;%1&quot; is already in the list</source>
        <translation>「%1」は既に一覧にあります</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the new order of the lost reasons must list each of the %1 reasons once</source>
        <translation>失注理由の新しい並び順には、%1 件の理由をそれぞれ 1 回ずつ含めてください</translation>
    </message>
    <message>
        <location filename="../core/sales/orderservice.cpp" line="-16"/>
        <source>order line %1</source>
        <translation>注文明細 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a product from the catalogue</source>
        <translation>商品カタログから商品を選んでください</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 % is not between 0 and 100 %</source>
        <translation>%1% は 0～100% の範囲外です</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>choose the customer</source>
        <translation>顧客を選んでください</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an order needs at least one line</source>
        <translation>注文には明細が 1 件以上必要です</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>cannot undo entering order %1: its lines have changed since</source>
        <translation>注文 %1 の入力を元に戻せません: その後、明細が変更されています</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no order with id %1</source>
        <translation>ID が %1 の注文はありません</translation>
    </message>
    <message>
        <location filename="../core/sales/pipelineboardquery.cpp" line="+99"/>
        <source>a page of cards needs a limit of 1 or more (got %1)</source>
        <translation>カードのページの上限は 1 以上にしてください（指定値: %1）</translation>
    </message>
    <message>
        <location filename="../core/sales/pipelineservice.cpp" line="+31"/>
        <source>First contact</source>
        <translation>初回接触</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs assessment</source>
        <translation>ヒアリング</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quote sent</source>
        <translation>見積提出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation>交渉</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contracting</source>
        <translation>契約手続き</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Standard pipeline</source>
        <translation>標準パイプライン</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>pipeline %1 has no stages</source>
        <translation>パイプライン %1 にはステージがありません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a number of days of 1 or more</source>
        <translation>%1 は 1 以上の日数ではありません</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the new order of pipeline %1 must list each of its %2 stages once</source>
        <translation>パイプライン %1 の新しい並び順には、%2 個のステージをそれぞれ 1 回ずつ含めてください</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>stage &quot;%1&quot; still holds %n deal(s); move them to another stage first</source>
        <translation>
            <numerusform>ステージ「%1」にはまだ商談が %n 件あります。先に別のステージに移動してください</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sales/productcatalogue.cpp" line="+79"/>
        <source>no product with id %1</source>
        <translation>ID が %1 の商品はありません</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no product with SKU %1</source>
        <translation>SKU が %1 の商品はありません</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is already used by &quot;%2&quot;</source>
        <translation>「%1」は既に「%2」で使われています</translation>
    </message>
    <message>
        <location filename="../core/sales/purchasehistoryquery.cpp" line="+71"/>
        <source>a page of orders needs a limit of 1 or more (got %1)</source>
        <translation>注文のページの上限は 1 以上にしてください（指定値: %1）</translation>
    </message>
    <message>
        <location filename="../core/sales/salessupport.cpp" line="+16"/>
        <source>%1 field &quot;%2&quot;: %3</source>
        <translation>%1 のフィールド「%2」: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a probability between 0 and 1</source>
        <translation>%1 は 0 から 1 までの確度ではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must not be negative</source>
        <translation>%1 は負の値にできません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is required and cannot be empty</source>
        <translation>必須のため空にできません</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>cannot %1: field &quot;%2&quot; of %3 has changed since (now &quot;%4&quot;)</source>
        <translation>%1ことはできません: %3 のフィールド「%2」がその後変更されています（現在の値: 「%4」）</translation>
    </message>
    <message>
        <location filename="../core/sales/stagereader.cpp" line="+55"/>
        <source>no pipeline stage with id %1</source>
        <translation>ID が %1 のパイプラインステージはありません</translation>
    </message>
    <message>
        <location filename="../core/sales/deallistquery.cpp" line="+112"/>
        <source>the deal list was no longer needed</source>
        <translation>商談一覧は不要になりました</translation>
    </message>
</context>
<context>
    <name>Kizuna::Segments</name>
    <message>
        <location filename="../core/segments/segmentrepository.cpp" line="+38"/>
        <source>segment &quot;%1&quot;: %2</source>
        <translation>セグメント「%1」: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a segment needs a name</source>
        <translation>セグメントには名前が必要です</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a segment named &quot;%1&quot; already exists (id %2)</source>
        <translation>「%1」という名前のセグメントは既にあります（ID %2）</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no segment with the name or id &quot;%1&quot;</source>
        <translation>名前または ID が「%1」のセグメントはありません</translation>
    </message>
    <message>
        <location filename="../core/segments/segmentrule.cpp" line="+22"/>
        <source>segment rule: </source>
        <translation>セグメントのルール: </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>segment rule at %1: </source>
        <translation>セグメントのルール（%1）: </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>field &quot;%1&quot; needs %2, not %3</source>
        <translation>フィールド「%1」には %2 を指定してください（%3 は不可）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field &quot;%1&quot; needs a value (to find contacts without one, use the operator is_empty)</source>
        <translation>フィールド「%1」には値が必要です（値のない連絡先を探すには、演算子 is_empty を使ってください）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one of %1</source>
        <translation>%1 のいずれか</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number of at least 0</source>
        <translation>0 以上の整数</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a date YYYY-MM-DD</source>
        <translation>YYYY-MM-DD 形式の日付</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a value</source>
        <translation>値</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown field &quot;%1&quot; (fields: %2)</source>
        <translation>不明なフィールド「%1」です（フィールド: %2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>operator &quot;%1&quot; does not apply to field &quot;%2&quot; (use %3)</source>
        <translation>演算子「%1」はフィールド「%2」には使えません（%3 を使ってください）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>operator &quot;%1&quot; on field &quot;%2&quot; takes no value</source>
        <translation>フィールド「%2」の演算子「%1」は値を取りません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operator &quot;between&quot; on field &quot;%1&quot; needs two values [from, to], not %2</source>
        <translation>フィールド「%1」の演算子「between」には 2 つの値 [from, to] を指定してください（%2 は不可）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>operator &quot;%1&quot; on field &quot;%2&quot; needs a list of one or more values</source>
        <translation>フィールド「%2」の演算子「%1」には 1 つ以上の値のリストを指定してください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>operator &quot;%1&quot; on field &quot;%2&quot; needs one value, not %3</source>
        <translation>フィールド「%2」の演算子「%1」には値を 1 つ指定してください（%3 は不可）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>field &quot;%1&quot;: &quot;between&quot; needs the smaller value first, not %2</source>
        <translation>フィールド「%1」: 「between」では小さいほうの値を先に指定してください（%2 は不可）</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>segment rule is not valid JSON: %1 at character %2</source>
        <translation>セグメントのルールが正しい JSON ではありません: %1（%2 文字目）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>segment rule must be a JSON object such as {&quot;op&quot;: &quot;and&quot;, &quot;conditions&quot;: […]}</source>
        <translation>セグメントのルールは {&quot;op&quot;: &quot;and&quot;, &quot;conditions&quot;: […]} のような JSON オブジェクトにしてください</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown key &quot;%1&quot; in a condition (use field, operator, value)</source>
        <translation>条件に不明なキー「%1」があります（field、operator、value を使ってください）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;field&quot; must be a text such as &quot;prefecture&quot;</source>
        <translation>&quot;field&quot; は &quot;prefecture&quot; のようなテキストにしてください</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown operator &quot;%1&quot; for field &quot;%2&quot; (use %3)</source>
        <translation>フィールド「%2」に不明な演算子「%1」です（%3 を使ってください）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown key &quot;%1&quot; (a group has op and conditions; a condition has field, operator and value)</source>
        <translation>不明なキー「%1」です（グループのキーは op と conditions、条件のキーは field、operator、value です）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;op&quot; must be &quot;and&quot; or &quot;or&quot;, not &quot;%1&quot;</source>
        <translation>&quot;op&quot; には &quot;and&quot; または &quot;or&quot; を指定してください（「%1」は不可）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;conditions&quot; must be a list</source>
        <translation>&quot;conditions&quot; はリストにしてください</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>each condition must be a JSON object</source>
        <translation>各条件は JSON オブジェクトにしてください</translation>
    </message>
    <message>
        <location filename="../core/segments/segmentsql.cpp" line="+311"/>
        <source>segment evaluation cancelled</source>
        <translation>セグメントの評価を中止しました</translation>
    </message>
</context>
<context>
    <name>Kizuna::Storage</name>
    <message>
        <location filename="../core/storage/backup.cpp" line="+25"/>
        <source>%1: cannot start the copy: %2</source>
        <translation>%1: コピーを開始できません: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cancelled</source>
        <translation>%1: 中止しました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: copy failed: %2</source>
        <translation>%1: コピーに失敗しました: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: cannot replace the existing file</source>
        <translation>%1: 既存のファイルを置き換えられません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot write the backup file</source>
        <translation>%1: バックアップファイルを書き込めません</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: no such file</source>
        <translation>%1: そのようなファイルはありません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: is not a Kizuna backup (not a database file)</source>
        <translation>%1: Kizuna のバックアップではありません（データベースファイルではありません）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is not a Kizuna backup but a database of another program (tables: %2)</source>
        <translation>%1: Kizuna のバックアップではなく、別のプログラムのデータベースです（テーブル: %2）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: was written by a newer version of Kizuna (schema version %2; this version knows up to %3); update Kizuna to restore it</source>
        <translation>%1: より新しいバージョンの Kizuna で書き込まれています（スキーマバージョン %2。このバージョンが扱えるのは %3 まで）。復元するには Kizuna を更新してください</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: is damaged and cannot be restored (%2)</source>
        <translation>%1: 破損しているため復元できません（%2）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: check cancelled</source>
        <translation>%1: 検査を中止しました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the integrity check gave no answer</source>
        <translation>整合性チェックの結果が得られませんでした</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: cannot restore a file onto itself</source>
        <translation>%1: ファイルをそれ自身に復元することはできません</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: restore cancelled; the data was left as it was</source>
        <translation>%1: 復元を中止しました。データは変更されていません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not restored, the safety copy failed: %2</source>
        <translation>%1: 安全用コピーに失敗したため復元しませんでした: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: not restored (%2); the data was left as it was, and a copy of it is in %3</source>
        <translation>%1: 復元しませんでした（%2）。データは変更されておらず、そのコピーが %3 にあります</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: restored, but it cannot be opened: %2; the previous data is in %3</source>
        <translation>%1: 復元しましたが、開けません: %2。以前のデータは %3 にあります</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="+25"/>
        <source>%1: cannot create the folder %2</source>
        <translation>%1: フォルダー %2 を作成できません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot open: %2</source>
        <translation>%1: 開けません: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot register SQL functions: %2</source>
        <translation>%1: SQL 関数を登録できません: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../core/storage/statement.cpp" line="+213"/>
        <source>constraint failed: %1</source>
        <translation>制約違反: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: database error: %2</source>
        <translation>%1: データベースエラー: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot prepare &quot;%2&quot;: %3</source>
        <translation>%1: 「%2」を準備できません: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/databaseopener.cpp" line="+34"/>
        <source>%1: is not a file</source>
        <translation>%1: ファイルではありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: is not a readable SQLite database (%2)</source>
        <translation>%1: 読み込み可能な SQLite データベースではありません（%2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: is damaged or not a SQLite database (%2)</source>
        <translation>%1: 破損しているか、SQLite データベースではありません（%2）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: is damaged (%2)</source>
        <translation>%1: 破損しています（%2）</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: is not a Kizuna database (not a SQLite file); it was left unchanged</source>
        <translation>%1: Kizuna のデータベースではありません（SQLite ファイルではありません）。ファイルは変更していません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: is a SQLite database of another program (tables: %2), not a Kizuna database; it was left unchanged</source>
        <translation>%1: 別のプログラムの SQLite データベースで（テーブル: %2）、Kizuna のデータベースではありません。ファイルは変更していません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: was written by a newer version of Kizuna (schema version %2; this program knows up to %3); update Kizuna to open it. The file was left unchanged</source>
        <translation>%1: より新しいバージョンの Kizuna で書き込まれています（スキーマバージョン %2。このプログラムが扱えるのは %3 まで）。開くには Kizuna を更新してください。ファイルは変更していません</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: no such database file</source>
        <translation>%1: そのようなデータベースファイルはありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is an empty file, not a Kizuna database</source>
        <translation>%1: 空のファイルで、Kizuna のデータベースではありません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: uses an older schema (version %2) that must be upgraded; open it once for writing</source>
        <translation>%1: 更新が必要な古いスキーマ（バージョン %2）を使っています。一度書き込み可能で開いてください</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: not upgraded, the backup before the upgrade failed: %2</source>
        <translation>%1: 更新前のバックアップに失敗したため更新しませんでした: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: upgrade to schema version %2 failed: %3</source>
        <translation>%1: スキーマバージョン %2 への更新に失敗しました: %3</translation>
    </message>
    <message>
        <location filename="../core/storage/statement.cpp" line="+1"/>
        <source>database error: %1</source>
        <translation>データベースエラー: %1</translation>
    </message>
    <message>
        <location filename="../core/storage/hotjournal.cpp" line="+44"/>
        <source>%1: a write to it was interrupted and must be undone from %2, but the file cannot be written (%3); open it once with write permission</source>
        <translation>%1: 書き込みが途中で中断されたため %2 から元に戻す必要がありますが、ファイルに書き込めません (%3)。書き込み権限のある状態で一度開いてください</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ActivityComposer</name>
    <message>
        <location filename="../ui/timeline/activitycomposer.cpp" line="+24"/>
        <source>&amp;Log</source>
        <translation>記録(&amp;L)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened</source>
        <translation>活動の種類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation>こちらから</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation>顧客から</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who reached out: you (outgoing) or the customer (incoming)</source>
        <translation>連絡したのはどちらか: 自分（こちらから）または顧客（顧客から）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject — what was it about?</source>
        <translation>件名 — 何についてのやり取りですか？</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details (optional)</source>
        <translation>詳細（任意）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add it to the timeline (Ctrl+Return)</source>
        <translation>タイムラインに追加します（Ctrl+Return）</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::AovRepeatChart</name>
    <message>
        <location filename="../ui/dashboard/charts/aovrepeatchart.cpp" line="+20"/>
        <source>Average order value and repeat rate</source>
        <translation>平均注文額とリピート率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AOV %1 (previous %2) · repeat rate %3 (previous %4)</source>
        <translation>平均注文額 %1（前期間 %2） · リピート率 %3（前期間 %4）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AOV, previous period</source>
        <translation>平均注文額（前期間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AOV</source>
        <translation>平均注文額</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Repeat rate</source>
        <translation>リピート率</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Average order value</source>
        <translation>平均注文額</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Orders %1</source>
        <translation>%1 の注文</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (previous period)&lt;br&gt;AOV: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;（前期間）&lt;br&gt;平均注文額: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;AOV: %2&lt;br&gt;Repeat rate: %3 (%4 of %5 active customers had ordered before)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;平均注文額: %2&lt;br&gt;リピート率: %3（アクティブ顧客 %5 人中 %4 人が以前にも注文）</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::BackupDialog</name>
    <message>
        <location filename="../ui/backup/backupdialog.cpp" line="+46"/>
        <location line="+40"/>
        <source>Back Up</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Restore Backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backing up %1 to %2…</source>
        <translation>%1 を %2 にバックアップしています…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+145"/>
        <source>Restoring %1 from %2…</source>
        <translation>%2 から %1 を復元しています…</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Kizuna backups (*.kizuna);;All files (*)</source>
        <translation>Kizuna バックアップ (*.kizuna);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup Failed</source>
        <translation>バックアップに失敗しました</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: the backup cannot replace the database itself</source>
        <translation>%1: バックアップでデータベース自体を置き換えることはできません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot restore a file onto itself</source>
        <translation>%1: ファイルをそれ自身に復元することはできません</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Stopping…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backed up to %1.</source>
        <translation>%1 にバックアップしました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from %1; the previous data is kept in %2.</source>
        <translation>%1 から復元しました。以前のデータは %2 に保存されています。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup cancelled; no file was written.</source>
        <translation>バックアップを中止しました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore cancelled; the data was left as it was.</source>
        <translation>復元を中止しました。データは変更されていません。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the backup %1…</source>
        <translation>バックアップ %1 を確認しています…</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::CalibrationChart</name>
    <message>
        <location filename="../ui/dashboard/charts/calibrationchart.cpp" line="+35"/>
        <source>Hold-out %1: predicted %2, actual %3 repeat purchases</source>
        <translation>検証期間 %1 のリピート購入: 予測 %2、実績 %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actual</source>
        <translation>実績</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted (BG/NBD)</source>
        <translation>予測（BG/NBD）</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cumulative repeat purchases</source>
        <translation>累計リピート購入数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>hold-out →</source>
        <translation>検証期間 →</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Orders %1</source>
        <translation>%1 の注文</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Week %1&lt;/b&gt; (%2)&lt;br&gt;Actual: %3&lt;br&gt;Predicted: %4%5</source>
        <translation>&lt;b&gt;第 %1 週&lt;/b&gt;（%2）&lt;br&gt;実績: %3&lt;br&gt;予測: %4%5</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;(hold-out)</source>
        <translation>&lt;br&gt;（検証期間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br&gt;(calibration)</source>
        <translation>&lt;br&gt;（キャリブレーション期間）</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ChartWidget</name>
    <message>
        <location filename="../ui/dashboard/charts/chartwidget.cpp" line="+115"/>
        <location line="+200"/>
        <source>No data in this period</source>
        <translation>この期間のデータはありません</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Click to list the records</source>
        <translation>クリックするとレコードを一覧表示します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as PNG…</source>
        <translation>PNG で保存…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation>PDF で保存…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save Chart as PDF</source>
        <translation>グラフを PDF で保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save Chart as PNG</source>
        <translation>グラフを PNG で保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot Save Chart</source>
        <translation>グラフを保存できません</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ChoiceLabels</name>
    <message>
        <location filename="../ui/common/choicelabels.cpp" line="+9"/>
        <source>Lead</source>
        <comment>contact kind</comment>
        <translation>見込み客</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <comment>contact kind</comment>
        <translation>顧客</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner</source>
        <comment>contact kind</comment>
        <translation>パートナー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <comment>contact kind</comment>
        <translation>その他</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subscriber</source>
        <comment>lifecycle stage</comment>
        <translation>購読者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead</source>
        <comment>lifecycle stage</comment>
        <translation>リード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualified lead</source>
        <comment>lifecycle stage</comment>
        <translation>有望リード</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunity</source>
        <comment>lifecycle stage</comment>
        <translation>商談中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <comment>lifecycle stage</comment>
        <translation>顧客</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evangelist</source>
        <comment>lifecycle stage</comment>
        <translation>推奨者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churned</source>
        <comment>lifecycle stage</comment>
        <translation>離反</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Web form</source>
        <comment>source channel</comment>
        <translation>Web フォーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <comment>source channel</comment>
        <translation>イベント</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral</source>
        <comment>source channel</comment>
        <translation>紹介</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advertisement</source>
        <comment>source channel</comment>
        <translation>広告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social media</source>
        <comment>source channel</comment>
        <translation>SNS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LINE</source>
        <comment>source channel</comment>
        <translation>LINE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk-in</source>
        <comment>source channel</comment>
        <translation>来店</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <comment>source channel</comment>
        <translation>インポート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <comment>source channel</comment>
        <translation>その他</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <comment>kind of record</comment>
        <translation>連絡先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <comment>kind of record</comment>
        <translation>会社</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal</source>
        <comment>kind of record</comment>
        <translation>商談</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <comment>kind of record</comment>
        <translation>活動</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ChurnListModel</name>
    <message>
        <location filename="../ui/insights/churnlistmodel.cpp" line="+70"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>The higher of 1 − P(alive) (%1) and the share of all repeat purchases that came sooner than this customer&apos;s %n day(s) of silence (%2).</source>
        <translation>
            <numerusform>1 − 生存確率（%1）と、全リピート購入のうちこの顧客の購入のない %n 日間より短い間隔で行われたものの割合（%2）の、高いほうの値。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last purchase on %1</source>
        <translation>最終購入日 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue × churn risk</source>
        <translation>売上 × 離反リスク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted value of the next year&apos;s purchases (BG/NBD × Gamma-Gamma, discounted)</source>
        <translation>今後 1 年間の購入の予測価値（BG/NBD × Gamma-Gamma、割引後）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Churn risk: high from 70 %, medium from 40 %, low below; the same figure as the contact&apos;s Insights tab.</source>
        <translation>離反リスク: 70% 以上は高、40% 以上は中、それ未満は低。連絡先の［分析］タブと同じ値です。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The BG/NBD model&apos;s probability that the customer is still buying.</source>
        <translation>BG/NBD モデルによる、顧客が購入を続けている確率。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the business stands to lose: revenue so far × churn risk. The list is ranked by it.</source>
        <translation>失う可能性のある金額: これまでの売上 × 離反リスク。リストはこの値の高い順に並んでいます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn risk</source>
        <translation>離反リスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P(alive)</source>
        <translation>生存確率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since last purchase</source>
        <translation>最終購入からの日数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value at risk</source>
        <translation>リスク金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLV (1 year)</source>
        <translation>CLV（1 年）</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ChurnListView</name>
    <message>
        <location filename="../ui/insights/churnlistview.cpp" line="+136"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High churn risk</source>
        <translation>離反リスクが高い顧客</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High and medium churn risk</source>
        <translation>離反リスクが高・中の顧客</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All customers</source>
        <translation>すべての顧客</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn risk is high from 70 %, medium from 40 %.</source>
        <translation>離反リスクは 70% 以上で高、40% 以上で中です。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent at &amp;least:</source>
        <translation>購入金額の下限(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers whose purchases so far add up to at least this much.</source>
        <translation>これまでの購入金額の合計がこの金額以上の顧客だけを表示します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>更新(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute the list again (F5)</source>
        <translation>リストを再計算します（F5）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation>書き出し(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rows shown as a CSV file</source>
        <translation>表示中の行を CSV ファイルに保存します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Return or double-click to open the contact.</source>
        <translation>Return キーを押すかダブルクリックすると連絡先を開きます。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Computing today&apos;s model of all customers (once a day; this can take a while on a big file)…</source>
        <translation>全顧客の今日のモデルを計算しています（1 日 1 回。大きなファイルでは時間がかかることがあります）…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading purchases…</source>
        <translation>購入履歴を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scoring customers…</source>
        <translation>顧客を評価しています…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled. Refresh (F5) to compute the list.</source>
        <translation>中止しました。リストを計算するには更新（F5）してください。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not compute the churn risk list: %1</source>
        <translation>離反リスクリストを計算できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1 of %n customer(s) shown, as of %2. Ranked by value at risk: revenue × churn risk.</source>
        <translation>
            <numerusform>顧客 %n 人中 %1 人を表示（%2 時点）。リスク金額（売上 × 離反リスク）の高い順です。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact ID</source>
        <translation>連絡先 ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Churn risk class</source>
        <translation>離反リスク区分</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>Export Churn Risk List</source>
        <translation>離反リスクリストの書き出し</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>churn-risk</source>
        <translation>離反リスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write %1: %2</source>
        <translation>%1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ClvChart</name>
    <message>
        <location filename="../ui/dashboard/charts/clvchart.cpp" line="+19"/>
        <source>%1+</source>
        <comment>CLV bin with no upper end</comment>
        <translation>%1 以上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1–%2</source>
        <comment>CLV bin</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Predicted CLV distribution</source>
        <translation>予測 CLV の分布</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers · next %2 weeks from %3</source>
        <translation>顧客 %1 人 · %3 から %2 週間</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Customers</source>
        <translation>顧客数</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Predicted CLV</source>
        <translation>予測 CLV</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customers with a predicted CLV of %1 (highest first)</source>
        <translation>予測 CLV が %1 の顧客（高い順）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;CLV %1&lt;/b&gt;&lt;br&gt;%2 customers</source>
        <translation>&lt;b&gt;CLV %1&lt;/b&gt;&lt;br&gt;顧客 %2 人</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::CohortChart</name>
    <message>
        <location filename="../ui/dashboard/charts/cohortchart.cpp" line="+31"/>
        <source>Share of each month&apos;s new customers ordering again, by months since the first order</source>
        <translation>各月の新規顧客のうち再び注文した顧客の割合（初回注文からの経過月数別）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention</source>
        <translation>継続率</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (%2)</source>
        <comment>cohort month (customers)</comment>
        <translation>%1（%2 人）</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Months since the first order (cells: % of the cohort)</source>
        <translation>初回注文からの経過月数（セル: コホートに占める割合 %）</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Customers who first ordered in %1 and ordered in %2</source>
        <translation>%1 に初めて注文し、%2 にも注文した顧客</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Cohort %1&lt;/b&gt; (%2 customers)&lt;br&gt;Month %3 (%4): %5 active (%6)</source>
        <translation>&lt;b&gt;コホート %1&lt;/b&gt;（顧客 %2 人）&lt;br&gt;経過 %3 か月（%4）: アクティブ %5 人（%6）</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::CompanyContactsView</name>
    <message>
        <location filename="../ui/companies/companypage.cpp" line="+29"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::CompanyListModel</name>
    <message>
        <location filename="../ui/companies/companylistmodel.cpp" line="+72"/>
        <source>Company</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>連絡先数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot read the companies: %1</source>
        <translation>会社を読み込めません: %1</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ContactFilterBar</name>
    <message>
        <location filename="../ui/contacts/contactfilterbar.cpp" line="+41"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only contacts in this city (the whole name, e.g. 渋谷区); Enter applies it</source>
        <translation>この市区町村の連絡先だけ（名前全体で、例: 渋谷区）。Enter で適用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments…</source>
        <translation>セグメント…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create, change or delete saved segments</source>
        <translation>保存したセグメントを作成・変更・削除します</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear filters</source>
        <translation>絞り込みを解除</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>All</source>
        <translation>すべて</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ContactInsightsView</name>
    <message>
        <location filename="../ui/insights/contactinsightsview.cpp" line="+91"/>
        <source>RFM class</source>
        <translation>RFM 分類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recency (days since the last purchase), frequency (orders) and monetary value (revenue), each scored 1–5 by quintiles of all customers (5 best; tied values share a score), combined into one of eleven classes.</source>
        <translation>最新購入日（最終購入からの日数）、購入頻度（注文数）、購入金額（売上）を全顧客の五分位でそれぞれ 1～5 に評価し（5 が最良、同じ値は同じ評価）、11 の分類のいずれかに振り分けます。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last purchase</source>
        <translation>最終購入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since the last purchase. A customer is dormant after %1 days without one.</source>
        <translation>最終購入からの日数。購入がないまま %1 日経過すると休眠顧客になります。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn risk</source>
        <translation>離反リスク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The higher of 1 − P(alive) and the share of all repeat purchases that came sooner than this customer&apos;s current silence; high from 70 %, medium from 40 %.</source>
        <translation>1 − 生存確率と、全リピート購入のうちこの顧客の現在の購入のない期間より短い間隔で行われたものの割合の、高いほうの値。70% 以上で高、40% 以上で中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability alive</source>
        <translation>生存確率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BG/NBD model&apos;s probability that the customer is still buying, from the number and timing of their repeat purchase days.</source>
        <translation>BG/NBD モデルによる、顧客が購入を続けている確率。リピート購入日の回数と時期から算出します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected purchases (%1 weeks)</source>
        <translation>予想購入回数（%1 週間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase days the BG/NBD model expects from this customer in the next %1 weeks.</source>
        <translation>BG/NBD モデルが予想する、この顧客の今後 %1 週間の購入日数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected order value</source>
        <translation>予想注文金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Gamma-Gamma model&apos;s expected value of a future purchase: the customer&apos;s mean repeat spend, weighed against that of all customers.</source>
        <translation>Gamma-Gamma モデルによる今後の購入 1 回あたりの予想金額。顧客の平均リピート購入額を全顧客の平均と比較して算出します。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer lifetime value (1 year)</source>
        <translation>顧客生涯価値（1 年）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected purchases month by month over the next year × expected order value, discounted monthly.</source>
        <translation>今後 1 年間の月ごとの予想購入回数 × 予想注文金額を、月次で割り引いた値。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead score</source>
        <translation>リードスコア</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points 0–100 for source channel, recent activities, lifecycle stage and email engagement.</source>
        <translation>流入経路、最近の活動、ライフサイクルステージ、メールへの反応に基づく 0～100 のポイント。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers like this one also bought</source>
        <translation>この顧客と似た顧客が購入した商品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association rules over all customers: products and categories bought by customers who bought what this one did, and not yet by this one.</source>
        <translation>全顧客のアソシエーションルール: この顧客と同じものを購入した顧客が購入し、この顧客がまだ購入していない商品とカテゴリー。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Computing…</source>
        <translation>計算しています…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not compute the insights: %1</source>
        <translation>分析結果を計算できませんでした: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As of %1</source>
        <translation>%1 時点</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>R %1 · F %2 · M %3</source>
        <translation>R %1 · F %2 · M %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n 日前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dormant</source>
        <translation>休眠</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not enough purchase history to fit the lifetime value models.</source>
        <translation>購入履歴が少ないため、生涯価値モデルを当てはめられません。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 risk</source>
        <translation>%1リスク</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (category)</source>
        <translation>%1（カテゴリー）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No suggestions yet: not enough customers bought the same things.</source>
        <translation>おすすめはまだありません。同じものを購入した顧客が十分にいません。</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ContactListMenu</name>
    <message>
        <location filename="../ui/contacts/contactlistmenu.cpp" line="+34"/>
        <source>Move to Trash</source>
        <translation>ゴミ箱に移動</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Move %n contact(s) to the Trash</source>
        <translation>
            <numerusform>連絡先 %n 件をゴミ箱に移動</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) moved to the Trash; Edit ▸ Undo brings them back</source>
        <translation>
            <numerusform>連絡先 %n 件をゴミ箱に移動しました。［編集 ▸ 元に戻す］で戻せます</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Set %1 of %n contact(s)</source>
        <translation>
            <numerusform>連絡先 %n 件を「%1」に設定</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) updated</source>
        <translation>
            <numerusform>連絡先 %n 件を更新しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set &amp;Stage</source>
        <translation>ステージを設定(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;Kind</source>
        <translation>種別を設定(&amp;K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;Owner</source>
        <translation>担当者を設定(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Tag</source>
        <translation>タグを追加(&amp;T)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Tag %n contact(s) %1</source>
        <translation>
            <numerusform>連絡先 %n 件にタグ「%1」を付ける</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) tagged</source>
        <translation>
            <numerusform>連絡先 %n 件にタグを付けました</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ContactListModel</name>
    <message>
        <location filename="../ui/contacts/contactlistmodel.cpp" line="+117"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading</source>
        <translation>フリガナ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: cannot read the contacts: %2</source>
        <translation>%1: 連絡先を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: cannot count the contacts: %2</source>
        <translation>%1: 連絡先を数えられません: %2</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ContactListView</name>
    <message>
        <location filename="../ui/contacts/contactlistview.cpp" line="+151"/>
        <source>Saved views: filters and order under a name</source>
        <translation>保存したビュー: 絞り込みと並び順に名前を付けて保存</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save View…</source>
        <translation>ビューを保存…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete View</source>
        <translation>ビューを削除</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save View</source>
        <translation>ビューを保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the view:</source>
        <translation>ビューの名前:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All contacts</source>
        <translation>すべての連絡先</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&lt;p&gt;&lt;b&gt;No contacts yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import your customer list with &lt;code&gt;kizuna-cli import&lt;/code&gt;, or start Kizuna with &lt;code&gt;--demo&lt;/code&gt; on a new database to explore it with realistic sample data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;連絡先はまだありません。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;code&gt;kizuna-cli import&lt;/code&gt; で顧客リストを取り込むか、新しいデータベースで Kizuna を &lt;code&gt;--demo&lt;/code&gt; 付きで起動すると、リアルなサンプルデータで試せます。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::CustomFieldsDialog</name>
    <message>
        <location filename="../ui/recordextras/customfieldsdialog.cpp" line="+29"/>
        <source>Number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation>日付（YYYY-MM-DD）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes/no</source>
        <translation>はい/いいえ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice</source>
        <translation>選択肢</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>テキスト</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;New field</source>
        <translation>新しいフィールド(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+219"/>
        <source>&amp;Save field</source>
        <translation>フィールドを保存(&amp;S)</translation>
    </message>
    <message>
        <location line="-218"/>
        <source>De&amp;lete</source>
        <translation>削除(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation>上へ移動(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move d&amp;own</source>
        <translation>下へ移動(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom fields</source>
        <translation>カスタムフィールド</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>made from the label when empty</source>
        <translation>空欄の場合はラベルから作成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one choice per line</source>
        <translation>1 行に 1 つの選択肢</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fields &amp;of</source>
        <translation>対象(&amp;O)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Label</source>
        <translation>ラベル(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key</source>
        <translation>キー(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type</source>
        <translation>種類(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choices</source>
        <translation>選択肢(&amp;C)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Add the custom field &quot;%1&quot;</source>
        <translation>カスタムフィールド「%1」を追加</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the custom field &quot;%1&quot;</source>
        <translation>カスタムフィールド「%1」を変更</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete the custom field &quot;%1&quot;</source>
        <translation>カスタムフィールド「%1」を削除</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move the custom field &quot;%1&quot;</source>
        <translation>カスタムフィールド「%1」を移動</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add field</source>
        <translation>フィールドを追加(&amp;A)</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::CustomFieldsSection</name>
    <message>
        <location filename="../ui/recordextras/customfieldssection.cpp" line="+34"/>
        <source>&lt;b&gt;Custom fields&lt;/b&gt;</source>
        <translation>&lt;b&gt;カスタムフィールド&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>a number, e.g. 12 or 3.5</source>
        <translation>数値（例: 12、3.5）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Edit %1</source>
        <translation>「%1」を編集</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DashboardFormat</name>
    <message>
        <location filename="../ui/dashboard/dashboardformat.cpp" line="+37"/>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 days</source>
        <translation>%1 日</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 – %2</source>
        <comment>date range</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2</source>
        <comment>year and short month name on a chart axis</comment>
        <translation>%1年%2</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DashboardReport</name>
    <message>
        <location filename="../ui/dashboard/dashboardreport.cpp" line="+35"/>
        <source>All owners</source>
        <translation>すべての担当者</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>KPI report</source>
        <translation>KPI レポート</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Period: %1</source>
        <translation>期間: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with: %1</source>
        <translation>比較対象: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner: %1</source>
        <translation>担当者: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment: %1</source>
        <translation>セグメント: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All customers</source>
        <translation>すべての顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created: %1</source>
        <translation>作成日時: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>KPI</source>
        <translation>KPI</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This period</source>
        <translation>当期間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous period</source>
        <translation>前期間</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>増減</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weighted pipeline value</source>
        <translation>加重パイプライン金額</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kizuna · KPI report %1</source>
        <translation>Kizuna · KPI レポート %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1</source>
        <translation>%1 ページ</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>KPI report %1</source>
        <translation>KPI レポート %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the report to %1: the file cannot be created.</source>
        <translation>レポートを %1 に書き込めません: ファイルを作成できません。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot finish the report %1.</source>
        <translation>レポート %1 の書き込みを完了できません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write the report to %1.</source>
        <translation>レポートを %1 に書き込めません。</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DashboardView</name>
    <message>
        <location filename="../ui/dashboard/dashboardview.cpp" line="+371"/>
        <source>The first day must be on or before the last day.</source>
        <translation>開始日は終了日と同じか、それより前の日付にしてください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not compute the dashboard: %1</source>
        <translation>ダッシュボードを計算できませんでした: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 compared with %2 · computed in %3 s</source>
        <translation>%1（比較対象 %2） · 計算時間 %3 秒</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Weighted: %1 (now)</source>
        <translation>加重: %1（現在）</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Calculating…</source>
        <translation>計算しています…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · segment %2</source>
        <translation>%1 · セグメント %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The dashboard has not been computed yet.</source>
        <translation>ダッシュボードはまだ計算されていません。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>KPI report %1 to %2.pdf</source>
        <translation>KPI レポート %1～%2.pdf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Report</source>
        <translation>レポートの書き出し</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF ドキュメント (*.pdf)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot Export Report</source>
        <translation>レポートを書き出せません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last month</source>
        <translation>先月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This quarter</source>
        <translation>今四半期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation>過去 12 か月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation>カスタム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All owners</source>
        <translation>すべての担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All customers</source>
        <translation>すべての顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit every KPI and chart to the contacts of a saved segment (its members as of the period&apos;s last day)</source>
        <translation>すべての KPI とグラフを、保存したセグメントの連絡先（期間の最終日時点のメンバー）に限定します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export report…</source>
        <translation>レポートを書き出す…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the KPIs and every chart to a PDF for a meeting</source>
        <translation>KPI とすべてのグラフを会議用の PDF に書き出します</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DealLinesEditor</name>
    <message>
        <location filename="../ui/deals/deallineseditor.cpp" line="+45"/>
        <source>&amp;Remove line</source>
        <translation>明細を削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount %</source>
        <translation>割引率 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Add line</source>
        <translation>明細を追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>catalogue: %1</source>
        <translation>カタログ価格: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>price?</source>
        <translation>単価？</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No line items: the deal keeps the amount typed in</source>
        <translation>明細はありません。商談の金額は入力した値のままです</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total %1</source>
        <translation>合計 %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line %1: “%2” is not a number</source>
        <translation>%1 行目の明細: 「%2」は数値ではありません</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit line “%1”</source>
        <translation>明細「%1」を編集</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unit price: “%1” is not a number</source>
        <translation>単価: 「%1」は数値ではありません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add line “%1”</source>
        <translation>明細「%1」を追加</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line added; the deal amount is now %1</source>
        <translation>明細を追加しました。商談の金額は %1 になりました</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove line “%1”</source>
        <translation>明細「%1」を削除</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DealListModel</name>
    <message>
        <location filename="../ui/deals/deallistmodel.cpp" line="+178"/>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Idle for %n day(s) in “%1”: longer than the stage allows</source>
        <translation>
            <numerusform>「%1」で %n 日間動きなし: ステージの許容日数を超えています</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stage&apos;s default probability</source>
        <translation>ステージの既定の確度</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Deal</source>
        <translation>商談</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company / contact</source>
        <translation>会社／連絡先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability</source>
        <translation>確度</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted</source>
        <translation>加重金額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected close</source>
        <translation>受注予定日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days in stage</source>
        <translation>ステージ滞留日数</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DealListView</name>
    <message>
        <location filename="../ui/deals/deallistview.cpp" line="+64"/>
        <source>&amp;Open Deal</source>
        <translation>商談を開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Sort by</source>
        <translation>並べ替え(&amp;S)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading deals…</source>
        <translation>商談を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No open deals match the filters.</source>
        <translation>絞り込み条件に一致する進行中の商談はありません。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>進行中の商談 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DealPage</name>
    <message>
        <location filename="../ui/deals/dealpage.cpp" line="+69"/>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ines</source>
        <translation>明細(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History</source>
        <translation>変更履歴(&amp;H)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Stage:</source>
        <translation>ステージ(&amp;S):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark &amp;won</source>
        <translation>受注にする(&amp;W)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;open</source>
        <translation>再開(&amp;O)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Title</source>
        <translation>商談名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 1200000</source>
        <translation>例: 1200000</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+142"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Expected close</source>
        <translation>受注予定日</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Probability</source>
        <translation>確度</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Ti&amp;meline</source>
        <translation>タイムライン(&amp;M)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mark &amp;Won</source>
        <translation>受注にする(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;Lost…</source>
        <translation>失注にする(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reopen</source>
        <translation>再開する(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save Changes</source>
        <translation>変更を保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Mark &amp;lost…</source>
        <translation>失注にする(&amp;L)…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Sa&amp;ve</source>
        <translation>保存(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revert</source>
        <translation>変更を破棄(&amp;R)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>stage default (%1 %)</source>
        <translation>ステージの既定値（%1%）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The total of the line items (edit them on the Lines tab)</source>
        <translation>明細の合計です（明細は［明細］タブで編集します）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No contact</source>
        <translation>連絡先なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact: %1</source>
        <translation>連絡先: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No company</source>
        <translation>会社なし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company: %1</source>
        <translation>会社: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open · %1</source>
        <translation>進行中 · %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Won on %1 · %2</source>
        <translation>受注日 %1 · %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lost on %1</source>
        <translation>失注日 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost on %1: %2</source>
        <translation>失注日 %1: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not valid</source>
        <translation>「%1」は正しくありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be negative</source>
        <translation>負の値にはできません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title: enter a title</source>
        <translation>商談名: 商談名を入力してください</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Edit deal “%1”</source>
        <translation>商談「%1」を編集</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mark “%1” as won</source>
        <translation>「%1」を受注にする</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” won; Edit ▸ Undo takes it back</source>
        <translation>「%1」を受注にしました。［編集 ▸ 元に戻す］で取り消せます</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mark “%1” as lost</source>
        <translation>「%1」を失注にする</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” lost; Edit ▸ Undo takes it back</source>
        <translation>「%1」を失注にしました。［編集 ▸ 元に戻す］で取り消せます</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reopen “%1”</source>
        <translation>「%1」を再開</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” reopened</source>
        <translation>「%1」を再開しました</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move “%1” to %2</source>
        <translation>「%1」を「%2」に移動</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DealsScreen</name>
    <message>
        <location filename="../ui/deals/dealsscreen.cpp" line="+26"/>
        <source>&amp;Forecast</source>
        <translation>売上予測(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the forecast chart (Ctrl+Shift+F)</source>
        <translation>売上予測グラフの表示／非表示を切り替えます（Ctrl+Shift+F）</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DemoRunner</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/demorunner.cpp" line="+65"/>
        <source>Creating demo data: %Ln contact(s)…</source>
        <translation>
            <numerusform>デモデータを作成しています: 連絡先 %Ln 件…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kizuna — Demo Data</source>
        <translation>Kizuna — デモデータ</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DisplayFormat</name>
    <message>
        <location filename="../ui/common/displayformat.cpp" line="+104"/>
        <source>Japanese yen (¥)</source>
        <translation>日本円 (¥)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US dollar ($)</source>
        <translation>米ドル ($)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euro (€)</source>
        <translation>ユーロ (€)</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DrillDown</name>
    <message>
        <location filename="../ui/dashboard/drilldownquery.cpp" line="+61"/>
        <source>cancelled</source>
        <translation>中止しました</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DrillDownDialog</name>
    <message>
        <location filename="../ui/dashboard/drilldowndialog.cpp" line="+76"/>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not load the records: %1</source>
        <translation>レコードを読み込めませんでした: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The first %1 records are shown; there are more.</source>
        <translation>最初の %1 件を表示しています。ほかにもレコードがあります。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DrillDowns</name>
    <message>
        <location filename="../ui/dashboard/drilldowns.cpp" line="+67"/>
        <source>Won</source>
        <comment>deal status</comment>
        <translation>受注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <comment>deal status</comment>
        <translation>失注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <comment>deal status</comment>
        <translation>進行中</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deal</source>
        <translation>商談</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+128"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>完了日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost reason</source>
        <translation>失注理由</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lifecycle stage</source>
        <translation>ライフサイクルステージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>流入経路</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ordered at</source>
        <translation>注文日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order number</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>合計金額</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Answered at</source>
        <translation>回答日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DuplicatesView</name>
    <message>
        <location filename="../ui/duplicates/duplicatesview.cpp" line="+43"/>
        <source>Score</source>
        <translation>スコア</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Possible duplicate</source>
        <translation>重複の可能性</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge</source>
        <translation>統合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a duplicate</source>
        <translation>重複ではない</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the other contact</source>
        <translation>もう一方の連絡先を残す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search again</source>
        <translation>再検索</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Looking for duplicates…</source>
        <translation>重複を検索しています…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No duplicates found.</source>
        <translation>重複は見つかりませんでした。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n possible duplicate pair(s).</source>
        <translation>
            <numerusform>重複の可能性があるペア %n 件。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>nothing to undo: the merge did not happen</source>
        <translation>元に戻す操作はありません: 統合は行われていません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge “%1” into “%2”</source>
        <translation>「%1」を「%2」に統合</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merged “%1” into “%2”. Undo (Ctrl+Z) puts both back.</source>
        <translation>「%1」を「%2」に統合しました。元に戻す（Ctrl+Z）で両方が元どおりになります。</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::EditSession</name>
    <message>
        <location filename="../ui/common/editsession.cpp" line="+145"/>
        <source>Undo/redo failed: %1</source>
        <translation>元に戻す／やり直しに失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::FieldLabels</name>
    <message>
        <location filename="../ui/common/fieldlabels.cpp" line="+12"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle stage</source>
        <translation>ライフサイクルステージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation>姓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation>名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name reading</source>
        <translation>姓（フリガナ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name reading</source>
        <translation>名（フリガナ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name reading</source>
        <translation>名称（フリガナ）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>携帯電話</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>会社</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation>部署</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>役職</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation>郵便番号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefecture</source>
        <translation>都道府県</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>市区町村</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>国</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>流入経路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>担当者</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing consent</source>
        <translation>マーケティング配信への同意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given at</source>
        <translation>同意日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty points</source>
        <translation>ポイント</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty rank</source>
        <translation>会員ランク</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web domain</source>
        <translation>Web ドメイン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation>業種</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company size</source>
        <translation>企業規模</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Trash</source>
        <translation>ゴミ箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation>商談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation>確度</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close</source>
        <translation>受注予定日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation>パイプライン</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>ステージ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost reason</source>
        <translation>失注理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed at</source>
        <translation>完了日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stage since</source>
        <translation>現ステージの開始日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation>リマインダー</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done at</source>
        <translation>完了日時</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats</source>
        <translation>繰り返し</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation>件名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <comment>change log</comment>
        <translation>作成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <comment>change log</comment>
        <translation>変更</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved to the Trash</source>
        <comment>change log</comment>
        <translation>ゴミ箱へ移動</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored from the Trash</source>
        <comment>change log</comment>
        <translation>ゴミ箱から戻す</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted for good</source>
        <comment>change log</comment>
        <translation>完全に削除</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::FileActions</name>
    <message>
        <location filename="../ui/mainwindow/fileactions.cpp" line="+29"/>
        <source>&amp;Export List…</source>
        <translation>リストの書き出し(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact or company list on screen, with its filters and columns, as a CSV file</source>
        <translation>表示中の連絡先または会社のリストを、絞り込みと列をそのままに CSV ファイルに書き出します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up…</source>
        <translation>バックアップ(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the whole database, taken while you work</source>
        <translation>作業中でもデータベース全体のコピーを作成します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from Backup…</source>
        <translation>バックアップから復元(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the data with a backup (the current data is kept in a safety copy first)</source>
        <translation>データをバックアップで置き換えます（現在のデータは先に安全用コピーとして保存されます）</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln row(s) exported to %1</source>
        <translation>
            <numerusform>%Ln 行を %1 に書き出しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backed up to %1</source>
        <translation>%1 にバックアップしました</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot Open Database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore Failed</source>
        <translation>復元に失敗しました</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored from %1; the data from before is kept in %2</source>
        <translation>%1 から復元しました。以前のデータは %2 に保存されています</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ForecastChart</name>
    <message>
        <location filename="../ui/deals/forecastchart.cpp" line="+53"/>
        <source>Forecast: expected revenue of open deals (amount × probability) and revenue won, by month</source>
        <translation>売上予測: 進行中の商談の見込み売上（金額 × 確度）と受注した売上（月別）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expected (open deals, weighted)</source>
        <translation>見込み（進行中の商談、確度で加重）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation>受注</translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>%1
Expected: %2 (%n open deal(s), %3 unweighted)</source>
        <translation>
            <numerusform>%1
見込み: %2（進行中の商談 %n 件、加重前 %3）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Won: %1 (%n deal(s))</source>
        <translation>
            <numerusform>受注: %1（%n 件）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::FunnelChart</name>
    <message>
        <location filename="../ui/dashboard/charts/funnelchart.cpp" line="+30"/>
        <source>Lifecycle funnel</source>
        <translation>ライフサイクルファネル</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contacts now, by lifecycle stage</source>
        <translation>現在の連絡先 %1 件（ライフサイクルステージ別）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>連絡先数</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contacts in stage %1</source>
        <translation>ステージ「%1」の連絡先</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 contacts (%3)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;連絡先 %2 件（%3）</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::GlobalSearchField</name>
    <message>
        <location filename="../ui/search/globalsearchfield.cpp" line="+25"/>
        <source>Search contacts, companies, deals, notes… (Ctrl+K)</source>
        <translation>連絡先・会社・商談・メモなどを検索…（Ctrl+K）</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No match for &quot;%1&quot;</source>
        <translation>「%1」に一致するものはありません</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ImportFilePage</name>
    <message>
        <location filename="../ui/importer/importfilepage.cpp" line="-202"/>
        <source>semicolon (;)</source>
        <translation>セミコロン（;）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation>タブ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spaces</source>
        <translation>スペース</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>comma (,)</source>
        <translation>カンマ（,）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a file</source>
        <translation>ファイルの選択</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file (from a spreadsheet, Google Contacts, Outlook or a shop&apos;s order export) or a vCard file (.vcf).</source>
        <translation>CSV ファイル (表計算ソフト、Google コンタクト、Outlook、ネットショップの注文エクスポートなど) または vCard ファイル (.vcf)。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contacts (people)</source>
        <translation>連絡先（人）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation>会社</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities (calls, emails, meetings … of existing contacts)</source>
        <translation>活動（既存の連絡先の電話、メール、打ち合わせ …）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders (purchase history: customer, date, amount)</source>
        <translation>注文 (購入履歴: 顧客、日付、金額)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect</source>
        <translation>自動判定</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first line names the columns</source>
        <translation>1 行目は列名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear this for a file that starts with data; its columns are then numbered.</source>
        <translation>1 行目からデータが始まるファイルではチェックを外してください。列には番号が付きます。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>文字コード:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds:</source>
        <translation>ファイルの内容:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter:</source>
        <translation>区切り文字:</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV and vCard files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation>CSV・vCard ファイル (*.csv *.txt *.vcf *.vcard);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the file: %1</source>
        <translation>ファイルを開けません: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Detected encoding: %1</source>
        <translation>検出した文字コード: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>vCard file: each card becomes a contact.</source>
        <translation>vCard ファイル: カードごとに連絡先が 1 件作成されます。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>CSV file, delimiter: %1; %n column(s) in the header row.</source>
        <translation>
            <numerusform>CSV ファイル、区切り文字: %1。見出し行に %n 列あります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty.</source>
        <translation>ファイルが空です。</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ImportMappingPage</name>
    <message>
        <location filename="../ui/importer/importmappingpage.cpp" line="+21"/>
        <source>Match the columns</source>
        <translation>列の対応付け</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose the field each column fills; “Ignore” leaves a column out.</source>
        <translation>各列が入る項目を選んでください。「無視」を選んだ列は取り込みません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First values</source>
        <translation>先頭の値</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yyyy-MM-dd (with or without HH:mm:ss)</source>
        <translation>yyyy-MM-dd (HH:mm:ss は省略可)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates are written as:</source>
        <translation>日付の書式:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Customer (number, email or name: finds or creates the contact)</source>
        <translation>顧客 (番号・メール・氏名。連絡先を探し、なければ作成)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order date</source>
        <translation>注文日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount (order total)</source>
        <translation>金額 (注文合計)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order number (an order imported before is skipped)</source>
        <translation>注文番号 (取り込み済みの注文はスキップ)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact&apos;s email (finds the contact)</source>
        <translation>連絡先のメールアドレス（連絡先を探す）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact&apos;s phone (finds the contact)</source>
        <translation>連絡先の電話番号（連絡先を探す）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact&apos;s name (finds the contact)</source>
        <translation>連絡先の氏名（連絡先を探す）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company name (finds the company)</source>
        <translation>会社名（会社を探す）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal title (finds the deal)</source>
        <translation>商談のタイトル（商談を探す）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full name (split into family and given name)</source>
        <translation>氏名（姓と名に分割）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name reading (split)</source>
        <translation>氏名のフリガナ（分割）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company name</source>
        <translation>会社名</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This layout of file was imported before: its mapping is applied.</source>
        <translation>このレイアウトのファイルは以前にインポートされています。そのときの対応付けを適用しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested from the column headers.</source>
        <translation>列の見出しから推測しました。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no header row: choose what each column holds.</source>
        <translation>このファイルには見出し行がありません。各列の内容を選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignore</source>
        <translation>無視</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ImportPreview</name>
    <message>
        <location filename="../ui/importer/importpreview.cpp" line="+79"/>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: ファイルを開けません: %2</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ImportPreviewPage</name>
    <message>
        <location filename="../ui/importer/importpreviewpage.cpp" line="+42"/>
        <source>Preview</source>
        <translation>プレビュー</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>When a row is a contact that exists already (same email or phone)</source>
        <translation>行が既存の連絡先（メールまたは電話が同じ）に当たる場合</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the row, keep the contact as it is</source>
        <translation>行を飛ばし、連絡先はそのままにする</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update the contact with the row&apos;s values</source>
        <translation>行の値で連絡先を更新する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new contact anyway</source>
        <translation>それでも新しい連絡先を作成する</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The import is written in one step: Cancel or an error leaves the database as it was, but once finished it cannot be taken back with Undo.</source>
        <translation>インポートは一度に書き込まれます。キャンセルするかエラーが発生した場合、データベースは元のままですが、完了後は元に戻すで取り消すことはできません。</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order date</source>
        <translation>注文日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A customer not seen before becomes a new contact named after the customer column, with source “import”. With an order number column, an order imported before is skipped, so the same file can be imported again.</source>
        <translation>初めての顧客は、顧客列の値を名前とし、流入経路「取り込み」の新しい連絡先になります。注文番号の列があれば取り込み済みの注文はスキップされるため、同じファイルを再度取り込めます。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>When a row is a company that exists already (same name or web domain)</source>
        <translation>行が既存の会社と同じとき（同じ名前または Web ドメイン）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the row, keep the company as it is</source>
        <translation>行をスキップし、会社はそのままにする</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill the company&apos;s empty fields from the row</source>
        <translation>会社の空欄を行の値で補う</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new company anyway</source>
        <translation>それでも新しい会社を作る</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When a row is an activity that exists already (same record, type, time and subject)</source>
        <translation>行が既存の活動と同じとき（同じレコード、種別、日時、件名）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the row</source>
        <translation>行をスキップする</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update the activity with the row&apos;s values</source>
        <translation>行の値で活動を更新する</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new activity anyway</source>
        <translation>それでも新しい活動を作る</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Each card of the vCard file becomes a contact; further emails, phones and addresses are added to it and categories become tags.</source>
        <translation>vCard ファイルのカードごとに連絡先が 1 件作成されます。2 件目以降のメール・電話・住所はその連絡先に追加され、カテゴリーはタグになります。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>The first %n row(s) as they will be imported.</source>
        <translation>
            <numerusform>インポートされる最初の %n 行です。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The first rows as they will be imported; %n row(s) in red will be rejected (the reason is in the tooltip).</source>
        <translation>
            <numerusform>インポートされる最初の行です。赤色の %n 行は除外されます（理由はツールチップに表示されます）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ImportReportPage</name>
    <message>
        <location filename="../ui/importer/importreportpage.cpp" line="+19"/>
        <source>Import finished</source>
        <translation>インポート完了</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save report as CSV…</source>
        <translation>レポートを CSV で保存…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review duplicates…</source>
        <translation>重複を確認…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Orders imported: %1 for %n customer(s), %2 of them new contacts · Skipped (imported before): %3 · Rejected: %4</source>
        <translation>
            <numerusform>取り込んだ注文: %1 件 (顧客 %n 人、うち新しい連絡先 %2 人) · スキップ (取り込み済み): %3 · 除外: %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported: %1 · Updated: %2 · Skipped as duplicates: %3 · Rejected: %4</source>
        <translation>インポート: %1 · 更新: %2 · 重複として飛ばした行: %3 · 除外: %4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was written to the database.</source>
        <translation>データベースには何も書き込まれていません。</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n possible duplicate pair(s) involve the new contacts.</source>
        <translation>
            <numerusform>新しい連絡先を含む、重複の可能性があるペアが %n 件あります。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save report</source>
        <translation>レポートを保存</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to %1: %2</source>
        <translation>レポートを %1 に保存できませんでした: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save report as CSV</source>
        <translation>レポートを CSV で保存</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>import-report.csv</source>
        <translation>import-report.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ImportRunPage</name>
    <message>
        <location filename="../ui/importer/importrunpage.cpp" line="+48"/>
        <location line="+21"/>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: ファイルを開けません: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Importing</source>
        <translation>インポート中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel import</source>
        <translation>インポートをキャンセル</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cancelling…</source>
        <translation>中止しています…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading %1…</source>
        <translation>%1 を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Writing the contacts…</source>
        <translation>連絡先を書き込んでいます…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking for duplicates among the new contacts…</source>
        <translation>新しい連絡先の中から重複を検索しています…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation>インポートを中止しました。何も変更されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import failed, nothing was changed: %1</source>
        <translation>インポートに失敗しました。何も変更されていません: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ImportWizard</name>
    <message>
        <location filename="../ui/importer/importwizard.cpp" line="+16"/>
        <location line="+14"/>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::KpiDefinitions</name>
    <message>
        <location filename="../ui/dashboard/kpidefinitions.cpp" line="+10"/>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average order value</source>
        <translation>平均注文額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active customers</source>
        <translation>アクティブ顧客数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customers</source>
        <translation>新規顧客数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat rate</source>
        <translation>リピート率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention rate</source>
        <translation>継続率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn rate</source>
        <translation>解約率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohort retention</source>
        <translation>コホート別継続率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New leads</source>
        <translation>新規見込み客数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead conversion rate</source>
        <translation>見込み客の顧客化率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win rate</source>
        <translation>受注率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline value</source>
        <translation>パイプライン金額</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales cycle</source>
        <translation>営業サイクル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost reasons</source>
        <translation>失注理由</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-sell rate</source>
        <translation>クロスセル率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAC</source>
        <translation>顧客獲得コスト（CAC）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Historic LTV</source>
        <translation>実績 LTV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted CLV</source>
        <translation>予測 CLV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifecycle funnel</source>
        <translation>ライフサイクルファネル</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFM classes</source>
        <translation>RFM 分類</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model check: calibration vs hold-out</source>
        <translation>モデル検証: キャリブレーション期間と検証期間の比較</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sum of order totals with the order date in the period. Orders in the Trash do not count.</source>
        <translation>注文日が期間内にある注文の合計金額の総和。ゴミ箱にある注文は含みません。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of orders in the period.</source>
        <translation>期間内の注文の数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue / orders.</source>
        <translation>売上 / 注文数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts with at least one order in the period.</source>
        <translation>期間内に 1 件以上の注文がある連絡先。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts whose first order ever is in the period.</source>
        <translation>初めての注文が期間内にある連絡先。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of active customers in the period who had an order before the one in the period, i.e. (active − new) / active.</source>
        <translation>期間内のアクティブ顧客のうち、期間内の注文より前にも注文があった顧客の割合。つまり（アクティブ − 新規）/ アクティブ。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers active in the previous period of equal length who are also active in the period, divided by the customers active in the previous period.</source>
        <translation>同じ長さの直前の期間にアクティブだった顧客のうち期間内にもアクティブな顧客の数を、直前の期間のアクティブ顧客数で割った値。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 − retention rate.</source>
        <translation>1 − 継続率。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For customers grouped by the month of their first order, the share active (with an order) in each later month.</source>
        <translation>初回注文の月ごとにまとめた顧客のうち、その後の各月にアクティブだった（注文があった）顧客の割合。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts created in the period with kind lead, by source channel. A lead is a contact who entered the CRM before their first order; contacts imported with an earlier purchase history were customers already.</source>
        <translation>期間内に作成された、種別が見込み客の連絡先（流入経路別）。見込み客とは、初回注文より前に CRM に登録された連絡先です。それ以前の購入履歴とともに取り込まれた連絡先は、既に顧客だったものとみなします。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leads created in the period that became customers (first order or won deal) by the end of the period / leads created in the period.</source>
        <translation>期間内に作成され、期間末までに顧客になった（初回注文または商談の受注）見込み客の数 / 期間内に作成された見込み客の数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deals won in the period / deals closed (won + lost) in the period.</source>
        <translation>期間内に受注した商談の数 / 期間内に完了した（受注 + 失注）商談の数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sum of open deal amounts, and weighted by probability (the deal&apos;s, else its stage&apos;s). Pipeline values are the open deals now, whatever the period.</source>
        <translation>進行中の商談の金額の合計と、確度（商談の確度、なければそのステージの確度）で加重した合計。パイプライン金額は期間にかかわらず、現在進行中の商談から求めます。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Median days from deal creation to won, for deals won in the period.</source>
        <translation>期間内に受注した商談の、作成から受注までの日数の中央値。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count of deals lost in the period by lost reason.</source>
        <translation>期間内に失注した商談の数（失注理由別）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% promoters (9–10) − % detractors (0–6) among survey answers in the period, in points (−100 … 100).</source>
        <translation>期間内のアンケート回答に占める推奨者（9～10）の割合 % − 批判者（0～6）の割合 %。単位はポイント（−100～100）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of active customers in the period whose orders up to the end of the period span two or more product categories.</source>
        <translation>期間内のアクティブ顧客のうち、期間末までの注文が 2 つ以上の商品カテゴリーにわたる顧客の割合。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign cost in the period / new customers in the period. Takes the cost of campaigns that start in the period; empty under an owner filter (campaigns have no owner).</source>
        <translation>期間内のキャンペーン費用 / 期間内の新規顧客数。期間内に開始したキャンペーンの費用を使います。担当者で絞り込んでいるときは空欄になります（キャンペーンには担当者がないため）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean lifetime revenue (up to the end of the period) of customers whose first order is at least 12 months before the end of the period.</source>
        <translation>初回注文が期間末の 12 か月以上前である顧客の、（期間末までの）生涯売上の平均。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BG/NBD × Gamma-Gamma expected value over a chosen horizon with a monthly discount rate. Here: fitted on the orders up to the day before the period, 52 weeks, 1 % a month.</source>
        <translation>選んだ予測期間における BG/NBD × Gamma-Gamma の期待値を、月次割引率で割り引いたもの。ここでは期間の前日までの注文に当てはめ、予測期間 52 週、割引率 月 1% で計算します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts not in the Trash by their current lifecycle stage.</source>
        <translation>ゴミ箱にない連絡先の数（現在のライフサイクルステージ別）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recency, frequency and monetary value of each customer&apos;s orders up to the period&apos;s last day, scored 1–5 by quintiles (ties share a score), and the named class of the scores: Champions R≥4 F≥4 M≥4, Loyal R≥3 F≥4, Potential loyalist R≥4 F 2–3, New R5 F1, Promising R4 F1, Need attention R3 F 2–3, About to sleep R3 F1, Can&apos;t lose them R≤2 F≥4 M≥4, At risk R≤2 F≥3, Hibernating R2 F≤2, Lost R1 F≤2.</source>
        <translation>期間の最終日までの各顧客の注文の最新購入日（R）・購入頻度（F）・購入金額（M）を五分位で 1～5 に評価し（同じ値は同じ評価）、評価の組み合わせから分類します: 優良顧客 R≥4 F≥4 M≥4、ロイヤル顧客 R≥3 F≥4、ロイヤル顧客候補 R≥4 F 2～3、新規顧客 R5 F1、有望顧客 R4 F1、要注意顧客 R3 F 2～3、休眠予備軍 R3 F1、失ってはならない顧客 R≤2 F≥4 M≥4、離反リスク顧客 R≤2 F≥3、休眠顧客 R2 F≤2、離反顧客 R1 F≤2。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>BG/NBD fitted on the orders up to the day before the period (calibration), then its predicted cumulative repeat purchases compared week by week with what happened, the period being the hold-out. Repeat purchases are counted per distinct purchase day.</source>
        <translation>期間の前日までの注文（キャリブレーション期間）に BG/NBD を当てはめ、累計リピート購入の予測値を、期間を検証期間として実績と週ごとに比較します。リピート購入は購入日が異なるごとに 1 回と数えます。</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::KpiTile</name>
    <message>
        <location filename="../ui/dashboard/kpitile.cpp" line="+69"/>
        <source>Previous period: %1</source>
        <translation>前期間: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 pt</source>
        <comment>percentage points</comment>
        <translation>%1 ポイント</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 pt</source>
        <comment>NPS points</comment>
        <translation>%1 ポイント</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new</source>
        <translation>新規</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unchanged</source>
        <translation>変化なし</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::Launcher</name>
    <message>
        <location filename="../ui/mainwindow/launcher.cpp" line="+26"/>
        <source>%1: cannot create the data folder</source>
        <translation>%1: データフォルダーを作成できません</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kizuna</source>
        <translation>Kizuna</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--demo: this database already has contacts, so no demo data was added.</source>
        <translation>--demo: このデータベースには既に連絡先があるため、デモデータは追加しませんでした。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo data created: %1 contacts, %2 companies, %3 activities.</source>
        <translation>デモデータを作成しました: 連絡先 %1 件、会社 %2 社、活動 %3 件</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo data cancelled: the database is unchanged.</source>
        <translation>デモデータの作成を中止しました。データベースは変更されていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo Data Not Created</source>
        <translation>デモデータを作成できませんでした</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data not created.</source>
        <translation>デモデータは作成されませんでした。</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::LeadConversionDialog</name>
    <message>
        <location filename="../ui/deals/leadconversiondialog.cpp" line="+33"/>
        <source>Create a first &amp;deal</source>
        <translation>最初の商談を作成(&amp;D)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an existing company, or a new name</source>
        <translation>既存の会社、または新しい会社名</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 1200000</source>
        <translation>例: 1200000</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Con&amp;vert</source>
        <translation>変換(&amp;V)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Company:</source>
        <translation>会社(&amp;C):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deal &amp;title:</source>
        <translation>商談名(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>金額(&amp;A):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pipeline:</source>
        <translation>パイプライン(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stage:</source>
        <translation>ステージ(&amp;S):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The contact keeps its company (if any).</source>
        <translation>連絡先の会社はそのままです（登録されている場合）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new company “%1” will be created.</source>
        <translation>新しい会社「%1」を作成します。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact joins “%1”.</source>
        <translation>連絡先は「%1」の所属になります。</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+74"/>
        <source>Convert %1 to a customer</source>
        <translation>%1 を顧客に変換</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>%1 becomes a customer; the timeline, tags and owner stay as they are.</source>
        <translation>%1 を顧客にします。タイムライン、タグ、担当者はそのまま残ります。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Amount: “%1” is not an amount</source>
        <translation>金額: 「%1」は金額ではありません</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::LeadsChart</name>
    <message>
        <location filename="../ui/dashboard/charts/leadschart.cpp" line="+16"/>
        <source>No source</source>
        <translation>流入経路なし</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New leads by source</source>
        <translation>流入経路別の新規見込み客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new leads (previous period: %2)</source>
        <translation>新規見込み客 %1 件（前期間: %2 件）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Leads</source>
        <translation>見込み客数</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New leads from %1, %2</source>
        <translation>%2 の新規見込み客（流入経路: %1）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3 of %4 new leads</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: 新規見込み客 %4 件中 %3 件</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ListExportDialog</name>
    <message>
        <location filename="../ui/exporting/listexportdialog.cpp" line="+88"/>
        <source>contacts</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>companies</source>
        <translation>会社</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+114"/>
        <source>Export List</source>
        <translation>リストの書き出し</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 with BOM (for Excel)</source>
        <translation>UTF-8（BOM 付き、Excel 用）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift_JIS (for Japanese Excel)</source>
        <translation>Shift_JIS（日本語版 Excel 用）</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Only the %n selected row(s)</source>
        <translation>
            <numerusform>選択した %n 行のみ</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect against spreadsheet formulas</source>
        <translation>表計算ソフトの数式として実行されないようにする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value that starts with =, +, -, @ (not a number or phone number) gets a leading &apos; so that Excel or LibreOffice show it as text instead of running it as a formula. Kizuna&apos;s import takes the &apos; off again.</source>
        <translation>=、+、-、@ で始まる値（数値や電話番号を除く）の先頭に &apos; を付け、Excel や LibreOffice が数式として実行せず文字列として表示するようにします。Kizuna のインポートでは &apos; を外して読み込みます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation>ファイル:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>文字コード:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation>書き出し</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV ファイル (*.csv);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the file to write.</source>
        <translation>書き込むファイルを選んでください。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a folder; choose a file name.</source>
        <translation>%1 はフォルダーです。ファイル名を指定してください。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exporting to %1…</source>
        <translation>%1 に書き出しています…</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln 行を %1 に書き出しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export cancelled; no file was written.</source>
        <translation>書き出しを中止しました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not exported: %1</source>
        <translation>書き出せませんでした: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 rows</source>
        <translation>%2 行中 %1 行</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::LostReasonDialog</name>
    <message>
        <location filename="../ui/deals/lostreasondialog.cpp" line="+24"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark “%1” as lost</source>
        <translation>「%1」を失注にする</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a new reason, e.g. 予算不足</source>
        <translation>新しい理由（例: 予算不足）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark &amp;lost</source>
        <translation>失注にする(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why was the deal lost?</source>
        <translation>失注の理由(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New reason:</source>
        <translation>新しい理由(&amp;N):</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(no reason given)</source>
        <translation>（理由の記入なし）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add lost reason “%1”</source>
        <translation>失注理由「%1」を追加</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::LostReasonsChart</name>
    <message>
        <location filename="../ui/dashboard/charts/lostreasonschart.cpp" line="+13"/>
        <source>No reason given</source>
        <translation>理由の記入なし</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Win rate and lost reasons</source>
        <translation>受注率と失注理由</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate %1 (previous period %2) · %3 won, %4 lost</source>
        <translation>受注率 %1（前期間 %2） · 受注 %3 件、失注 %4 件</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lost deals</source>
        <translation>失注した商談</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deals lost in the period</source>
        <translation>期間内に失注した商談の数</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deals lost: %1</source>
        <translation>失注した商談: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 deals lost</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;失注 %2 件</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+120"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Contact</source>
        <translation>新しい連絡先(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a person to your contacts</source>
        <translation>連絡先に人を追加します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New C&amp;ompany</source>
        <translation>新しい会社(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a company or organisation</source>
        <translation>会社または団体を追加します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Task…</source>
        <translation>新しいタスク(&amp;T)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A task or reminder, for the contact or company on screen</source>
        <translation>表示中の連絡先または会社のタスクやリマインダーを追加します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;vert Lead…</source>
        <translation>見込み客を顧客に変換(&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the lead on screen a customer, with its company and a first deal</source>
        <translation>表示中の見込み客を顧客に変換し、会社と最初の商談を登録します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Contacts…</source>
        <translation>連絡先のインポート(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts from a CSV file (Excel, Google, Outlook) or a vCard file</source>
        <translation>CSV ファイル（Excel、Google、Outlook）または vCard ファイルから連絡先をインポートします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Duplicates</source>
        <translation>重複の検索(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts that look like the same person, to merge</source>
        <translation>同一人物と思われる連絡先を探して統合します</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open Database…</source>
        <translation>データベースを開く(&amp;O)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another Kizuna database file</source>
        <translation>別の Kizuna データベースファイルを開きます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>&amp;Undo</source>
        <translation>元に戻す(&amp;U)</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>&amp;Redo</source>
        <translation>やり直す(&amp;R)</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&amp;Search…</source>
        <translation>検索(&amp;S)…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Custom &amp;Fields…</source>
        <translation>カスタムフィールド(&amp;F)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fields of your own on contacts and companies (membership number, visits …)</source>
        <translation>連絡先と会社に独自のフィールドを追加します（会員番号、来店回数 …）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;gments…</source>
        <translation>セグメント(&amp;G)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved segments: contacts chosen by rules, for lists, campaigns and the dashboard</source>
        <translation>保存したセグメント: 条件で選んだ連絡先の集まり。一覧、キャンペーン、ダッシュボードで使います</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ttings…</source>
        <translation>設定(&amp;T)…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Kizuna</source>
        <translation>Kizuna について(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>Qt について(&amp;Q)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Undo %1</source>
        <translation>元に戻す(&amp;U): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation>やり直す(&amp;R): %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search</source>
        <translation>検索</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contacts</source>
        <translation>連絡先(&amp;C)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People: the contact list</source>
        <translation>連絡先の一覧を表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompanies</source>
        <translation>会社(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations and their people</source>
        <translation>会社・団体とその所属者を表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;eals</source>
        <translation>商談(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sales pipeline: drag deals from stage to stage</source>
        <translation>営業パイプラインを表示します。商談はドラッグしてステージ間を移動できます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;asks</source>
        <translation>タスク(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue, today and upcoming tasks</source>
        <translation>期限切れ・今日・今後のタスクを表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard</source>
        <translation>ダッシュボード(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPIs and charts for a period</source>
        <translation>期間ごとの KPI とグラフを表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Products</source>
        <translation>商品(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product catalogue: SKU, name, category, price</source>
        <translation>商品カタログ（SKU、商品名、カテゴリー、価格）を表示します</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hurn Risk</source>
        <translation>離反リスク(&amp;H)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers likely to have lapsed, ranked by value at risk</source>
        <translation>離反した可能性が高い顧客（失われうる金額の順）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trash</source>
        <translation>ゴミ箱(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted records, to restore or delete for good</source>
        <translation>削除したレコードを表示し、元に戻したり完全に削除したりします</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Back to the List</source>
        <translation>一覧に戻る(&amp;B)</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Open a lead&apos;s page first, then convert it</source>
        <translation>先に見込み客のページを開いてから変換してください</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>This record has no contact page to open</source>
        <translation>このレコードには開ける連絡先ページがありません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Purchases</source>
        <translation>購入履歴(&amp;P)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I&amp;nsights</source>
        <translation>分析(&amp;N)</translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Kizuna — %1</source>
        <translation>Kizuna — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counting contacts…</source>
        <translation>連絡先を数えています…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>連絡先 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Database</source>
        <translation>データベースを開く</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kizuna databases (*.kizuna *.sqlite *.db);;All files (*)</source>
        <translation>Kizuna データベース (*.kizuna *.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot Open Database</source>
        <translation>データベースを開けません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened %1</source>
        <translation>%1 を開きました</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Kizuna</source>
        <translation>Kizuna について</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Kizuna %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small businesses: every customer, conversation and sale in one place on your own computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Kizuna %1&lt;/h3&gt;&lt;p&gt;小規模事業者のためのデスクトップ顧客管理（CRM）。顧客・やり取り・売上をすべて自分のコンピューターの中でひとつにまとめます。&lt;/p&gt;&lt;p&gt;データベース: %2&lt;/p&gt;&lt;p&gt;GNU 一般公衆利用許諾書（GPL）バージョン 3 以降の下で提供されます。&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::MergePanel</name>
    <message>
        <location filename="../ui/duplicates/mergepanel.cpp" line="+59"/>
        <location line="+12"/>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Keep</source>
        <translation>残す</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge into it</source>
        <translation>統合元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a pair to compare the two contacts.</source>
        <translation>ペアを選択すると、2 件の連絡先を比較できます。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is kept; “%2” is merged into it and goes to the Trash. Choose the value to keep where they differ.</source>
        <translation>「%1」を残し、「%2」をこれに統合してゴミ箱に移動します。値が異なる箇所では、残す値を選んでください。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::NpsChart</name>
    <message>
        <location filename="../ui/dashboard/charts/npschart.cpp" line="+21"/>
        <source>NPS trend</source>
        <translation>NPS の推移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS %1 (previous period %2) · bars: answers</source>
        <translation>NPS %1（前期間 %2） · 棒: 回答数</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>Answers</source>
        <translation>回答数</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>NPS</source>
        <translation>NPS</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>NPS (points)</source>
        <translation>NPS（ポイント）</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Survey answers %1</source>
        <translation>%1 のアンケート回答</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;NPS: %2&lt;br&gt;%3 answers: %4 promoters, %5 detractors</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;NPS: %2&lt;br&gt;回答 %3 件: 推奨者 %4 人、批判者 %5 人</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::OrderColumns</name>
    <message>
        <location filename="../ui/importer/ordercolumns.cpp" line="+109"/>
        <source>the customer</source>
        <translation>顧客</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the order date</source>
        <translation>注文日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the order number</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only one column can hold %1.</source>
        <translation>%1 を割り当てられる列は 1 つだけです。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column that holds %1.</source>
        <translation>%1 の列を選んでください。</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::OrderEntryDialog</name>
    <message>
        <location filename="../ui/orders/orderentrydialog.cpp" line="+54"/>
        <source>&amp;Remove line</source>
        <translation>明細を削除(&amp;R)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New order for %1</source>
        <translation>%1 の新しい注文</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Product</source>
        <translation>商品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount %</source>
        <translation>割引率 %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the order (Ctrl+Return)</source>
        <translation>注文を保存します（Ctrl+Return）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer:</source>
        <translation>顧客:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>日付(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation>チャネル(&amp;H):</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Add line</source>
        <translation>明細を追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Product: choose a product of the catalogue by SKU or name</source>
        <translation>商品: 商品カタログの商品を SKU または商品名で選んでください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product: no single active product matches “%1”</source>
        <translation>商品: 「%1」に一致する有効な商品を 1 つに特定できません</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unit price: “%1” is not a number of 0 or more</source>
        <translation>単価: 「%1」は 0 以上の数値ではありません</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Line %1, %2: “%3” is not acceptable</source>
        <translation>%1 行目の明細（%2）: 「%3」は正しくありません</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Total %1</source>
        <translation>合計 %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lines: add at least one product</source>
        <translation>明細: 商品を 1 つ以上追加してください</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter order of %1 for %2</source>
        <translation>%2 の注文 %1 を入力</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::OrderImportPreview</name>
    <message>
        <location filename="../ui/importer/orderimportpreview.cpp" line="+36"/>
        <source>(new contact)</source>
        <translation>(新しい連絡先)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: ファイルを開けません: %2</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::PipelineBoardView</name>
    <message>
        <location filename="../ui/deals/pipelineboardview.cpp" line="+68"/>
        <source>&amp;List</source>
        <translation>一覧(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the deals as a sortable list instead of the board (Ctrl+L)</source>
        <translation>ボードの代わりに、並べ替えできる一覧で商談を表示します（Ctrl+L）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Owner:</source>
        <translation>担当者(&amp;O):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected &amp;close:</source>
        <translation>受注予定月(&amp;C):</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Pipeline:</source>
        <translation>パイプライン(&amp;P):</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Everyone</source>
        <translation>全員</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any month</source>
        <translation>すべての月</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Move “%1” to %2</source>
        <translation>「%1」を「%2」に移動</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::PipelineChart</name>
    <message>
        <location filename="../ui/dashboard/charts/pipelinechart.cpp" line="+28"/>
        <source>%1: %2</source>
        <comment>pipeline: stage</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open pipeline by stage</source>
        <translation>ステージ別の進行中の商談</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 open · weighted %2 · light: amount, solid: weighted by probability</source>
        <translation>進行中 %1 · 加重 %2 · 淡色: 金額、濃色: 確度で加重した金額</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Weighted</source>
        <translation>加重金額</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open deals in %1</source>
        <translation>%1 の進行中の商談</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 open deals&lt;br&gt;Amount: %3&lt;br&gt;Weighted: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;進行中の商談 %2 件&lt;br&gt;金額: %3&lt;br&gt;加重金額: %4</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ProductEditDialog</name>
    <message>
        <location filename="../ui/products/producteditdialog.cpp" line="+24"/>
        <source>Offered for new orders and deals</source>
        <translation>新しい注文と商談で選択できます</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New product</source>
        <translation>新しい商品</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. 1200</source>
        <translation>例: 1200</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;SKU:</source>
        <translation>SKU(&amp;S):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>商品名(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation>カテゴリー(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit &amp;price:</source>
        <translation>単価(&amp;P):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active:</source>
        <translation>有効(&amp;A):</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit product “%1”</source>
        <translation>商品「%1」を編集</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SKU: enter the product&apos;s code (it must be unique)</source>
        <translation>SKU: 商品コードを入力してください（重複不可）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name: enter the product&apos;s name</source>
        <translation>商品名: 商品名を入力してください</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit price: “%1” is not a number</source>
        <translation>単価: 「%1」は数値ではありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price: %1 must not be negative</source>
        <translation>単価: %1 は負の値にできません</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>SKU:</source>
        <translation>SKU:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation>商品名:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price:</source>
        <translation>単価:</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ProductLineInputs</name>
    <message>
        <location filename="../ui/products/productlineinputs.cpp" line="+29"/>
        <source>SKU or name</source>
        <translation>SKU または商品名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>catalogue price</source>
        <translation>カタログ価格</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Product:</source>
        <translation>商品(&amp;P):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at</source>
        <translation>単価</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>less</source>
        <translation>割引</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ProductTableModel</name>
    <message>
        <location filename="../ui/products/producttablemodel.cpp" line="+56"/>
        <location line="+36"/>
        <source>Active</source>
        <translation>有効</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Inactive</source>
        <translation>無効</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inactive: kept for past orders, not offered for new ones</source>
        <translation>無効: 過去の注文のために残していますが、新しい注文では選択できません</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>商品名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>カテゴリー</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>単価</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ProductsView</name>
    <message>
        <location filename="../ui/products/productsview.cpp" line="+39"/>
        <source>Show &amp;inactive</source>
        <translation>無効な商品を表示(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add product…</source>
        <translation>商品を追加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+129"/>
        <source>&amp;Deactivate</source>
        <translation>無効にする(&amp;D)</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Filter by name or SKU</source>
        <translation>商品名または SKU で絞り込み</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a product to the catalogue (Ctrl+N)</source>
        <translation>商品カタログに商品を追加します（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Filter:</source>
        <translation>絞り込み(&amp;F):</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>商品 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Activate</source>
        <translation>有効にする(&amp;A)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add product “%1”</source>
        <translation>商品「%1」を追加</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product “%1” added</source>
        <translation>商品「%1」を追加しました</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit product “%1”</source>
        <translation>商品「%1」を編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product “%1” saved</source>
        <translation>商品「%1」を保存しました</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a product first</source>
        <translation>先に商品を選んでください</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activate product “%1”</source>
        <translation>商品「%1」を有効にする</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate product “%1”</source>
        <translation>商品「%1」を無効にする</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::PurchaseHistoryView</name>
    <message>
        <location filename="../ui/deals/purchasehistoryview.cpp" line="+41"/>
        <source>&amp;More orders</source>
        <translation>さらに注文を表示(&amp;M)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order no.</source>
        <translation>注文番号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>連絡先</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>チャネル</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation>明細数</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>合計金額</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New order…</source>
        <translation>新しい注文(&amp;N)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a purchase of this contact by hand (Ctrl+Shift+O)</source>
        <translation>この連絡先の購入を手動で入力します（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No purchases yet.</source>
        <translation>購入履歴はまだありません。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime revenue %1</source>
        <translation>生涯売上 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>注文 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average order %1</source>
        <translation>平均注文額 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first purchase %1</source>
        <translation>初回購入 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last purchase %1</source>
        <translation>最終購入 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>uncategorised</source>
        <translation>未分類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>favourite categories: %1</source>
        <translation>よく購入するカテゴリー: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::RecordForm</name>
    <message>
        <location filename="../ui/common/recordform.cpp" line="+64"/>
        <source>name of a company in Kizuna</source>
        <translation>Kizuna に登録されている会社名</translation>
    </message>
    <message>
        <location line="+151"/>
        <source>There is no company named &quot;%1&quot;; add it on the Companies screen first</source>
        <translation>「%1」という会社はありません。先に［会社］画面で追加してください</translation>
    </message>
    <message>
        <location filename="../ui/companies/companyformfields.cpp" line="+15"/>
        <source>e.g. 株式会社サンプル商事</source>
        <translation>例: 株式会社サンプル商事</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>katakana or hiragana, e.g. サンプルショウジ</source>
        <translation>カタカナまたはひらがな。例: サンプルショウジ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the company&apos;s name</source>
        <translation>会社名を入力してください</translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactformfields.cpp" line="+17"/>
        <source>e.g. 山田 / Smith</source>
        <translation>例: 山田 / Smith</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 太郎 / John</source>
        <translation>例: 太郎 / John</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>katakana or hiragana, e.g. ヤマダ</source>
        <translation>カタカナまたはひらがな。例: ヤマダ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>katakana or hiragana, e.g. タロウ</source>
        <translation>カタカナまたはひらがな。例: タロウ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a family name or a given name</source>
        <translation>姓または名を入力してください</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>YYYY-MM-DD</source>
        <translation>YYYY-MM-DD</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::RecordHistoryView</name>
    <message>
        <location filename="../ui/common/recordhistoryview.cpp" line="+30"/>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>変更者</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>変更前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Set when the record was created</source>
        <translation>レコード作成時に設定</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(deleted tag)</source>
        <translation>（削除されたタグ）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag removed: %1</source>
        <translation>タグを外しました: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag added: %1</source>
        <translation>タグを付けました: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(deleted field)</source>
        <translation>（削除された項目）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom field</source>
        <translation>カスタム項目</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>No changes recorded yet: records from demo data or a bulk load start without history</source>
        <translation>変更履歴はまだありません。デモデータや一括読み込みで作成されたレコードは、履歴のない状態から始まります</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::RecordImportPreview</name>
    <message>
        <location filename="../ui/importer/recordimportpreview.cpp" line="+67"/>
        <source>%1 cannot be imported from CSV</source>
        <translation>%1 は CSV からインポートできません</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot open the file: %2</source>
        <translation>%1: ファイルを開けません: %2</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::RecordPage</name>
    <message>
        <location filename="../ui/companies/companypage.cpp" line="+52"/>
        <source>&amp;People</source>
        <translation>連絡先(&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/contacts/recordpage.cpp" line="+54"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation>変更を破棄(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;Trash</source>
        <translation>ゴミ箱に移動(&amp;T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the changes (Ctrl+S); Edit ▸ Undo takes them back</source>
        <translation>変更を保存します（Ctrl+S）。［編集 ▸ 元に戻す］で取り消せます</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Details</source>
        <translation>詳細(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;imeline</source>
        <translation>タイムライン(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation>変更履歴(&amp;H)</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Create %1</source>
        <translation>%1を作成</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 created</source>
        <translation>%1を作成しました</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit %1 of %2</source>
        <translation>「%2」の %1 を編集</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation>「%1」を編集</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved</source>
        <translation>保存しました</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move %1 to the Trash</source>
        <translation>「%1」をゴミ箱に移動</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 moved to the Trash; Edit ▸ Undo brings it back</source>
        <translation>「%1」をゴミ箱に移動しました。［編集 ▸ 元に戻す］で戻せます</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New %1</source>
        <translation>新しい%1</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/restoredialog.cpp" line="+23"/>
        <location line="+15"/>
        <location line="+53"/>
        <source>Restore Backup</source>
        <translation>バックアップの復元</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Choose a Kizuna backup. Restoring replaces all data in %1 with the backup&apos;s; the current data is first saved as a copy beside it.</source>
        <translation>Kizuna のバックアップを選んでください。復元すると、%1 のすべてのデータがバックアップのデータで置き換えられます。現在のデータは先に同じフォルダーにコピーとして保存されます。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore…</source>
        <translation>復元…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Kizuna backups (*.kizuna *.bak *.sqlite *.db);;All files (*)</source>
        <translation>Kizuna バックアップ (*.kizuna *.bak *.sqlite *.db);;すべてのファイル (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is the open database itself; choose a backup of it.</source>
        <translation>これは開いているデータベース自体です。そのバックアップを選んでください。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking %1…</source>
        <translation>%1 を確認しています…</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>A Kizuna backup (schema version %1, %2, last changed %3) with %Ln contact(s); it passed the integrity check.</source>
        <translation>
            <numerusform>連絡先 %Ln 件を含む Kizuna のバックアップです（スキーマバージョン %1、%2、最終更新 %3）。整合性チェックに合格しました。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Kizuna backup (schema version %1, %2, last changed %3); it passed the integrity check.</source>
        <translation>Kizuna のバックアップです（スキーマバージョン %1、%2、最終更新 %3）。整合性チェックに合格しました。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replace all data in %1 with the backup %2?

The current data is first saved as %3.</source>
        <translation>%1 のすべてのデータをバックアップ %2 で置き換えますか？

現在のデータは先に %3 として保存されます。</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::RevenueChart</name>
    <message>
        <location filename="../ui/dashboard/charts/revenuechart.cpp" line="+21"/>
        <source>Revenue and orders</source>
        <translation>売上と注文数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars: revenue · lines: orders · light: previous period (%1)</source>
        <translation>棒: 売上 · 線: 注文数 · 淡色: 前期間（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenue, previous period</source>
        <translation>売上（前期間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Orders, previous period</source>
        <translation>注文数（前期間）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Orders</source>
        <translation>注文数</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Orders %1</source>
        <translation>%1 の注文</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;Revenue: %3&lt;br&gt;Orders: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;売上: %3&lt;br&gt;注文数: %4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (previous period)</source>
        <translation> (前期間)</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::RfmChart</name>
    <message>
        <location filename="../ui/dashboard/charts/rfmchart.cpp" line="+29"/>
        <source>RFM classes</source>
        <translation>RFM 分類</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers scored as of %2</source>
        <translation>%2 時点で評価した顧客 %1 人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>顧客数</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>RFM class %1 (most revenue first)</source>
        <translation>RFM 分類「%1」の顧客（売上の多い順）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 customers</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;顧客 %2 人</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::SegmentConditionRow</name>
    <message>
        <location filename="../ui/segments/segmentconditionrow.cpp" line="+35"/>
        <source>Remove this condition</source>
        <translation>この条件を削除</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Condition %1 (%2): %3</source>
        <translation>条件 %1（%2）: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>condition %1 (%2)</source>
        <translation>条件 %1（%2）</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::SegmentEditorDialog</name>
    <message>
        <location filename="../ui/segments/segmenteditordialog.cpp" line="+46"/>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segments</source>
        <translation>セグメント</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>e.g. Tokyo customers</source>
        <translation>例: 東京の顧客</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The contacts cannot be counted.</source>
        <translation>連絡先を数えられません。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Discard Changes</source>
        <translation>変更を破棄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to &quot;%1&quot; are not saved. Discard them?</source>
        <translation>「%1」への変更は保存されていません。破棄しますか？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new segment</source>
        <translation>新しいセグメント</translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+16"/>
        <source>Counting…</source>
        <translation>集計中…</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Complete the conditions to see how many contacts match.</source>
        <translation>条件を入力し終えると、該当する連絡先の数が表示されます。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n contact(s) match</source>
        <translation>
            <numerusform>%n 件の連絡先が該当</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the segment a name.</source>
        <translation>セグメントに名前を付けてください。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>「%1」を保存しました。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete Segment</source>
        <translation>セグメントを削除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the segment &quot;%1&quot; to the Trash? Its contacts stay; lists and the dashboard filtered by it show all contacts again.</source>
        <translation>セグメント「%1」をゴミ箱に移動しますか？ 連絡先は残ります。このセグメントで絞り込んでいた一覧とダッシュボードは、すべての連絡先の表示に戻ります。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is in the Trash.</source>
        <translation>「%1」をゴミ箱に移動しました。</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::SegmentLabels</name>
    <message>
        <location filename="../ui/segments/segmentlabels.cpp" line="+16"/>
        <source>Created</source>
        <translation>作成日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last changed</source>
        <translation>最終更新日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation>タグ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFM class</source>
        <translation>RFM クラス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since last activity</source>
        <translation>最終活動からの日数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bought product (SKU)</source>
        <translation>購入した商品（SKU）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bought product category</source>
        <translation>購入した商品カテゴリ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of orders</source>
        <translation>注文回数</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation>売上</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The RFM class as of today, from the contact&apos;s orders</source>
        <translation>連絡先の注文から求めた本日時点の RFM クラス</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole days since the contact&apos;s last call, email, meeting or other activity; &quot;is empty&quot; finds contacts without any</source>
        <translation>連絡先の最後の電話・メール・打ち合わせなどの活動からの日数。「空」で活動のない連絡先を探せます</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts who bought a product with this SKU</source>
        <translation>この SKU の商品を購入した連絡先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts who bought a product of this category</source>
        <translation>このカテゴリの商品を購入した連絡先</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All orders up to today; contacts without orders count as 0</source>
        <translation>本日までのすべての注文。注文のない連絡先は 0 として数えます</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts with a tag of this name</source>
        <translation>この名前のタグが付いた連絡先</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is on</source>
        <translation>が次の日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is</source>
        <translation>が次と等しい</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not</source>
        <translation>が次と異なる</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is any of</source>
        <translation>が次のいずれか</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is none of</source>
        <translation>が次のいずれでもない</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains</source>
        <translation>が次を含む</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is before</source>
        <translation>が次より前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is less than</source>
        <translation>が次より小さい</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is on or before</source>
        <translation>が次の日以前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is at most</source>
        <translation>が次以下</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is after</source>
        <translation>が次より後</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is more than</source>
        <translation>が次より大きい</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is on or after</source>
        <translation>が次の日以降</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is at least</source>
        <translation>が次以上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is between</source>
        <translation>が次の範囲</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is empty</source>
        <translation>が空</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not empty</source>
        <translation>が空でない</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::SegmentRuleEditor</name>
    <message>
        <location filename="../ui/segments/segmentruleeditor.cpp" line="+21"/>
        <source>Add Condition</source>
        <translation>条件を追加</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conditions: every contact is a member.</source>
        <translation>条件なし: すべての連絡先が該当します。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts that match</source>
        <translation>次の条件の</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of these conditions:</source>
        <translation>に一致する連絡先:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any</source>
        <translation>いずれか</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This segment&apos;s rule has nested groups of conditions, which this editor cannot show. You can rename or delete the segment here; change its rule with kizuna-cli segment.</source>
        <translation>このセグメントの条件には入れ子のグループがあり、この画面では表示できません。ここでは名前の変更と削除ができます。条件の変更は kizuna-cli segment で行ってください。</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::SegmentValueEditor</name>
    <message>
        <location filename="../ui/segments/segmentvalueeditor.cpp" line="+68"/>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>there is no company named &quot;%1&quot;</source>
        <translation>「%1」という会社はありません</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose…</source>
        <translation>選択…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>values separated by commas</source>
        <translation>カンマ区切りの値</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>and</source>
        <translation>から</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>choose or enter at least one value</source>
        <translation>値を 1 つ以上選ぶか入力してください</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter a value</source>
        <translation>値を入力してください</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+27"/>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the language (short)</source>
        <translation>言語に合わせる（短い形式）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 8601 (2026-04-01 09:30)</source>
        <translation>ISO 8601 (2026-04-01 09:30)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese (2026年4月1日 9:30)</source>
        <translation>和文 (2026年4月1日 9:30)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates and times:</source>
        <translation>日付と時刻(&amp;D):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation>通貨(&amp;C):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example:</source>
        <translation>表示例:</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::StageCardModel</name>
    <message>
        <location filename="../ui/deals/stagecardmodel.cpp" line="+128"/>
        <source>Expected close %1</source>
        <translation>完了予定 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Idle for %n day(s)</source>
        <translation>
            <numerusform>%n 日間動きなし</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — owner %2</source>
        <translation>%1 — 担当: %2</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::StageColumn</name>
    <message>
        <location filename="../ui/deals/stagecolumn.cpp" line="+48"/>
        <source>&amp;Open Deal</source>
        <translation>商談を開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to &amp;Next Stage</source>
        <translation>次のステージへ移動(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to &amp;Previous Stage</source>
        <translation>前のステージへ移動(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the N&amp;ext Column</source>
        <translation>次の列へ(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the P&amp;revious Column</source>
        <translation>前の列へ(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n deal(s) · %1</source>
        <translation>
            <numerusform>%n 件 · %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted %1</source>
        <translation>加重 %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n idle too long</source>
        <translation>
            <numerusform>長期停滞 %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TagBar</name>
    <message>
        <location filename="../ui/recordextras/tagbar.cpp" line="+31"/>
        <source>Ta&amp;gs</source>
        <translation>タグ(&amp;G)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type a tag and press Return; a new name creates the tag</source>
        <translation>タグを入力して Return キーを押してください。新しい名前を入力するとタグが作成されます</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save first, then add tags</source>
        <translation>先に保存してからタグを追加してください</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a tag…</source>
        <translation>タグを追加…</translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+1"/>
        <location line="+59"/>
        <source>Remove the tag &quot;%1&quot;</source>
        <translation>タグ「%1」を外す</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Add the new tag &quot;%1&quot;</source>
        <translation>新しいタグ「%1」を追加</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag &quot;%1&quot; created</source>
        <translation>タグ「%1」を作成しました</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the tag &quot;%1&quot;</source>
        <translation>タグ「%1」を追加</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tag &quot;%1&quot; is there already</source>
        <translation>タグ「%1」は既に付いています</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tag &quot;%1&quot; removed; Edit ▸ Undo puts it back</source>
        <translation>タグ「%1」を外しました。［編集 ▸ 元に戻す］で戻せます</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TaskCommands</name>
    <message>
        <location filename="../ui/tasks/taskcommands.cpp" line="+44"/>
        <source>Add task “%1”</source>
        <translation>タスク「%1」を追加</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>task has no field &quot;%1&quot;</source>
        <translation>タスクにフィールド「%1」はありません</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit task “%1”</source>
        <translation>タスク「%1」を編集</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Complete task “%1”</source>
        <translation>タスク「%1」を完了</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reopen task “%1”</source>
        <translation>タスク「%1」を再開</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snooze “%1”</source>
        <translation>「%1」の再通知</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move task “%1” to the Trash</source>
        <translation>タスク「%1」をゴミ箱に移動</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TaskEditDialog</name>
    <message>
        <location filename="../ui/tasks/taskeditdialog.cpp" line="+58"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New task</source>
        <translation>新しいタスク</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What needs to be done?</source>
        <translation>やることを入力</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without a reminder time, the reminder comes at the due time</source>
        <translation>通知時刻を指定しない場合は、期限の時刻に通知します</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About:</source>
        <translation>関連先:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>件名(&amp;T):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>メモ(&amp;N):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When:</source>
        <translation>日時:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeats:</source>
        <translation>繰り返し(&amp;R):</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Edit task</source>
        <translation>タスクの編集</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TaskQuickAdd</name>
    <message>
        <location filename="../ui/tasks/taskquickadd.cpp" line="+18"/>
        <source>D&amp;ue</source>
        <translation>期限(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New task — type a title and press Return</source>
        <translation>新しいタスク — 件名を入力して Return キーを押してください</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the task (Return)</source>
        <translation>タスクを追加します（Return）</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TaskRecurrenceBox</name>
    <message>
        <location filename="../ui/tasks/taskrecurrencebox.cpp" line="+12"/>
        <source>How the task repeats: when it is done, the next one is created</source>
        <translation>タスクの繰り返し方法。完了すると次のタスクが作成されます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not repeat</source>
        <translation>繰り返しなし</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation>毎日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every weekday</source>
        <translation>毎週平日（月～金）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation>毎週</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 2 weeks</source>
        <translation>2 週間ごと</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation>毎月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly on the last day</source>
        <translation>毎月末日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation>毎年</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TaskReminder</name>
    <message>
        <location filename="../ui/tasks/taskreminder.cpp" line="+134"/>
        <source>Cannot check the task reminders: %1</source>
        <translation>タスクのリマインダーを確認できません: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Due %1</source>
        <translation>期限 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Task due: %1</source>
        <translation>期限のタスク: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n task(s) due</source>
        <translation>
            <numerusform>期限のタスク %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…ほか %n 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Open task</source>
        <translation>タスクを開く(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation>完了にする(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 10 minutes</source>
        <translation>10 分後に再通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 1 hour</source>
        <translation>1 時間後に再通知</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze until tomorrow 9:00</source>
        <translation>明日 9:00 に再通知</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TaskTreeModel</name>
    <message>
        <location filename="../ui/tasks/tasktreemodel.cpp" line="+63"/>
        <source>Overdue</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upcoming</source>
        <translation>今後</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No date</source>
        <translation>期限なし</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Done in the last %n day(s)</source>
        <translation>
            <numerusform>過去 %n 日間に完了</numerusform>
        </translation>
    </message>
    <message>
        <location line="+291"/>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>完了日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact / deal</source>
        <translation>連絡先／商談</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation>繰り返し</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TasksView</name>
    <message>
        <location filename="../ui/tasks/tasksview.cpp" line="+49"/>
        <source>Show &amp;done</source>
        <translation>完了済みを表示(&amp;D)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Show the tasks done in the last %n day(s)</source>
        <translation>
            <numerusform>過去 %n 日間に完了したタスクを表示します</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark done</source>
        <translation>完了にする(&amp;M)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the task done (Space)</source>
        <translation>タスクを完了にします（Space）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Snooze</source>
        <translation>再通知(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remind me again later</source>
        <translation>後でもう一度通知します</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Open the task (Return)</source>
        <translation>タスクを開きます（Return）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New task…</source>
        <translation>新しいタスク(&amp;N)…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A task with notes and a reminder</source>
        <translation>メモとリマインダー付きのタスクを作成します</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Move to &amp;Trash</source>
        <translation>ゴミ箱に移動(&amp;T)</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Move the task to the Trash (Delete)</source>
        <translation>タスクをゴミ箱に移動します（Delete）</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>10 minutes</source>
        <translation>10 分後</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation>1 時間後</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow 9:00</source>
        <translation>明日 9:00</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The task cannot be opened; it may have been deleted.</source>
        <translation>タスクを開けません。削除された可能性があります。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Task added</source>
        <translation>タスクを追加しました</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Done; Edit ▸ Undo takes it back</source>
        <translation>完了にしました。［編集 ▸ 元に戻す］で取り消せます</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task reopened</source>
        <translation>タスクを再開しました</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Reminder moved by %n minute(s)</source>
        <translation>
            <numerusform>通知を %n 分後に延期しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminder moved to tomorrow 9:00</source>
        <translation>通知を明日 9:00 に延期しました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Task moved to the Trash; Edit ▸ Undo brings it back</source>
        <translation>タスクをゴミ箱に移動しました。［編集 ▸ 元に戻す］で戻せます</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TimelineModel</name>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="+117"/>
        <source>Cannot read the timeline: %1</source>
        <translation>タイムラインを読み込めません: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Order of %1</source>
        <translation>%1 の注文</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of %1 (%2)</source>
        <translation>%1 の注文（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deal created in stage %1</source>
        <translation>ステージ「%1」で商談を作成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal moved from %1 to %2</source>
        <translation>商談を「%1」から「%2」に移動</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task done</source>
        <translation>タスク完了</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task created, due %1</source>
        <translation>タスク作成（期限 %1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task created</source>
        <translation>タスク作成</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign: %1</source>
        <translation>キャンペーン: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call</source>
        <translation>電話</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation>打ち合わせ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>訪問</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat</source>
        <translation>チャット</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social media</source>
        <translation>SNS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web form</source>
        <translation>Web フォーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>手紙</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>メモ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <translation>クレーム</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback</source>
        <translation>フィードバック</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey</source>
        <translation>アンケート</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase</source>
        <translation>購入</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal step</source>
        <translation>商談の進捗</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation>キャンペーン</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TimelineView</name>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="+28"/>
        <source>Everything</source>
        <translation>すべて</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation>やり取り</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Show:</source>
        <translation>表示(&amp;S):</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Log %1</source>
        <translation>%1を記録</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TrashView</name>
    <message>
        <location filename="../ui/trash/trashview.cpp" line="+29"/>
        <source>&amp;Restore</source>
        <translation>復元(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete for &amp;Good…</source>
        <translation>完全に削除(&amp;G)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>種別</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation>削除日時</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the selected records back where they were</source>
        <translation>選択したレコードを元の場所に戻します</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected records for good; this cannot be undone</source>
        <translation>選択したレコードを完全に削除します。この操作は元に戻せません</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Trash&lt;/b&gt; — deleted contacts, companies and deals</source>
        <translation>&lt;b&gt;ゴミ箱&lt;/b&gt; — 削除した連絡先・会社・商談</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the Trash…</source>
        <translation>ゴミ箱を読み込んでいます…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the Trash: %1</source>
        <translation>ゴミ箱を読み込めません: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The Trash is empty.</source>
        <translation>ゴミ箱は空です。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 most recently deleted records</source>
        <translation>最近削除されたレコード %1 件</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s) in the Trash</source>
        <translation>
            <numerusform>ゴミ箱のレコード %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+4"/>
        <source>Restore %1</source>
        <translation>「%1」をゴミ箱から戻す</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>%n 件のレコードをゴミ箱から戻す</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n record(s) restored</source>
        <translation>
            <numerusform>%n 件のレコードを元に戻しました</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete for Good</source>
        <translation>完全に削除</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n record(s) for good? Their timelines go with them and this cannot be undone.</source>
        <translation>
            <numerusform>%n 件のレコードを完全に削除しますか？ タイムラインも一緒に削除され、元に戻すことはできません。</numerusform>
        </translation>
    </message>
</context>
</TS>
