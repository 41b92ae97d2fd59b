// `lifeos import FILE --format jsonl`: one note a line, upserted by (source 'import', ref), all or nothing.

#include "StorageTestSupport.h"
#include "search/JsonlImporter.h"
#include "search/SearchProjector.h"
#include "storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/TempDataDir.h"

#include <QBuffer>

using namespace lifeos;
using namespace testsupport;

namespace {

const QByteArray kGoodFile = R"({"title": "Dune", "body": "Spice and sand.", "created": "2024-03-15", "tags": ["books", "scifi"], "ref": "gr-1"}
{"title": "Piranesi", "body": "The house is infinite.", "created": "2024-03-16T08:30:00Z", "tags": ["books"], "ref": "gr-2"}
{"title": "Recipe", "body": "Rendang: slow, patient.", "created": "2024-03-17T19:00:00+07:00", "ref": "cook-9"}
)";

struct Imported {
    Result<JsonlImportSummary> summary;
    QList<JsonlLineProblem> problems;
};

Imported importBytes(Database &db, const QByteArray &bytes)
{
    QBuffer buffer;
    buffer.setData(bytes);
    REQUIRE(buffer.open(QIODevice::ReadOnly));
    JsonlImporter importer(db);
    auto summary = importer.importFrom(buffer, bytes.size());
    return {summary, importer.problems()};
}

JsonlImportSummary importOk(Database &db, const QByteArray &bytes)
{
    auto imported = importBytes(db, bytes);
    INFO((imported.summary.ok() ? QString() : imported.summary.error().message).toStdString());
    REQUIRE(imported.summary.ok());
    return *imported.summary;
}

QStringList notesTable(sqlite3 *handle)
{
    return rows(handle, QStringLiteral(
                            "SELECT n.source, n.external_id, n.title, n.body, n.created_at, (SELECT group_concat(name, ',') "
                            "FROM (SELECT t.name FROM note_tags l JOIN tags t ON t.id = l.tag_id WHERE l.note_id = n.id "
                            "ORDER BY t.name)) FROM notes n ORDER BY n.external_id"));
}

} // namespace

TEST_CASE("a good JSONL file becomes one imported note a line, with tags, dates and refs")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    const JsonlImportSummary summary = importOk(*db, kGoodFile);
    CHECK(summary.added == 3);
    CHECK(summary.updated == 0);
    CHECK(summary.unchanged == 0);
    CHECK(summary.lines == 3);

    const QString noon = QDateTime(QDate(2024, 3, 15), QTime(12, 0), Qt::LocalTime).toUTC().toString(Qt::ISODateWithMs);
    CHECK(notesTable(db->handle())
          == QStringList{
              QStringLiteral("t:import | t:cook-9 | t:Recipe | t:Rendang: slow, patient. | t:2024-03-17T12:00:00.000Z | null"),
              QStringLiteral("t:import | t:gr-1 | t:Dune | t:Spice and sand. | t:%1 | t:books,scifi").arg(noon),
              QStringLiteral("t:import | t:gr-2 | t:Piranesi | t:The house is infinite. | t:2024-03-16T08:30:00.000Z | "
                             "t:books"),
          });
    // Notes are marked for search; once projected, each carries its ref.
    REQUIRE(SearchProjector(*db).catchUpAll().ok());
    CHECK(rows(db->handle(), QStringLiteral("SELECT ref, title FROM documents ORDER BY ref"))
          == QStringList{QStringLiteral("t:cook-9 | t:Recipe"), QStringLiteral("t:gr-1 | t:Dune"),
                         QStringLiteral("t:gr-2 | t:Piranesi")});
}

