// The indexer: the documents projection and the vector index stay in step with the records through inserts, edits
// and deletes; a missing, damaged or stale index file is rebuilt from stored embeddings with no embedder call; a
// model change is built in the background and then switched to; embedder failures and cancellation keep work.

#include "SearchTestSupport.h"
#include "search/EmbeddingModels.h"
#include "search/EmbeddingStore.h"
#include "search/HybridSearch.h"
#include "search/IndexMaintenance.h"
#include "search/SearchProjector.h"
#include "support/QtStringMakers.h"
#include "support/TempDataDir.h"

#include <QFile>

using namespace lifeos;
using namespace testsupport;

namespace {

QList<QString> vectorOrigins(Database &db, const SemanticIndex &semantic, const QString &query, int limit = 10)
{
    SearchRequest request;
    request.query = query;
    request.mode = SearchMode::Vector;
    request.limit = limit;
    auto results = HybridSearch(db, semantic).search(request);
    REQUIRE(results.ok());
    REQUIRE(results->vectorsReady);
    QList<QString> origins;
    for (const SearchHit &hit : results->hits)
        origins.append(hit.origin);
    return origins;
}

// The index in memory, the file on disk and the embeddings rows all name the same documents.
void checkConsistent(Database &db, const QString &dataDir, const SemanticIndex &semantic, const QString &model)
{
    IndexMaintenance maintenance(db, dataDir);
    auto expected = maintenance.databaseStamp(model, semantic.current().index->dimension());
    REQUIRE(expected.ok());
    CHECK(semantic.current().index->stamp() == *expected);
    auto onDisk = VectorIndex::load(maintenance.pathFor(model));
    REQUIRE(onDisk.ok());
    CHECK((*onDisk)->stamp() == *expected);
    CHECK(countOf(db, QStringLiteral("SELECT count(*) FROM vector_tombstones")) == 0);
    CHECK(countOf(db, QStringLiteral("SELECT count(*) FROM documents")) == expected->count);
}

} // namespace

TEST_CASE("the projection and the vector index stay in step through inserts, edits and deletes")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    auto fake = std::make_shared<FakeEmbedder>();
    SemanticIndex semantic;

    const qint64 kept = addNote(*db, QStringLiteral("Lighthouse"), QStringLiteral("the keeper polished the lamp"));
    const qint64 edited = addNote(*db, QStringLiteral("Garden"), QStringLiteral("planted tomatoes and basil"));
    const qint64 deleted = addNote(*db, QStringLiteral("Dentist"), QStringLiteral("cleaning and a small filling"));
    runIndexer(*db, dir.path(), semantic, fake);
    checkConsistent(*db, dir.path(), semantic, fake->modelId());
    CHECK(vectorOrigins(*db, semantic, QStringLiteral("Garden planted tomatoes and basil")).first()
          == QStringLiteral("note:%1").arg(edited));

    exec(db->handle(), QStringLiteral("UPDATE notes SET body = 'harvested pumpkins and squash' WHERE id = %1").arg(edited));
    exec(db->handle(), QStringLiteral("DELETE FROM notes WHERE id = %1").arg(deleted));
    const IndexRunSummary summary = runIndexer(*db, dir.path(), semantic, fake);
    CHECK(summary.embedded == 1); // only the edited note's new chunk
    CHECK(summary.removed == 2);  // its old chunk and the deleted note's
    checkConsistent(*db, dir.path(), semantic, fake->modelId());
    CHECK(countOf(*db, QStringLiteral("SELECT count(*) FROM documents")) == 2);

    const auto origins = vectorOrigins(*db, semantic, QStringLiteral("Garden harvested pumpkins and squash"));
    REQUIRE(origins.size() == 2);
    CHECK(origins.first() == QStringLiteral("note:%1").arg(edited));
    CHECK(origins.contains(QStringLiteral("note:%1").arg(kept)));
    CHECK_FALSE(vectorOrigins(*db, semantic, QStringLiteral("Dentist cleaning and a small filling"))
                    .contains(QStringLiteral("note:%1").arg(deleted)));
}

