// The import history: batches listed newest first, and undoing one import as one step.

#include "importing/ImportHistory.h"

#include "ImportTestSupport.h"
#include "importing/BankCsvImporter.h"
#include "importing/MetricsCsvImporter.h"

using namespace lifeos;
using namespace importtest;

namespace {

ImportBatch importBank(Database &db, const QStringList &rows, const QString &file)
{
    BankCsvMapping mapping;
    mapping.name = QStringLiteral("bank");
    auto preview =
        BankCsvImporter(db).preview(tableOf(QStringList{QStringLiteral("Date,Text,Amount")} + rows), mapping);
    REQUIRE(preview.ok());
    REQUIRE(preview->problems.isEmpty());
    auto batch = BankCsvImporter(db).commit(*preview, file);
    REQUIRE(batch.ok());
    return *batch;
}

ImportBatch importMetrics(Database &db, const QStringList &rows)
{
    auto preview = MetricsCsvImporter(db).preview(tableOf(QStringList{QStringLiteral("date,metric,value")} + rows));
    REQUIRE(preview.ok());
    REQUIRE(preview->problems.isEmpty());
    auto batch = MetricsCsvImporter(db).commit(*preview, QStringLiteral("metrics.csv"));
    REQUIRE(batch.ok());
    return *batch;
}

} // namespace

TEST_CASE("Undoing an import removes exactly its rows in one step, and only once", "[import]")
{
    ImportDb t;
    t.raw.exec(QStringLiteral("INSERT INTO transactions (kind, amount_minor, currency, day, created_at, updated_at) "
                              "VALUES ('expense', 100, 'IDR', '2024-03-01', 'x', 'x')")); // typed by hand
    const ImportBatch first = importBank(*t.db,
                                         {QStringLiteral("2024-03-01,A,-1000"), QStringLiteral("2024-03-02,B,-2000")},
                                         QStringLiteral("march.csv"));
    const ImportBatch second = importBank(*t.db, {QStringLiteral("2024-04-01,C,-3000")}, QStringLiteral("april.csv"));
    CHECK(t.count(QStringLiteral("transactions")) == 4);

    ImportHistory history(*t.db);
    auto listed = history.list();
    REQUIRE(listed.ok());
    REQUIRE(listed->size() == 2);
    CHECK(listed->at(0).id == second.id);
    CHECK(listed->at(1).id == first.id);
    CHECK(listed->at(1).kind == u"bank_csv");
    CHECK(listed->at(1).fileName == u"march.csv");
    CHECK(listed->at(1).mapping == u"bank");
    CHECK(listed->at(1).rowCount == 2);
    CHECK(listed->at(1).createdAt.isValid());
    CHECK_FALSE(listed->at(1).undoneAt.isValid());

    auto removed = history.undo(first.id);
    REQUIRE(removed.ok());
    CHECK(*removed == 2);
    CHECK(t.rows(QStringLiteral("SELECT amount_minor FROM transactions ORDER BY amount_minor"))
          == QStringList{QStringLiteral("i:100"), QStringLiteral("i:3000")});
    CHECK(history.list()->at(1).undoneAt.isValid());

    auto twice = history.undo(first.id);
    REQUIRE_FALSE(twice.ok());
    CHECK(twice.error().code == ErrorCode::InvalidInput);
    auto unknown = history.undo(QStringLiteral("no-such-batch"));
    REQUIRE_FALSE(unknown.ok());
    CHECK(unknown.error().code == ErrorCode::NotFound);
    CHECK(t.count(QStringLiteral("transactions")) == 2);

    // The undone rows can be imported again: they are new once more.
    const ImportBatch again = importBank(*t.db,
                                         {QStringLiteral("2024-03-01,A,-1000"), QStringLiteral("2024-03-02,B,-2000")},
                                         QStringLiteral("march.csv"));
    CHECK(again.rowCount == 2);
}

TEST_CASE("Undoing a metrics import restores the values it replaced", "[import]")
{
    ImportDb t;
    const ImportBatch first =
        importMetrics(*t.db, {QStringLiteral("2024-03-01,weight,72.4"), QStringLiteral("2024-03-02,weight,72.1")});
    const ImportBatch second =
        importMetrics(*t.db, {QStringLiteral("2024-03-02,weight,71.5"), QStringLiteral("2024-03-03,weight,71.0")});
    CHECK(second.rowCount == 2);
    const QString values = QStringLiteral("SELECT day, value FROM metrics ORDER BY day");
    CHECK(t.rows(values)
          == QStringList{QStringLiteral("t:2024-03-01 | r:72.400000000000006"),
                         QStringLiteral("t:2024-03-02 | r:71.5"),
                         QStringLiteral("t:2024-03-03 | r:71")});

    ImportHistory history(*t.db);
    auto undone = history.undo(second.id);
    REQUIRE(undone.ok());
    CHECK(*undone == 2); // one removed, one restored
    CHECK(t.rows(values)
          == QStringList{QStringLiteral("t:2024-03-01 | r:72.400000000000006"),
                         QStringLiteral("t:2024-03-02 | r:72.099999999999994")});
    // The restored value belongs to the first import again, so undoing that one removes it too.
    CHECK(t.rows(QStringLiteral("SELECT DISTINCT import_batch FROM metrics")) == QStringList{u"t:" + first.id});
    REQUIRE(history.undo(first.id).ok());
    CHECK(t.count(QStringLiteral("metrics")) == 0);
}

TEST_CASE("Undoing an older import after a newer one replaced its values leaves nothing of either", "[import]")
{
    ImportDb t;
    const ImportBatch first = importMetrics(*t.db, {QStringLiteral("2024-03-01,sleep,7")});
    const ImportBatch second = importMetrics(*t.db, {QStringLiteral("2024-03-01,sleep,8")});
    ImportHistory history(*t.db);
    REQUIRE(history.undo(first.id).ok());
    CHECK(t.rows(QStringLiteral("SELECT value FROM metrics")) == QStringList{QStringLiteral("r:8")});
    REQUIRE(history.undo(second.id).ok());
    CHECK(t.count(QStringLiteral("metrics")) == 0);
}
