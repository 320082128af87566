<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en_US">
<context>
    <name>Kizuna::Analytics</name>
    <message>
        <location filename="../core/analytics/bgnbdmodel.cpp" line="+103"/>
        <source>invalid customer summary (x=%1, t_x=%2, T=%3): need 0 &lt;= t_x &lt;= T and T &gt; 0</source>
        <translation>顧客の集計値が不正です (x=%1, t_x=%2, T=%3): 0 &lt;= t_x &lt;= T かつ T &gt; 0 である必要があります</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the BG/NBD model needs customers with repeat purchases</source>
        <translation>BG/NBD モデルにはリピート購入のある顧客が必要です</translation>
    </message>
    <message>
        <location filename="../core/analytics/gammagammamodel.cpp" line="+50"/>
        <source>the Gamma-Gamma model needs at least two customers with repeat purchases of positive value</source>
        <translation>Gamma-Gamma モデルには、金額が正のリピート購入がある顧客が 2 人以上必要です</translation>
    </message>
    <message>
        <location filename="../core/analytics/maximumlikelihood.cpp" line="+81"/>
        <source>the model could not be fitted to this data</source>
        <translation>このデータにはモデルを当てはめられませんでした</translation>
    </message>
    <message>
        <location filename="../core/analytics/associationrules.cpp" line="+73"/>
        <location filename="../core/analytics/cohortretention.cpp" line="+50"/>
        <location filename="../core/analytics/customerhistory.cpp" line="+75"/>
        <source>cancelled</source>
        <translation>中止しました</translation>
    </message>
    <message>
        <location filename="../core/analytics/cohortretention.cpp" line="-26"/>
        <source>the cohort months must be valid and in order</source>
        <translation>コホートの月は有効な値で、順番に並んでいる必要があります</translation>
    </message>
    <message>
        <location filename="../core/analytics/customerhistory.cpp" line="-18"/>
        <source>the calibration end date is not valid</source>
        <translation>キャリブレーション期間の終了日が正しくありません</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hold-out end (%1) must come after the calibration end (%2)</source>
        <translation>検証期間の終了日（%1）はキャリブレーション期間の終了日（%2）より後である必要があります</translation>
    </message>
    <message>
        <location filename="../core/analytics/kpiengine.cpp" line="+286"/>
        <source>the period must have a first day on or before its last day</source>
        <translation>期間の初日は最終日と同じか、それより前である必要があります</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+76"/>
        <source>RFM needs a valid as-of date</source>
        <translation>RFM には有効な基準日が必要です</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>RFM calculation cancelled</source>
        <translation>RFM の計算を中止しました</translation>
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
        <location line="+9"/>
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
        <location filename="../core/cli/commands/exportcommand.cpp" line="+45"/>
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
        <location filename="../core/cli/commands/checkcommand.cpp" line="+117"/>
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
        <location filename="../core/cli/commands/contactcommands.cpp" line="+31"/>
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
        <location line="+46"/>
        <source>Add a contact and print its id</source>
        <translation>連絡先を追加してその ID を表示</translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location filename="../core/cli/commands/exportcommand.cpp" line="-22"/>
        <source>Write a table as CSV</source>
        <translation>テーブルを CSV で書き出す</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes every column and row of a table as CSV (RFC 4180, UTF-8): a header row with the column names, then the rows ordered by id (change_log by seq), values as stored, NULL as an empty field. NAME is a table or record name (contacts or contact) or change_log. Without --out the CSV goes to stdout; --out writes FILE only when the export is complete.</source>
        <translation>テーブルのすべての列と行を CSV（RFC 4180、UTF-8）で書き出します。列名の見出し行に続けて、id 順（change_log は seq 順）に行を出力します。値は保存されているとおりに、NULL は空のフィールドとして出力します。NAME はテーブル名またはレコード名（contacts または contact）、あるいは change_log です。--out がなければ CSV は標準出力に出力され、--out を指定すると書き出しが完了したときにだけ FILE を書き込みます。</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+11"/>
        <source>--json needs --out (the CSV itself goes to stdout)</source>
        <translation>--json には --out が必要です（CSV 自体が標準出力に出力されるため）</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
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
        <source>%1: no such backup file</source>
        <translation>%1: そのようなバックアップファイルはありません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is not a Kizuna backup (not a Kizuna database)</source>
        <translation>%1: Kizuna のバックアップではありません（Kizuna のデータベースではありません）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: was written by a newer version of Kizuna (schema version %2; this program knows up to %3)</source>
        <translation>%1: より新しいバージョンの Kizuna で書き込まれています（スキーマバージョン %2。このプログラムが扱えるのは %3 まで）</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replace the database&apos;s content with a backup</source>
        <translation>データベースの内容をバックアップで置き換える</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks that BACKUP is a Kizuna database, copies the current FILE to FILE.before-restore.bak (replacing an older safety copy), then replaces the content of FILE with BACKUP&apos;s. FILE is created if it is missing.</source>
        <translation>BACKUP が Kizuna のデータベースであることを確認し、現在の FILE を FILE.before-restore.bak にコピーしてから（古い安全用コピーは置き換えます）、FILE の内容を BACKUP の内容で置き換えます。FILE がなければ作成します。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the backup file to restore</source>
        <translation>復元するバックアップファイル</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--from needs a file name</source>
        <translation>--from にはファイル名が必要です</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot restore a file onto itself</source>
        <translation>%1: ファイルをそれ自身に復元することはできません</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: not restored, the safety copy failed: %2</source>
        <translation>%1: 安全用コピーに失敗したため復元しませんでした: %2</translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location filename="../core/io/csvwriter.cpp" line="+29"/>
        <source>the output</source>
        <translation>出力先</translation>
    </message>
    <message>
        <location line="+73"/>
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
        <location line="+12"/>
        <source>export of %1 cancelled</source>
        <translation>%1 の書き出しを中止しました</translation>
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
        <location line="+26"/>
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
</context>
<context>
    <name>Kizuna::Storage</name>
    <message>
        <location filename="../core/storage/backup.cpp" line="+22"/>
        <source>%1: cannot start the copy: %2</source>
        <translation>%1: コピーを開始できません: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cancelled</source>
        <translation>%1: 中止しました</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: copy failed: %2</source>
        <translation>%1: コピーに失敗しました: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: cannot replace the existing file</source>
        <translation>%1: 既存のファイルを置き換えられません</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot write the backup file</source>
        <translation>%1: バックアップファイルを書き込めません</translation>
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
        <location filename="../core/storage/statement.cpp" line="+205"/>
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
        <location filename="../core/storage/databaseopener.cpp" line="+33"/>
        <source>%1: is not a file</source>
        <translation>%1: ファイルではありません</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot read: %2</source>
        <translation>%1: 読み込めません: %2</translation>
    </message>
    <message>
        <location line="+10"/>
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
</context>
<context>
    <name>Kizuna::Ui::ContactListModel</name>
    <message>
        <location filename="../ui/contacts/contactlistmodel.cpp" line="+104"/>
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
        <location line="+19"/>
        <source>%1: cannot read the contacts: %2</source>
        <translation>%1: 連絡先を読み込めません: %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: cannot count the contacts: %2</source>
        <translation>%1: 連絡先を数えられません: %2</translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ContactListView</name>
    <message>
        <location filename="../ui/contacts/contactlistview.cpp" line="+122"/>
        <source>&lt;p&gt;&lt;b&gt;No contacts yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import your customer list with &lt;code&gt;kizuna-cli import&lt;/code&gt;, or start Kizuna with &lt;code&gt;--demo&lt;/code&gt; on a new database to explore it with realistic sample data.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;連絡先はまだありません。&lt;/b&gt;&lt;/p&gt;&lt;p&gt;&lt;code&gt;kizuna-cli import&lt;/code&gt; で顧客リストを取り込むか、新しいデータベースで Kizuna を &lt;code&gt;--demo&lt;/code&gt; 付きで起動すると、リアルなサンプルデータで試せます。&lt;/p&gt;</translation>
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
    <name>Kizuna::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+59"/>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+39"/>
        <source>Kizuna — %1</source>
        <translation>Kizuna — %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts: unknown</source>
        <translation>連絡先: 件数不明</translation>
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
</TS>
