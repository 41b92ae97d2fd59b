// The text index: the 'lifeos' FTS5 tokenizer (stems, diacritics) seen through the documents table, the safe
// query builder, ranking, filters, limits and snippets.

#include "StorageTestSupport.h"
#include "search/SearchTypes.h"
#include "search/TextIndex.h"
#include "storage/Database.h"
#include "support/QtStringMakers.h"
#include "support/TempDataDir.h"

#include <QSet>

using namespace lifeos;
using namespace testsupport;

namespace {

struct Doc {
    const char *kind;
    const char *title;
    const char *text;
    const char *day; // ISO date or nullptr
};

class Fixture
{
public:
    Fixture() : m_db(openDatabase(m_dir.databasePath())), m_index(*m_db) {}

    qint64 add(const Doc &doc)
    {
        sqlite3_stmt *statement = nullptr;
        REQUIRE(sqlite3_prepare_v2(m_db->handle(),
                                   "INSERT INTO documents (kind, origin, chunk, title, text, day, updated) "
                                   "VALUES (?1, ?2, 0, ?3, ?4, ?5, '2024-01-01T00:00:00Z')",
                                   -1, &statement, nullptr)
                == SQLITE_OK);
        const std::string origin = std::string(doc.kind) + ":" + std::to_string(++m_next);
        sqlite3_bind_text(statement, 1, doc.kind, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(statement, 2, origin.c_str(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(statement, 3, doc.title, -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(statement, 4, doc.text, -1, SQLITE_TRANSIENT);
        if (doc.day)
            sqlite3_bind_text(statement, 5, doc.day, -1, SQLITE_TRANSIENT);
        else
            sqlite3_bind_null(statement, 5);
        const int rc = sqlite3_step(statement);
        INFO(sqlite3_errmsg(m_db->handle()));
        sqlite3_finalize(statement);
        REQUIRE(rc == SQLITE_DONE);
        return sqlite3_last_insert_rowid(m_db->handle());
    }

    QList<TextHit> search(const QString &query, const SearchFilter &filter = {}, int limit = 20)
    {
        auto hits = m_index.search(query, filter, limit);
        INFO("query: " << query.toStdString() << " -> "
                       << (hits.ok() ? std::string("ok") : hits.error().message.toStdString()));
        REQUIRE(hits.ok());
        return *hits;
    }

    QList<qint64> ids(const QString &query, const SearchFilter &filter = {}, int limit = 20)
    {
        QList<qint64> result;
        for (const TextHit &hit : search(query, filter, limit))
            result.append(hit.documentId);
        return result;
    }

    QSet<qint64> idSet(const QString &query)
    {
        const QList<qint64> list = ids(query);
        return QSet<qint64>(list.cbegin(), list.cend());
    }

    Database &db() { return *m_db; }
    TextIndex &index() { return m_index; }

private:
    TempDataDir m_dir;
    std::unique_ptr<Database> m_db;
    TextIndex m_index;
    int m_next = 0;
};

QString marked(const QString &snippet)
{
    return snippetMarked(snippet, QStringLiteral("["), QStringLiteral("]"));
}

} // namespace

TEST_CASE("a word form finds the other forms of the word in English and Indonesian", "[search][text]")
{
    Fixture f;
    const qint64 runs = f.add({"journal", "", "She runs every morning before work.", "2024-01-01"});
    const qint64 makan = f.add({"note", "", "Kami makan nasi goreng di warung.", "2024-01-02"});
    const qint64 menulis = f.add({"note", "", "Saya menulis surat untuk ibu.", "2024-01-03"});
    const qint64 pemasukan = f.add({"expense", "", "Catatan pemasukan bulan ini.", "2024-01-04"});
    const qint64 unrelated = f.add({"note", "", "Dinner at the new place, then a walk.", "2024-01-05"});

    struct Row {
        const char *query;
        qint64 expected;
    };
    const Row row = GENERATE_COPY(values<Row>({{"running ", runs},
                                               {"run ", runs},
                                               {"makanan ", makan},
                                               {"memakan ", makan},
                                               {"dimakan", makan},
                                               {"tulisan ", menulis},
                                               {"ditulis ", menulis},
                                               {"masuk ", pemasukan},
                                               {"memasukkan ", pemasukan},
                                               {"dinners ", unrelated},
                                               {"walking ", unrelated}}));
    INFO("query: " << row.query);
    CHECK(f.ids(QString::fromUtf8(row.query)) == QList<qint64>{row.expected});
}

TEST_CASE("the stem of one word does not find unrelated words", "[search][text]")
{
    Fixture f;
    f.add({"note", "", "We had dinner late.", nullptr});
    f.add({"note", "", "Sedang ada masalah di kantor.", nullptr});
    CHECK(f.ids(QStringLiteral("din ")).isEmpty());
    CHECK(f.ids(QStringLiteral("masa ")).isEmpty());
    CHECK(f.ids(QStringLiteral("inner ")).isEmpty());
}

TEST_CASE("the last word matches as a prefix while typing", "[search][text]")
{
    Fixture f;
    const qint64 meditation = f.add({"journal", "", "Twenty minutes of meditation today.", nullptr});
    const qint64 medical = f.add({"note", "", "Medical checkup booked.", nullptr});
    f.add({"note", "", "A quiet morning.", nullptr});

    CHECK(f.ids(QStringLiteral("medit")) == QList<qint64>{meditation});
    CHECK(f.idSet(QStringLiteral("me")) == QSet<qint64>{meditation, medical});
    // A finished word (a space after it) is not a prefix; an earlier word never is.
    CHECK(f.ids(QStringLiteral("medit ")).isEmpty());
    CHECK(f.ids(QStringLiteral("medit today")).isEmpty());
    // One letter is too short to be a prefix: it must match a whole word.
    CHECK(f.ids(QStringLiteral("m")).isEmpty());
    // Two words typed, the second one unfinished.
    CHECK(f.ids(QStringLiteral("minutes medit")) == QList<qint64>{meditation});
}

TEST_CASE("every word must match", "[search][text]")
{
    Fixture f;
    const qint64 both = f.add({"note", "", "Coffee with Ana at the station.", nullptr});
    f.add({"note", "", "Coffee alone.", nullptr});
    f.add({"note", "", "Ana called.", nullptr});
    CHECK(f.ids(QStringLiteral("coffee ana ")) == QList<qint64>{both});
}

TEST_CASE("a quoted phrase matches only the words in that order", "[search][text]")
{
    Fixture f;
    const qint64 inOrder = f.add({"note", "", "The red car was parked outside.", nullptr});
    const qint64 apart = f.add({"note", "", "The car was red and parked outside.", nullptr});
    CHECK(f.ids(QStringLiteral("\"red car\"")) == QList<qint64>{inOrder});
    CHECK(f.idSet(QStringLiteral("red car ")) == QSet<qint64>{inOrder, apart});
    // An unbalanced quote is just a separator: the words still all match.
    CHECK(f.ids(QStringLiteral("\"red car ")).size() == 2);
}

TEST_CASE("accents are ignored on both sides", "[search][text]")
{
    Fixture f;
    const qint64 cafe = f.add({"note", "", "Meeting at the café near the crèche.", nullptr});
    CHECK(f.ids(QStringLiteral("cafe ")) == QList<qint64>{cafe});
    CHECK(f.ids(QStringLiteral("CAFÉ ")) == QList<qint64>{cafe});
    CHECK(f.ids(QStringLiteral("creche ")) == QList<qint64>{cafe});
    CHECK(f.ids(QString::fromUtf8("cafe\xcc\x81 ")) == QList<qint64>{cafe}); // decomposed é
}

TEST_CASE("awkward input never causes an error", "[search][text]")
{
    Fixture f;
    const qint64 doc = f.add({"note", "Plan", "Buy milk and bread; call mom (not dad) - maybe NEAR noon.", nullptr});
    const QString longInput = QString(QStringLiteral("milk ")).repeated(2000) + QStringLiteral("bread");
    // clang-format off
    const char *input = GENERATE(
        "", " ", "   \t\n", "\"", "\"\"", "\"\"\"", "'", "(", ")", "()", "(milk", "milk)", "-", "--milk", "-milk",
        "*", "milk*", "*milk", ":", "text:milk", "title:plan", "^", "^milk", "milk^", "AND", "OR", "NOT",
        "NEAR", "NEAR(milk bread)", "milk AND", "milk OR bread", "NOT milk", "milk NOT", "milk NEAR bread",
        "and", "or", "+", "milk + bread", "{milk}", "[milk]", "milk;", "milk\"bread", "milk \"bread",
        "\"milk bread", "!@#$%^&*()", "...", "\\", "\\\"", "%", "_", "🥛", "milk 🥛", "🥛🍞", "日本語", "ß",
        "\xc2\xa0", "milk\x01", "a", "ab", "0", "12:30", "-1", "milk-bread", "mom's", "don't");
    // clang-format on
    const QString query = QString::fromUtf8(input);
    INFO("input: " << input);
    auto hits = f.index().search(query, {}, 10);
    REQUIRE(hits.ok());
    auto snippets = f.index().snippets(query, {doc});
    REQUIRE(snippets.ok());
    CHECK(snippets->contains(doc));
    auto longHits = f.index().search(longInput, {}, 10);
    REQUIRE(longHits.ok());
}

TEST_CASE("typed operators and punctuation are treated as words, not FTS5 syntax", "[search][text]")
{
    Fixture f;
    const qint64 doc = f.add({"note", "", "Buy milk and bread, not cheese.", nullptr});
    f.add({"note", "", "Bread only.", nullptr});
    // "NOT" and "AND" are words the document has; "-milk" is the word milk, not an exclusion.
    CHECK(f.ids(QStringLiteral("milk AND bread ")) == QList<qint64>{doc});
    CHECK(f.ids(QStringLiteral("bread NOT cheese ")) == QList<qint64>{doc});
    CHECK(f.ids(QStringLiteral("-milk ")) == QList<qint64>{doc});
    CHECK(f.ids(QStringLiteral("milk* ")) == QList<qint64>{doc});
    CHECK(f.ids(QStringLiteral("text:milk ")).isEmpty()); // "text" is a word it lacks, not a column filter
}

TEST_CASE("empty or punctuation-only input gives no results and no expression", "[search][text]")
{
    Fixture f;
    f.add({"note", "", "Anything at all.", nullptr});
    const char *input = GENERATE("", " ", "\"\"", "-", "*", "()", "!?", "🥛");
    CHECK(TextIndex::matchExpression(QString::fromUtf8(input)).isEmpty());
    CHECK(f.ids(QString::fromUtf8(input)).isEmpty());
}

TEST_CASE("the match expression quotes every word", "[search][text]")
{
    struct Row {
        const char *input;
        const char *expression;
    };
    // clang-format off
    const Row row = GENERATE(values<Row>({
        {"milk", "(\"milk\" OR \"milk\"*)"},
        {"milk ", "\"milk\""},
        {"m", "\"m\""},
        {"milk br", "\"milk\" AND (\"br\" OR \"br\"*)"},
        {"NOT milk ", "\"NOT\" AND \"milk\""},
        {"a-b ", "\"a\" AND \"b\""},
        {"\"red car\" parked", "\"red car\" AND (\"parked\" OR \"parked\"*)"},
        {"\"red car\"", "\"red car\""},
        {"\"red car", "\"red\" AND (\"car\" OR \"car\"*)"},
        {"col:milk", "\"col\" AND (\"milk\" OR \"milk\"*)"},
        {"meditation", "(\"meditation\" OR \"meditation\"*)"},
        {"", ""},
    }));
    // clang-format on
    CHECK(TextIndex::matchExpression(QString::fromUtf8(row.input)) == QString::fromUtf8(row.expression));
}

TEST_CASE("a snippet highlights the matched words in the text", "[search][text]")
{
    Fixture f;
    f.add({"journal", "Tuesday",
           "Long day. Worked on the garden in the afternoon, planted tomatoes and basil, then the neighbours came "
           "over and we talked about running the marathon in spring. Dinner was late.",
           nullptr});
    const QList<TextHit> hits = f.search(QStringLiteral("tomato planting "));
    REQUIRE(hits.size() == 1);
    const QString snippet = marked(hits.first().snippet);
    INFO(snippet.toStdString());
    CHECK(snippet.contains(QStringLiteral("[planted]")));
    CHECK(snippet.contains(QStringLiteral("[tomatoes]")));
    CHECK_FALSE(snippet.contains(QStringLiteral("Tuesday"))); // from the text, not the title
    CHECK(snippetPlain(hits.first().snippet).split(u' ', Qt::SkipEmptyParts).size() <= 16);

    // A stem match highlights the word as written.
    const QString run = marked(f.search(QStringLiteral("runs ")).first().snippet);
    CHECK(run.contains(QStringLiteral("[running]")));
}

TEST_CASE("a snippet falls back to the title when only the title matches", "[search][text]")
{
    Fixture f;
    f.add({"note", "Dentist appointment", "Bring the insurance card and arrive ten minutes early.", nullptr});
    const QList<TextHit> hits = f.search(QStringLiteral("dentist "));
    REQUIRE(hits.size() == 1);
    CHECK(marked(hits.first().snippet) == QStringLiteral("[Dentist] appointment"));
}

TEST_CASE("snippets for given ids highlight any query word, else show the start of the text", "[search][text]")
{
    Fixture f;
    const qint64 partial = f.add({"note", "", "Bought fresh bread at the market on the corner.", nullptr});
    const QByteArray longText = QByteArray("Nothing in common here. ").repeated(20);
    const qint64 none = f.add({"note", "Title", longText.constData(), nullptr});
    const qint64 empty = f.add({"note", "Only a title", "", nullptr});
    auto snippets = f.index().snippets(QStringLiteral("bread cheese "), {partial, none, empty, 999999});
    REQUIRE(snippets.ok());
    CHECK(marked(snippets->value(partial)).contains(QStringLiteral("[bread]")));
    const QString plain = snippets->value(none);
    CHECK_FALSE(plain.contains(kHighlightStart));
    CHECK(plain.startsWith(QStringLiteral("Nothing in common here.")));
    CHECK(plain.size() <= 165);
    CHECK(plain.endsWith(QStringLiteral("…")));
    CHECK(snippets->value(empty) == QStringLiteral("Only a title"));
    CHECK_FALSE(snippets->contains(999999));
}

TEST_CASE("results are filtered by kind and by an inclusive date range", "[search][text]")
{
    Fixture f;
    const qint64 jan1 = f.add({"journal", "", "yoga session", "2024-01-01"});
    const qint64 jan2 = f.add({"note", "", "yoga mat", "2024-01-02"});
    const qint64 jan3 = f.add({"task", "", "yoga class", "2024-01-03"});
    const qint64 jan4 = f.add({"journal", "", "yoga retreat", "2024-01-04"});
    const qint64 undated = f.add({"note", "", "yoga someday", nullptr});

    auto sorted = [](QList<qint64> ids) {
        std::sort(ids.begin(), ids.end());
        return ids;
    };
    SearchFilter kinds;
    kinds.kinds = {QStringLiteral("journal"), QStringLiteral("task")};
    CHECK(sorted(f.ids(QStringLiteral("yoga "), kinds)) == QList<qint64>{jan1, jan3, jan4});

    SearchFilter range;
    range.from = QDate(2024, 1, 2);
    range.to = QDate(2024, 1, 3);
    CHECK(sorted(f.ids(QStringLiteral("yoga "), range)) == QList<qint64>{jan2, jan3});

    SearchFilter from;
    from.from = QDate(2024, 1, 4);
    CHECK(f.ids(QStringLiteral("yoga "), from) == QList<qint64>{jan4});

    SearchFilter to;
    to.to = QDate(2024, 1, 1);
    CHECK(f.ids(QStringLiteral("yoga "), to) == QList<qint64>{jan1});

    SearchFilter both = range;
    both.kinds = {QStringLiteral("journal")};
    CHECK(f.ids(QStringLiteral("yoga "), both).isEmpty());

    CHECK(sorted(f.ids(QStringLiteral("yoga "))) == QList<qint64>{jan1, jan2, jan3, jan4, undated});
}

TEST_CASE("at most limit hits come back, best first", "[search][text]")
{
    Fixture f;
    for (int i = 0; i < 30; ++i)
        f.add({"note", "", "garden work", nullptr});
    const qint64 best = f.add({"note", "", "garden garden garden", nullptr});
    const QList<TextHit> hits = f.search(QStringLiteral("garden "), {}, 5);
    REQUIRE(hits.size() == 5);
    CHECK(hits.first().documentId == best);
    for (qsizetype i = 1; i < hits.size(); ++i)
        CHECK(hits[i - 1].bm25 >= hits[i].bm25);
    CHECK(hits.last().bm25 > 0);
    CHECK(f.search(QStringLiteral("garden "), {}, 0).isEmpty());
}

TEST_CASE("a match in the title ranks above the same match in the text", "[search][text]")
{
    Fixture f;
    // Same length and the same words, so only the column makes the difference.
    const qint64 inText = f.add({"note", "Weekly notes", "budget review with the team", nullptr});
    const qint64 inTitle = f.add({"note", "budget review", "weekly notes with the team", nullptr});
    for (int i = 0; i < 5; ++i)
        f.add({"note", "other", "something else entirely", nullptr});
    CHECK(f.ids(QStringLiteral("budget ")) == QList<qint64>{inTitle, inText});
}

TEST_CASE("a deleted document is never returned", "[search][text]")
{
    Fixture f;
    const qint64 kept = f.add({"note", "", "violin lesson on Monday", "2024-02-05"});
    const qint64 gone = f.add({"note", "", "violin lesson moved", "2024-02-06"});
    REQUIRE(f.ids(QStringLiteral("violin ")).size() == 2);
    exec(f.db().handle(), QStringLiteral("DELETE FROM documents WHERE id = %1").arg(gone));
    CHECK(f.ids(QStringLiteral("violin ")) == QList<qint64>{kept});
    CHECK(f.ids(QStringLiteral("moved ")).isEmpty());
    CHECK(f.ids(QStringLiteral("vio")) == QList<qint64>{kept});
    auto snippets = f.index().snippets(QStringLiteral("violin "), {gone});
    REQUIRE(snippets.ok());
    CHECK(snippets->isEmpty());
}

TEST_CASE("the tokenizer stores stems beside the words and survives a rebuild", "[search][text]")
{
    Fixture f;
    f.add({"note", "", "memakan makanan", nullptr});
    sqlite3 *handle = f.db().handle();
    exec(handle, QStringLiteral("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, documents_fts, 'row')"));
    const QStringList terms = rows(handle, QStringLiteral("SELECT term FROM temp.vocab ORDER BY term"));
    CHECK(terms
          == QStringList{QStringLiteral("t:makan"), QStringLiteral("t:makanan"), QStringLiteral("t:memakan"),
                         QStringLiteral("t:pakan")});
    // 'rebuild' re-reads documents through the tokenizer; 'integrity-check' compares the index with the content.
    exec(handle, QStringLiteral("INSERT INTO documents_fts (documents_fts) VALUES ('rebuild')"));
    exec(handle, QStringLiteral("INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)"));
    CHECK(f.ids(QStringLiteral("makan ")).size() == 1);
}