TEST_CASE("importing the same file again adds nothing, and a changed line updates its note")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    importOk(*db, kGoodFile);
    REQUIRE(SearchProjector(*db).catchUpAll().ok());
    const QStringList before = notesTable(db->handle());
    const QStringList documentsBefore = rows(db->handle(), QStringLiteral("SELECT id FROM documents ORDER BY id"));

    SECTION("the same file")
    {
        const JsonlImportSummary again = importOk(*db, kGoodFile);
        CHECK(again.added == 0);
        CHECK(again.updated == 0);
        CHECK(again.unchanged == 3);
        CHECK(notesTable(db->handle()) == before);
        CHECK(count(db->handle(), QStringLiteral("search_dirty")) == 0); // nothing written, nothing to re-index
    }
    SECTION("one line changed in its body, one in its tags, lines in another order")
    {
        QByteArray changed = kGoodFile;
        changed.replace("Spice and sand.", "Spice, sand and worms.");
        changed.replace(R"("tags": ["books"], "ref": "gr-2")", R"("tags": ["books", "fantasy"], "ref": "gr-2")");
        QList<QByteArray> lines = changed.trimmed().split('\n');
        std::reverse(lines.begin(), lines.end());
        const JsonlImportSummary again = importOk(*db, lines.join('\n'));
        CHECK(again.added == 0);
        CHECK(again.updated == 2);
        CHECK(again.unchanged == 1);
        CHECK(count(db->handle(), QStringLiteral("notes")) == 3);
        CHECK(scalar(db->handle(), QStringLiteral("SELECT body FROM notes WHERE external_id = 'gr-1'"))
              == QStringLiteral("t:Spice, sand and worms."));
        REQUIRE(SearchProjector(*db).catchUpAll().ok());
        CHECK(scalar(db->handle(), QStringLiteral("SELECT text FROM documents WHERE ref = 'gr-2'"))
              == QStringLiteral("t:The house is infinite.\n\ntags: books, fantasy"));
        // The unchanged note kept its document.
        CHECK(rows(db->handle(), QStringLiteral("SELECT id FROM documents WHERE ref = 'cook-9'")).size() == 1);
        CHECK(documentsBefore.contains(rows(db->handle(), QStringLiteral("SELECT id FROM documents WHERE ref = 'cook-9'")).first()));
    }
}

TEST_CASE("a file with bad lines reports each by number and writes nothing")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    const QByteArray file = R"({"title": "fine", "ref": "a"}
{"title": "broken", "ref": "b"
["an", "array"]
{"title": 42}
{"body": "x", "created": "yesterday"}
{"body": "x", "tags": "books"}
{"body": "x", "tags": ["ok", 3]}
{"title": "", "body": "   "}
{"title": "again", "ref": "a"}
{"title": "x", "ref": {"id": 1}}
{"title": "x", "created": "2024-02-30"}

{"title": "also fine", "ref": "z", "tags": ["newtag"]}
)";
    auto imported = importBytes(*db, file);
    REQUIRE_FALSE(imported.summary.ok());
    CHECK(imported.summary.error().code == ErrorCode::InvalidInput);

    struct Expected {
        qint64 line;
        const char *reasonPart;
    };
    const std::vector<Expected> expected = {
        {2, "not valid JSON"},       {3, "not a JSON object"},         {4, "\"title\" must be a string"},
        {5, "\"created\" is not"},   {6, "\"tags\" must be an array"}, {7, "\"tags\" must be an array"},
        {8, "neither"},              {9, "already used on line 1"},    {10, "\"ref\" must be a string"},
        {11, "\"created\" is not"},
    };
    REQUIRE(imported.problems.size() == qsizetype(expected.size()));
    for (size_t i = 0; i < expected.size(); ++i) {
        INFO("problem " << i << ": line " << imported.problems.at(i).line << " " << imported.problems.at(i).reason.toStdString());
        CHECK(imported.problems.at(i).line == expected[i].line);
        CHECK(imported.problems.at(i).reason.contains(QString::fromUtf8(expected[i].reasonPart)));
        // The message names every bad line too.
        CHECK(imported.summary.error().message.contains(QStringLiteral("line %1:").arg(expected[i].line)));
    }
    CHECK(count(db->handle(), QStringLiteral("notes")) == 0);
    CHECK(count(db->handle(), QStringLiteral("tags")) == 0);
    CHECK(count(db->handle(), QStringLiteral("search_dirty")) == 0);
}

TEST_CASE("many bad lines are all kept, the message names the first ones")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    QByteArray file;
    for (int i = 0; i < 50; ++i)
        file += "not json\n";
    auto imported = importBytes(*db, file);
    REQUIRE_FALSE(imported.summary.ok());
    CHECK(imported.problems.size() == 50);
    CHECK(imported.problems.last().line == 50);
    CHECK(imported.summary.error().message.contains(QStringLiteral("line 20:")));
    CHECK_FALSE(imported.summary.error().message.contains(QStringLiteral("line 21:")));
    CHECK(imported.summary.error().message.contains(QStringLiteral("30")));
}

TEST_CASE("a byte order mark, blank lines and Windows line ends are accepted")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    const QByteArray file = "\xEF\xBB\xBF{\"title\": \"first\", \"ref\": \"1\"}\r\n\r\n   \r\n{\"title\": \"second\", "
                            "\"ref\": \"2\"}\r\n\n";
    const JsonlImportSummary summary = importOk(*db, file);
    CHECK(summary.added == 2);
    CHECK(summary.lines == 5);
    CHECK(rows(db->handle(), QStringLiteral("SELECT title FROM notes ORDER BY title"))
          == QStringList{QStringLiteral("t:first"), QStringLiteral("t:second")});
}

