// Opening a database that cannot be used must say why, with the right error code, and leave the
// file exactly as it was (compared byte for byte).

#include "StorageTestSupport.h"
#include "storage/Database.h"
#include "storage/JournalRepository.h"
#include "storage/Migrations.h"
#include "storage/TaskRepository.h"
#include "support/TempDataDir.h"
#include "util/DataLocation.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <grp.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace lifeos;
using namespace testsupport;

namespace {

// A small database with a few rows, closed again, so its file holds everything (no -wal beside it).
void createDatabaseWithRows(const QString &path)
{
    auto db = openDatabase(path);
    TaskRepository tasks(*db);
    for (int i = 0; i < 20; ++i) {
        Task task;
        task.title = QStringLiteral("task %1").arg(i);
        REQUIRE(tasks.add(task).ok());
    }
}

Result<std::unique_ptr<Database>> openQuickly(const QString &path)
{
    Database::Options options;
    options.busyTimeoutMs = 100;
    return Database::open(path, options);
}

void requireFailure(const Result<std::unique_ptr<Database>> &result, ErrorCode expected)
{
    INFO("message: " << (result.ok() ? std::string("(opened)") : result.error().message.toStdString()));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == expected);
    CHECK_FALSE(result.error().message.isEmpty());
}

QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name);
}

} // namespace

TEST_CASE("a database written by a newer LifeOS is refused and left untouched")
{
    TempDataDir dir;
    createDatabaseWithRows(dir.databasePath());
    const int newer = Migrations::latestVersion() + 5;
    {
        RawConnection raw(dir.databasePath());
        raw.exec(QStringLiteral("PRAGMA user_version = %1").arg(newer));
    }
    const QByteArray before = fileBytes(dir.databasePath());

    auto result = Database::open(dir.databasePath());
    requireFailure(result, ErrorCode::DatabaseTooNew);
    CHECK(result.error().message.contains(QString::number(newer)));

    CHECK(fileBytes(dir.databasePath()) == before);
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("lifeos.db")});
    RawConnection raw(dir.databasePath());
    CHECK(scalar(raw.handle(), QStringLiteral("PRAGMA user_version")) == QStringLiteral("i:%1").arg(newer));
}

TEST_CASE("a file of random bytes is reported as corrupt and left untouched")
{
    TempDataDir dir;
    QByteArray noise(64 * 1024, Qt::Uninitialized);
    QRandomGenerator generator(20240515);
    generator.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / int(sizeof(quint32)));
    writeFile(dir.databasePath(), noise);

    auto result = Database::open(dir.databasePath());
    requireFailure(result, ErrorCode::DatabaseCorrupt);
    CHECK(fileBytes(dir.databasePath()) == noise);
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("lifeos.db")});
}

TEST_CASE("a text file in place of the database is reported as corrupt and left untouched")
{
    TempDataDir dir;
    const QByteArray text = QByteArrayLiteral("These are my notes, not a database.\n").repeated(200);
    writeFile(dir.databasePath(), text);
    requireFailure(Database::open(dir.databasePath()), ErrorCode::DatabaseCorrupt);
    CHECK(fileBytes(dir.databasePath()) == text);
}

TEST_CASE("a database whose header was overwritten is reported as corrupt and left untouched")
{
    TempDataDir dir;
    createDatabaseWithRows(dir.databasePath());
    QByteArray bytes = fileBytes(dir.databasePath());
    REQUIRE(bytes.startsWith("SQLite format 3"));

    SECTION("the magic string")
    {
        bytes.replace(0, 16, QByteArrayLiteral("Definitely not!!"));
    }
    SECTION("the whole 100-byte header")
    {
        bytes.replace(0, 100, QByteArray(100, '\xA5'));
    }
    writeFile(dir.databasePath(), bytes);
    const QByteArray hash = fileHash(dir.databasePath());

    requireFailure(Database::open(dir.databasePath()), ErrorCode::DatabaseCorrupt);
    CHECK(fileHash(dir.databasePath()) == hash);
    CHECK(filesIn(dir.path()) == QStringList{QStringLiteral("lifeos.db")});
}