TEST_CASE("a deleted note is never returned by vector search, even before the indexer runs again")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    auto fake = std::make_shared<FakeEmbedder>();
    SemanticIndex semantic;
    const qint64 doomed = addNote(*db, QStringLiteral("Secret"), QStringLiteral("purple elephant umbrella"));
    addNote(*db, QStringLiteral("Other"), QStringLiteral("green frog raincoat"));
    runIndexer(*db, dir.path(), semantic, fake);
    REQUIRE(vectorOrigins(*db, semantic, QStringLiteral("Secret purple elephant umbrella")).first()
            == QStringLiteral("note:%1").arg(doomed));

    exec(db->handle(), QStringLiteral("DELETE FROM notes WHERE id = %1").arg(doomed));
    // The FAISS index still holds the id; the join with documents must drop it.
    CHECK(semantic.current().index->count() == 2);
    const auto origins = vectorOrigins(*db, semantic, QStringLiteral("Secret purple elephant umbrella"));
    CHECK_FALSE(origins.contains(QStringLiteral("note:%1").arg(doomed)));
    CHECK(origins.size() == 1);
}

TEST_CASE("a missing, damaged or foreign index file is rebuilt from stored embeddings without calling the embedder")
{
    const auto damage = GENERATE(as<std::string>{}, "missing", "empty", "truncated", "garbage", "flipped");
    DYNAMIC_SECTION(damage)
    {
        TempDataDir dir;
        auto db = openDatabase(dir.databasePath());
        auto fake = std::make_shared<FakeEmbedder>();
        for (int i = 0; i < 40; ++i)
            addNote(*db, QStringLiteral("Note %1").arg(i), QStringLiteral("word%1 shared text").arg(i));
        {
            SemanticIndex semantic;
            runIndexer(*db, dir.path(), semantic, fake, 16);
        }
        const QString path = IndexMaintenance(*db, dir.path()).pathFor(fake->modelId());
        QByteArray bytes = fileBytes(path);
        if (damage == "missing")
            REQUIRE(QFile::remove(path));
        else if (damage == "empty")
            writeFile(path, QByteArray());
        else if (damage == "truncated")
            writeFile(path, bytes.left(bytes.size() / 2));
        else if (damage == "garbage")
            writeFile(path, QByteArray(4096, '\x5a'));
        else {
            bytes[bytes.size() / 2] = char(bytes[bytes.size() / 2] ^ 0xff);
            bytes[bytes.size() - 20] = char(bytes[bytes.size() - 20] ^ 0xff);
            writeFile(path, bytes);
        }

        fake->calls = 0;
        SemanticIndex semantic;
        const IndexRunSummary summary = runIndexer(*db, dir.path(), semantic, fake);
        CHECK(fake->calls == 0);
        CHECK(summary.embedded == 0);
        // A flipped byte inside the vectors may pass FAISS's reading; then the file is still the right shape and
        // is used as it is (the ids and the stamp are intact).
        if (damage != "flipped")
            CHECK(summary.indexRebuilt);
        checkConsistent(*db, dir.path(), semantic, fake->modelId());
        CHECK(vectorOrigins(*db, semantic, QStringLiteral("Note 7 word7 shared text")).first() == QStringLiteral("note:8"));
    }
}

TEST_CASE("an index file that disagrees with the database is rebuilt from stored embeddings")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    auto fake = std::make_shared<FakeEmbedder>();
    for (int i = 0; i < 10; ++i)
        addNote(*db, QStringLiteral("Note %1").arg(i), QStringLiteral("alpha%1 beta").arg(i));
    {
        SemanticIndex semantic;
        runIndexer(*db, dir.path(), semantic, fake);
    }
    const QString path = IndexMaintenance(*db, dir.path()).pathFor(fake->modelId());

    SECTION("an older file, saved before more documents were embedded")
    {
        const QByteArray older = fileBytes(path);
        for (int i = 10; i < 15; ++i)
            addNote(*db, QStringLiteral("Note %1").arg(i), QStringLiteral("alpha%1 beta").arg(i));
        {
            SemanticIndex semantic;
            runIndexer(*db, dir.path(), semantic, fake);
        }
        writeFile(path, older);
        fake->calls = 0;
        SemanticIndex semantic;
        const IndexRunSummary summary = runIndexer(*db, dir.path(), semantic, fake);
        CHECK(summary.indexRebuilt);
        CHECK(fake->calls == 0);
        checkConsistent(*db, dir.path(), semantic, fake->modelId());
        CHECK(semantic.current().index->count() == 15);
    }
    SECTION("embeddings removed behind its back")
    {
        exec(db->handle(), QStringLiteral("DELETE FROM embeddings WHERE document_id IN (SELECT id FROM documents "
                                          "ORDER BY id LIMIT 3)"));
        fake->textsEmbedded = 0;
        SemanticIndex semantic;
        const IndexRunSummary summary = runIndexer(*db, dir.path(), semantic, fake);
        CHECK(summary.indexRebuilt);
        CHECK(fake->textsEmbedded == 3); // those three are embedded again, nothing else
        checkConsistent(*db, dir.path(), semantic, fake->modelId());
        CHECK(semantic.current().index->count() == 10);
    }
    SECTION("deletions since the file was saved are applied, not rebuilt")
    {
        exec(db->handle(), QStringLiteral("DELETE FROM notes WHERE id IN (2, 5)"));
        SemanticIndex semantic;
        const IndexRunSummary summary = runIndexer(*db, dir.path(), semantic, fake);
        CHECK_FALSE(summary.indexRebuilt);
        checkConsistent(*db, dir.path(), semantic, fake->modelId());
        CHECK(semantic.current().index->count() == 8);
    }
}

