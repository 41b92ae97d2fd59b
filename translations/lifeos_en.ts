<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BankCsvImporter</name>
    <message>
        <source>The column mapping needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping does not say which column holds the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The column mapping does not say which column holds the amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code such as IDR or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading imported transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The row has %n field(s), too few for the column mapping (%1 needed).</source>
        <translation>
            <numerusform>The row has %n field, too few for the column mapping (%1 needed).</numerusform>
            <numerusform>The row has %n fields, too few for the column mapping (%1 needed).</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no date in column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not a day in the format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; cannot be read as %3, which has no decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; cannot be read as an amount in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is neither a debit nor a credit amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no amount in column %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>The file has %n problem; nothing was imported.</numerusform>
            <numerusform>The file has %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankCsvMapping</name>
    <message>
        <source>The saved CSV mapping has an invalid &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV mapping was saved by a newer version of LifeOS.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BankCsvMappingStore</name>
    <message>
        <source>Give the CSV mapping a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the CSV mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the CSV mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved CSV mapping &quot;%1&quot; is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the CSV mappings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the CSV mapping</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetRepository</name>
    <message>
        <source>Reading budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This category already has a weekly budget starting on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This category already has a monthly budget starting on that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The budget no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the budget</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BudgetTracker</name>
    <message>
        <source>The date is missing or is not a real day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summing spending for the budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading budget alerts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the budget alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% of the weekly budget spent (%3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2% of the monthly budget spent (%3 of %4).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarFormat</name>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (next day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continues all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Calendar · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2, all day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 to
%3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd, MMMM d</source>
        <extracomment>Qt date format of a day heading in the week view, for locales that write the month first (en_US).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd, d MMMM</source>
        <extracomment>Qt date format of a day heading in the week view, for locales that write the day first (en_GB, id).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM d</source>
        <comment>week start, one month</comment>
        <extracomment>Qt date format, month-first locales: a week&apos;s first day when the week is in one month.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d, yyyy</source>
        <comment>week end, one month</comment>
        <extracomment>Qt date format, month-first locales: a week&apos;s last day when the week is in one month.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM d</source>
        <comment>week start, two months</comment>
        <extracomment>Qt date format, month-first locales: a week&apos;s first day when the week spans two months.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>week start, two years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <comment>week end, two months</comment>
        <extracomment>Qt date format, month-first locales: a week&apos;s last day when the week spans two months.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d</source>
        <comment>week start, one month</comment>
        <extracomment>Qt date format, day-first locales: a week&apos;s first day when the week is in one month.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>week end, one month</comment>
        <extracomment>Qt date format, day-first locales: a week&apos;s last day when the week is in one month.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM</source>
        <comment>week start, two months</comment>
        <extracomment>Qt date format, day-first locales: a week&apos;s first day when the week spans two months.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>week start, two years</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>week end, two months</comment>
        <extracomment>Qt date format, day-first locales: a week&apos;s last day when the week spans two months.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A week&apos;s days, first to last: &quot;16 – 22 November 2026&quot;, &quot;November 30 – December 6, 2026&quot;.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarRepository</name>
    <message>
        <source>The event needs a valid time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The all-day event needs a valid first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The all-day event ends before it starts; check its dates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event needs a valid start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event ends before it starts; check its times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A synced or imported event needs an external id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the event “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting a cancelled event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the calendar&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the calendar&apos;s events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose valid days and a time zone to list events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the calendars</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaptureStore</name>
    <message>
        <source>Looking up the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to capture: the line is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This kind of capture is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income needs an amount, such as 2 juta or $500.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An expense needs an amount, such as 15k or $12.50.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measurement needs a name and a number, such as &quot;weight 72 kg&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That capture is gone already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgetting the capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal line is undone by cutting it out of the entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal line was edited since it was captured; change the entry by hand instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading recent captures</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryRepository</name>
    <message>
        <source>Reading categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a kind of category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a colour: use the form #rrggbb, such as #3a7bd5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a category named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renaming the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CategoryRules</name>
    <message>
        <source>Reading category rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remembering the category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartRange</name>
    <message>
        <source>7 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>30 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChipFormat</name>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1?</source>
        <comment>an unsure kind, e.g. Note?</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a value and its unit, e.g. 72.5 kg</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a measurement and its value, e.g. Sleep 7 h</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <comment>weekday, day month: Wed, 2 Dec</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a day and its year</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a day and a time: Tomorrow, 17:00</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P%1</source>
        <comment>task priority, P1 is the most urgent</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as task: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the journal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as expense: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as income: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as measurement: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as workout: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Keep data in DIR (default: $LIFEOS_DATA_DIR or the system&apos;s app data folder).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs exactly one path; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown export format &quot;%1&quot;; use json or md</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>journal days: %1, tasks: %2, notes: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the text to read; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 date and time, such as 2026-11-22T10:00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown kind &quot;%1&quot;; use task, note, journal, expense, income, metric or workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (id %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ISO8601</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the line as this kind instead of the one the parser picks (parse, capture).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KIND</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capture, parse, export or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text, folder or file the command works on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing: %1 lines (%2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>indexing: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting search documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from %2: %3 added, %4 updated, %5 unchanged; %6 search documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n note</numerusform>
            <numerusform>%n notes</numerusform>
        </translation>
    </message>
    <message>
        <source>search needs the words to look for; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --mode &quot;%1&quot;; use hybrid, text or vector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown --kind &quot;%1&quot;; use %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to need a date such as 2026-11-22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:             %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being built:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Documents:         %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedded:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending records:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index file:        %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifeos: no vector index yet; run &quot;lifeos index&quot;. Showing text matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifeos: %1 documents are not in the vector index yet; run &quot;lifeos index&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>index takes no arguments; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rebuild and --status cannot be used together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexed %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexed %1 documents (%2 records projected) in %3 s; %4 still pending.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped; what was indexed is kept. Run &quot;lifeos index&quot; again to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Documents not embedded stay pending for the next run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show at most N results (search; default 20).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hybrid (default), text or vector (search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records on or after this day (search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only records on or before this day (search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project and embed everything again (index).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the state of the search index (index).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lifeos: no vector index yet; run &quot;lifeos index&quot; first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was imported</source>
        <translation>
            <numerusform>%1 has %n problem; nothing was imported</numerusform>
            <numerusform>%1 has %n problems; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would import %n metric value(s) from %1</source>
        <translation>
            <numerusform>Would import %n metric value from %1</numerusform>
            <numerusform>Would import %n metric values from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would import %n transaction(s) from %1</source>
        <translation>
            <numerusform>Would import %n transaction from %1</numerusform>
            <numerusform>Would import %n transactions from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already imported (dry run: nothing written)</source>
        <translation>
            <numerusform>; %n already imported (dry run: nothing written)</numerusform>
            <numerusform>; %n already imported (dry run: nothing written)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing new in %1: %n row(s) already imported</source>
        <translation>
            <numerusform>Nothing new in %1: %n row already imported</numerusform>
            <numerusform>Nothing new in %1: %n rows already imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n metric value(s) from %1</source>
        <translation>
            <numerusform>Imported %n metric value from %1</numerusform>
            <numerusform>Imported %n metric values from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n transaction(s) from %1</source>
        <translation>
            <numerusform>Imported %n transaction from %1</numerusform>
            <numerusform>Imported %n transactions from %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n already imported</source>
        <translation>
            <numerusform>; %n already imported</numerusform>
            <numerusform>; %n already imported</numerusform>
        </translation>
    </message>
    <message>
        <source>batch %1 (undo with: lifeos import --undo %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved mapping is called &quot;%1&quot;; no mappings are saved yet (import once with --mapping-save NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no saved mapping is called &quot;%1&quot;; saved mappings: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--undo needs the batch id that import or import --list printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undid import %1: %n row(s) removed or restored</source>
        <translation>
            <numerusform>Undid import %1: %n row removed or restored</numerusform>
            <numerusform>Undid import %1: %n rows removed or restored</numerusform>
        </translation>
    </message>
    <message>
        <source>No imports yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review for %1 (this week: the 7 days ending today; baseline: the 90 days before them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health (daily means)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Nothing tracked in the last 97 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same weekday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  No expenses in the last 97 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending (weekly totals, %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(uncategorised)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1: %2 days now, longest %3, last %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Nothing from earlier years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message>
        <source>stats takes no arguments; try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--now needs an ISO 8601 date, such as 2026-11-22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read dates as if it were this moment (parse, capture, stats).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a bank CSV with the column mapping saved as NAME (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the guessed column mapping as NAME (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts are in this currency when the CSV does not say (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CODE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show what would be imported without writing anything (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import with this batch id (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BATCH_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the imports done so far (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown import format &quot;%1&quot;; this version imports json, jsonl, csv and ics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would import %n event(s)</source>
        <translation>
            <numerusform>Would import %n event</numerusform>
            <numerusform>Would import %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n event(s)</source>
        <translation>
            <numerusform>Imported %n event</numerusform>
            <numerusform>Imported %n events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n with repeats)</source>
        <translation>
            <numerusform>(%n with repeats)</numerusform>
            <numerusform>(%n with repeats)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 added, %2 updated, %3 removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 into &quot;%3&quot;: %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>See the %n warning(s) above.</source>
        <translation>
            <numerusform>See the %n warning above.</numerusform>
            <numerusform>See the %n warnings above.</numerusform>
        </translation>
    </message>
    <message>
        <source>not set up (no client id in settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Last sync:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s) changed)</source>
        <translation>
            <numerusform>%1 (%n item changed)</numerusform>
            <numerusform>%1 (%n items changed)</numerusform>
        </translation>
    </message>
    <message>
        <source>  Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Next run:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No source is connected. Connect one with &quot;lifeos sync oura --connect&quot; or &quot;lifeos sync calendar --connect&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 item(s) changed.</source>
        <translation>
            <numerusform>%1: %2 item changed.</numerusform>
            <numerusform>%1: %2 items changed.</numerusform>
        </translation>
    </message>
    <message>
        <source>sync takes at most one source (oura or calendar); try --help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;; choose oura or calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose one of --status, --backfill, --connect and --disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say which source to %1: oura or calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--backfill needs a number of days, such as 365</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this address in your browser to connect %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is connected. Run &quot;lifeos sync %2&quot; to sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is disconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LifeOS — your journal, tasks and notes, on your own computer.

Commands:
  capture TEXT [--kind KIND]        file one line as a task, note, journal line, expense,
                                    income, metric or workout, and print what was stored
  parse TEXT [--now ISO8601]        show how a line would be filed, without storing it
  export DIR --format json|md       write everything to DIR
  import FILE --format json|jsonl   json: restore a JSON export into an empty data folder;
                                    jsonl: add or update one note a line {&quot;title&quot;,&quot;body&quot;,
                                    &quot;created&quot;,&quot;tags&quot;,&quot;ref&quot;}; --json prints {&quot;added&quot;,
                                    &quot;updated&quot;,&quot;unchanged&quot;,&quot;documents&quot;}
  import FILE --format csv [--mapping NAME | --mapping-save NAME] [--currency CODE]
         [--dry-run]
                                    a metrics CSV (date, metric, value) or a bank statement
                                    (the saved mapping NAME, else a guessed one) as one batch;
                                    a bad row writes nothing; --json prints {&quot;batch&quot;,&quot;kind&quot;,
                                    &quot;new&quot;,&quot;duplicates&quot;,&quot;problems&quot;:[{&quot;line&quot;,&quot;message&quot;}]}
  import FILE --format ics [--calendar NAME] [--dry-run] [--now DATE]
                                    an iCalendar file (Google, Outlook, Apple); importing the
                                    same calendar again replaces its events; repeats are
                                    expanded a year back and ahead; --json prints {&quot;calendar&quot;,
                                    &quot;events&quot;,&quot;instances&quot;,&quot;added&quot;,&quot;updated&quot;,&quot;removed&quot;,
                                    &quot;dry_run&quot;,&quot;warnings&quot;}
  import --list | --undo BATCH_ID   the imports so far; undo one import as one step
  search QUERY [--limit N] [--mode hybrid|text|vector] [--kind KIND ...]
         [--from DATE] [--to DATE] find records by words and meaning; with --json prints
                                    {&quot;results&quot;:[{&quot;id&quot;,&quot;kind&quot;,&quot;ref&quot;,&quot;title&quot;,&quot;snippet&quot;,&quot;day&quot;,
                                    &quot;score&quot;}],&quot;took_ms&quot;}: id is the record&apos;s id (null for a
                                    day&apos;s health summary), matches in the snippet are **marked**
  index [--rebuild] [--status]      bring the search index up to date (Ctrl+C stops, keeping
                                    what was done); --rebuild redoes everything
  stats [--json] [--now DATE]       the Review page&apos;s numbers: each metric and spending category
                                    this week vs last week vs its 90-day baseline, streaks and
                                    on this day; --json prints {&quot;today&quot;,&quot;metrics&quot;,&quot;spending&quot;,
                                    &quot;on_this_day&quot;,&quot;streaks&quot;}
  sync [oura|calendar] [--status] [--backfill DAYS] [--connect] [--disconnect]
                                    sync the connected sources now (Ctrl+C stops); --status
                                    shows connection, last sync, last error and next run;
                                    --connect signs in through the browser

TEXT may be &quot;-&quot; to read standard input. Without a command, LifeOS opens its window;
--capture [TEXT] opens the quick-capture window of the running LifeOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json or md (export); json, jsonl, csv or ics (import).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File the imported events under the calendar NAME (import --format ics).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync the last DAYS days again (sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the source through the browser (sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of the source and forget its tokens (sync).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>Line %1: a quoted field is never closed (a &quot; is missing).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataLocation</name>
    <message>
        <source>Cannot create the data folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 is a file, not a folder. Move the file away or choose another folder with --data-dir.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>The database is in use by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written. Check the file&apos;s permissions and the free space on the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged or is not a LifeOS database. It was left untouched; restore a backup or move the file away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the database version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database was written by a newer LifeOS (schema %1; this version knows up to %2). Update LifeOS to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configuring the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching the database to WAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting a change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database to version %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Listing tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free up some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>Preparing the search text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading a record for search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbedderConfig</name>
    <message>
        <source>Unknown embeddings provider “%1”: choose offline, openai or openai-compatible.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embeddings server address “%1” is not an http:// or https:// URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an embedding model for the embeddings server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI embeddings need an API key: set OPENAI_API_KEY or LIFEOS_EMBEDDINGS_API_KEY.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddingModels</name>
    <message>
        <source>Reading the embedding models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the embedding model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switching the embedding model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing the embedding models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading documents to learn from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding server did not say how long its vectors are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmbeddingStore</name>
    <message>
        <source>The database is in use by another program. Close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Free up some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding documents to embed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting documents to embed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedder returned vectors of the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing old embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing embeddings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinanceStats</name>
    <message>
        <source>Summing expenses by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summing expenses by month and category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summing income and expenses by month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FinanceValidation</name>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a currency code: use three capital letters, such as IDR, USD or EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is missing or is not a real day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date must have a four-digit year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The category no longer exists. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an income category. Choose an income category.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an expense category. Choose an expense category.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoogleCalendarSync</name>
    <message>
        <source>The calendar sync was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Calendar is limiting requests. LifeOS will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Calendar kept sending more pages. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Calendar sent the same page twice. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the events of a cancelled series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the calendar sync state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Calendar no longer has one of the chosen calendars. Choose the calendars again in Settings → Connections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GoogleEventMapping</name>
    <message>
        <source>Google Calendar sent an answer LifeOS cannot read. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuiLauncher</name>
    <message>
        <source>Location: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LifeOS cannot use its data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LifeOS cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LifeOS is running but did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HealthFormat</name>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kcal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oura</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow · %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>%1 (The server said: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>no answer came within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was closed before the answer was complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server name was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a secure connection could not be set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the network is not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a network error occurred (code %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked to wait %2 before trying again. LifeOS will try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is limiting requests and still was after %n attempt(s). Try again later.</source>
        <translation>
            <numerusform>%1 is limiting requests and still was after %n attempt. Try again later.</numerusform>
            <numerusform>%1 is limiting requests and still was after %n attempts. Try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 kept failing (HTTP %2) after %n attempt(s). Try again later.</source>
        <translation>
            <numerusform>%1 kept failing (HTTP %2) after %n attempt. Try again later.</numerusform>
            <numerusform>%1 kept failing (HTTP %2) after %n attempts. Try again later.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not reach %1: %2. Check the internet connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in; connect again in Settings → Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not find what LifeOS asked for (HTTP 404). If this keeps happening, connect again in Settings → Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is limiting requests. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is having trouble (HTTP %2). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 gave an answer LifeOS cannot use (HTTP %2). Try again later, and report it if it keeps happening.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HybridSearch</name>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding related entries</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsImporter</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event “%1” has no start (DTSTART), so it was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, so the event “%2” was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event “%1” starts in a year LifeOS cannot store, so it was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, so the event “%2” was given no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the duration “%1” of the event “%2” cannot be read, so it was given no end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event “%1” ends in a year LifeOS cannot store, so it was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second event with the same UID replaces the one before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, so that exception was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, so only the first time of “%2” was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repeat rule parts %1 are not supported, so some repeats of “%2” may be missing or extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra dates given as periods are not supported and were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, so those extra dates were ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, so that changed instance was ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2. Check the path and that the file is readable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a valid time zone to import the calendar into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The event “%1” could not be saved: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsParser</name>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this line is not an iCalendar property and was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>END:%1 has no matching BEGIN and was skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BEGIN:%1 is never closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an iCalendar file (it has no BEGIN:VCALENDAR line). Export the calendar as .ics and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IcsTime</name>
    <message>
        <source>line %1: the time zone &quot;%2&quot; is unknown, so its times were read in your time zone (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 must hold one date or time, not %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot; is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2 is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistory</name>
    <message>
        <source>Reading the import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import %1 is not in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no import %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import %1 was already undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IndexMaintenance</name>
    <message>
        <source>Reading deleted documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgetting deleted documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalRepository</name>
    <message>
        <source>Reading the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A journal entry needs a valid day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood and energy are rated from 1 to 10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the journal entry failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the journal entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonExporter</name>
    <message>
        <source>Exporting %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonImporter</name>
    <message>
        <source>Checking the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (at byte %1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a LifeOS JSON export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was made by a newer LifeOS. Update LifeOS to import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A JSON export can only be restored into an empty data folder; this one already holds data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export holds an unknown table &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export&apos;s table &quot;%1&quot; has an unknown column &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JsonlImporter</name>
    <message>
        <source>not valid JSON (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>neither &quot;title&quot; nor &quot;body&quot; has any text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;created&quot; is not an ISO date or date-time: &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;tags&quot; must be an array of strings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ref&quot; must be a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;ref&quot; &quot;%1&quot; was already used on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more bad line(s)</source>
        <translation>
            <numerusform>… and %n more bad line</numerusform>
            <numerusform>… and %n more bad lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported, so nothing was imported:</source>
        <translation>
            <numerusform>%n line cannot be imported, so nothing was imported:</numerusform>
            <numerusform>%n lines cannot be imported, so nothing was imported:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>No system keychain is available, so LifeOS cannot keep your sign-in. Start a Secret Service such as GNOME Keyring or KWallet, unlock it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is saved in the system keychain under %1. Connect the account again in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoopbackReceiver</name>
    <message>
        <source>Port %1 on this computer is already used by another program, so LifeOS cannot receive the sign-in answer. Close that program, or change the Oura redirect port in Settings → Connections (and register the same redirect address with your Oura application).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LifeOS could not open a local port (%1) to receive the sign-in answer. Try again; if it keeps failing, change the redirect port in Settings → Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in listener is not running. Try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address only receives the answer of a LifeOS sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not this sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer does not belong to the sign-in LifeOS started, so it was ignored. Finish the sign-in in the tab LifeOS opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LifeOS is finishing the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LifeOS is finishing the sign-in. You can close this tab and go back to LifeOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined access, so LifeOS is not connected. You can close this tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in did not finish. You can close this tab and try again from LifeOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not finished within %n minute(s). Try again.</source>
        <translation>
            <numerusform>The sign-in was not finished within %n minute. Try again.</numerusform>
            <numerusform>The sign-in was not finished within %n minutes. Try again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The sign-in was not finished within %n second(s). Try again.</source>
        <translation>
            <numerusform>The sign-in was not finished within %n second. Try again.</numerusform>
            <numerusform>The sign-in was not finished within %n seconds. Try again.</numerusform>
        </translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownExporter</name>
    <message>
        <source># Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricCatalog</name>
    <message>
        <source>Sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart-rate variability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resting heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sauna</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metric needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be a metric name: use letters, digits, “_” and “-” only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A unit cannot contain “:” or a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already a built-in metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already have a metric called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is a built-in metric and cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no metric called “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricRepository</name>
    <message>
        <source>A metric needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of “%1” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value of “%1” needs a valid day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the value of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the value of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A synced or imported value needs an external id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a valid day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading metric names</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MetricsCsvImporter</name>
    <message>
        <source>A metrics file needs a header row naming its date, metric and value columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date &quot;%1&quot; is not a day in the format %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no metric name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value &quot;%1&quot; is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unit &quot;%1&quot; does not match %2, which is measured in &quot;%3&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 already has a value on line %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading imported metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The file has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>The file has %n problem; nothing was imported.</numerusform>
            <numerusform>The file has %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MoneyFormat</name>
    <message>
        <source>“%1” is not a currency code such as IDR or USD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the amount without a minus sign; choose expense or income for the direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount: use digits and separators only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount: it has no digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has more than one decimal separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount: its thousands separators are misplaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount: digits must follow the decimal separator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 amounts have no decimals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 amounts have at most %n decimal(s).</source>
        <translation>
            <numerusform>%1 amounts have at most %n decimal.</numerusform>
            <numerusform>%1 amounts have at most %n decimals.</numerusform>
        </translation>
    </message>
    <message>
        <source>“%1” is too large an amount.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteRepository</name>
    <message>
        <source>Adding the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading notes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthClient</name>
    <message>
        <source>%1 answered the sign-in with something LifeOS cannot read. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept LifeOS&apos;s client id or client secret. Check them in Settings → Connections, then connect %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 no longer accepts LifeOS&apos;s sign-in. Connect %1 again in Settings → Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the sign-in request. Connect %1 again in Settings → Connections; if it keeps happening, check the connection settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OAuthConnectFlow</name>
    <message>
        <source>Enter the %1 client id in Settings → Connections, then connect again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You declined access in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not finish the sign-in. Try connecting again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OfflineEmbedder</name>
    <message>
        <source>The saved search model is damaged; it will be learned again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing search vectors was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search model cannot have %1 dimensions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no text to learn the search model from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search model could not be learned.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenAiEmbedder</name>
    <message>
        <source>Embedding was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embeddings server refused the API key (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embeddings server refused the request (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embeddings server sent an answer that cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it has no &quot;data&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 vectors came back for %2 texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vector has an invalid index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>two vectors have the index %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vector is not a list of numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vector is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vectors of %1 numbers were expected, one has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the vectors have different lengths (%1 and %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a vector holds something that is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vectors of %1 numbers were expected, got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embeddings server at %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OuraSync</name>
    <message>
        <source>The Oura sync was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oura refused the sign-in; connect again in Settings → Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oura sent %1 data that LifeOS cannot read. Try again later; if it keeps happening, the Oura service may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OuraWindowData</name>
    <message>
        <source>Oura sent %1 data that LifeOS cannot read. Try again later; if it keeps happening, the Oura service may have changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RandomizedSvd</name>
    <message>
        <source>There is nothing to learn the search model from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learning the search model was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurrenceRule</name>
    <message>
        <source>the repeat rule part &quot;%1&quot; cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repeating %1 is not supported; only daily, weekly, monthly and yearly rules are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the repeat rule has no FREQ</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecurringTransactions</name>
    <message>
        <source>The last day comes before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the recurring transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the recurring transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recurring transaction no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the recurring transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading recurring transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date is missing or is not a real day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading transactions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCalculator</name>
    <message>
        <source>The review needs a valid day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the metrics for the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the spending for the review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what happened on this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the streaks for the review</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchFormat</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing stopped after an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · indexing %L2 of %L3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · indexing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · nothing to index yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %L2 of %L3 entries indexed for meaning search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in offline model</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchProjector</name>
    <message>
        <source>Preparing the search projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the search projection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the search index was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting records to index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marking records to index</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeriesLoader</name>
    <message>
        <source>Choose a valid range of days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the values of “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading spending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading workouts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncRunner</name>
    <message>
        <source>%1 is not set up: add the app&apos;s client id in Settings → Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not connected. Connect it in Settings → Connections, or run &quot;lifeos sync %2 --connect&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no source called &quot;%1&quot;; choose oura or calendar.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStateRepository</name>
    <message>
        <source>Could not read the sync state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sync state needs a source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the sync state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the sync position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the sync state.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing sync states needs a prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the sync states.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusFormat</name>
    <message>
        <source>Oura Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Last synced %n minute(s) ago</source>
        <translation>
            <numerusform>Last synced %n minute ago</numerusform>
            <numerusform>Last synced %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Last synced %n hour(s) ago</source>
        <translation>
            <numerusform>Last synced %n hour ago</numerusform>
            <numerusform>Last synced %n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Last synced yesterday at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sync in less than a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Next sync in %n minute(s)</source>
        <translation>
            <numerusform>Next sync in %n minute</numerusform>
            <numerusform>Next sync in %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Next sync at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sync tomorrow at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next sync on %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TaskRepository</name>
    <message>
        <source>A task needs a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority goes from 1 (most urgent) to 4, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A due time needs a due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting tasks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TextIndex</name>
    <message>
        <source>Searching</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TokenManager</name>
    <message>
        <source>%1 is not connected. Connect it in Settings → Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved %1 sign-in cannot be read. Connect %1 again in Settings → Connections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 sign-in has expired. Connect %1 again in Settings → Connections.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransactionRepository</name>
    <message>
        <source>Adding the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading currencies</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VectorIndex</name>
    <message>
        <source>The vectors do not match the index dimension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vector&apos;s document id is missing or repeated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be built.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be searched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding model name is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The search index file is damaged; it will be rebuilt.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkoutRepository</name>
    <message>
        <source>A workout needs an activity, such as “run”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workout needs a valid day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The duration must be a number of minutes, not negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The distance must be a number of kilometres, not negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The calories must be a number, not negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding the workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workout no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A synced or imported workout needs an external id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading workouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a valid day.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::BudgetChart</name>
    <message>
        <source>Budgets: spent against the limit (over budget in red)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (week)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (month)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 spent of %3 (%4%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::BudgetEditorDialog</name>
    <message>
        <source>New budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week (Monday to Sunday)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Limit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::BudgetList</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near the limit: %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::CalendarChoiceDialog</name>
    <message>
        <source>Asking Google for your calendars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose calendars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendars to sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LifeOS syncs the calendars you tick. With none ticked it syncs your primary calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the other sync to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (primary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google lists no calendars for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the calendars to sync (Space ticks the selected one).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::CalendarPage</name>
    <message>
        <source>Show a day or a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One day&apos;s events (Ctrl+Tab switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seven days, each with its events (Ctrl+Tab switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your calendar is empty. Connect Google Calendar in Settings → Connections, or import an .ics file with “lifeos import FILE --format ics”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No description.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the details (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous week (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next week (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on your calendar this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That event is no longer in your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an event in the list to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written in the time zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tentative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import .ics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the events of an .ics file exported from any calendar app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a calendar file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar files (*.ics);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::CaptureChips</name>
    <message>
        <source>How the line will be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measurement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure about this kind. Click or press Tab to choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click or press Tab to choose another kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority %1 (1 is the most urgent)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::CaptureSettingsBox</name>
    <message>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the system (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the system (day first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the system (month first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day first: 5/12 is 5 December</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month first: 5/12 is May 12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caffeine:mg:kafein</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global &amp;shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used for amounts typed without one, such as &quot;coffee 15k&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dates like 5/12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own &amp;metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One a line: name, unit and other words for it, separated by colons. &quot;caffeine:mg&quot; lets you capture &quot;caffeine 200mg&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Global shortcuts are not available in this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off. Quick capture still opens from the tray, the File menu, or the command %1 bound to a shortcut in your desktop&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Works in every program (%1). On Wayland without a shortcuts portal, bind the command %2 in your desktop&apos;s keyboard settings instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::CaptureWindow</name>
    <message>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type one line and press Enter to save it as a task, note, journal line, expense, income, measurement or workout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a task, note, expense, measurement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type something first: a task, a note, an expense…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter to save · Tab to change kind · Esc to close · ↑ earlier lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is longer than quick capture takes (%L1 characters), so it was cut off. Paste long text into a note instead.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::CashFlowChart</name>
    <message>
        <source>Income and expenses per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Income %2
Expenses %3
Net %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::CategoryCombo</name>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the new category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::CategoryItemDelegate</name>
    <message>
        <source>No category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::CategorySpendingChart</name>
    <message>
        <source>Spending by category per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::ComingSoonPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::ConnectionCard</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>The Oura backfill&apos;s spin box (&quot;Backfill the last 90 days&quot;); the number is drawn by the box.</extracomment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Disconnect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;ura Ring</source>
        <extracomment>Settings → Connections card title; the letter after &amp; must differ from the other mnemonics on Settings.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Cale&amp;ndar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing Oura; the data already synced stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop syncing Google Calendar and remove its events from LifeOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync what changed since the last time, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync; what was saved so far stays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync everything again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the last days from Oura again, with their history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the chosen calendars again in full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backfill the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the client ID here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the client secret here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oura redirect port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register an app at &lt;a href=&quot;https://cloud.ouraring.com/oauth/applications&quot;&gt;cloud.ouraring.com/oauth/applications&lt;/a&gt; with the redirect URI &lt;b&gt;http://127.0.0.1:%1/callback&lt;/b&gt;, then paste its client ID and secret here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create an OAuth client of the type “Desktop app” at &lt;a href=&quot;https://console.cloud.google.com/apis/credentials&quot;&gt;console.cloud.google.com/apis/credentials&lt;/a&gt; (with the Google Calendar API enabled), then paste its client ID and secret here. LifeOS only reads your calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose calendars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick which of your Google calendars LifeOS syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>App registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client ID and secret LifeOS signs in with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected. The first sync starts now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled. Click Connect to sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disconnect %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LifeOS stops syncing with Oura and forgets the sign-in. The sleep, readiness, activity and workouts already synced stay in LifeOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LifeOS stops syncing with Google Calendar, forgets the sign-in and removes the Google Calendar events it copied. Your calendar at Google is not changed, and imported .ics events stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing your primary calendar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Syncing %n calendar(s).</source>
        <translation>
            <numerusform>Syncing %n calendar.</numerusform>
            <numerusform>Syncing %n calendars.</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop waiting for the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to %1 in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%v of %m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To connect, register LifeOS as an app with %1 and enter its client ID below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the other sync to finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish signing in in your browser; LifeOS waits for it here. You can cancel and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the sign-in page in your browser…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) changed in the last sync</source>
        <translation>
            <numerusform>%n item changed in the last sync</numerusform>
            <numerusform>%n items changed in the last sync</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeos::ConnectionsBox</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is not available in this window, so Oura Ring and Google Calendar cannot be connected here. Start LifeOS normally to connect them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LifeOS fetches your sleep and activity from Oura and your agenda from Google Calendar in the background. Sign-ins are kept in the system keychain, never in LifeOS&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without Google: choose Import .ics… on the Calendar page, or run “lifeos import FILE --format ics”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::CsvImportDialog</name>
    <message>
        <source>C&amp;hoose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One &amp;signed column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;bit and credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negati&amp;ve amounts are income (card statements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV file: a statement exported by your bank, or metrics with the columns date, metric and value. Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comma ( , )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipe ( | )</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Header rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d = day, M = month, yy/yyyy = year, MMM = month name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1,234.56 (point)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1.234,56 (comma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank&apos;s name, e.g. BCA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Debit column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved &amp;mapping:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;parator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Header rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merc&amp;hant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dec&amp;imals:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change a category with F2 or a double-click; LifeOS learns from your changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metrics file: one value per row (date, metric, value).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New mapping (guessed from the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The mapping “%1” no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces the stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) to fix in the file before importing.</source>
        <translation>
            <numerusform>%n problem to fix in the file before importing.</numerusform>
            <numerusform>%n problems to fix in the file before importing.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 new, %2 already stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new, %2 already imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s): fix the mapping or the file. </source>
        <translation>
            <numerusform>%n problem: fix the mapping or the file. </numerusform>
            <numerusform>%n problems: fix the mapping or the file. </numerusform>
        </translation>
    </message>
    <message>
        <source> — name the mapping to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(showing the first %1 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n value(s).</source>
        <translation>
            <numerusform>Imported %n value.</numerusform>
            <numerusform>Imported %n values.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n transaction(s).</source>
        <translation>
            <numerusform>Imported %n transaction.</numerusform>
            <numerusform>Imported %n transactions.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeos::DueDateDelegate</name>
    <message>
        <source>No date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::EventList</name>
    <message>
        <source>All day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tentative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::FinancePage</name>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency of the summary and charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts in different currencies are never added together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a bank statement or metrics CSV (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recurring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter merchant or note (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses and income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a transaction (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected transaction (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected transaction (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending by category this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add budget…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a budget (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A notification appears when a budget reaches 80% and again at 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recurring transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add recurring…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a recurring transaction (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due occurrences are added to the transactions each time this page opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1 as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending by category, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budgets this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income and expenses, last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (income)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactions match the filter in this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No transactions in this month. Add one with Ctrl+N or import a bank statement with Ctrl+I.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spent: %1
Income: %2
Net: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n transaction(s)</source>
        <translation>
            <numerusform>%n transaction</numerusform>
            <numerusform>%n transactions</numerusform>
        </translation>
    </message>
    <message>
        <source>No spending in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the transaction “%1”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the budget for %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop “%1”? Transactions it already added stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the chart to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the chart to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::GlobalHotkey</name>
    <message>
        <source>%1 is already taken by another program. Choose another shortcut, or free it there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be used as a global shortcut on this keyboard. Choose another shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop does not let programs set a global shortcut. In your desktop&apos;s keyboard settings, bind a shortcut to the command “lifeos --capture” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop did not allow %1 as the quick capture shortcut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desktop&apos;s shortcut service did not answer. In your desktop&apos;s keyboard settings, bind a shortcut to the command “lifeos --capture” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the LifeOS quick capture window</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::HealthEditorDialog</name>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::HealthPage</name>
    <message>
        <source>Export chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;able</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One day&apos;s metrics and workouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every value, sortable and filtered by metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metric over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No metrics on this day. Add one with Ctrl+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;metric…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a value for this day (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected value (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected value (Delete); Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workouts of the day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workouts on this day. Add one with Ctrl+Shift+N.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;workout…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a workout for this day (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected workout (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected workout (Delete); Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring it back (Ctrl+Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All metric values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All workouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric to chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompare with</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draw up to %n more metric(s) on the same chart</source>
        <translation>
            <numerusform>Draw up to %n more metric on the same chart</numerusform>
            <numerusform>Draw up to %n more metrics on the same chart</numerusform>
        </translation>
    </message>
    <message>
        <source>E&amp;xport PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the chart as an image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts appear here once you have logged a metric.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workout(s)</source>
        <translation>
            <numerusform>%n workout</numerusform>
            <numerusform>%n workouts</numerusform>
        </translation>
    </message>
    <message>
        <source>All metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest %1 values; choose a metric to see all of its values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n value(s)</source>
        <translation>
            <numerusform>%n value</numerusform>
            <numerusform>%n values</numerusform>
        </translation>
    </message>
    <message>
        <source>C&amp;ompare with (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the chart to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::IcsImportTask</name>
    <message numerus="yes">
        <source>Imported %n event(s) into “%1”: %2 added, %3 updated, %4 removed.</source>
        <translation>
            <numerusform>Imported %n event into “%1”: %2 added, %3 updated, %4 removed.</numerusform>
            <numerusform>Imported %n events into “%1”: %2 added, %3 updated, %4 removed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) could not be read, the first: %1</source>
        <translation>
            <numerusform>%n line could not be read, the first: %1</numerusform>
            <numerusform>%n lines could not be read, the first: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeos::ImportHistoryDialog</name>
    <message>
        <source>&amp;Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Remove the %n row(s) imported from %1?</source>
        <translation>
            <numerusform>Remove the %n row imported from %1?</numerusform>
            <numerusform>Remove the %n rows imported from %1?</numerusform>
        </translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank statement (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Undid the import: %n row(s) removed.</source>
        <translation>
            <numerusform>Undid the import: %n row removed.</numerusform>
            <numerusform>Undid the import: %n rows removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeos::IndexProgressIndicator</name>
    <message>
        <source>Indexing progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search indexing stopped after an error.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search indexing stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing for search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing for search: %L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::IndexStatusView</name>
    <message>
        <source>Re&amp;build index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Indexing progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index everything again from your records. Stored embeddings are reused, so this never calls an online service again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop indexing for now; it carries on later from where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is not available right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::Indexer</name>
    <message>
        <source>Counting documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebuilding the search index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedder returned vectors of the wrong size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embedding provider in the settings cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::JournalEditor</name>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved automatically as you write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nergy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How did the day feel? 1 is awful, 10 is wonderful. Arrow keys change it, Delete clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much energy did you have? 1 is drained, 10 is full. Arrow keys change it, Delete clears it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>work, family, travel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How was your day? Markdown works: # headings, **bold**, - lists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::JournalPage</name>
    <message>
        <source>Search the journal (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day (Ctrl+PgUp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day (Ctrl+PgDown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to today (Ctrl+T)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries contain &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood %1/10</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::MainWindow</name>
    <message>
        <source>LifeOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About LifeOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to %1</source>
        <translation>
            <numerusform>Exported %n file to %1</numerusform>
            <numerusform>Exported %n files to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+1 … Ctrl+9, Ctrl+0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to a page (Today, Journal, Tasks, Notes, … Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New task or note on the Tasks and Notes pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search or filter on the current page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch an editor between writing and preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+PgUp / Ctrl+PgDown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next day in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today in the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complete or reopen the selected task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected cell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the window (LifeOS stays in the tray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About LifeOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;LifeOS %1&lt;/h3&gt;&lt;p&gt;Your journal, tasks, notes, health and money in one private desktop app. Everything stays on this computer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LifeOS is still running in the system tray. To close it completely, choose Quit LifeOS from the tray icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the Markdown export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for the JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick capture…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no global hotkey)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture from anywhere (set in Settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture while LifeOS is in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In quick capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter saves · Tab / Shift+Tab change the kind · ↑ / ↓ recall earlier lines · Esc closes and keeps the text · Ctrl+Z on an empty line undoes the last capture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search everything…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found “%1” (%2) on %3; it gets a page of its own in a later version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything, from any page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next task view; Day or Week on the Calendar page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alt+Left / Alt+Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous / next day or week on the Calendar page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter / Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open / close the selected event&apos;s details on the Calendar page</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::MarkdownEditor</name>
    <message>
        <source>Write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the markdown text (Ctrl+Shift+P switches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the formatted text (Ctrl+Shift+P switches)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::MetricEditorDialog</name>
    <message>
        <source>Add metric &amp;type…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Define a metric of your own, with its unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Metric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::MetricTableModel</name>
    <message>
        <source>Typed as: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::MetricTypeDialog</name>
    <message>
        <source>Add metric type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. caffeine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. mg (may stay empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A metric of your own, tracked like the built-in ones. The name may use letters, digits, “_” and “-”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::MoneyEdit</name>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not an amount in %2, e.g. %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::NotesPage</name>
    <message>
        <source>&amp;New note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search notes (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ideas, reading, recipes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write in markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a note (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a note, or press Ctrl+N to start one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the note &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Couldn&apos;t save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::NumberField</name>
    <message>
        <source>“%1” is not a number. Enter a number such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of %1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number of %1 or less.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::PriorityDelegate</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::RangeSelector</name>
    <message>
        <source>Chart range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 (Alt+%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::RecurringEditorDialog</name>
    <message>
        <source>&amp;Ends on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New recurring transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit recurring transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landlord, Netflix, employer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merchant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::RelatedPanel</name>
    <message>
        <source>Related entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related entries could not be found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write something, and entries about the same things will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is not available right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Related</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show related entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide related entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for related entries…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing related yet. Entries about the same things will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still indexing; related entries appear when it is done.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::ReviewPage</name>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 7 days against the 7 before them, your baseline of the 90 days before that, and today against your usual day of the week. Health values are daily averages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health this &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing tracked this week yet. Log sleep, weight or steps on the Health page (or by quick capture) and your trends appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spe&amp;nding this week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spending by category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs 90-day baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today vs usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No expenses in the last 90 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this &amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this day in earlier years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press Enter or double-click to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing from this day in earlier years yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The review could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs last week %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vs 90-day baseline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today vs usual %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing logged today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days: %1 a day
The 7 days before: %2
90-day baseline: %3
Today: %4
Usual %5: %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days: %1
The 7 days before: %2
90-day baseline for 7 days: %3
Today: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Journal written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (longest %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) in a row</source>
        <translation>
            <numerusform>%n day in a row</numerusform>
            <numerusform>%n days in a row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>No streaks yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeos::SaveErrorLabel</name>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::SearchPage</name>
    <message>
        <source>Search everything you recorded (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words and meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words finds the words you type (and their forms); meaning also finds entries that say the same thing in other words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search all dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is not available right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type above to search your journal, notes, tasks and everything else you recorded, by words or by meaning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n result</numerusform>
            <numerusform>%n results</numerusform>
        </translation>
    </message>
    <message>
        <source>meaning search is still indexing, showing word matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for “%1” with these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::SearchPalette</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search your journal, notes, tasks and everything else you recorded. Up and Down choose a result, Enter opens it, Escape closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search journal, notes, tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ ↓ to choose · Enter to open · Esc to close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is not available right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search everything you recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning search is still indexing — showing word matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No results for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::SearchResultModel</name>
    <message>
        <source>%1: %2, %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::SearchSettingsBox</name>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built in, offline (no key, nothing leaves this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenAI-compatible server (Ollama, llama.cpp, LM Studio)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key is read from the environment variable LIFEOS_EMBEDDINGS_API_KEY (for OpenAI also OPENAI_API_KEY); it is never stored in settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the embedder indexes everything again in the background; word search keeps working meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning search &amp;with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding mod&amp;el</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::SettingsPage</name>
    <message>
        <source>Keep running in the tray when the window is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language is used the next time LifeOS starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coming in later versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All your LifeOS data is stored on this computer, in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The AI assistant&apos;s provider, model and monthly spending cap.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::SyncWorker</name>
    <message>
        <source>Sign-in cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::TaskListModel</name>
    <message>
        <source>P%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done — click to reopen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to mark done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A task needs a title; the old one was kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::TaskListView</name>
    <message>
        <source>Delete task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the task &quot;%1&quot;?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::TasksPage</name>
    <message>
        <source>All open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task and press Enter (Ctrl+N) — #tags work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recently completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tasks match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing scheduled ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing overdue. Well done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed tasks will appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open tasks. Type one above and press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::TimeSeriesChart</name>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover a point, or use ← → Home End for exact values; Alt+1…5 change the range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>90-day baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>7-day average</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cursor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No values in this range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::TodayPage</name>
    <message>
        <source>Nothing due today. Add a task above, or enjoy the free time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries you write on this date will come back here in the years ahead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a task for today and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks due today and overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this day in earlier years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s journal entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n year(s) ago</source>
        <translation>
            <numerusform>%n year ago</numerusform>
            <numerusform>%n years ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Related to today&apos;s entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing on your calendar today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s agenda</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::TransactionEditorDialog</name>
    <message>
        <source>New transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the money went or came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Merchant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::TransactionTableModel</name>
    <message>
        <source>Uncategorised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Income</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::TrayIcon</name>
    <message>
        <source>Show LifeOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit LifeOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide LifeOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LifeOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick capture</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::UndoToast</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capture saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the capture back (Ctrl+Z in quick capture)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::WorkoutEditorDialog</name>
    <message>
        <source>Edit workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add workout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kcal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Activity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;istance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Calories:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeos::WorkoutTableModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
