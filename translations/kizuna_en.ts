<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Kizuna::Analytics</name>
    <message>
        <location filename="../core/analytics/bgnbdmodel.cpp" line="+196"/>
        <source>invalid customer summary (x=%1, t_x=%2, T=%3): need 0 &lt;= t_x &lt;= T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the BG/NBD model needs customers with repeat purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/gammagammamodel.cpp" line="+97"/>
        <source>the Gamma-Gamma model needs at least two customers with repeat purchases of positive value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/maximumlikelihood.cpp" line="+98"/>
        <source>the model could not be fitted to this data</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/cohortretention.cpp" line="-27"/>
        <source>the cohort months must be valid and in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/customerhistory.cpp" line="-19"/>
        <location line="+41"/>
        <source>the calibration end date is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-39"/>
        <source>the hold-out end (%1) must come after the calibration end (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>the contact has no purchases up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/dashboarddata.cpp" line="+30"/>
        <location filename="../core/analytics/dashboardseries.cpp" line="+51"/>
        <location filename="../core/analytics/ordertimelines.cpp" line="+85"/>
        <source>dashboard calculation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+187"/>
        <source>no orders before the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Too little order history before %1 to fit the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+62"/>
        <location filename="../core/analytics/kpiengine.cpp" line="+309"/>
        <source>the period must have a first day on or before its last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/analytics/kpiengine.cpp" line="+2"/>
        <source>&quot;%1&quot; is not a table name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/kpiengine.cpp" line="+11"/>
        <source>KPI calculation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/leadfeatures.cpp" line="+34"/>
        <source>no contact with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/leadscoring.cpp" line="+70"/>
        <location line="+18"/>
        <source>Source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n activities in the last 90 days</source>
        <translation>
            <numerusform>%n activity in the last 90 days</numerusform>
            <numerusform>%n activities in the last 90 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Last activity %n days ago</source>
        <translation>
            <numerusform>Last activity %n day ago</numerusform>
            <numerusform>Last activity %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n emails opened</source>
        <translation>
            <numerusform>%n email opened</numerusform>
            <numerusform>%n emails opened</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n emails clicked</source>
        <translation>
            <numerusform>%n email clicked</numerusform>
            <numerusform>%n emails clicked</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recent activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recency of activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Emails opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails clicked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Works at a company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>learning lead scores needs both won and lost deals (%1 won of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/rfm.cpp" line="+48"/>
        <source>Champions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential loyalist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About to sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Can&apos;t lose them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hibernating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>RFM needs a valid as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>RFM calculation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/contactinsights.cpp" line="-282"/>
        <source>No purchases yet, so no RFM score, lifetime value or churn risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Last purchase %1 days ago (R %2), %3 orders (F %4), %5 spent (M %6); each scored 1–5 by quintiles of all %7 customers as of %8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dormant: no purchase for %1 days (more than %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active: last purchase %1 days ago (dormant after %2 days without one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 % likely to still be buying, from %2 repeat purchase days in %3 weeks since the first (BG/NBD model of all customers).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purchase days expected in the next %1 weeks (BG/NBD).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected value of a future purchase: this customer&apos;s mean repeat spend weighed against all customers&apos; (Gamma-Gamma).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean repeat spend (too few repeat buyers to fit Gamma-Gamma).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected purchases over the next %1 weeks × expected purchase value, discounted at %2 % a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The higher of 1 − P(alive) (%1 %) and the share of all repeat purchases that came sooner than this customer&apos;s %2 days of silence (%3 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>contact %1 does not exist or is in the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Points (0–100) for source channel, recent activities, lifecycle stage and email engagement; the largest factors are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 % of customers who bought %2 also bought this (%3 × as likely as on average).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/churnrisk.cpp" line="+73"/>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/churnrisklist.cpp" line="-14"/>
        <source>too few customers bought on more than one day to estimate churn risk (the BG/NBD model needs repeat purchases)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/ordertimelines.cpp" line="-58"/>
        <location line="+7"/>
        <source>could not read the order summaries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>the order summary of contact %1 is damaged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Cli</name>
    <message>
        <location filename="../core/cli/argumentparser.cpp" line="+24"/>
        <source>&quot;%1&quot; needs --%2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; needs %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unexpected argument &quot;%1&quot; for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>unknown option %1 for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>option --%1 given twice for &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>option --%1 of &quot;%2&quot; takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>option --%1 of &quot;%2&quot; needs a value (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/command.cpp" line="+21"/>
        <source>the Kizuna database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>machine-readable JSON output on stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commandcontext.cpp" line="+56"/>
        <source>%1 (see %2 help %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--%1 needs a whole number from %2 to %3, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--db needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/backupcommand.cpp" line="+23"/>
        <source>Copy the database into a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes a consistent copy of FILE (also while the desktop app has it open) to BACKUP, which is created only when the copy is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the backup file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>replace BACKUP if it exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/cli/commands/exportcommand.cpp" line="+53"/>
        <source>--out needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: already exists; use --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the backup cannot replace the database itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: backed up to %2 (%3 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/checkcommand.cpp" line="+107"/>
        <source>rowid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id %1 (rowid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: %3 refers to a missing row of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>integrity: ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>foreign keys: %1 violation(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  … and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: damaged: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 foreign-key violation(s), first: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Check the database&apos;s integrity and foreign keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Runs SQLite&apos;s integrity check and the foreign-key check without changing the file, and lists the first %1 problems. Exit status 0 when clean, 3 when damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/contactcommands.cpp" line="+32"/>
        <source>Fields: %1. An empty value (name=) clears a field; a value may contain &apos;=&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>argument &quot;%1&quot; for &quot;%2&quot; is not name=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>field &quot;%1&quot; given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add a contact and print its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Change fields of a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>contact %1 updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Move a contact to the Trash (--purge: delete it for good)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Without --purge the contact goes to the Trash and can be restored. --purge deletes a contact that is already in the Trash for good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>delete a contact in the Trash for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>contact %1 deleted for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contact %1 moved to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bring a contact back from the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>contact %1 restored from the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show a contact&apos;s fields (and its history)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shows every field, also of a contact in the Trash. --history adds the change log: who changed which field from what to what, and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>also show the change history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/democommand.cpp" line="+31"/>
        <source>Fill a database with realistic demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates FILE if needed and fills it with contacts, companies, activities, orders, deals, tasks and campaigns. The same --contacts, --seed and --as-of always give the same data. Refuses a database that already has contacts. Progress goes to stderr, the rows per table to stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>number of contacts (default %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>seed of the random generator (default 1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the day the history ends (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--as-of needs a date YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--seed needs a whole number from 0 to %1, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/exportcommand.cpp" line="-30"/>
        <source>Write a table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes every column and row of a table as CSV (RFC 4180, UTF-8 or Shift_JIS): a header row with the column names, then the rows ordered by id (change_log by seq), values as stored, NULL as an empty field. NAME is a table or record name (contacts or contact) or change_log. A value a spreadsheet would run as a formula (=, +, -, @ first; not numbers and phone numbers) is written with a leading &apos; unless --no-formula-protection is given. Without --out the CSV goes to stdout; --out writes FILE only when the export is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the table to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>write to FILE instead of stdout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start with a UTF-8 byte order mark (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>utf-8 (default) or shift_jis (CP932, for Japanese Excel; fails on a character CP932 does not have)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>write values that start with = + - @ as they are (by default they get a leading &apos; so a spreadsheet does not run them as formulas; import takes it off again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--json needs --out (the CSV itself goes to stdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--encoding needs utf-8 or shift_jis, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--bom is for UTF-8; Shift_JIS has no byte order mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <location filename="../core/cli/commands/importsupport.h" line="+115"/>
        <location line="+3"/>
        <location filename="../core/cli/commands/vcardexportcommand.cpp" line="+55"/>
        <location line="+5"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 rows of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/initcommand.cpp" line="+22"/>
        <source>Create a new Kizuna database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creates FILE with the current schema. A file that already is a Kizuna database is left as it is (an older schema is upgraded); any other file is refused and left unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: already initialised (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: created (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/recordoutput.cpp" line="+62"/>
        <source>%1 (in the Trash)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>History:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/restorecommand.cpp" line="+30"/>
        <source>Replace the database&apos;s content with a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks that BACKUP is a Kizuna database from this or an older version and passes SQLite&apos;s integrity check, copies the current FILE to FILE.before-restore-DATE-TIME.bak, then replaces the content of FILE with BACKUP&apos;s in one step. FILE is created if it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the backup file to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--from needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: restored from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: restored from %2 (the previous content is in %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/statscommand.cpp" line="+24"/>
        <source>Show the rows per table and the file size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts the rows of every table, active and in the Trash, and of the change log. Opens the file read-only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>file: %1, %2 bytes, schema version %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/tablecounts.cpp" line="+38"/>
        <source>table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/helptext.cpp" line="+38"/>
        <source>Exit status: 0 ok, 1 usage error, 2 bad input (not a Kizuna database, unknown table, field, value or id, missing file), 3 storage error, damaged database or cancelled.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Usage: %1 COMMAND [OPTIONS] [ARGUMENTS]

Kizuna CRM without a window, for scripts: the same database as the desktop app.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>
Every command takes --db FILE (the database) and --json (machine-readable output on stdout).
Other options: --help, --version.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run &quot;%1 help COMMAND&quot; for the options of a command.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Usage: %1 %2 SUBCOMMAND [OPTIONS] [ARGUMENTS]

Subcommands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Run &quot;%1 help %2 SUBCOMMAND&quot; for the options of a subcommand.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Usage: %1

</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Options:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/runner.cpp" line="+29"/>
        <source>%1 (see %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no help for unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown option %1; a command comes first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; needs a subcommand: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown subcommand &quot;%1&quot; for &quot;%2&quot; (subcommands: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/clvcommand.cpp" line="+77"/>
        <source>Predict customer lifetime value (BG/NBD and Gamma-Gamma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fits BG/NBD (number of future purchases) and Gamma-Gamma (their value) to the orders up to --calibration-end and predicts each customer&apos;s value over the horizon, discounted monthly. With --holdout-end, compares the predicted repeat purchases after the calibration end with the actual ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>last day of the calibration period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day of the hold-out period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLV horizon in weeks (default 52)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>monthly discount rate (default 0.01)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also list every customer&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>also list cumulative repeat purchases week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--holdout-end must be after --calibration-end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>customers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BG/NBD: r %1, alpha %2, a %3, b %4 (log-likelihood %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gamma-Gamma: p %1, q %2, v %3 (log-likelihood %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gamma-Gamma: not fitted (too few repeat buyers with an amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hold-out repeat purchases: predicted %1, actual %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>week %1: actual %2, predicted %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1  P(alive) %2  expected purchases %3  CLV %4  churn risk %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/commandoptions.cpp" line="+20"/>
        <source>--%1 needs a date YYYY-MM-DD, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--%1 needs a number from %2 to %3, not &quot;%4&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importorderscommand.cpp" line="+51"/>
        <source>Import a purchase history (customer, day, amount) from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads one order per row: a customer key, a date and an amount (a plain decimal). Columns are named by their header, or numbered from 1 (--no-header files). A contact is created for each customer key not seen before: its id is derived from the key, so importing the same customers again finds the same contacts; it is named after the key, with source &quot;import&quot;. With --id-column the order numbers make a repeated import skip the orders it already has. Rows with a bad value are skipped and reported with their line; everything else is written in one transaction. When every row is bad nothing is written (exit 2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../core/cli/commands/importsupport.h" line="-57"/>
        <location filename="../core/cli/commands/vcardimportcommand.cpp" line="+60"/>
        <source>the file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column of the customer key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column of the order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>format of the dates, e.g. yyyyMMdd (default yyyy-MM-dd, with or without HH:mm:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column of the order amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column of the order number (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;,&apos;, &apos;;&apos;, tab or whitespace (default: detected from the first line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the first line is data, not column names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>--%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--delimiter needs &apos;,&apos;, &apos;;&apos;, tab or whitespace, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importsupport.h" line="+2"/>
        <source>fill FIELD from the column HEADER (or its number); FIELD empty or - ignores the column; may be repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importcontactscommand.cpp" line="+43"/>
        <source>Import contacts from CSV (Excel, Google Contacts, Outlook, any spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads people from a CSV file with a header row. The encoding (UTF-8, UTF-16, Shift_JIS as Japanese Excel writes it) and separator are detected; the columns are mapped from their headers (氏名, フリガナ, メールアドレス, 電話番号, 会社名, 郵便番号 …, Google and Outlook exports, English names), and a mapping used once is remembered for files with the same header. Fields: %1. full_name and full_name_reading are split into family and given name; company finds or creates the company. Values are checked (email, phone, Japanese postal code, dates incl. 和暦, choices); rows with a bad value are reported with line and column and not imported, the others are written in one transaction (nothing when every row is bad, exit 2). Duplicates — the same email or phone number as an existing contact or an earlier row — are skipped, update the contact (--on-duplicate update) or are imported anyway (create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importsupport.h" line="+4"/>
        <source>auto (default), utf-8, utf-16, utf-16le, utf-16be or shift_jis (cp932)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&apos;,&apos;, &apos;;&apos; or tab (default: detected from the header line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cli/commands/vcardimportcommand.cpp" line="+1"/>
        <source>skip (default), update or create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>write the rejected rows (line, column, reason) to FILE as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/cli/commands/vcardimportcommand.cpp" line="+1"/>
        <source>check and count everything, change nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+129"/>
        <location filename="../core/cli/commands/searchcommand.cpp" line="+125"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importcontactscommand.cpp" line="+30"/>
        <location filename="../core/cli/commands/importorderscommand.cpp" line="+10"/>
        <location filename="../core/cli/commands/importrecordscommand.cpp" line="+86"/>
        <location filename="../core/cli/commands/vcardimportcommand.cpp" line="+25"/>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>import: writing %n new contact(s)</source>
        <translation>
            <numerusform>import: writing %n new contact</numerusform>
            <numerusform>import: writing %n new contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importsupport.h" line="-115"/>
        <source>--encoding: unknown encoding &quot;%1&quot; (use %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--delimiter needs &apos;,&apos;, &apos;;&apos; or tab, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../core/cli/commands/vcardimportcommand.cpp" line="-9"/>
        <source>--on-duplicate needs skip, update or create, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--report needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2; columns: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more problem(s) (--report or --json lists them all)</source>
        <translation>
            <numerusform>… and %n more problem (--report or --json lists them all)</numerusform>
            <numerusform>… and %n more problems (--report or --json lists them all)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importcontactscommand.cpp" line="+30"/>
        <location filename="../core/cli/commands/importrecordscommand.cpp" line="+26"/>
        <location filename="../core/cli/commands/vcardimportcommand.cpp" line="+48"/>
        <source>dry run, nothing written: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows: %2 contacts imported, %3 updated, %4 duplicates skipped, %5 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <location filename="../core/cli/commands/importrecordscommand.cpp" line="+7"/>
        <source>%n row(s) merged into an earlier row of the file</source>
        <translation>
            <numerusform>%n row merged into an earlier row of the file</numerusform>
            <numerusform>%n rows merged into an earlier row of the file</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>companies created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/commands/importorderscommand.cpp" line="+18"/>
        <source>… and %n more rejected row(s) (--json lists them all)</source>
        <translation>
            <numerusform>… and %n more rejected row (--json lists them all)</numerusform>
            <numerusform>… and %n more rejected rows (--json lists them all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/cli/commands/importcontactscommand.cpp" line="-16"/>
        <location filename="../core/cli/commands/importorderscommand.cpp" line="+6"/>
        <location filename="../core/cli/commands/importrecordscommand.cpp" line="-12"/>
        <source>%1: nothing imported: all %n row(s) rejected</source>
        <translation>
            <numerusform>%1: nothing imported: the %n row was rejected</numerusform>
            <numerusform>%1: nothing imported: all %n rows rejected</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importorderscommand.cpp" line="+2"/>
        <source>imported %1 orders for %2 customers (%3 new contacts), %4 rows rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n order(s) skipped: imported before</source>
        <translation>
            <numerusform>%n order skipped: imported before</numerusform>
            <numerusform>%n orders skipped: imported before</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commands/kpicommand.cpp" line="+107"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Show the KPIs of a period and of the period before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computes every KPI for the days from --from to --to (both included) and for the period of the same length just before. Rates are fractions in JSON (0.25 = 25 %), null where a KPI has no data. --owner limits the KPIs to one user&apos;s records, --segment to the records of a saved segment&apos;s contacts (its members as of --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>first day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>only records of this owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only records of this segment&apos;s contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--from %1 is after --to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>period %1 – %2 (previous %3 – %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>segment %1, members: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/rfmcommand.cpp" line="+55"/>
        <source>Score customers by recency, frequency and monetary value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores every contact with an order up to --as-of (default today) from 1 to 5 on recency, frequency and monetary value (quintiles, 5 best) and puts them in one of eleven classes. Dormant: customers whose last order is more than --dormant-days (default 180) before --as-of. --json adds the scores of every customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the day of the analysis (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>days without an order that make a customer dormant (default 180)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 customers as of %2; %3 dormant (no order in %4 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/searchcommand.cpp" line="-61"/>
        <source>Search contacts, companies, deals and activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finds records as the search field of the desktop app does: by any part of names, readings (hiragana or katakana), emails, phone numbers and activity text. With --bench FILE (one query per line, no QUERY), every query is typed key by key against one open database and the latency of each search is measured; the result is JSON: the number of searches and their median, 95th percentile and maximum in milliseconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>at most N hits (default 20)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>measure the latency of the queries in FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>give either QUERY or --bench FILE, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;search&quot; needs QUERY (or --bench FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>nothing found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/duplicatescommand.cpp" line="+30"/>
        <source>List contacts that may be the same person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compares the contacts that share an email, a phone number (digits, national form), a name with a company, or a reading (kana and full/half width folded), and lists each pair with a score from 0 to 100 and its reasons, best first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only pairs scoring at least N (default 50)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at most N pairs (default 100; 0: all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--min-score needs a number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--limit needs a number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%n pair(s) among %1 contacts</source>
        <translation>
            <numerusform>%n pair among %1 contacts</numerusform>
            <numerusform>%n pairs among %1 contacts</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commands/vcardexportcommand.cpp" line="-37"/>
        <source>Write every contact to a vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes the contacts that are not in the Trash as vCard 3.0 (default) or 4.0, UTF-8: names with readings (X-PHONETIC-*, and SORT-STRING or N;SORT-AS), organisation, title, emails, phones, addresses, birthday, note, tags as CATEGORIES and the further contact points. The file is written only when the export is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3.0 (default) or 4.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--version needs 3.0 or 4.0, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--file needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: %2 contacts written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/vcardimportcommand.cpp" line="-76"/>
        <source>Import contacts from a vCard file (iPhone, Android, Outlook, Google)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads vCard 2.1, 3.0 and 4.0 cards (UTF-8 or Shift_JIS, quoted-printable with CHARSET as Japanese phones write it): names with their readings (X-PHONETIC-*, SORT-STRING, N;SORT-AS), organisation and department, title, emails, phones, addresses (Japanese order), birthday, note, categories as tags; photos are skipped. The first email, phone, mobile and address fill the contact, further ones are kept as its other contact points. Cards with a bad value are reported with their line and not imported; the rest is written in one transaction, and nothing when the file is broken. Duplicates (same email or phone) are handled as by import contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>… and %n more problem(s) (--json lists them all)</source>
        <translation>
            <numerusform>… and %n more problem (--json lists them all)</numerusform>
            <numerusform>… and %n more problems (--json lists them all)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %n photo(s) skipped (Kizuna does not keep contact photos)</source>
        <translation>
            <numerusform>%1: %n photo skipped (Kizuna does not keep contact photos)</numerusform>
            <numerusform>%1: %n photos skipped (Kizuna does not keep contact photos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%1: nothing imported: all %n card(s) rejected</source>
        <translation>
            <numerusform>%1: nothing imported: all %n card rejected</numerusform>
            <numerusform>%1: nothing imported: all %n cards rejected</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 cards: %2 contacts imported, %3 updated, %4 duplicates skipped, %5 rejected; %6 further emails/phones/addresses, %7 tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/segmentcommand.cpp" line="+34"/>
        <source>A rule is JSON: {&quot;op&quot;: &quot;and&quot;|&quot;or&quot;, &quot;conditions&quot;: [{&quot;field&quot;: F, &quot;operator&quot;: O, &quot;value&quot;: V} or a nested group …]}; --rule @FILE reads it from a file. Fields: %1. Operators: =, !=, in, not_in, contains, &lt;, &lt;=, &gt;, &gt;=, between ([from, to]), is_empty, is_not_empty. Recency, RFM class, orders and revenue are taken as of --as-of (today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>evaluate recency, RFM class, orders and revenue on this day (default today)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>cannot read the rule file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
        <source>List the saved segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Save a segment and print its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the segment&apos;s name (unique)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rule, or @FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Rename a segment or give it a new rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the new name (unique)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new rule, or @FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>give --name, --rule or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>segment &quot;%1&quot; (%2) saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show a segment&apos;s rule and how many contacts it has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>id       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>members  %1 (as of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>List the contacts of a segment, a page at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts in id order; pass the last id of a page as --after to get the next one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contacts per page (default 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>start after this contact id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Move a segment to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>segment &quot;%1&quot; (%2) moved to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importduplicatecheck.cpp" line="+27"/>
        <source>do not look for possible duplicates of the new contacts after the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>the import is complete, but the duplicate check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n possible duplicate pair(s) involve the new contacts; review them with kizuna-cli duplicates --db %1</source>
        <translation>
            <numerusform>%n possible duplicate pair involve the new contacts; review them with kizuna-cli duplicates --db %1</numerusform>
            <numerusform>%n possible duplicate pairs involve the new contacts; review them with kizuna-cli duplicates --db %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/cli/commands/importrecordscommand.cpp" line="-78"/>
        <source>Import companies from CSV (Excel or any spreadsheet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads companies from a CSV file with a header row. The encoding (UTF-8, UTF-16, Shift_JIS as Japanese Excel writes it) and separator are detected; the columns are mapped from their headers (会社名, フリガナ, Webサイト, 業種, 従業員数, 代表電話, 郵便番号, 住所 …, English names), and a mapping used once is remembered for files with the same header. Fields: %1. A web address is stored as its domain. Values are checked (phone, Japanese postal code, domain); rows with a bad value or without a name are reported with line and column and not imported, the others are written in one transaction (nothing when every row is bad, exit 2). Duplicates — the same name ignoring 株式会社, (株), Inc., Co., Ltd. …, width, case and kana, or the same domain, as an existing company or an earlier row — are skipped, fill the company (--on-duplicate update) or are imported anyway (create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 rows: %2 companies imported, %3 updated, %4 duplicates skipped, %5 rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import activities (calls, emails, meetings, visits, notes) from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reads activities from a CSV file with a header row, detected and mapped as import contacts does (種別, 日時, 件名, 内容, 所要時間, 結果, メールアドレス, 氏名, 会社名 …). Fields: %1. Each activity needs a type (call, email, meeting, visit, note … or 電話, メール, 打ち合わせ, 訪問, メモ …), a date or date and time (local time) and an existing record: its contact found by contact_email, else contact_phone, else contact_name, and/or its company by name, or its deal by title. A row whose contact or company is not found (or not one) is rejected naming the value. Rows are written in one transaction (nothing when every row is bad, exit 2). Duplicates — the same contact (or company), type, time and subject — are skipped, update the activity (--on-duplicate update) or are imported anyway (create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 rows: %2 activities imported, %3 updated, %4 duplicates skipped, %5 rejected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Dedupe</name>
    <message>
        <location filename="../core/dedupe/contactmerger.cpp" line="+52"/>
        <source>a contact cannot be merged into itself (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>contact %1 is in the Trash; restore it before merging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>contact has no field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+78"/>
        <source>contact %1 is not in the Trash: the merge was undone already or the contact was restored by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dedupe/contactkeys.cpp" line="+24"/>
        <source>same email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name and company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same reading and company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dedupe/duplicatefinder.cpp" line="+88"/>
        <location filename="../core/dedupe/newcontactpairs.cpp" line="+39"/>
        <source>duplicate search cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/dedupe/runsorter.cpp" line="+24"/>
        <source>duplicate search: cannot use a temporary file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Demo</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+26"/>
        <source>%1 already has %2 contacts: demo data goes into a new, empty database only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Demo data generation cancelled: %1 is unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>the number of demo contacts must be between 0 and %1, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is open read-only: demo data cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Desktop</name>
    <message>
        <location filename="../app/desktop/main.cpp" line="+23"/>
        <source>Open the database FILE (created if it does not exist) instead of the one in your data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill a database that has no contacts yet with realistic demo data (2,000 contacts with their history).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show the user interface in LANGUAGE (ja or en) instead of the system language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LANGUAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Kizuna — a desktop CRM for small businesses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Kizuna</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Io</name>
    <message>
        <location filename="../core/io/csvwriter.cpp" line="+30"/>
        <source>the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+86"/>
        <source>row %1: &quot;%2&quot; cannot be written in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the text cannot be written in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../core/io/listexporter.cpp" line="+109"/>
        <location line="+30"/>
        <source>%1: cannot write: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/tableexporter.cpp" line="+51"/>
        <source>unknown table &quot;%1&quot; (tables: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>cannot read table %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>export of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/csvreader.cpp" line="+102"/>
        <location line="+32"/>
        <source>line %1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+13"/>
        <source>line %1: the line is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1: the text is not %2 but UTF-16 (zero bytes between the characters); choose UTF-16 (utf-16) or auto</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1: the text is not UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line %1: the text is not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: binary data (a NUL character): this is not a text file in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>line %1: the record is longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1: a quoted field is not closed at the end of the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/orderimporter.cpp" line="+67"/>
        <source>no amount (the field is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a negative amount: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not an amount (a plain decimal number such as 1234.50 is expected): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/contactrowconverter.cpp" line="+120"/>
        <location filename="../core/io/orderimporter.cpp" line="+60"/>
        <location filename="../core/io/recordrowconverter.cpp" line="+66"/>
        <location filename="../ui/importer/importfilepage.cpp" line="+235"/>
        <location filename="../ui/importer/importpreview.cpp" line="+45"/>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <location filename="../core/io/recordrowconverter.cpp" line="+31"/>
        <source>the row has %1 fields but the header has %2 (a line break or separator inside an unquoted value?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <location filename="../core/io/vcardconverter.cpp" line="+80"/>
        <source>not an email address: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/io/recordrowconverter.cpp" line="+64"/>
        <location filename="../core/io/vcardconverter.cpp" line="+16"/>
        <source>not a phone number (no digits): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../core/io/recordrowconverter.cpp" line="+7"/>
        <source>not a Japanese postal code (7 digits, such as 123-4567): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a date (such as 1980-03-15, 1980/3/15, 19800315 or 昭和55年3月15日): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../core/io/recordrowconverter.cpp" line="-39"/>
        <source>not one of %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no name, email or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/orderimporter.cpp" line="+3"/>
        <source>%1 column &quot;%2&quot;: without a header row, columns are given by number (1 for the first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 column %2: the header has only %3 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no %1 column &quot;%2&quot; in the header (columns: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>order id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the customer, date and amount columns are required</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>missing (the row has only %n field(s))</source>
        <translation>
            <numerusform>missing (the row has only %n field)</numerusform>
            <numerusform>missing (the row has only %n fields)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no customer key (the field is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no date (the field is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a date of the form %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no order id (the field is empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/contactimportsession.cpp" line="+128"/>
        <source>no column is a name, email or phone number (columns: %1); map one with HEADER=FIELD, e.g. &quot;%2=full_name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../core/io/recordimportsession.cpp" line="+100"/>
        <source>the file is empty: a header row with the column names is expected</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+103"/>
        <location line="+218"/>
        <location filename="../core/io/csvreader.cpp" line="-118"/>
        <location filename="../core/io/recordimportsession.cpp" line="+199"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/columnmapping.cpp" line="+143"/>
        <source>(ignored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <location filename="../core/io/recordcolumns.cpp" line="+68"/>
        <source>mapping &quot;%1&quot;: expected HEADER=FIELD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mapping &quot;%1&quot;: no contact field &quot;%2&quot; (fields: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../core/io/recordcolumns.cpp" line="+8"/>
        <source>mapping &quot;%1&quot;: no column &quot;%2&quot; in the header (columns: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/contactimporter.cpp" line="+29"/>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vcardexporter.cpp" line="+45"/>
        <source>cannot write the vCard file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vcardimporter.cpp" line="-29"/>
        <source>the file holds no vCard (BEGIN:VCARD … END:VCARD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/vcardreader.cpp" line="+139"/>
        <source>line %1: cannot read the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>line %1: longer than %2 MiB; is this a vCard file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>line %1: binary data (a NUL byte); this is not a vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>line %1: the text is not UTF-16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>line %1: a property longer than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>line %1: BEGIN:VCARD expected, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>line %1: the card has no END:VCARD (is the file cut short?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1: BEGIN:VCARD inside the card of line %2, which has no END:VCARD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>card of line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a property (NAME:value): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>bad quoted-printable text (&quot;=&quot; not followed by two hex digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the text is not valid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/listexporter.cpp" line="-89"/>
        <source>&quot;%1&quot; (U+%2) cannot be written in %3; correct it or export as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>row %1 (%2), column &quot;%3&quot;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the heading &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+28"/>
        <source>%1: export cancelled, nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>%1: cannot read the list: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/activityimportrules.cpp" line="+140"/>
        <source>no contact has the email &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several contacts have the email &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no contact has the phone number &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several contacts have the phone number &quot;%1&quot;; add their email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no contact is named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several contacts are named &quot;%1&quot;; add their email or phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no company is named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several companies are named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no deal has the title &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>several deals have the title &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>no column is the activity type (columns: %1); map one with HEADER=FIELD, e.g. &quot;%2=type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no column is the date of the activity (columns: %1); map one with HEADER=FIELD, e.g. &quot;%2=occurred_at&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no column names the contact, company or deal of the activity (columns: %1); map one to contact_email, contact_phone, contact_name, company or deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+105"/>
        <source>no activity type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no contact, company or deal to link the activity to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/companyimportrules.cpp" line="+71"/>
        <source>no column is the company name (columns: %1); map one with HEADER=FIELD, e.g. &quot;%2=name&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>no company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/recordcolumns.cpp" line="-4"/>
        <source>mapping &quot;%1&quot;: no %2 field &quot;%3&quot; (fields: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/recordrowconverter.cpp" line="+16"/>
        <source>not a date or date and time (such as 2024-04-01 14:30, 2024/4/1 or 令和6年4月1日): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not a duration in minutes (such as 30, 30分, 1:30 or 1時間30分): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>not a web address or domain (such as example.co.jp): &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/io/textencoding.cpp" line="+185"/>
        <source>the text is not UTF-16: it has no byte order mark and none of the zero bytes UTF-16 has in every line break and comma; it looks like %1 — choose that encoding (%2) or auto</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Model</name>
    <message>
        <location filename="../core/model/fieldvalue.cpp" line="+17"/>
        <source>%1 field &quot;%2&quot;: &quot;%3&quot; %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 field &quot;%2&quot; is required and cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>is not true/false, yes/no or 1/0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>is not a date and time (use YYYY-MM-DDTHH:MM:SS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is not one of: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/recordstore.cpp" line="+36"/>
        <source>no %1 with id %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 has no field &quot;%2&quot; (fields: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 field &quot;%2&quot;: no %3 with id %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 field &quot;%2&quot; is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 id &quot;%2&quot; is not a UUID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot add %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 %2 is in the Trash; restore it before editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>cannot change %1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1 %2 is not in the Trash; delete it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cannot delete %1 %2 for good: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/fieldcheck.cpp" line="+39"/>
        <source>&quot;%1&quot; is not an email address (expected name@example.com)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;%1&quot; is not a phone number: use digits, spaces, hyphens or parentheses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; has %2 digits; a phone number has 6 to 15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a postal code (expected 7 digits such as 150-0001)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&quot;%1&quot; is outside the years 1900 to 2200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a date (expected YYYY-MM-DD, e.g. 1985-04-12)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/taskactions.cpp" line="+40"/>
        <source>task &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/taskquery.cpp" line="+194"/>
        <source>no task with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/taskrecurrence.cpp" line="+24"/>
        <source>recurrence &quot;%1&quot; is not understood; use daily, weekly, weekly:mon,thu, monthly, monthly:15, monthly:last, yearly or every:N:days|weeks|months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every %1 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Weekly on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every %1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly on the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly on day %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/customfields.cpp" line="+97"/>
        <source>Another %1 field (perhaps one in the Trash) has the key &quot;%2&quot;; choose another key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+79"/>
        <source>&quot;%1&quot; is not a number (e.g. 12 or 3.5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not one of the choices (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+70"/>
        <source>A custom field needs a label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom fields are for contacts, companies and deals, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom field &quot;%1&quot;: unknown type &quot;%2&quot; (types: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Custom field &quot;%1&quot;: a choice field needs at least one choice (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/model/tagassignments.cpp" line="+24"/>
        <source>%1 records cannot carry tags (only contacts and companies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>A tag needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is a tag named &quot;%1&quot; already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Sales</name>
    <message>
        <location filename="../core/sales/deallineservice.cpp" line="+64"/>
        <location filename="../core/sales/orderservice.cpp" line="+44"/>
        <source>%1 is not more than 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../core/sales/orderservice.cpp" line="+12"/>
        <source>no product with id %1 in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a line without a product needs a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>no deal with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>deal &quot;%1&quot; is in the Trash; restore it before editing its lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+108"/>
        <source>undo the line change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>redo the line change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sales/dealservice.cpp" line="+105"/>
        <source>stage &quot;%1&quot; is not in pipeline %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>changes only by moving the deal or marking it won, lost or open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>is the sum of the deal&apos;s %n line item(s); edit those instead</source>
        <translation>
            <numerusform>is the sum of the deal&apos;s %n line item; edit those instead</numerusform>
            <numerusform>is the sum of the deal&apos;s %n line items; edit those instead</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>deal %1 has %2 %3 now; move it to the Trash instead of deleting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>cannot %1: deal &quot;%2&quot; is in the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cannot %1: deal &quot;%2&quot; is %3; reopen it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>move the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>deal &quot;%1&quot; is already in stage &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>undo the stage move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>redo the stage move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>mark the deal won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no lost reason with id %1 in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mark the deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>cannot reopen deal &quot;%1&quot;: it is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cannot reopen deal &quot;%1&quot;: it is in the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reopen the deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>undo the status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>redo the status change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sales/forecastquery.cpp" line="+28"/>
        <source>a forecast needs a valid first month and 1 to 240 months (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sales/leadconverter.cpp" line="+59"/>
        <source>either link an existing company or create a new one, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>company &quot;%1&quot; is in the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>contact &quot;%1&quot; is in the Trash; restore it before converting it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>contact &quot;%1&quot; is not a lead (kind %2); only leads are converted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>cannot undo the conversion: the new company now has %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>undo the lead conversion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sales/lostreasonlist.cpp" line="+43"/>
        <source>&quot;%1&quot; is already in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>the new order of the lost reasons must list each of the %1 reasons once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sales/orderservice.cpp" line="-16"/>
        <source>order line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a product from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 % is not between 0 and 100 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>choose the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an order needs at least one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>cannot undo entering order %1: its lines have changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>no order with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sales/pipelineboardquery.cpp" line="+99"/>
        <source>a page of cards needs a limit of 1 or more (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sales/pipelineservice.cpp" line="+31"/>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quote sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contracting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Standard pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>pipeline %1 has no stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 is not a number of days of 1 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+101"/>
        <source>the new order of pipeline %1 must list each of its %2 stages once</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>stage &quot;%1&quot; still holds %n deal(s); move them to another stage first</source>
        <translation>
            <numerusform>stage &quot;%1&quot; still holds %n deal; move them to another stage first</numerusform>
            <numerusform>stage &quot;%1&quot; still holds %n deals; move them to another stage first</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/sales/productcatalogue.cpp" line="+79"/>
        <source>no product with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>no product with SKU %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&quot;%1&quot; is already used by &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sales/purchasehistoryquery.cpp" line="+71"/>
        <source>a page of orders needs a limit of 1 or more (got %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sales/salessupport.cpp" line="+16"/>
        <source>%1 field &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is not a probability between 0 and 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>is required and cannot be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>cannot %1: field &quot;%2&quot; of %3 has changed since (now &quot;%4&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sales/stagereader.cpp" line="+55"/>
        <source>no pipeline stage with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/sales/deallistquery.cpp" line="+112"/>
        <source>the deal list was no longer needed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Segments</name>
    <message>
        <location filename="../core/segments/segmentrepository.cpp" line="+38"/>
        <source>segment &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a segment needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a segment named &quot;%1&quot; already exists (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>no segment with the name or id &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/segments/segmentrule.cpp" line="+22"/>
        <source>segment rule: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>segment rule at %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+59"/>
        <source>field &quot;%1&quot; needs %2, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>field &quot;%1&quot; needs a value (to find contacts without one, use the operator is_empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a date YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>unknown field &quot;%1&quot; (fields: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>operator &quot;%1&quot; does not apply to field &quot;%2&quot; (use %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>operator &quot;%1&quot; on field &quot;%2&quot; takes no value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>operator &quot;between&quot; on field &quot;%1&quot; needs two values [from, to], not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>operator &quot;%1&quot; on field &quot;%2&quot; needs a list of one or more values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>operator &quot;%1&quot; on field &quot;%2&quot; needs one value, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>field &quot;%1&quot;: &quot;between&quot; needs the smaller value first, not %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>segment rule is not valid JSON: %1 at character %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>segment rule must be a JSON object such as {&quot;op&quot;: &quot;and&quot;, &quot;conditions&quot;: […]}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown key &quot;%1&quot; in a condition (use field, operator, value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;field&quot; must be a text such as &quot;prefecture&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unknown operator &quot;%1&quot; for field &quot;%2&quot; (use %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>unknown key &quot;%1&quot; (a group has op and conditions; a condition has field, operator and value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;op&quot; must be &quot;and&quot; or &quot;or&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;conditions&quot; must be a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>each condition must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/segments/segmentsql.cpp" line="+311"/>
        <source>segment evaluation cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Storage</name>
    <message>
        <location filename="../core/storage/backup.cpp" line="+25"/>
        <source>%1: cannot start the copy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: copy failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: cannot replace the existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot write the backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1: no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: is not a Kizuna backup (not a database file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: is not a Kizuna backup but a database of another program (tables: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: was written by a newer version of Kizuna (schema version %2; this version knows up to %3); update Kizuna to restore it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: is damaged and cannot be restored (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: check cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the integrity check gave no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: cannot restore a file onto itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: restore cancelled; the data was left as it was</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not restored, the safety copy failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: not restored (%2); the data was left as it was, and a copy of it is in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: restored, but it cannot be opened: %2; the previous data is in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="+25"/>
        <source>%1: cannot create the folder %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: cannot register SQL functions: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../core/storage/statement.cpp" line="+213"/>
        <source>constraint failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: database error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: cannot prepare &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/databaseopener.cpp" line="+34"/>
        <source>%1: is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: is not a readable SQLite database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: is damaged or not a SQLite database (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: is damaged (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: is not a Kizuna database (not a SQLite file); it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: is a SQLite database of another program (tables: %2), not a Kizuna database; it was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: was written by a newer version of Kizuna (schema version %2; this program knows up to %3); update Kizuna to open it. The file was left unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: no such database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is an empty file, not a Kizuna database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: uses an older schema (version %2) that must be upgraded; open it once for writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: not upgraded, the backup before the upgrade failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: upgrade to schema version %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/statement.cpp" line="+1"/>
        <source>database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/hotjournal.cpp" line="+44"/>
        <source>%1: a write to it was interrupted and must be undone from %2, but the file cannot be written (%3); open it once with write permission</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ActivityComposer</name>
    <message>
        <location filename="../ui/timeline/activitycomposer.cpp" line="+24"/>
        <source>&amp;Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who reached out: you (outgoing) or the customer (incoming)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject — what was it about?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Details (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add it to the timeline (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::AovRepeatChart</name>
    <message>
        <location filename="../ui/dashboard/charts/aovrepeatchart.cpp" line="+20"/>
        <source>Average order value and repeat rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AOV %1 (previous %2) · repeat rate %3 (previous %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AOV, previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AOV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Repeat rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Orders %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (previous period)&lt;br&gt;AOV: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;AOV: %2&lt;br&gt;Repeat rate: %3 (%4 of %5 active customers had ordered before)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::BackupDialog</name>
    <message>
        <location filename="../ui/backup/backupdialog.cpp" line="+46"/>
        <location line="+40"/>
        <source>Back Up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Backing up %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+145"/>
        <source>Restoring %1 from %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Kizuna backups (*.kizuna);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backup Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: the backup cannot replace the database itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot restore a file onto itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backed up to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored from %1; the previous data is kept in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Backup cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore cancelled; the data was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Checking the backup %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::CalibrationChart</name>
    <message>
        <location filename="../ui/dashboard/charts/calibrationchart.cpp" line="+35"/>
        <source>Hold-out %1: predicted %2, actual %3 repeat purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted (BG/NBD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cumulative repeat purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>hold-out →</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Orders %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Week %1&lt;/b&gt; (%2)&lt;br&gt;Actual: %3&lt;br&gt;Predicted: %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;br&gt;(hold-out)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;br&gt;(calibration)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ChartWidget</name>
    <message>
        <location filename="../ui/dashboard/charts/chartwidget.cpp" line="+115"/>
        <location line="+200"/>
        <source>No data in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Click to list the records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Save Chart as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save Chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ChoiceLabels</name>
    <message>
        <location filename="../ui/common/choicelabels.cpp" line="+9"/>
        <source>Lead</source>
        <comment>contact kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <comment>contact kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partner</source>
        <comment>contact kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <comment>contact kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Subscriber</source>
        <comment>lifecycle stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead</source>
        <comment>lifecycle stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualified lead</source>
        <comment>lifecycle stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunity</source>
        <comment>lifecycle stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <comment>lifecycle stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evangelist</source>
        <comment>lifecycle stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churned</source>
        <comment>lifecycle stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Web form</source>
        <comment>source channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <comment>source channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Referral</source>
        <comment>source channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Advertisement</source>
        <comment>source channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social media</source>
        <comment>source channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LINE</source>
        <comment>source channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk-in</source>
        <comment>source channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <comment>source channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <comment>source channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact</source>
        <comment>kind of record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <comment>kind of record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal</source>
        <comment>kind of record</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <comment>kind of record</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ChurnListModel</name>
    <message>
        <location filename="../ui/insights/churnlistmodel.cpp" line="+70"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>The higher of 1 − P(alive) (%1) and the share of all repeat purchases that came sooner than this customer&apos;s %n day(s) of silence (%2).</source>
        <translation>
            <numerusform>The higher of 1 − P(alive) (%1) and the share of all repeat purchases that came sooner than this customer&apos;s %n day of silence (%2).</numerusform>
            <numerusform>The higher of 1 − P(alive) (%1) and the share of all repeat purchases that came sooner than this customer&apos;s %n days of silence (%2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Last purchase on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue × churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted value of the next year&apos;s purchases (BG/NBD × Gamma-Gamma, discounted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Churn risk: high from 70 %, medium from 40 %, low below; the same figure as the contact&apos;s Insights tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The BG/NBD model&apos;s probability that the customer is still buying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What the business stands to lose: revenue so far × churn risk. The list is ranked by it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P(alive)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CLV (1 year)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ChurnListView</name>
    <message>
        <location filename="../ui/insights/churnlistview.cpp" line="+136"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>High churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High and medium churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn risk is high from 70 %, medium from 40 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Spent at &amp;least:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only customers whose purchases so far add up to at least this much.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compute the list again (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the rows shown as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Press Return or double-click to open the contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Computing today&apos;s model of all customers (once a day; this can take a while on a big file)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reading purchases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Scoring customers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled. Refresh (F5) to compute the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Could not compute the churn risk list: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1 of %n customer(s) shown, as of %2. Ranked by value at risk: revenue × churn risk.</source>
        <translation>
            <numerusform>%1 of %n customer shown, as of %2. Ranked by value at risk: revenue × churn risk.</numerusform>
            <numerusform>%1 of %n customers shown, as of %2. Ranked by value at risk: revenue × churn risk.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Contact ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Churn risk class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+11"/>
        <source>Export Churn Risk List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-10"/>
        <source>churn-risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ClvChart</name>
    <message>
        <location filename="../ui/dashboard/charts/clvchart.cpp" line="+19"/>
        <source>%1+</source>
        <comment>CLV bin with no upper end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1–%2</source>
        <comment>CLV bin</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Predicted CLV distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers · next %2 weeks from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+13"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Predicted CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Customers with a predicted CLV of %1 (highest first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;CLV %1&lt;/b&gt;&lt;br&gt;%2 customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::CohortChart</name>
    <message>
        <location filename="../ui/dashboard/charts/cohortchart.cpp" line="+31"/>
        <source>Share of each month&apos;s new customers ordering again, by months since the first order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (%2)</source>
        <comment>cohort month (customers)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Months since the first order (cells: % of the cohort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Customers who first ordered in %1 and ordered in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;Cohort %1&lt;/b&gt; (%2 customers)&lt;br&gt;Month %3 (%4): %5 active (%6)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::CompanyContactsView</name>
    <message>
        <location filename="../ui/companies/companypage.cpp" line="+29"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::CompanyListModel</name>
    <message>
        <location filename="../ui/companies/companylistmodel.cpp" line="+72"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Cannot read the companies: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ContactFilterBar</name>
    <message>
        <location filename="../ui/contacts/contactfilterbar.cpp" line="+41"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only contacts in this city (the whole name, e.g. 渋谷区); Enter applies it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Segments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create, change or delete saved segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ContactInsightsView</name>
    <message>
        <location filename="../ui/insights/contactinsightsview.cpp" line="+91"/>
        <source>RFM class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recency (days since the last purchase), frequency (orders) and monetary value (revenue), each scored 1–5 by quintiles of all customers (5 best; tied values share a score), combined into one of eleven classes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since the last purchase. A customer is dormant after %1 days without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The higher of 1 − P(alive) and the share of all repeat purchases that came sooner than this customer&apos;s current silence; high from 70 %, medium from 40 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability alive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The BG/NBD model&apos;s probability that the customer is still buying, from the number and timing of their repeat purchase days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected purchases (%1 weeks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase days the BG/NBD model expects from this customer in the next %1 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Gamma-Gamma model&apos;s expected value of a future purchase: the customer&apos;s mean repeat spend, weighed against that of all customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer lifetime value (1 year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected purchases month by month over the next year × expected order value, discounted monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points 0–100 for source channel, recent activities, lifecycle stage and email engagement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers like this one also bought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Association rules over all customers: products and categories bought by customers who bought what this one did, and not yet by this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not compute the insights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>R %1 · F %2 · M %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not enough purchase history to fit the lifetime value models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (category)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No suggestions yet: not enough customers bought the same things.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ContactListMenu</name>
    <message>
        <location filename="../ui/contacts/contactlistmenu.cpp" line="+34"/>
        <source>Move to Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>Move %n contact(s) to the Trash</source>
        <translation>
            <numerusform>Move %n contact to the Trash</numerusform>
            <numerusform>Move %n contacts to the Trash</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) moved to the Trash; Edit ▸ Undo brings them back</source>
        <translation>
            <numerusform>%n contact moved to the Trash; Edit ▸ Undo brings them back</numerusform>
            <numerusform>%n contacts moved to the Trash; Edit ▸ Undo brings them back</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Set %1 of %n contact(s)</source>
        <translation>
            <numerusform>Set %1 of %n contact</numerusform>
            <numerusform>Set %1 of %n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) updated</source>
        <translation>
            <numerusform>%n contact updated</numerusform>
            <numerusform>%n contacts updated</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set &amp;Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set &amp;Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Tag %n contact(s) %1</source>
        <translation>
            <numerusform>Tag %n contact %1</numerusform>
            <numerusform>Tag %n contacts %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s) tagged</source>
        <translation>
            <numerusform>%n contact tagged</numerusform>
            <numerusform>%n contacts tagged</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ContactListModel</name>
    <message>
        <location filename="../ui/contacts/contactlistmodel.cpp" line="+117"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: cannot read the contacts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1: cannot count the contacts: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ContactListView</name>
    <message>
        <location filename="../ui/contacts/contactlistview.cpp" line="+151"/>
        <source>Saved views: filters and order under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save View…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delete View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Save View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the view:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>All contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+58"/>
        <source>&lt;p&gt;&lt;b&gt;No contacts yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import your customer list with &lt;code&gt;kizuna-cli import&lt;/code&gt;, or start Kizuna with &lt;code&gt;--demo&lt;/code&gt; on a new database to explore it with realistic sample data.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::CustomFieldsDialog</name>
    <message>
        <location filename="../ui/recordextras/customfieldsdialog.cpp" line="+29"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes/no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;New field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+219"/>
        <source>&amp;Save field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-218"/>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move d&amp;own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>made from the label when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one choice per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Fields &amp;of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Add the custom field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Change the custom field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete the custom field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Move the custom field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::CustomFieldsSection</name>
    <message>
        <location filename="../ui/recordextras/customfieldssection.cpp" line="+34"/>
        <source>&lt;b&gt;Custom fields&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>a number, e.g. 12 or 3.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DashboardFormat</name>
    <message>
        <location filename="../ui/dashboard/dashboardformat.cpp" line="+37"/>
        <source>%1 %</source>
        <comment>percentage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 – %2</source>
        <comment>date range</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2</source>
        <comment>year and short month name on a chart axis</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DashboardReport</name>
    <message>
        <location filename="../ui/dashboard/dashboardreport.cpp" line="+35"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
        <source>KPI report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compared with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>KPI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weighted pipeline value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Kizuna · KPI report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>KPI report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the report to %1: the file cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot finish the report %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write the report to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DashboardView</name>
    <message>
        <location filename="../ui/dashboard/dashboardview.cpp" line="+371"/>
        <source>The first day must be on or before the last day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not compute the dashboard: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 compared with %2 · computed in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Weighted: %1 (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Calculating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · segment %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The dashboard has not been computed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>KPI report %1 to %2.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All owners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Limit every KPI and chart to the contacts of a saved segment (its members as of the period&apos;s last day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the KPIs and every chart to a PDF for a meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DealLinesEditor</name>
    <message>
        <location filename="../ui/deals/deallineseditor.cpp" line="+45"/>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+53"/>
        <source>catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>price?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No line items: the deal keeps the amount typed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line %1: “%2” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit line “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Unit price: “%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add line “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Line added; the deal amount is now %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove line “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DealListModel</name>
    <message>
        <location filename="../ui/deals/deallistmodel.cpp" line="+178"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>Idle for %n day(s) in “%1”: longer than the stage allows</source>
        <translation>
            <numerusform>Idle for %n day in “%1”: longer than the stage allows</numerusform>
            <numerusform>Idle for %n days in “%1”: longer than the stage allows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stage&apos;s default probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company / contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days in stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DealListView</name>
    <message>
        <location filename="../ui/deals/deallistview.cpp" line="+64"/>
        <source>&amp;Open Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading deals…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No open deals match the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open deal(s)</source>
        <translation>
            <numerusform>%n open deal</numerusform>
            <numerusform>%n open deals</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DealPage</name>
    <message>
        <location filename="../ui/deals/dealpage.cpp" line="+69"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark &amp;won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re&amp;open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 1200000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+142"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Ti&amp;meline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Mark &amp;Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;Lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Mark &amp;lost…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>stage default (%1 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The total of the line items (edit them on the Lines tab)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Won on %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lost on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost on %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title: enter a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Edit deal “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Mark “%1” as won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” won; Edit ▸ Undo takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Mark “%1” as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” lost; Edit ▸ Undo takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reopen “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Move “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DealsScreen</name>
    <message>
        <location filename="../ui/deals/dealsscreen.cpp" line="+26"/>
        <source>&amp;Forecast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show or hide the forecast chart (Ctrl+Shift+F)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DemoRunner</name>
    <message numerus="yes">
        <location filename="../ui/mainwindow/demorunner.cpp" line="+65"/>
        <source>Creating demo data: %Ln contact(s)…</source>
        <translation>
            <numerusform>Creating demo data: %Ln contact…</numerusform>
            <numerusform>Creating demo data: %Ln contacts…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kizuna — Demo Data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DisplayFormat</name>
    <message>
        <location filename="../ui/common/displayformat.cpp" line="+104"/>
        <source>Japanese yen (¥)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US dollar ($)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Euro (€)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DrillDown</name>
    <message>
        <location filename="../ui/dashboard/drilldownquery.cpp" line="+61"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DrillDownDialog</name>
    <message>
        <location filename="../ui/dashboard/drilldowndialog.cpp" line="+76"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Could not load the records: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The first %1 records are shown; there are more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DrillDowns</name>
    <message>
        <location filename="../ui/dashboard/drilldowns.cpp" line="+67"/>
        <source>Won</source>
        <comment>deal status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost</source>
        <comment>deal status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <comment>deal status</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+128"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-128"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ordered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Answered at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::DuplicatesView</name>
    <message>
        <location filename="../ui/duplicates/duplicatesview.cpp" line="+43"/>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not a duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the other contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Looking for duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>No duplicates found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n possible duplicate pair(s).</source>
        <translation>
            <numerusform>%n possible duplicate pair.</numerusform>
            <numerusform>%n possible duplicate pairs.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+59"/>
        <source>nothing to undo: the merge did not happen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merge “%1” into “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Merged “%1” into “%2”. Undo (Ctrl+Z) puts both back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::EditSession</name>
    <message>
        <location filename="../ui/common/editsession.cpp" line="+145"/>
        <source>Undo/redo failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::FieldLabels</name>
    <message>
        <location filename="../ui/common/fieldlabels.cpp" line="+12"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family name reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Given name reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prefecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Marketing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent given at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loyalty rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Web domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In stage since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created</source>
        <comment>change log</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changed</source>
        <comment>change log</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved to the Trash</source>
        <comment>change log</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored from the Trash</source>
        <comment>change log</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted for good</source>
        <comment>change log</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::FileActions</name>
    <message>
        <location filename="../ui/mainwindow/fileactions.cpp" line="+29"/>
        <source>&amp;Export List…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The contact or company list on screen, with its filters and columns, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back Up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A copy of the whole database, taken while you work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from Backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace the data with a backup (the current data is kept in a safety copy first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln row(s) exported to %1</source>
        <translation>
            <numerusform>%Ln row exported to %1</numerusform>
            <numerusform>%Ln rows exported to %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Backed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored from %1; the data from before is kept in %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ForecastChart</name>
    <message>
        <location filename="../ui/deals/forecastchart.cpp" line="+53"/>
        <source>Forecast: expected revenue of open deals (amount × probability) and revenue won, by month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Expected (open deals, weighted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+117"/>
        <source>%1
Expected: %2 (%n open deal(s), %3 unweighted)</source>
        <translation>
            <numerusform>%1
Expected: %2 (%n open deal, %3 unweighted)</numerusform>
            <numerusform>%1
Expected: %2 (%n open deals, %3 unweighted)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Won: %1 (%n deal(s))</source>
        <translation>
            <numerusform>Won: %1 (%n deal)</numerusform>
            <numerusform>Won: %1 (%n deals)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::FunnelChart</name>
    <message>
        <location filename="../ui/dashboard/charts/funnelchart.cpp" line="+30"/>
        <source>Lifecycle funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 contacts now, by lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Contacts in stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 contacts (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::GlobalSearchField</name>
    <message>
        <location filename="../ui/search/globalsearchfield.cpp" line="+25"/>
        <source>Search contacts, companies, deals, notes… (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+67"/>
        <source>No match for &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ImportFilePage</name>
    <message>
        <location filename="../ui/importer/importfilepage.cpp" line="-202"/>
        <source>semicolon (;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>comma (,)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Choose a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file (from a spreadsheet, Google Contacts, Outlook or a shop&apos;s order export) or a vCard file (.vcf).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contacts (people)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activities (calls, emails, meetings … of existing contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders (purchase history: customer, date, amount)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The first line names the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear this for a file that starts with data; its columns are then numbered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file holds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV and vCard files (*.csv *.txt *.vcf *.vcard);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot open the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Detected encoding: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>vCard file: each card becomes a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>CSV file, delimiter: %1; %n column(s) in the header row.</source>
        <translation>
            <numerusform>CSV file, delimiter: %1; %n column in the header row.</numerusform>
            <numerusform>CSV file, delimiter: %1; %n columns in the header row.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ImportMappingPage</name>
    <message>
        <location filename="../ui/importer/importmappingpage.cpp" line="+21"/>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose the field each column fills; “Ignore” leaves a column out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>yyyy-MM-dd (with or without HH:mm:ss)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dates are written as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Customer (number, email or name: finds or creates the contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount (order total)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order number (an order imported before is skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contact&apos;s email (finds the contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact&apos;s phone (finds the contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact&apos;s name (finds the contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company name (finds the company)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal title (finds the deal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full name (split into family and given name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full name reading (split)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>This layout of file was imported before: its mapping is applied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggested from the column headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file has no header row: choose what each column holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ImportPreview</name>
    <message>
        <location filename="../ui/importer/importpreview.cpp" line="+79"/>
        <source>%1: cannot open the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ImportPreviewPage</name>
    <message>
        <location filename="../ui/importer/importpreviewpage.cpp" line="+42"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+57"/>
        <source>When a row is a contact that exists already (same email or phone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the row, keep the contact as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update the contact with the row&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new contact anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>The import is written in one step: Cancel or an error leaves the database as it was, but once finished it cannot be taken back with Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+26"/>
        <source>A customer not seen before becomes a new contact named after the customer column, with source “import”. With an order number column, an order imported before is skipped, so the same file can be imported again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>When a row is a company that exists already (same name or web domain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the row, keep the company as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fill the company&apos;s empty fields from the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new company anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When a row is an activity that exists already (same record, type, time and subject)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skip the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Update the activity with the row&apos;s values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new activity anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Each card of the vCard file becomes a contact; further emails, phones and addresses are added to it and categories become tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>The first %n row(s) as they will be imported.</source>
        <translation>
            <numerusform>The first %n row as they will be imported.</numerusform>
            <numerusform>The first %n rows as they will be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The first rows as they will be imported; %n row(s) in red will be rejected (the reason is in the tooltip).</source>
        <translation>
            <numerusform>The first rows as they will be imported; %n row in red will be rejected (the reason is in the tooltip).</numerusform>
            <numerusform>The first rows as they will be imported; %n rows in red will be rejected (the reason is in the tooltip).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ImportReportPage</name>
    <message>
        <location filename="../ui/importer/importreportpage.cpp" line="+19"/>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save report as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review duplicates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>Orders imported: %1 for %n customer(s), %2 of them new contacts · Skipped (imported before): %3 · Rejected: %4</source>
        <translation>
            <numerusform>Orders imported: %1 for %n customer, %2 of them new contacts · Skipped (imported before): %3 · Rejected: %4</numerusform>
            <numerusform>Orders imported: %1 for %n customers, %2 of them new contacts · Skipped (imported before): %3 · Rejected: %4</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Imported: %1 · Updated: %2 · Skipped as duplicates: %3 · Rejected: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing was written to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n possible duplicate pair(s) involve the new contacts.</source>
        <translation>
            <numerusform>%n possible duplicate pair involve the new contacts.</numerusform>
            <numerusform>%n possible duplicate pairs involve the new contacts.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report could not be saved to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Save report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>import-report.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ImportRunPage</name>
    <message>
        <location filename="../ui/importer/importrunpage.cpp" line="+48"/>
        <location line="+21"/>
        <source>%1: cannot open the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancel import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reading %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Writing the contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Looking for duplicates among the new contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import failed, nothing was changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ImportWizard</name>
    <message>
        <location filename="../ui/importer/importwizard.cpp" line="+16"/>
        <location line="+14"/>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::KpiDefinitions</name>
    <message>
        <location filename="../ui/dashboard/kpidefinitions.cpp" line="+10"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Average order value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeat rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Churn rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohort retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lead conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipeline value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cross-sell rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CAC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Historic LTV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predicted CLV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifecycle funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFM classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Model check: calibration vs hold-out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sum of order totals with the order date in the period. Orders in the Trash do not count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number of orders in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue / orders.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts with at least one order in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts whose first order ever is in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of active customers in the period who had an order before the one in the period, i.e. (active − new) / active.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customers active in the previous period of equal length who are also active in the period, divided by the customers active in the previous period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>1 − retention rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For customers grouped by the month of their first order, the share active (with an order) in each later month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contacts created in the period with kind lead, by source channel. A lead is a contact who entered the CRM before their first order; contacts imported with an earlier purchase history were customers already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Leads created in the period that became customers (first order or won deal) by the end of the period / leads created in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Deals won in the period / deals closed (won + lost) in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sum of open deal amounts, and weighted by probability (the deal&apos;s, else its stage&apos;s). Pipeline values are the open deals now, whatever the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Median days from deal creation to won, for deals won in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count of deals lost in the period by lost reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>% promoters (9–10) − % detractors (0–6) among survey answers in the period, in points (−100 … 100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of active customers in the period whose orders up to the end of the period span two or more product categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Campaign cost in the period / new customers in the period. Takes the cost of campaigns that start in the period; empty under an owner filter (campaigns have no owner).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mean lifetime revenue (up to the end of the period) of customers whose first order is at least 12 months before the end of the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>BG/NBD × Gamma-Gamma expected value over a chosen horizon with a monthly discount rate. Here: fitted on the orders up to the day before the period, 52 weeks, 1 % a month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts not in the Trash by their current lifecycle stage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recency, frequency and monetary value of each customer&apos;s orders up to the period&apos;s last day, scored 1–5 by quintiles (ties share a score), and the named class of the scores: Champions R≥4 F≥4 M≥4, Loyal R≥3 F≥4, Potential loyalist R≥4 F 2–3, New R5 F1, Promising R4 F1, Need attention R3 F 2–3, About to sleep R3 F1, Can&apos;t lose them R≤2 F≥4 M≥4, At risk R≤2 F≥3, Hibernating R2 F≤2, Lost R1 F≤2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>BG/NBD fitted on the orders up to the day before the period (calibration), then its predicted cumulative repeat purchases compared week by week with what happened, the period being the hold-out. Repeat purchases are counted per distinct purchase day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::KpiTile</name>
    <message>
        <location filename="../ui/dashboard/kpitile.cpp" line="+69"/>
        <source>Previous period: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 pt</source>
        <comment>percentage points</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 pt</source>
        <comment>NPS points</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::Launcher</name>
    <message>
        <location filename="../ui/mainwindow/launcher.cpp" line="+26"/>
        <source>%1: cannot create the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kizuna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--demo: this database already has contacts, so no demo data was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Demo data created: %1 contacts, %2 companies, %3 activities.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Demo data cancelled: the database is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo Data Not Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo data not created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::LeadConversionDialog</name>
    <message>
        <location filename="../ui/deals/leadconversiondialog.cpp" line="+33"/>
        <source>Create a first &amp;deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an existing company, or a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 1200000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Con&amp;vert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deal &amp;title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The contact keeps its company (if any).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new company “%1” will be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The contact joins “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+74"/>
        <source>Convert %1 to a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-73"/>
        <source>%1 becomes a customer; the timeline, tags and owner stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Amount: “%1” is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::LeadsChart</name>
    <message>
        <location filename="../ui/dashboard/charts/leadschart.cpp" line="+16"/>
        <source>No source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New leads by source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new leads (previous period: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>New leads from %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2: %3 of %4 new leads</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ListExportDialog</name>
    <message>
        <location filename="../ui/exporting/listexportdialog.cpp" line="+88"/>
        <source>contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>companies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+114"/>
        <source>Export List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-108"/>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UTF-8 with BOM (for Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shift_JIS (for Japanese Excel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Only the %n selected row(s)</source>
        <translation>
            <numerusform>Only the %n selected row</numerusform>
            <numerusform>Only the %n selected rows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Protect against spreadsheet formulas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A value that starts with =, +, -, @ (not a number or phone number) gets a leading &apos; so that Excel or LibreOffice show it as text instead of running it as a formula. Kizuna&apos;s import takes the &apos; off again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+85"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose the file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a folder; choose a file name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Exporting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>%Ln row(s) written to %1.</source>
        <translation>
            <numerusform>%Ln row written to %1.</numerusform>
            <numerusform>%Ln rows written to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::LostReasonDialog</name>
    <message>
        <location filename="../ui/deals/lostreasondialog.cpp" line="+24"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mark “%1” as lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a new reason, e.g. 予算不足</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark &amp;lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Why was the deal lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+27"/>
        <source>(no reason given)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Add lost reason “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::LostReasonsChart</name>
    <message>
        <location filename="../ui/dashboard/charts/lostreasonschart.cpp" line="+13"/>
        <source>No reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Win rate and lost reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Win rate %1 (previous period %2) · %3 won, %4 lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lost deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Deals lost in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Deals lost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 deals lost</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+120"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a person to your contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New C&amp;ompany</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a company or organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;Task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A task or reminder, for the contact or company on screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;vert Lead…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make the lead on screen a customer, with its company and a first deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import Contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts from a CSV file (Excel, Google, Outlook) or a vCard file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find &amp;Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts that look like the same person, to merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open another Kizuna database file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+63"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+61"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Custom &amp;Fields…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Fields of your own on contacts and companies (membership number, visits …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;gments…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Saved segments: contacts chosen by rules, for lists, campaigns and the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Kizuna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People: the contact list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ompanies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisations and their people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;eals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The sales pipeline: drag deals from stage to stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;asks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue, today and upcoming tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>KPIs and charts for a period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Products</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The product catalogue: SKU, name, category, price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hurn Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers likely to have lapsed, ranked by value at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted records, to restore or delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Back to the List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+146"/>
        <source>Open a lead&apos;s page first, then convert it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+115"/>
        <source>This record has no contact page to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>I&amp;nsights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+181"/>
        <source>Kizuna — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Counting contacts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln contact(s)</source>
        <translation>
            <numerusform>%Ln contact</numerusform>
            <numerusform>%Ln contacts</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kizuna databases (*.kizuna *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Opened %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About Kizuna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Kizuna %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for small businesses: every customer, conversation and sale in one place on your own computer.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::MergePanel</name>
    <message>
        <location filename="../ui/duplicates/mergepanel.cpp" line="+59"/>
        <location line="+12"/>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merge into it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a pair to compare the two contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is kept; “%2” is merged into it and goes to the Trash. Choose the value to keep where they differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(empty)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::NpsChart</name>
    <message>
        <location filename="../ui/dashboard/charts/npschart.cpp" line="+21"/>
        <source>NPS trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPS %1 (previous period %2) · bars: answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>Answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-21"/>
        <source>NPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>NPS (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Survey answers %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;NPS: %2&lt;br&gt;%3 answers: %4 promoters, %5 detractors</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::OrderColumns</name>
    <message>
        <location filename="../ui/importer/ordercolumns.cpp" line="+109"/>
        <source>the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the order number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only one column can hold %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the column that holds %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::OrderEntryDialog</name>
    <message>
        <location filename="../ui/orders/orderentrydialog.cpp" line="+54"/>
        <source>&amp;Remove line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New order for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Save the order (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Product: choose a product of the catalogue by SKU or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product: no single active product matches “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unit price: “%1” is not a number of 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Line %1, %2: “%3” is not acceptable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lines: add at least one product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter order of %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::OrderImportPreview</name>
    <message>
        <location filename="../ui/importer/orderimportpreview.cpp" line="+36"/>
        <source>(new contact)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1: cannot open the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::PipelineBoardView</name>
    <message>
        <location filename="../ui/deals/pipelineboardview.cpp" line="+68"/>
        <source>&amp;List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the deals as a sortable list instead of the board (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Expected &amp;close:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Pipeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Any month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+176"/>
        <source>Move “%1” to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::PipelineChart</name>
    <message>
        <location filename="../ui/dashboard/charts/pipelinechart.cpp" line="+28"/>
        <source>%1: %2</source>
        <comment>pipeline: stage</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 open · weighted %2 · light: amount, solid: weighted by probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+19"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Open deals in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 open deals&lt;br&gt;Amount: %3&lt;br&gt;Weighted: %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ProductEditDialog</name>
    <message>
        <location filename="../ui/products/producteditdialog.cpp" line="+24"/>
        <source>Offered for new orders and deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. 1200</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit &amp;price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Active:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit product “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SKU: enter the product&apos;s code (it must be unique)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name: enter the product&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unit price: “%1” is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price: %1 must not be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ProductLineInputs</name>
    <message>
        <location filename="../ui/products/productlineinputs.cpp" line="+29"/>
        <source>SKU or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>catalogue price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Product:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>less</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ProductTableModel</name>
    <message>
        <location filename="../ui/products/producttablemodel.cpp" line="+56"/>
        <location line="+36"/>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Inactive: kept for past orders, not offered for new ones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ProductsView</name>
    <message>
        <location filename="../ui/products/productsview.cpp" line="+39"/>
        <source>Show &amp;inactive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Add product…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+129"/>
        <source>&amp;Deactivate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Filter by name or SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add a product to the catalogue (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%n product(s)</source>
        <translation>
            <numerusform>%n product</numerusform>
            <numerusform>%n products</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Activate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Add product “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Product “%1” added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Edit product “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product “%1” saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a product first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Activate product “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate product “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::PurchaseHistoryView</name>
    <message>
        <location filename="../ui/deals/purchasehistoryview.cpp" line="+41"/>
        <source>&amp;More orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order no.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a purchase of this contact by hand (Ctrl+Shift+O)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+87"/>
        <source>No purchases yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifetime revenue %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>average order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first purchase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last purchase %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>favourite categories: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::RecordForm</name>
    <message>
        <location filename="../ui/common/recordform.cpp" line="+64"/>
        <source>name of a company in Kizuna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+151"/>
        <source>There is no company named &quot;%1&quot;; add it on the Companies screen first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/companies/companyformfields.cpp" line="+15"/>
        <source>e.g. 株式会社サンプル商事</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>katakana or hiragana, e.g. サンプルショウジ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the company&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/contactformfields.cpp" line="+17"/>
        <source>e.g. 山田 / Smith</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 太郎 / John</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>katakana or hiragana, e.g. ヤマダ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>katakana or hiragana, e.g. タロウ</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter a family name or a given name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::RecordHistoryView</name>
    <message>
        <location filename="../ui/common/recordhistoryview.cpp" line="+30"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Set when the record was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(deleted tag)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tag added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(deleted field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-57"/>
        <source>No changes recorded yet: records from demo data or a bulk load start without history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::RecordImportPreview</name>
    <message>
        <location filename="../ui/importer/recordimportpreview.cpp" line="+67"/>
        <source>%1 cannot be imported from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: cannot open the file: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::RecordPage</name>
    <message>
        <location filename="../ui/companies/companypage.cpp" line="+52"/>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/contacts/recordpage.cpp" line="+54"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Save the changes (Ctrl+S); Edit ▸ Undo takes them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;imeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+112"/>
        <source>Create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Edit %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Move %1 to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 moved to the Trash; Edit ▸ Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+34"/>
        <source>New %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::RestoreDialog</name>
    <message>
        <location filename="../ui/backup/restoredialog.cpp" line="+23"/>
        <location line="+15"/>
        <location line="+53"/>
        <source>Restore Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Choose a Kizuna backup. Restoring replaces all data in %1 with the backup&apos;s; the current data is first saved as a copy beside it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Kizuna backups (*.kizuna *.bak *.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This is the open database itself; choose a backup of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>A Kizuna backup (schema version %1, %2, last changed %3) with %Ln contact(s); it passed the integrity check.</source>
        <translation>
            <numerusform>A Kizuna backup (schema version %1, %2, last changed %3) with %Ln contact; it passed the integrity check.</numerusform>
            <numerusform>A Kizuna backup (schema version %1, %2, last changed %3) with %Ln contacts; it passed the integrity check.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A Kizuna backup (schema version %1, %2, last changed %3); it passed the integrity check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Replace all data in %1 with the backup %2?

The current data is first saved as %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::RevenueChart</name>
    <message>
        <location filename="../ui/dashboard/charts/revenuechart.cpp" line="+21"/>
        <source>Revenue and orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bars: revenue · lines: orders · light: previous period (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenue, previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Orders, previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Orders %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;%1&lt;/b&gt;%2&lt;br&gt;Revenue: %3&lt;br&gt;Orders: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (previous period)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::RfmChart</name>
    <message>
        <location filename="../ui/dashboard/charts/rfmchart.cpp" line="+29"/>
        <source>RFM classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 customers scored as of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+23"/>
        <source>RFM class %1 (most revenue first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2 customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::SegmentConditionRow</name>
    <message>
        <location filename="../ui/segments/segmentconditionrow.cpp" line="+35"/>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Condition %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>condition %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::SegmentEditorDialog</name>
    <message>
        <location filename="../ui/segments/segmenteditordialog.cpp" line="+46"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <source>e.g. Tokyo customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The contacts cannot be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Discard Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The changes to &quot;%1&quot; are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+80"/>
        <location line="+16"/>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Complete the conditions to see how many contacts match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n contact(s) match</source>
        <translation>
            <numerusform>%n contact match</numerusform>
            <numerusform>%n contacts match</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Give the segment a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the segment &quot;%1&quot; to the Trash? Its contacts stay; lists and the dashboard filtered by it show all contacts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is in the Trash.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::SegmentLabels</name>
    <message>
        <location filename="../ui/segments/segmentlabels.cpp" line="+16"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RFM class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days since last activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bought product (SKU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bought product category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number of orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The RFM class as of today, from the contact&apos;s orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole days since the contact&apos;s last call, email, meeting or other activity; &quot;is empty&quot; finds contacts without any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contacts who bought a product with this SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts who bought a product of this category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All orders up to today; contacts without orders count as 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts with a tag of this name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>is on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is any of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is none of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is less than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is on or before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is on or after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>is at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>is not empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::SegmentRuleEditor</name>
    <message>
        <location filename="../ui/segments/segmentruleeditor.cpp" line="+21"/>
        <source>Add Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No conditions: every contact is a member.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts that match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of these conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+75"/>
        <source>This segment&apos;s rule has nested groups of conditions, which this editor cannot show. You can rename or delete the segment here; change its rule with kizuna-cli segment.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::SegmentValueEditor</name>
    <message>
        <location filename="../ui/segments/segmentvalueeditor.cpp" line="+68"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+41"/>
        <source>there is no company named &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+47"/>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+31"/>
        <source>values separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+56"/>
        <source>and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>choose or enter at least one value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enter a value</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settings/settingsdialog.cpp" line="+27"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As the language (short)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO 8601 (2026-04-01 09:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Japanese (2026年4月1日 9:30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Dates and times:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Example:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::StageCardModel</name>
    <message>
        <location filename="../ui/deals/stagecardmodel.cpp" line="+128"/>
        <source>Expected close %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Idle for %n day(s)</source>
        <translation>
            <numerusform>Idle for %n day</numerusform>
            <numerusform>Idle for %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — owner %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::StageColumn</name>
    <message>
        <location filename="../ui/deals/stagecolumn.cpp" line="+48"/>
        <source>&amp;Open Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to &amp;Next Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move to &amp;Previous Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the N&amp;ext Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Go to the P&amp;revious Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n deal(s) · %1</source>
        <translation>
            <numerusform>%n deal · %1</numerusform>
            <numerusform>%n deals · %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n idle too long</source>
        <translation>
            <numerusform>%n idle too long</numerusform>
            <numerusform>%n idle too long</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TagBar</name>
    <message>
        <location filename="../ui/recordextras/tagbar.cpp" line="+31"/>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Type a tag and press Return; a new name creates the tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save first, then add tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add a tag…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+77"/>
        <location line="+1"/>
        <location line="+59"/>
        <source>Remove the tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Add the new tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tag &quot;%1&quot; created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the tag &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The tag &quot;%1&quot; is there already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tag &quot;%1&quot; removed; Edit ▸ Undo puts it back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TaskCommands</name>
    <message>
        <location filename="../ui/tasks/taskcommands.cpp" line="+44"/>
        <source>Add task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>task has no field &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Complete task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reopen task “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Snooze “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move task “%1” to the Trash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TaskEditDialog</name>
    <message>
        <location filename="../ui/tasks/taskeditdialog.cpp" line="+58"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What needs to be done?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Without a reminder time, the reminder comes at the due time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Edit task</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TaskQuickAdd</name>
    <message>
        <location filename="../ui/tasks/taskquickadd.cpp" line="+18"/>
        <source>D&amp;ue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New task — type a title and press Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the task (Return)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TaskRecurrenceBox</name>
    <message>
        <location filename="../ui/tasks/taskrecurrencebox.cpp" line="+12"/>
        <source>How the task repeats: when it is done, the next one is created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not repeat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weekly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every 2 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly on the last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TaskReminder</name>
    <message>
        <location filename="../ui/tasks/taskreminder.cpp" line="+134"/>
        <source>Cannot check the task reminders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Task due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n task(s) due</source>
        <translation>
            <numerusform>%n task due</numerusform>
            <numerusform>%n tasks due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Open task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze until tomorrow 9:00</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TaskTreeModel</name>
    <message>
        <location filename="../ui/tasks/tasktreemodel.cpp" line="+63"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Done in the last %n day(s)</source>
        <translation>
            <numerusform>Done in the last %n day</numerusform>
            <numerusform>Done in the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+291"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact / deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TasksView</name>
    <message>
        <location filename="../ui/tasks/tasksview.cpp" line="+49"/>
        <source>Show &amp;done</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Show the tasks done in the last %n day(s)</source>
        <translation>
            <numerusform>Show the tasks done in the last %n day</numerusform>
            <numerusform>Show the tasks done in the last %n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark the task done (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remind me again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+32"/>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Open the task (Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New task…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A task with notes and a reminder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Move to &amp;Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Move the task to the Trash (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+66"/>
        <source>10 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tomorrow 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+50"/>
        <source>The task cannot be opened; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Task added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Done; Edit ▸ Undo takes it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Reminder moved by %n minute(s)</source>
        <translation>
            <numerusform>Reminder moved by %n minute</numerusform>
            <numerusform>Reminder moved by %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reminder moved to tomorrow 9:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Task moved to the Trash; Edit ▸ Undo brings it back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TimelineModel</name>
    <message>
        <location filename="../ui/timeline/timelinemodel.cpp" line="+117"/>
        <source>Cannot read the timeline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Order of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deal created in stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deal moved from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Task done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task created, due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Task created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deal step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TimelineView</name>
    <message>
        <location filename="../ui/timeline/timelineview.cpp" line="+28"/>
        <source>Everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Log %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::TrashView</name>
    <message>
        <location filename="../ui/trash/trashview.cpp" line="+29"/>
        <source>&amp;Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete for &amp;Good…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Put the selected records back where they were</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected records for good; this cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&lt;b&gt;Trash&lt;/b&gt; — deleted contacts, companies and deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Reading the Trash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the Trash: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The Trash is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 most recently deleted records</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln record(s) in the Trash</source>
        <translation>
            <numerusform>%Ln record in the Trash</numerusform>
            <numerusform>%Ln records in the Trash</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+4"/>
        <source>Restore %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>Restore %n record(s)</source>
        <translation>
            <numerusform>Restore %n record</numerusform>
            <numerusform>Restore %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n record(s) restored</source>
        <translation>
            <numerusform>%n record restored</numerusform>
            <numerusform>%n records restored</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete for Good</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Delete %n record(s) for good? Their timelines go with them and this cannot be undone.</source>
        <translation>
            <numerusform>Delete %n record for good? Their timelines go with them and this cannot be undone.</numerusform>
            <numerusform>Delete %n records for good? Their timelines go with them and this cannot be undone.</numerusform>
        </translation>
    </message>
</context>
</TS>
