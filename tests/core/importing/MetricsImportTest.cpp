// The generic metrics CSV (date, metric, value, unit): preview, upsert by metric and day, replaced values kept.

#include "ImportTestSupport.h"
#include "importing/MetricsCsvImporter.h"

using namespace lifeos;
using namespace importtest;

namespace {

MetricImportPreview previewOk(Database &db, const CsvTable &table)
{
    auto preview = MetricsCsvImporter(db).preview(table);
    INFO((preview.ok() ? QString() : preview.error().message).toStdString());
    REQUIRE(preview.ok());
    for (const ImportProblem &problem : preview->problems)
        UNSCOPED_INFO("line " << problem.line << ": " << problem.message.toStdString());
    return *preview;
}

ImportBatch commitOk(Database &db, const MetricImportPreview &preview)
{
    auto batch = MetricsCsvImporter(db).commit(preview, QStringLiteral("metrics.csv"));
    INFO((batch.ok() ? QString() : batch.error().message).toStdString());
    REQUIRE(batch.ok());
    return *batch;
}

} // namespace

TEST_CASE("A metrics file is told apart from a bank statement by its header", "[import]")
{
    struct Case
    {
        const char16_t *header;
        bool metrics;
    };
    const auto c = GENERATE(values<Case>({
        {u"date,metric,value,unit", true},
        {u"Value,Date,Metric", true},
        {u"tanggal,metrik,nilai", true},
        {u"Tanggal,Metrik,Nilai,Satuan", true},
        {u"Date,Description,Amount", false},
        {u"date,metric", false},
        {u"Tanggal,Keterangan,Nama,Nilai", false}, // a bank statement with a payee name and an amount
        {u"", false},
    }));
    const QString header = QString::fromUtf16(c.header);
    CHECK(MetricsCsvImporter::looksLikeMetrics(tableOf(QList<QStringList>{header.split(u',')})) == c.metrics);
    CHECK_FALSE(MetricsCsvImporter::looksLikeMetrics(CsvTable{}));
}

TEST_CASE("Metric values are imported once, in any column order, and re-importing adds nothing", "[import]")
{
    ImportDb t;
    const CsvTable table = tableOf(QStringList{QStringLiteral("value,Metric,date"),
                                               QStringLiteral("72.4,Weight,2024-03-01"),
                                               QStringLiteral("7.5,sleep,2024-03-01"),
                                               QStringLiteral("5,Focus Level,2024-03-02")});
    const MetricImportPreview preview = previewOk(*t.db, table);
    REQUIRE(preview.problems.isEmpty());
    REQUIRE(preview.rows.size() == 3);
    CHECK(preview.newCount() == 3);
    CHECK(preview.rows.at(0).metric.name == u"weight");
    CHECK(preview.rows.at(0).metric.unit == u"kg"); // the known metric's unit when the file has none
    CHECK(preview.rows.at(0).metric.externalId == u"weight:2024-03-01");
    CHECK(preview.rows.at(2).metric.name == u"focus_level");
    const ImportBatch batch = commitOk(*t.db, preview);
    CHECK(batch.rowCount == 3);
    CHECK(t.rows(QStringLiteral("SELECT name, value, unit, day, source FROM metrics ORDER BY day, name"))
          == QStringList{QStringLiteral("t:sleep | r:7.5 | t:h | t:2024-03-01 | t:csv"),
                         QStringLiteral("t:weight | r:72.400000000000006 | t:kg | t:2024-03-01 | t:csv"),
                         QStringLiteral("t:focus_level | r:5 | t: | t:2024-03-02 | t:csv")});

    const MetricImportPreview again = previewOk(*t.db, table);
    CHECK(again.newCount() == 0);
    CHECK(commitOk(*t.db, again).id.isEmpty());
    CHECK(t.count(QStringLiteral("metrics")) == 3);
    CHECK(t.count(QStringLiteral("import_batches")) == 1);
}

