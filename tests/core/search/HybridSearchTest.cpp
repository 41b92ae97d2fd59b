// HybridSearch: the three modes, filters by kind and date range on both lanes, one hit per record, the fallback
// to text when the vector index is not ready, and related entries.

#include "SearchTestSupport.h"
#include "search/HybridSearch.h"
#include "search/SearchProjector.h"
#include "support/QtStringMakers.h"
#include "support/TempDataDir.h"

using namespace lifeos;
using namespace testsupport;

namespace {

struct Fixture {
    TempDataDir dir;
    std::unique_ptr<Database> db = openDatabase(dir.databasePath());
    std::shared_ptr<FakeEmbedder> fake = std::make_shared<FakeEmbedder>();
    SemanticIndex semantic;

    void index() { runIndexer(*db, dir.path(), semantic, fake); }

    SearchResults search(const QString &query, SearchMode mode, const SearchFilter &filter = {}, int limit = 20)
    {
        SearchRequest request;
        request.query = query;
        request.mode = mode;
        request.filter = filter;
        request.limit = limit;
        auto results = HybridSearch(*db, semantic).search(request);
        INFO((results ? QString() : results.error().message).toStdString());
        REQUIRE(results.ok());
        return *results;
    }
};

QStringList originsOf(const SearchResults &results)
{
    QStringList origins;
    for (const SearchHit &hit : results.hits)
        origins.append(hit.origin);
    return origins;
}

} // namespace

TEST_CASE("each mode finds a record by its words, with title, snippet, day, kind and ref")
{
    Fixture f;
    const qint64 id = addNote(*f.db, QStringLiteral("Lighthouse"), QStringLiteral("The keeper polished the brass lamp"),
                              QStringLiteral("2025-04-02T12:00:00.000Z"));
    addNote(*f.db, QStringLiteral("Groceries"), QStringLiteral("milk eggs bread"));
    f.index();
    const SearchMode mode = GENERATE(SearchMode::Text, SearchMode::Vector, SearchMode::Hybrid);
    DYNAMIC_SECTION(searchModeName(mode).toStdString())
    {
        const SearchResults results = f.search(QStringLiteral("keeper polished brass lamp"), mode);
        CHECK(results.vectorsReady);
        REQUIRE_FALSE(results.hits.isEmpty());
        const SearchHit &hit = results.hits.first();
        CHECK(hit.origin == QStringLiteral("note:%1").arg(id));
        CHECK(hit.recordId == id);
        CHECK(hit.kind == QStringLiteral("note"));
        CHECK(hit.title == QStringLiteral("Lighthouse"));
        CHECK(hit.day == QDate(2025, 4, 2));
        CHECK(hit.ref == QStringLiteral("note:%1").arg(id)); // no external ref: the origin
        CHECK(snippetMarked(hit.snippet, QStringLiteral("["), QStringLiteral("]")).contains(QStringLiteral("[keeper]")));
        CHECK(hit.score > 0);
    }
}

TEST_CASE("filters by kind and date range apply to the text and the vector lane alike")
{
    Fixture f;
    addJournal(*f.db, QStringLiteral("2025-01-05"), QStringLiteral("walked along the river with the dog"));
    addJournal(*f.db, QStringLiteral("2025-02-05"), QStringLiteral("walked along the river in the rain"));
    addNote(*f.db, QStringLiteral("River"), QStringLiteral("walked along the river to the bridge"),
            QStringLiteral("2025-01-20T12:00:00.000Z"));
    f.index();
    const SearchMode mode = GENERATE(SearchMode::Text, SearchMode::Vector, SearchMode::Hybrid);
    DYNAMIC_SECTION(searchModeName(mode).toStdString())
    {
        SearchFilter journalOnly;
        journalOnly.kinds = {QStringLiteral("journal")};
        const SearchResults journals = f.search(QStringLiteral("walked along the river"), mode, journalOnly);
        REQUIRE(journals.hits.size() == 2);
        for (const SearchHit &hit : journals.hits)
            CHECK(hit.kind == QStringLiteral("journal"));

        SearchFilter january;
        january.from = QDate(2025, 1, 1);
        january.to = QDate(2025, 1, 31);
        const SearchResults inJanuary = f.search(QStringLiteral("walked along the river"), mode, january);
        REQUIRE(inJanuary.hits.size() == 2);
        for (const SearchHit &hit : inJanuary.hits)
            CHECK((hit.day >= january.from && hit.day <= january.to));

        SearchFilter both = january;
        both.kinds = {QStringLiteral("note")};
        const SearchResults noteInJanuary = f.search(QStringLiteral("walked along the river"), mode, both);
        REQUIRE(noteInJanuary.hits.size() == 1);
        CHECK(noteInJanuary.hits.first().title == QStringLiteral("River"));
    }
}