TEST_CASE("a model change is embedded in the background while the old model answers, then replaces it")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    auto oldModel = std::make_shared<FakeEmbedder>(QStringLiteral("fake:old"), 32);
    auto newModel = std::make_shared<FakeEmbedder>(QStringLiteral("fake:new"), 48);
    for (int i = 0; i < 30; ++i)
        addNote(*db, QStringLiteral("Note %1").arg(i), QStringLiteral("gamma%1 delta").arg(i));
    SemanticIndex semantic;
    runIndexer(*db, dir.path(), semantic, oldModel);
    IndexMaintenance maintenance(*db, dir.path());
    REQUIRE(QFile::exists(maintenance.pathFor(oldModel->modelId())));

    int checkedWhileBuilding = 0;
    const IndexRunSummary summary =
        runIndexer(*db, dir.path(), semantic, newModel, 8, [&](const IndexStatus &status) {
            if (status.state != IndexStatus::State::Embedding || status.done == 0)
                return;
            CHECK(status.buildingModel == newModel->modelId());
            // Meanwhile the old model answers, with all its documents.
            CHECK(semantic.current().embedder->modelId() == oldModel->modelId());
            CHECK(semantic.current().index->count() == 30);
            CHECK(vectorOrigins(*db, semantic, QStringLiteral("Note 3 gamma3 delta")).first() == QStringLiteral("note:4"));
            ++checkedWhileBuilding;
        });
    CHECK(checkedWhileBuilding >= 3);
    CHECK(summary.switchedModel);
    CHECK(summary.model == newModel->modelId());
    CHECK(semantic.current().embedder->modelId() == newModel->modelId());
    CHECK(semantic.current().index->dimension() == 48);
    checkConsistent(*db, dir.path(), semantic, newModel->modelId());
    // The old model is retired: its vectors, its row and its file are gone, so later runs have nothing to clean.
    CHECK(countOf(*db, QStringLiteral("SELECT count(*) FROM embeddings WHERE model = 'fake:old'")) == 0);
    CHECK(countOf(*db, QStringLiteral("SELECT count(*) FROM embedding_models WHERE model = 'fake:old'")) == 0);
    CHECK_FALSE(QFile::exists(maintenance.pathFor(oldModel->modelId())));
    CHECK(vectorOrigins(*db, semantic, QStringLiteral("Note 3 gamma3 delta")).first() == QStringLiteral("note:4"));
}

TEST_CASE("an embedder that cannot be reached leaves the documents pending for the next run")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    auto fake = std::make_shared<FakeEmbedder>();
    for (int i = 0; i < 5; ++i)
        addNote(*db, QStringLiteral("Note %1").arg(i), QStringLiteral("epsilon%1").arg(i));
    SemanticIndex semantic;
    fake->failing = true;
    const IndexRunSummary failed = runIndexer(*db, dir.path(), semantic, fake);
    CHECK_FALSE(failed.lastError.isEmpty());
    CHECK(failed.pending == 5);
    CHECK(countOf(*db, QStringLiteral("SELECT count(*) FROM embeddings")) == 0);

    fake->failing = false;
    const IndexRunSummary retried = runIndexer(*db, dir.path(), semantic, fake);
    CHECK(retried.lastError.isEmpty());
    CHECK(retried.embedded == 5);
    CHECK(retried.pending == 0);
    checkConsistent(*db, dir.path(), semantic, fake->modelId());
}

