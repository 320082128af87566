<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>Kizuna::Analytics</name>
    <message>
        <location filename="../core/analytics/bgnbdmodel.cpp" line="+103"/>
        <source>invalid customer summary (x=%1, t_x=%2, T=%3): need 0 &lt;= t_x &lt;= T and T &gt; 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the BG/NBD model needs customers with repeat purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/gammagammamodel.cpp" line="+50"/>
        <source>the Gamma-Gamma model needs at least two customers with repeat purchases of positive value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/maximumlikelihood.cpp" line="+81"/>
        <source>the model could not be fitted to this data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/associationrules.cpp" line="+73"/>
        <location filename="../core/analytics/cohortretention.cpp" line="+50"/>
        <location filename="../core/analytics/customerhistory.cpp" line="+75"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/cohortretention.cpp" line="-26"/>
        <source>the cohort months must be valid and in order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/customerhistory.cpp" line="-18"/>
        <source>the calibration end date is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the hold-out end (%1) must come after the calibration end (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/analytics/kpiengine.cpp" line="+286"/>
        <source>the period must have a first day on or before its last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+76"/>
        <source>RFM needs a valid as-of date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+13"/>
        <source>RFM calculation cancelled</source>
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
        <location line="+9"/>
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
        <location filename="../core/cli/commands/exportcommand.cpp" line="+45"/>
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
        <location filename="../core/cli/commands/checkcommand.cpp" line="+117"/>
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
        <location filename="../core/cli/commands/contactcommands.cpp" line="+31"/>
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
        <location line="+46"/>
        <source>Add a contact and print its id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+33"/>
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
        <location filename="../core/cli/commands/exportcommand.cpp" line="-22"/>
        <source>Write a table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writes every column and row of a table as CSV (RFC 4180, UTF-8): a header row with the column names, then the rows ordered by id (change_log by seq), values as stored, NULL as an empty field. NAME is a table or record name (contacts or contact) or change_log. Without --out the CSV goes to stdout; --out writes FILE only when the export is complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+11"/>
        <source>--json needs --out (the CSV itself goes to stdout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
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
        <source>%1: no such backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: is not a Kizuna backup (not a Kizuna database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: was written by a newer version of Kizuna (schema version %2; this program knows up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Replace the database&apos;s content with a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checks that BACKUP is a Kizuna database, copies the current FILE to FILE.before-restore.bak (replacing an older safety copy), then replaces the content of FILE with BACKUP&apos;s. FILE is created if it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the backup file to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--from needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: cannot restore a file onto itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: not restored, the safety copy failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+28"/>
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
        <location filename="../core/io/csvwriter.cpp" line="+29"/>
        <source>the output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+73"/>
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
        <location line="+12"/>
        <source>export of %1 cancelled</source>
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
        <location line="+26"/>
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
</context>
<context>
    <name>Kizuna::Storage</name>
    <message>
        <location filename="../core/storage/backup.cpp" line="+22"/>
        <source>%1: cannot start the copy: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: copy failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: cannot replace the existing file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: cannot write the backup file</source>
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
        <location filename="../core/storage/statement.cpp" line="+205"/>
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
        <location filename="../core/storage/databaseopener.cpp" line="+33"/>
        <source>%1: is not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+10"/>
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
</context>
<context>
    <name>Kizuna::Ui::ContactListModel</name>
    <message>
        <location filename="../ui/contacts/contactlistmodel.cpp" line="+104"/>
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
        <location line="+19"/>
        <source>%1: cannot read the contacts: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: cannot count the contacts: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Kizuna::Ui::ContactListView</name>
    <message>
        <location filename="../ui/contacts/contactlistview.cpp" line="+122"/>
        <source>&lt;p&gt;&lt;b&gt;No contacts yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Import your customer list with &lt;code&gt;kizuna-cli import&lt;/code&gt;, or start Kizuna with &lt;code&gt;--demo&lt;/code&gt; on a new database to explore it with realistic sample data.&lt;/p&gt;</source>
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
    <name>Kizuna::Ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow/mainwindow.cpp" line="+59"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+39"/>
        <source>Kizuna — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contacts: unknown</source>
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
</TS>