TEST_CASE("a long record matching in several chunks is one hit")
{
    Fixture f;
    QString body;
    for (int i = 0; i < 40; ++i)
        body += QStringLiteral("Paragraph %1 mentions the orchard and its apple trees once more.\n\n").arg(i);
    addNote(*f.db, QStringLiteral("Orchard diary"), body);
    addNote(*f.db, QStringLiteral("Short"), QStringLiteral("the orchard was quiet"));
    f.index();
    REQUIRE(countOf(*f.db, QStringLiteral("SELECT count(*) FROM documents WHERE origin = 'note:1'")) > 1);
    const SearchMode mode = GENERATE(SearchMode::Text, SearchMode::Vector, SearchMode::Hybrid);
    DYNAMIC_SECTION(searchModeName(mode).toStdString())
    {
        const SearchResults results = f.search(QStringLiteral("orchard"), mode);
        CHECK(originsOf(results).count(QStringLiteral("note:1")) == 1);
        CHECK(results.hits.size() == 2);
    }
}

TEST_CASE("hybrid search answers with text alone, saying so, while the vector index is not ready")
{
    Fixture f;
    addNote(*f.db, QStringLiteral("Kite"), QStringLiteral("flew a red kite on the beach"));
    REQUIRE(SearchProjector(*f.db).catchUpAll().ok());
    const SearchResults hybrid = f.search(QStringLiteral("red kite"), SearchMode::Hybrid);
    CHECK_FALSE(hybrid.vectorsReady);
    REQUIRE(hybrid.hits.size() == 1);
    CHECK(hybrid.hits.first().title == QStringLiteral("Kite"));
    const SearchResults vector = f.search(QStringLiteral("red kite"), SearchMode::Vector);
    CHECK_FALSE(vector.vectorsReady);
    CHECK(vector.hits.isEmpty());
}

TEST_CASE("hybrid search finds by meaning what no word matches, and keeps text matches first")
{
    Fixture f;
    // The fake embedder only knows shared words, so a typo'd query shares most words with the right note.
    addNote(*f.db, QStringLiteral("Trip"), QStringLiteral("train tickets to bandung for the long weekend"));
    addNote(*f.db, QStringLiteral("Other"), QStringLiteral("paid the electricity bill"));
    f.index();
    const SearchResults results = f.search(QStringLiteral("train tickets bandung weekend tripp"), SearchMode::Hybrid);
    REQUIRE_FALSE(results.hits.isEmpty());
    CHECK(results.hits.first().title == QStringLiteral("Trip"));
}

TEST_CASE("related entries are the nearest records by meaning, never the record itself")
{
    Fixture f;
    const qint64 a = addNote(*f.db, QStringLiteral("Run"), QStringLiteral("morning run in the park five km"));
    const qint64 b = addNote(*f.db, QStringLiteral("Run again"), QStringLiteral("evening run in the park ten km"));
    addNote(*f.db, QStringLiteral("Tax"), QStringLiteral("filed the annual tax return forms"));
    f.index();
    auto related = HybridSearch(*f.db, f.semantic).related(QStringLiteral("note:%1").arg(a), SearchFilter{}, 5);
    REQUIRE(related.ok());
    REQUIRE_FALSE(related->hits.isEmpty());
    CHECK(related->hits.first().origin == QStringLiteral("note:%1").arg(b));
    CHECK_FALSE(originsOf(*related).contains(QStringLiteral("note:%1").arg(a)));
    CHECK_FALSE(related->hits.first().snippet.isEmpty());
}
