// What the app reported as saved survives the process being killed mid-write (kill -9): a helper
// process (CrashWriter.cpp) writes journal entries and tasks and prints each one after its commit;
// the test kills it with SIGKILL while it is still writing, reopens the database and looks for
// every row it was told about. Several rounds go into the same file, each recovering the last.
// (A killed process still leaves its writes in the OS page cache, so this proves crash consistency
// and that nothing is acknowledged before commit; power loss would also need synchronous=FULL,
// which SchemaConstraintTest checks is set.)

#include "StorageTestSupport.h"
#include "storage/Database.h"
#include "storage/JournalRepository.h"
#include "storage/TaskRepository.h"
#include "support/TempDataDir.h"

#include <QMap>
#include <QProcess>

using namespace lifeos;
using namespace testsupport;

namespace {

struct ExpectedTask
{
    int round = 0;
    int index = 0;
};

struct Reported
{
    QMap<QDate, QPair<int, int>> journal; // day -> (round, index)
    QMap<qint64, ExpectedTask> tasks;
    int commits = 0;
};

void takeLine(const QByteArray &line, int round, Reported &reported)
{
    const QList<QByteArray> parts = line.split(' ');
    const QDate firstDay = QDate(1900, 1, 1).addDays(qint64(round) * 10000);
    if (parts.size() == 2 && parts.at(0) == "journal") {
        const QDate day = QDate::fromString(QString::fromLatin1(parts.at(1)), Qt::ISODate);
        REQUIRE(day.isValid());
        reported.journal.insert(day, {round, int(firstDay.daysTo(day))});
    } else if (parts.size() == 4 && parts.at(0) == "task") {
        REQUIRE(parts.at(2).toInt() == round);
        reported.tasks.insert(parts.at(1).toLongLong(), {round, parts.at(3).toInt()});
    } else {
        FAIL("unexpected line from the writer: " << line.toStdString());
    }
    ++reported.commits;
}

// Consumes the complete lines in `buffer`, leaving a trailing partial line (cut by the kill) behind.
void takeLines(QByteArray &buffer, int round, Reported &reported)
{
    qsizetype end = 0;
    while ((end = buffer.indexOf('\n')) >= 0) {
        takeLine(buffer.left(end), round, reported);
        buffer.remove(0, end + 1);
    }
}

void runAndKill(const QString &dataDir, int round, int commitsBeforeKill, Reported &reported)
{
    QProcess writer;
    writer.setProgram(QStringLiteral(CRASH_WRITER_PATH));
    writer.setArguments({dataDir, QString::number(round)});
    writer.start();
    REQUIRE(writer.waitForStarted(10000));

    const int startCommits = reported.commits;
    QByteArray buffer;
    while (reported.commits - startCommits < commitsBeforeKill) {
        INFO("writer stderr: " << writer.readAllStandardError().toStdString());
        REQUIRE(writer.state() == QProcess::Running);
        if (!writer.waitForReadyRead(10000))
            REQUIRE(writer.state() == QProcess::Running);
        buffer += writer.readAllStandardOutput();
        takeLines(buffer, round, reported);
    }
    writer.kill(); // SIGKILL: no destructors, no checkpoint, no rollback
    REQUIRE(writer.waitForFinished(10000));
    CHECK(writer.exitStatus() == QProcess::CrashExit);
    // Lines it printed before dying were printed after their commit: they count too.
    buffer += writer.readAllStandardOutput();
    takeLines(buffer, round, reported);
}

void checkEverythingReportedIsThere(const QString &databasePath, const Reported &reported)
{
    auto db = openDatabase(databasePath);
    CHECK(rows(db->handle(), QStringLiteral("PRAGMA integrity_check")) == QStringList{QStringLiteral("t:ok")});
    CHECK(rows(db->handle(), QStringLiteral("PRAGMA foreign_key_check")).isEmpty());

    JournalRepository journal(*db);
    auto all = journal.all();
    REQUIRE(all.ok());
    QMap<QDate, JournalEntry> byDay;
    for (const JournalEntry &entry : *all)
        byDay.insert(entry.day, entry);
    int missingJournal = 0;
    for (auto it = reported.journal.cbegin(); it != reported.journal.cend(); ++it) {
        const auto [round, index] = it.value();
        const auto found = byDay.constFind(it.key());
        if (found == byDay.cend()) {
            ++missingJournal;
            continue;
        }
        INFO("journal " << it.key().toString(Qt::ISODate).toStdString());
        CHECK(found->body == QStringLiteral("round %1 entry %2\n").arg(round).arg(index).repeated(1 + index % 20));
        CHECK(found->mood == std::optional<int>(1 + index % 10));
        CHECK(found->tags == QStringList{QStringLiteral("round-%1").arg(round)});
    }
    CHECK(missingJournal == 0);
    CHECK(byDay.size() >= reported.journal.size());

    TaskRepository tasks(*db);
    int missingTasks = 0;
    for (auto it = reported.tasks.cbegin(); it != reported.tasks.cend(); ++it) {
        auto task = tasks.get(it.key());
        REQUIRE(task.ok());
        if (!task->has_value()) {
            ++missingTasks;
            continue;
        }
        const ExpectedTask &expected = it.value();
        INFO("task " << it.key());
        CHECK((*task)->title == QStringLiteral("round %1 task %2").arg(expected.round).arg(expected.index));
        CHECK((*task)->notes == QString(expected.index % 50, u'n'));
        CHECK((*task)->priority == expected.index % 5);
    }
    CHECK(missingTasks == 0);
    CHECK(count(db->handle(), QStringLiteral("tasks")) >= reported.tasks.size());
}

} // namespace

TEST_CASE("everything reported as saved survives the writer being killed mid-write, round after round")
{
    TempDataDir dir;
    Reported reported;
    // Different kill points per round, so the kill lands in different parts of a write.
    for (const auto &[round, commits] : {std::pair{0, 301}, std::pair{1, 250}, std::pair{2, 333}}) {
        INFO("round " << round);
        runAndKill(dir.path(), round, commits, reported);
        REQUIRE(reported.journal.size() + reported.tasks.size() == reported.commits);
        checkEverythingReportedIsThere(dir.databasePath(), reported);
    }
    CHECK(reported.commits >= 301 + 250 + 333);
}
