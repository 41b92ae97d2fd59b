// What the user writes is what is stored: no trimming, normalising, escaping or truncation of
// bodies, titles and notes, whatever the script, size or characters. Checked twice: through the
// repository (QString in, QString out) and in the file itself (the UTF-8 bytes SQLite holds).

#include "StorageTestSupport.h"
#include "storage/JournalRepository.h"
#include "storage/NoteRepository.h"
#include "storage/TaskRepository.h"
#include "support/TempDataDir.h"

using namespace lifeos;
using namespace testsupport;

namespace {

struct Sample
{
    const char *name;
    QString text;
};

QString controlCharacters()
{
    QString text = QStringLiteral("ctl:");
    for (char16_t c = 1; c < 0x20; ++c)
        text += QChar(c);
    text += QChar(0x7f) + QStringLiteral("|c1:") + QChar(0x85) + QChar(0x9f);
    return text + QStringLiteral("|\r\n|\r|\n\n|\t\t|");
}

// About 5 MB of UTF-8 mixing one-, two-, three- and four-byte characters, different on every line.
QString largeText()
{
    QString text;
    qsizetype utf8Bytes = 0;
    for (int number = 0; utf8Bytes < 5 * 1024 * 1024; ++number) {
        const QString line = QStringLiteral("%1 The quick brown fox — Füße, naïve café; Привет; こんにちは "
                                            "🦊🧑‍💻; مرحبا; שלום\n")
                                 .arg(number);
        utf8Bytes += line.toUtf8().size();
        text += line;
    }
    return text;
}

QList<Sample> samples()
{
    return {
        {"emoji with ZWJ sequences, skin tones and flags",
         QStringLiteral("👩‍👩‍👧‍👦 family, 🧑🏽‍🚀 astronaut, 🏳️‍🌈 flag, 🇮🇩🇩🇪 flags, ❤️‍🔥, keycap "
                        "1️⃣, 😀")},
        {"right-to-left Arabic and Hebrew mixed with numbers",
         QStringLiteral("اليوم كان جميلاً ١٢٣ — היום היה יפה 123 \u200Fعربي\u200E mixed")},
        {"combining marks, precomposed and decomposed",
         QStringLiteral("é / e\u0301 / Å / A\u030A / ﬁ ligature / \u00A0nbsp")},
        // U+FEFF only inside the text: SQLite's UTF-16 binding (which Qt's driver uses) drops a leading one.
        {"invisible characters",
         QStringLiteral("bom\uFEFF, zero\u200Bwidth, joiner\u200D, LRO\u202Dx\u202C, bidi\u2067isolate\u2069")},
        {"control characters (no NUL)", controlCharacters()},
        {"SQL", QStringLiteral("'); DROP TABLE tasks;-- \" OR 1=1 -- /* */ ; DELETE FROM notes; ?1 :name @x $y")},
        {"LIKE and escape characters", QStringLiteral("100% _under_ \\back\\slash\\ %% __ \\% \\_")},
        {"markup", QStringLiteral("<script>alert(1)</script> &amp; ```code``` --- \n---\n# heading")},
        {"leading and trailing whitespace", QStringLiteral("  \t  padded  \n\n  ")},
        {"supplementary-plane letters", QStringLiteral("𝔘𝔫𝔦𝔠𝔬𝔡𝔢 𠀀𠀁 𓀀")},
    };
}

void checkStoredBytes(sqlite3 *handle, const QString &sql, const QString &expected)
{
    // hex() of the column is exactly the bytes in the file: UTF-8, no conversion on the way in.
    const QString stored = scalar(handle, sql);
    CHECK((stored == QStringLiteral("t:") + QString::fromLatin1(expected.toUtf8().toHex().toUpper())));
}

} // namespace

TEST_CASE("unusual text is stored and read back byte for byte in the journal, tasks and notes")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    JournalRepository journal(*db);
    TaskRepository tasks(*db);
    NoteRepository notes(*db);

    const int index = GENERATE(range(0, int(samples().size())));
    const Sample sample = samples().at(index);
    INFO(sample.name);
    const QString &text = sample.text;

    SECTION("journal body")
    {
        const QDate day(2024, 1, 1 + index);
        JournalEntry entry;
        entry.day = day;
        entry.body = text;
        REQUIRE(journal.save(entry).ok());
        auto back = journal.entryFor(day);
        REQUIRE(back.ok());
        REQUIRE(back->has_value());
        CHECK(((*back)->body == text));
        CHECK(((*back)->body.toUtf8() == text.toUtf8()));
        checkStoredBytes(db->handle(), QStringLiteral("SELECT hex(body) FROM journal_entries"), text);
    }
    SECTION("task title and notes")
    {
        Task task;
        task.title = QStringLiteral("t ") + text;
        task.notes = text;
        task.rawInput = text;
        auto added = tasks.add(task);
        REQUIRE(added.ok());
        auto back = tasks.get(added->id);
        REQUIRE(back.ok());
        REQUIRE(back->has_value());
        CHECK(((*back)->title == task.title));
        CHECK(((*back)->notes == text));
        CHECK(((*back)->rawInput == text));
        checkStoredBytes(db->handle(), QStringLiteral("SELECT hex(notes) FROM tasks"), text);
        checkStoredBytes(db->handle(), QStringLiteral("SELECT hex(title) FROM tasks"), task.title);
    }
    SECTION("note title and body")
    {
        Note note;
        note.title = text;
        note.body = text + text;
        auto added = notes.add(note);
        REQUIRE(added.ok());
        auto back = notes.get(added->id);
        REQUIRE(back.ok());
        REQUIRE(back->has_value());
        CHECK(((*back)->title == text));
        CHECK(((*back)->body == text + text));
        checkStoredBytes(db->handle(), QStringLiteral("SELECT hex(title) FROM notes"), text);
    }

    // Nothing the text looked like was executed.
    CHECK(userTables(db->handle()).contains(QStringLiteral("tasks")));
    CHECK(rows(db->handle(), QStringLiteral("PRAGMA integrity_check")) == QStringList{QStringLiteral("t:ok")});
}

