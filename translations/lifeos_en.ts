<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Read dates as if it were this moment (parse, capture).</source>
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
        <source>unknown import format &quot;%1&quot;; this version imports json and jsonl</source>
        <translation type="unfinished"></translation>
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
  search QUERY [--limit N] [--mode hybrid|text|vector] [--kind KIND ...]
         [--from DATE] [--to DATE] find records by words and meaning; with --json prints
                                    {&quot;results&quot;:[{&quot;id&quot;,&quot;kind&quot;,&quot;ref&quot;,&quot;title&quot;,&quot;snippet&quot;,&quot;day&quot;,
                                    &quot;score&quot;}],&quot;took_ms&quot;}: id is the record&apos;s id (null for a
                                    day&apos;s health summary), matches in the snippet are **marked**
  index [--rebuild] [--status]      bring the search index up to date (Ctrl+C stops, keeping
                                    what was done); --rebuild redoes everything

TEXT may be &quot;-&quot; to read standard input. Without a command, LifeOS opens its window;
--capture [TEXT] opens the quick-capture window of the running LifeOS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json or md (export); json or jsonl (import).</source>
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
    <message numerus="yes">
        <source>The embeddings server is limiting requests (HTTP 429) and still was after %n attempt(s). Try again later.</source>
        <translation>
            <numerusform>The embeddings server is limiting requests (HTTP 429) and still was after %n attempt. Try again later.</numerusform>
            <numerusform>The embeddings server is limiting requests (HTTP 429) and still was after %n attempts. Try again later.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The embeddings server kept failing (HTTP %1) after %n attempt(s): %2</source>
        <translation>
            <numerusform>The embeddings server kept failing (HTTP %1) after %n attempt: %2</numerusform>
            <numerusform>The embeddings server kept failing (HTTP %1) after %n attempts: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The embeddings server refused the request (HTTP %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The embeddings server answered HTTP %1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The embeddings server at %1 did not answer within %2 s (%n attempt(s)).</source>
        <translation>
            <numerusform>The embeddings server at %1 did not answer within %2 s (%n attempt).</numerusform>
            <numerusform>The embeddings server at %1 did not answer within %2 s (%n attempts).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Could not reach the embeddings server at %1 (%n attempt(s)): %2</source>
        <translation>
            <numerusform>Could not reach the embeddings server at %1 (%n attempt): %2</numerusform>
            <numerusform>Could not reach the embeddings server at %1 (%n attempts): %2</numerusform>
        </translation>
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
    <name>lifeos::ComingSoonPage</name>
    <message>
        <source>Coming in a later version</source>
        <translation type="unfinished"></translation>
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
        <source>Sleep, weight, steps, workouts and how you feel, with trends over weeks and years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log metrics and workouts, or sync them from an Oura Ring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts with 7-day averages and your 90-day baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a metrics CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the money goes: expenses, income and budgets, in any currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expenses and income by category and merchant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly and weekly budgets with alerts at 80% and 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bank statement CSV import that remembers each bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your agenda beside your journal and tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Google Calendar sync in the background</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import .ics files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day and week lists, and today&apos;s agenda on the Today page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review of how you are doing, computed on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week against last week and your baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Streaks and patterns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A daily brief and a weekly review</source>
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
        <source>Next task view</source>
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
    <name>lifeos::PriorityDelegate</name>
    <message>
        <source>None</source>
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
        <source>&amp;Meaning search with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embedding m&amp;odel</source>
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
        <source>Connections to Oura Ring and Google Calendar, and the AI assistant&apos;s provider, model and monthly spending cap.</source>
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
</TS>