TEST_CASE("a cancelled run keeps the batches it stored and the next run embeds only the rest")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    auto fake = std::make_shared<FakeEmbedder>();
    for (int i = 0; i < 50; ++i)
        addNote(*db, QStringLiteral("Note %1").arg(i), QStringLiteral("zeta%1").arg(i));
    SemanticIndex semantic;
    std::atomic_bool cancel = false;
    const IndexRunSummary first = runIndexer(
        *db, dir.path(), semantic, fake, 10,
        [&](const IndexStatus &status) {
            if (status.done >= 20)
                cancel = true;
        },
        &cancel);
    CHECK(first.cancelled);
    CHECK(first.embedded == 20);
    CHECK(countOf(*db, QStringLiteral("SELECT count(*) FROM embeddings")) == 20);

    fake->textsEmbedded = 0;
    SemanticIndex fresh; // as after a restart
    const IndexRunSummary second = runIndexer(*db, dir.path(), fresh, fake, 10);
    CHECK(fake->textsEmbedded == 30);
    CHECK(second.pending == 0);
    checkConsistent(*db, dir.path(), fresh, fake->modelId());
}

TEST_CASE("the offline embedder is the default and answers before the corpus is large enough to learn from")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    for (int i = 0; i < 12; ++i)
        addNote(*db, QStringLiteral("Note %1").arg(i), QStringLiteral("eta%1 theta").arg(i));
    SemanticIndex semantic;
    IndexRunOptions options;
    auto summary = Indexer::runToCompletion(*db, dir.path(), semantic, options);
    REQUIRE(summary.ok());
    CHECK(summary->pending == 0);
    REQUIRE(semantic.current().isReady());
    CHECK(semantic.current().embedder->provider() == QStringLiteral("offline"));
    CHECK(scalar(db->handle(), QStringLiteral("SELECT fitted_on FROM embedding_models WHERE state = 'active'"))
          == QStringLiteral("i:0"));
    checkConsistent(*db, dir.path(), semantic, semantic.current().embedder->modelId());
}

TEST_CASE("index file names are safe and distinct for any model id")
{
    CHECK(EmbeddingModels::indexFileName(QStringLiteral("offline-v1-d128-abc")) == QStringLiteral("offline-v1-d128-abc.faiss"));
    const QString a = EmbeddingModels::indexFileName(QStringLiteral("openai:text-embedding-3-small"));
    const QString b = EmbeddingModels::indexFileName(QStringLiteral("openai/text-embedding-3-small"));
    CHECK(a != b);
    for (const QString &name : {a, b, EmbeddingModels::indexFileName(QStringLiteral("../../etc/passwd"))}) {
        CHECK_FALSE(name.contains(u'/'));
        CHECK_FALSE(name.contains(u':'));
        CHECK(name.endsWith(QStringLiteral(".faiss")));
    }
}

TEST_CASE("stored embeddings round-trip as little-endian float32 and load in id order")
{
    TempDataDir dir;
    auto db = openDatabase(dir.databasePath());
    for (int i = 0; i < 4; ++i)
        addNote(*db, QStringLiteral("Note %1").arg(i), QStringLiteral("iota%1").arg(i));
    REQUIRE(SearchProjector(*db).catchUpAll().ok());
    EmbeddingStore store(*db);
    auto pending = store.pending(QStringLiteral("m"), 0, 10);
    REQUIRE(pending.ok());
    REQUIRE(pending->ids.size() == 4);
    std::vector<float> vectors = {1, 0, 0.5f, -0.25f, 1e-3f, 2, 3, 4};
    auto stored = store.put(QStringLiteral("m"), {pending->ids[2], pending->ids[0]}, vectors, 4);
    REQUIRE(stored.ok());
    CHECK(stored->size() == 2);
    CHECK(scalar(db->handle(), QStringLiteral("SELECT hex(vector) FROM embeddings WHERE document_id = %1")
                                   .arg(pending->ids[2]))
          == QStringLiteral("t:0000803F000000000000003F000080BE"));
    auto all = store.loadAll(QStringLiteral("m"), 4);
    REQUIRE(all.ok());
    CHECK(all->ids == std::vector<qint64>{pending->ids[0], pending->ids[2]});
    CHECK(all->vectors == std::vector<float>{1e-3f, 2, 3, 4, 1, 0, 0.5f, -0.25f});
    auto left = store.pending(QStringLiteral("m"), pending->ids[0], 10);
    REQUIRE(left.ok());
    CHECK(left->ids == std::vector<qint64>{pending->ids[1], pending->ids[3]});
}