TEST_CASE("a database whose schema page is damaged is reported as corrupt and left untouched")
{
    TempDataDir dir;
    createDatabaseWithRows(dir.databasePath());
    QByteArray bytes = fileBytes(dir.databasePath());
    // Page 1 after the file header holds the b-tree of sqlite_master; scramble it.
    for (int i = 100; i < 4096 && i < bytes.size(); ++i)
        bytes[i] = char(0xFF - (i % 7));
    writeFile(dir.databasePath(), bytes);
    const QByteArray hash = fileHash(dir.databasePath());

    requireFailure(Database::open(dir.databasePath()), ErrorCode::DatabaseCorrupt);
    CHECK(fileHash(dir.databasePath()) == hash);
}

TEST_CASE("a database locked by another program is reported as locked and left untouched")
{
    TempDataDir dir;
    createDatabaseWithRows(dir.databasePath());
    const QByteArray hash = fileHash(dir.databasePath());

    RawConnection other(dir.databasePath());
    SECTION("it holds an exclusive lock, so not even reading is possible")
    {
        other.exec(QStringLiteral("PRAGMA locking_mode = EXCLUSIVE"));
        other.exec(QStringLiteral("BEGIN IMMEDIATE; INSERT INTO tags (name) VALUES ('held'); COMMIT"));
    }
    SECTION("it is in the middle of a write transaction")
    {
        other.exec(QStringLiteral("BEGIN IMMEDIATE; INSERT INTO tags (name) VALUES ('pending')"));
    }
    const QByteArray hashWhileHeld = fileHash(dir.databasePath());

    requireFailure(openQuickly(dir.databasePath()), ErrorCode::DatabaseLocked);
    CHECK(fileHash(dir.databasePath()) == hashWhileHeld);
    CHECK(hashWhileHeld == hash); // WAL: the other program's change is not in the main file either
}

TEST_CASE("a write while another program holds the write lock fails as locked and writes nothing")
{
    TempDataDir dir;
    createDatabaseWithRows(dir.databasePath());
    Database::Options options;
    options.busyTimeoutMs = 100;
    auto opened = Database::open(dir.databasePath(), options);
    REQUIRE(opened.ok());
    auto db = std::move(opened).value();

    RawConnection other(dir.databasePath());
    other.exec(QStringLiteral("BEGIN IMMEDIATE"));

    TaskRepository tasks(*db);
    Task task;
    task.title = QStringLiteral("blocked");
    auto added = tasks.add(task);
    REQUIRE_FALSE(added.ok());
    CHECK(added.error().code == ErrorCode::DatabaseLocked);

    JournalEntry entry;
    entry.day = QDate(2024, 1, 1);
    entry.body = QStringLiteral("blocked too");
    auto saved = JournalRepository(*db).save(entry);
    REQUIRE_FALSE(saved.ok());
    CHECK(saved.error().code == ErrorCode::DatabaseLocked);

    other.exec(QStringLiteral("ROLLBACK"));
    CHECK(count(db->handle(), QStringLiteral("tasks")) == 20);
    CHECK(count(db->handle(), QStringLiteral("journal_entries")) == 0);
    // Once the other program lets go, writing works again.
    CHECK(tasks.add(task).ok());
}

TEST_CASE("a path that is a folder is refused as not being a file")
{
    TempDataDir dir;
    REQUIRE(QDir(dir.path()).mkdir(QStringLiteral("lifeos.db")));
    auto result = Database::open(dir.databasePath());
    requireFailure(result, ErrorCode::Io);
    CHECK(QFileInfo(dir.databasePath()).isDir());
    CHECK(QDir(dir.databasePath()).isEmpty());
}

TEST_CASE("a missing data folder is created, however deep")
{
    TempDataDir dir;
    const QString folder = dir.filePath(QStringLiteral("a/b/c"));
    REQUIRE_FALSE(QFileInfo::exists(folder));
    auto ensured = DataLocation::ensure(folder);
    REQUIRE(ensured.ok());
    CHECK(*ensured == folder);
    CHECK(QFileInfo(folder).isDir());

    // Ensuring an existing folder again is fine, and a database can be created in it.
    REQUIRE(DataLocation::ensure(folder).ok());
    auto db = openDatabase(DataLocation::databasePath(folder));
    CHECK(db->schemaVersion() == Migrations::latestVersion());
}

