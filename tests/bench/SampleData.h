#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QDate>

namespace lifeos {

// What a LifeOS database holds, for the seeder's and the benchmarks' reports.
struct SampleDataCounts
{
    int journalEntries = 0;
    int tasks = 0;
    int openTasks = 0;
    int doneTasks = 0;
    int notes = 0;
    int tags = 0;
    int tagLinks = 0;
    int categories = 0;
};

// Fills an empty LifeOS database with the life of one plausible person, for benchmarks, screenshots and tests.
// Deterministic: the same options always give the same rows (timestamps are the local time of day converted
// to UTC, so only they move with the machine's time zone). At scale 1.0:
//   ~2,000 journal days over the last ~5.6 years, with gaps; mood and energy mostly rated and correlated;
//   20,000 tasks (85% done, a few open ones due today, some overdue, upcoming or undated);
//   5,000 notes (meeting notes, recipes, book notes, lists, essays …); a few Indonesian entries, tasks and notes.
// `today` always has a journal entry, and so does the same month and day in each earlier year.
class SampleData
{
public:
    struct Options
    {
        QDate today;        // the user's local day the data is relative to (required)
        double scale = 1.0; // 0.01 … 10: multiplies the number of tasks, notes and (up to daily) journal days
        quint32 seed = 20240229;
    };

    // Refuses (ErrorCode::DatabaseNotEmpty) a database that already has journal entries, tasks, notes, tags or
    // categories. Writes everything in one transaction with plain SQL: a few seconds at scale 1.0.
    static Result<SampleDataCounts> fill(Database &database, const Options &options);
    static Result<SampleDataCounts> count(const Database &database);
};

} // namespace lifeos
