// Helper for CrashTest: writes journal entries and tasks as fast as it can and reports each one on
// stdout only after its transaction has committed, until the test kills it with SIGKILL.
//
//   crash_writer DATA_DIR ROUND
//
// Lines: "journal YYYY-MM-DD" and "task ID"; contents are derived from ROUND and the sequence number
// so the test can check them without being told. Exit codes: 2 usage, 3 open failed, 4 write failed.

#include "storage/Database.h"
#include "storage/JournalRepository.h"
#include "storage/TaskRepository.h"
#include "util/DataLocation.h"

#include <QCoreApplication>

#include <cstdio>

using namespace lifeos;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    bool roundOk = false;
    const int round = args.size() == 3 ? args.at(2).toInt(&roundOk) : -1;
    if (!roundOk || round < 0) {
        std::fprintf(stderr, "usage: crash_writer DATA_DIR ROUND\n");
        return 2;
    }
    auto db = Database::open(DataLocation::databasePath(args.at(1)));
    if (!db) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(db.error().message));
        return 3;
    }
    JournalRepository journal(**db);
    TaskRepository tasks(**db);
    // Each round owns 10,000 days, far more than it lives to write.
    const QDate firstDay = QDate(1900, 1, 1).addDays(qint64(round) * 10000);
    for (int i = 0; i < 10000; ++i) {
        JournalEntry entry;
        entry.day = firstDay.addDays(i);
        entry.body = QStringLiteral("round %1 entry %2\n").arg(round).arg(i).repeated(1 + i % 20);
        entry.mood = 1 + i % 10;
        entry.tags = {QStringLiteral("round-%1").arg(round)};
        auto saved = journal.save(entry);
        if (!saved) {
            std::fprintf(stderr, "journal failed: %s\n", qPrintable(saved.error().message));
            return 4;
        }
        std::printf("journal %s\n", qPrintable(entry.day.toString(Qt::ISODate)));
        std::fflush(stdout);

        Task task;
        task.title = QStringLiteral("round %1 task %2").arg(round).arg(i);
        task.notes = QString(i % 50, u'n');
        task.priority = i % 5;
        auto added = tasks.add(task);
        if (!added) {
            std::fprintf(stderr, "task failed: %s\n", qPrintable(added.error().message));
            return 4;
        }
        std::printf("task %lld %d %d\n", static_cast<long long>(added->id), round, i);
        std::fflush(stdout);
    }
    return 0;
}