TEST_CASE("SQL-looking text can be searched for and is found literally")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    const QString attack = QStringLiteral("'); DROP TABLE tasks;--");

    JournalRepository journal(*db);
    JournalEntry entry;
    entry.day = QDate(2024, 1, 1);
    entry.body = QStringLiteral("someone typed ") + attack;
    REQUIRE(journal.save(entry).ok());
    entry.day = QDate(2024, 1, 2);
    entry.body = QStringLiteral("harmless");
    REQUIRE(journal.save(entry).ok());

    TaskRepository tasks(*db);
    Task task;
    task.title = attack;
    REQUIRE(tasks.add(task).ok());
    task.title = QStringLiteral("other");
    REQUIRE(tasks.add(task).ok());

    auto days = journal.days(attack);
    REQUIRE(days.ok());
    REQUIRE(days->size() == 1);
    CHECK(days->first().day == QDate(2024, 1, 1));

    TaskQuery query;
    query.text = attack;
    auto found = tasks.list(query);
    REQUIRE(found.ok());
    REQUIRE(found->size() == 1);
    CHECK(found->first().title == attack);
    query.text = QString();
    query.tag = attack;
    auto byTag = tasks.list(query);
    REQUIRE(byTag.ok());
    CHECK(byTag->isEmpty());
    CHECK(count(db->handle(), QStringLiteral("tasks")) == 2);
}

TEST_CASE("a 5 MB body is stored and read back byte for byte in the journal, tasks and notes")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    const QString text = largeText();
    const QByteArray utf8 = text.toUtf8();
    REQUIRE(utf8.size() >= 5 * 1000 * 1000);
    const QByteArray expectedHash = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex();
    // The bytes in the file, hashed without leaving SQLite's own representation.
    const auto storedHash = [&](const QString &sql) {
        sqlite3_stmt *statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(db->handle(), sql.toUtf8().constData(), -1, &statement, nullptr) == SQLITE_OK);
        REQUIRE(sqlite3_step(statement) == SQLITE_ROW);
        const QByteArray bytes(static_cast<const char *>(sqlite3_column_blob(statement, 0)),
                               sqlite3_column_bytes(statement, 0));
        sqlite3_finalize(statement);
        return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex();
    };

    SECTION("journal")
    {
        JournalRepository journal(*db);
        JournalEntry entry;
        entry.day = QDate(2024, 2, 29);
        entry.body = text;
        entry.mood = 5;
        REQUIRE(journal.save(entry).ok());
        auto back = journal.entryFor(entry.day);
        REQUIRE(back.ok());
        REQUIRE(back->has_value());
        CHECK(((*back)->body.size() == text.size()));
        CHECK(((*back)->body == text));
        CHECK(storedHash(QStringLiteral("SELECT CAST(body AS BLOB) FROM journal_entries")) == expectedHash);

        auto days = journal.days(QStringLiteral("line that is not there"));
        REQUIRE(days.ok());
        CHECK(days->isEmpty());
        auto list = journal.days();
        REQUIRE(list.ok());
        REQUIRE(list->size() == 1);
        CHECK(list->first().preview.startsWith(QStringLiteral("0 The quick brown fox")));
    }
    SECTION("task notes")
    {
        TaskRepository tasks(*db);
        Task task;
        task.title = QStringLiteral("big");
        task.notes = text;
        auto added = tasks.add(task);
        REQUIRE(added.ok());
        auto back = tasks.get(added->id);
        REQUIRE(back.ok());
        REQUIRE(back->has_value());
        CHECK(((*back)->notes == text));
        CHECK(storedHash(QStringLiteral("SELECT CAST(notes AS BLOB) FROM tasks")) == expectedHash);
    }
    SECTION("note body")
    {
        NoteRepository notes(*db);
        Note note;
        note.title = QStringLiteral("big");
        note.body = text;
        auto added = notes.add(note);
        REQUIRE(added.ok());
        auto back = notes.get(added->id);
        REQUIRE(back.ok());
        REQUIRE(back->has_value());
        CHECK(((*back)->body == text));
        CHECK(storedHash(QStringLiteral("SELECT CAST(body AS BLOB) FROM notes")) == expectedHash);
    }
}