TEST_CASE("a line without a ref is keyed by its content, so importing it again adds nothing")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    const QByteArray file = R"({"title": "No ref", "body": "just words", "created": "2024-01-02"}
{"title": "No ref", "body": "just words", "created": "2024-01-02"}
{"title": "No ref", "body": "other words", "created": "2024-01-02"}
{"title": "Numbered", "ref": 17}
)";
    const JsonlImportSummary first = importOk(*db, file);
    CHECK(first.added == 3);
    CHECK(first.unchanged == 1); // the repeated line is the same note
    const QStringList ids = rows(db->handle(), QStringLiteral("SELECT external_id FROM notes ORDER BY id"));
    REQUIRE(ids.size() == 3);
    CHECK(ids.at(0).startsWith(QStringLiteral("t:jsonl-sha1:")));
    CHECK(ids.at(1).startsWith(QStringLiteral("t:jsonl-sha1:")));
    CHECK(ids.at(0) != ids.at(1));
    CHECK(ids.at(2) == QStringLiteral("t:17"));

    const JsonlImportSummary again = importOk(*db, file);
    CHECK(again.added == 0);
    CHECK(again.unchanged == 4);
    CHECK(rows(db->handle(), QStringLiteral("SELECT external_id FROM notes ORDER BY id")) == ids);

    // A made-up key is not a reference the user gave: search shows none.
    REQUIRE(SearchProjector(*db).catchUpAll().ok());
    CHECK(rows(db->handle(), QStringLiteral("SELECT quote(ref) FROM documents ORDER BY record_id"))
          == QStringList{QStringLiteral("t:NULL"), QStringLiteral("t:NULL"), QStringLiteral("t:'17'")});
}

TEST_CASE("imported tags reuse existing tags whatever their case, and notes of other sources are left alone")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    exec(db->handle(), QStringLiteral("INSERT INTO tags (id, name) VALUES (7, 'Books')"));
    exec(db->handle(), QStringLiteral("INSERT INTO notes (title, body, source, external_id, created_at, updated_at) "
                                      "VALUES ('mine', 'x', 'manual', 'gr-1', '2024-01-01T00:00:00.000Z', "
                                      "'2024-01-01T00:00:00.000Z')"));
    const JsonlImportSummary summary = importOk(*db, kGoodFile);
    CHECK(summary.added == 3);
    CHECK(count(db->handle(), QStringLiteral("notes")) == 4);
    CHECK(rows(db->handle(), QStringLiteral("SELECT id, name FROM tags ORDER BY id"))
          == QStringList{QStringLiteral("i:7 | t:Books"), QStringLiteral("i:8 | t:scifi")});
    CHECK(scalar(db->handle(), QStringLiteral("SELECT count(*) FROM note_tags WHERE tag_id = 7")) == QStringLiteral("i:2"));
}

TEST_CASE("progress is reported and a cancelled import writes nothing")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    QByteArray file;
    for (int i = 0; i < 2000; ++i)
        file += QStringLiteral("{\"title\": \"note %1\", \"body\": \"body %1\", \"ref\": \"r%1\"}\n").arg(i).toUtf8();

    SECTION("progress")
    {
        QBuffer buffer(&file);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        JsonlImporter importer(*db);
        QList<qint64> lines;
        qint64 lastBytes = 0;
        importer.setProgress([&](qint64 linesDone, qint64 bytesDone, qint64 bytesTotal) {
            CHECK(bytesTotal == file.size());
            CHECK(bytesDone >= lastBytes);
            lastBytes = bytesDone;
            lines.append(linesDone);
        });
        auto summary = importer.importFrom(buffer, file.size());
        REQUIRE(summary.ok());
        CHECK(summary->added == 2000);
        REQUIRE(lines.size() >= 2);
        CHECK(lines.last() == 2000);
        CHECK(lastBytes == file.size());
        CHECK(std::is_sorted(lines.begin(), lines.end()));
    }
    SECTION("cancellation")
    {
        QBuffer buffer(&file);
        REQUIRE(buffer.open(QIODevice::ReadOnly));
        JsonlImporter importer(*db);
        std::atomic_bool cancel{false};
        importer.setCancelFlag(&cancel);
        importer.setProgress([&](qint64 linesDone, qint64, qint64) {
            if (linesDone >= 1000)
                cancel = true;
        });
        auto summary = importer.importFrom(buffer, file.size());
        REQUIRE_FALSE(summary.ok());
        CHECK(summary.error().code == ErrorCode::Cancelled);
        CHECK(count(db->handle(), QStringLiteral("notes")) == 0);
        CHECK(count(db->handle(), QStringLiteral("search_dirty")) == 0);
    }
}

TEST_CASE("a file that cannot be read is an I/O error")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    auto result = JsonlImporter(*db).importFile(dir.filePath(QStringLiteral("missing.jsonl")));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::Io);
}