TEST_CASE("A changed value replaces the stored one and the preview says so", "[import]")
{
    ImportDb t;
    commitOk(*t.db,
             previewOk(*t.db,
                       tableOf(QStringList{QStringLiteral("date,metric,value"),
                                           QStringLiteral("2024-03-01,weight,72.4"),
                                           QStringLiteral("2024-03-02,weight,72.1")})));
    const MetricImportPreview changed = previewOk(*t.db,
                                                  tableOf(QStringList{QStringLiteral("date,metric,value"),
                                                                      QStringLiteral("2024-03-01,weight,72.4"),
                                                                      QStringLiteral("2024-03-02,weight,71.8")}));
    REQUIRE(changed.rows.size() == 2);
    CHECK(changed.rows.at(0).duplicate);
    CHECK_FALSE(changed.rows.at(1).duplicate);
    CHECK(changed.rows.at(1).replaces);
    CHECK(commitOk(*t.db, changed).rowCount == 1);
    CHECK(t.rows(QStringLiteral("SELECT value FROM metrics WHERE day = '2024-03-02'"))
          == QStringList{QStringLiteral("r:71.799999999999997")});
    CHECK(t.count(QStringLiteral("metrics")) == 2);
    CHECK(t.count(QStringLiteral("import_replaced_metrics")) == 1);
}

TEST_CASE("Bad metric rows are reported by line and nothing is written", "[import]")
{
    ImportDb t;
    const CsvTable table =
        tableOf(QStringList{QStringLiteral("date,metric,value,unit"),
                            QStringLiteral("2024-03-01,weight,72.4,kg"), // 2 fine
                            QStringLiteral("2024-03-32,weight,72.1,kg"), // 3 no such day
                            QStringLiteral("2024-03-03,sleep,lots,h"),   // 4 not a number
                            QStringLiteral("2024-03-04,weight,160,lb"),  // 5 the wrong unit for weight
                            QStringLiteral("2024-03-05,,3,"),            // 6 no name
                            QStringLiteral("2024-03-01,weight,72.5,kg"), // 7 the same metric and day as line 2
                            QStringLiteral("2024-03-06,water,,ml")});    // 8 no value
    const MetricImportPreview preview = previewOk(*t.db, table);
    QList<int> lines;
    for (const ImportProblem &problem : preview.problems)
        lines.append(problem.line);
    CHECK(lines == QList<int>{3, 4, 5, 6, 7, 8});
    CHECK(preview.problems.at(3 - 3).message.contains(u"2024-03-32"));
    CHECK(preview.problems.at(5 - 3).message.contains(u"lb"));
    CHECK(preview.problems.at(7 - 3).message.contains(u'2'));
    auto refused = MetricsCsvImporter(*t.db).commit(preview, QStringLiteral("bad.csv"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK(t.count(QStringLiteral("metrics")) == 0);
    CHECK(t.count(QStringLiteral("import_batches")) == 0);
}

TEST_CASE("The day format is detected from the date column", "[import]")
{
    ImportDb t;
    const MetricImportPreview preview = previewOk(
        *t.db,
        tableOf(QList<QStringList>{{QStringLiteral("tanggal"), QStringLiteral("metrik"), QStringLiteral("nilai")},
                                   {QStringLiteral("01/03/2024"), QStringLiteral("berat"), QStringLiteral("72,4")},
                                   {QStringLiteral("25/03/2024"), QStringLiteral("tidur"), QStringLiteral("7,5")}}));
    REQUIRE(preview.problems.isEmpty());
    REQUIRE(preview.rows.size() == 2);
    CHECK(preview.rows.at(0).metric.day == QDate(2024, 3, 1));
    CHECK(preview.rows.at(1).metric.day == QDate(2024, 3, 25));
    CHECK(preview.rows.at(0).metric.value == 72.4);
}

TEST_CASE("The metrics fixtures import end to end, once", "[import][fixtures]")
{
    struct Case
    {
        const char16_t *file;
        int rows;
    };
    const auto c = GENERATE(values<Case>({{u"metrics.csv", 8}, {u"metrics_id.csv", 5}}));
    ImportDb t;
    const CsvTable table = fixtureTable(QString::fromUtf16(c.file));
    REQUIRE(MetricsCsvImporter::looksLikeMetrics(table));
    const MetricImportPreview preview = previewOk(*t.db, table);
    CHECK(preview.problems.isEmpty());
    CHECK(preview.newCount() == c.rows);
    CHECK(commitOk(*t.db, preview).rowCount == c.rows);
    CHECK(t.count(QStringLiteral("metrics")) == c.rows);
    CHECK(previewOk(*t.db, fixtureTable(QString::fromUtf16(c.file))).newCount() == 0);
}