TEST_CASE("a data folder path that is a file is refused with a clear message and the file is left alone")
{
    TempDataDir dir;
    const QString path = dir.filePath(QStringLiteral("data"));
    writeFile(path, QByteArrayLiteral("keep me"));

    auto result = DataLocation::ensure(path);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Io);
    CHECK(result.error().message.contains(path));
    CHECK(result.error().message.contains(QStringLiteral("file")));
    CHECK(fileBytes(path) == QByteArrayLiteral("keep me"));
}

TEST_CASE("a data folder that cannot be created is refused with a clear message")
{
    TempDataDir dir;
    // Below a regular file nothing can be created, even by root.
    const QString blocker = dir.filePath(QStringLiteral("blocker"));
    writeFile(blocker, QByteArrayLiteral("x"));
    const QString path = blocker + QStringLiteral("/data/lifeos");

    auto result = DataLocation::ensure(path);
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Io);
    CHECK(result.error().message.contains(path));
    CHECK(fileBytes(blocker) == QByteArrayLiteral("x"));
}

namespace {

// Exit codes of the unprivileged child below.
constexpr int kOpened = 0;
constexpr int kCannotDropPrivileges = 2;
constexpr int kStillWritable = 3;
constexpr int kErrorBase = 10; // + int(ErrorCode)

// Opens the database in a child process that cannot write it. The tests run as root in CI, and root
// writes through any permission bits, so the child first becomes "nobody"; it then checks that the
// file really is unwritable for it, so a passing test always went through the read-only path.
int openAsUnprivilegedChild(const QString &path)
{
    const QByteArray nativePath = QFile::encodeName(path);
    std::fflush(nullptr);
    const pid_t child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        if (geteuid() == 0) {
            const gid_t nobody = 65534;
            if (setgroups(0, nullptr) != 0 || setgid(nobody) != 0 || setuid(nobody) != 0)
                _exit(kCannotDropPrivileges);
        }
        if (access(nativePath.constData(), W_OK) == 0)
            _exit(kStillWritable);
        int code = kOpened;
        {
            auto result = openQuickly(path);
            if (!result.ok())
                code = kErrorBase + int(result.error().code);
        }
        _exit(code);
    }
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFEXITED(status));
    return WEXITSTATUS(status);
}

} // namespace

TEST_CASE("a database that cannot be written is reported as read-only and left untouched")
{
    TempDataDir dir;
    const QByteArray dirPath = QFile::encodeName(dir.path());
    const QByteArray dbPath = QFile::encodeName(dir.databasePath());
    qint64 expectedRows = 0;

    SECTION("a LifeOS database in a folder the user cannot write either")
    {
        createDatabaseWithRows(dir.databasePath());
        expectedRows = 20;
        REQUIRE(chmod(dirPath.constData(), 0555) == 0);
    }
    SECTION("a LifeOS database in a folder the user can write (so SQLite can make its -wal and -shm files)")
    {
        createDatabaseWithRows(dir.databasePath());
        expectedRows = 20;
        REQUIRE(chmod(dirPath.constData(), 0777) == 0);
    }
    SECTION("a plain SQLite file not yet in WAL mode")
    {
        writeFile(dir.databasePath(), {});
        RawConnection raw(dir.databasePath());
        raw.exec(QStringLiteral("CREATE TABLE tasks (x); INSERT INTO tasks VALUES (1), (2)"));
        REQUIRE(scalar(raw.handle(), QStringLiteral("PRAGMA journal_mode")) == QStringLiteral("t:delete"));
        expectedRows = 2;
        REQUIRE(chmod(dirPath.constData(), 0777) == 0);
    }
    REQUIRE(chmod(dbPath.constData(), 0444) == 0);
    const QByteArray hash = fileHash(dir.databasePath());

    const int exitCode = openAsUnprivilegedChild(dir.databasePath());
    CHECK(exitCode != kCannotDropPrivileges);
    CHECK(exitCode != kStillWritable);
    CHECK(exitCode != kOpened);
    CHECK(exitCode == kErrorBase + int(ErrorCode::DatabaseReadOnly));

    REQUIRE(chmod(dirPath.constData(), 0700) == 0);
    CHECK(fileHash(dir.databasePath()) == hash);
    RawConnection raw(dir.databasePath());
    CHECK(count(raw.handle(), QStringLiteral("tasks")) == expectedRows);
}
