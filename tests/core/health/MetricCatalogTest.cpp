#include "health/MetricCatalog.h"

#include "capture/ParseContextFactory.h"
#include "support/QtStringMakers.h"
#include "support/TempDataDir.h"
#include "util/DataLocation.h"
#include "util/Settings.h"

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

QStringList namesOf(const QList<MetricDefinition> &definitions)
{
    QStringList names;
    for (const MetricDefinition &definition : definitions)
        names.append(definition.name);
    return names;
}

} // namespace

TEST_CASE("the built-in metrics have their units, aggregation and decimals")
{
    struct Row
    {
        const char *name;
        const char *unit;
        MetricAggregate aggregate;
        int decimals;
    };
    const Row row = GENERATE(Row{"sleep", "h", MetricAggregate::Mean, 1},
                             Row{"sleep_score", "", MetricAggregate::Mean, 0},
                             Row{"weight", "kg", MetricAggregate::Mean, 1},
                             Row{"water", "ml", MetricAggregate::Sum, 0},
                             Row{"steps", "steps", MetricAggregate::Sum, 0},
                             Row{"mood", "/10", MetricAggregate::Mean, 1},
                             Row{"energy", "/10", MetricAggregate::Mean, 1},
                             Row{"hrv", "ms", MetricAggregate::Mean, 0},
                             Row{"readiness", "", MetricAggregate::Mean, 0},
                             Row{"resting_hr", "bpm", MetricAggregate::Mean, 0},
                             Row{"sauna", "min", MetricAggregate::Sum, 0});
    const auto found = MetricCatalog::find(MetricCatalog::builtIns(), QString::fromLatin1(row.name));
    INFO(row.name);
    REQUIRE(found.has_value());
    CHECK(found->unit == QString::fromLatin1(row.unit));
    CHECK(found->aggregate == row.aggregate);
    CHECK(found->decimals == row.decimals);
    CHECK(found->builtIn);
    CHECK_FALSE(MetricCatalog::label(found->name).isEmpty());
}

TEST_CASE("labels are words for built-ins and the name as typed for the user's own")
{
    CHECK(MetricCatalog::label(QStringLiteral("hrv")) == u"Heart-rate variability");
    CHECK(MetricCatalog::label(QStringLiteral("sleep_score")) == u"Sleep score");
    CHECK(MetricCatalog::label(QStringLiteral("caffeine")) == u"caffeine");
}

TEST_CASE("resolve gives the known definition, or a mean metric with the unit seen in the data")
{
    const QList<MetricDefinition> builtIns = MetricCatalog::builtIns();
    CHECK(MetricCatalog::resolve(builtIns, QStringLiteral("Water")).aggregate == MetricAggregate::Sum);
    const MetricDefinition unknown =
        MetricCatalog::resolve(builtIns, QStringLiteral("glucose"), QStringLiteral("mg/dL"));
    CHECK(unknown.name == u"glucose");
    CHECK(unknown.unit == u"mg/dL");
    CHECK(unknown.aggregate == MetricAggregate::Mean);
    CHECK_FALSE(unknown.builtIn);
}

TEST_CASE("a user metric added to the settings is listed after the built-ins, read by quick capture, and removed again")
{
    TempDataDir dir;
    const QString path = DataLocation::settingsPath(dir.path());
    {
        Settings settings(path);
        settings.setValue(SettingKeys::CustomMetrics, QStringList{QStringLiteral("caffeine:mg:kafein,coffee")});
        const auto added = MetricCatalog::addCustom(settings, QStringLiteral(" Glucose "), QStringLiteral("mg/dL"));
        REQUIRE(added.ok());
        CHECK(added->name == u"glucose");
        CHECK_FALSE(added->builtIn);
    }
    {
        // A fresh Settings on the same file: what was added was written, not only held in memory.
        Settings settings(path);
        const QList<MetricDefinition> all = MetricCatalog::all(settings);
        const QStringList names = namesOf(all);
        CHECK(names.mid(0, MetricCatalog::builtIns().size()) == namesOf(MetricCatalog::builtIns()));
        CHECK(names.mid(MetricCatalog::builtIns().size())
              == QStringList{QStringLiteral("caffeine"), QStringLiteral("glucose")});
        CHECK(MetricCatalog::find(all, QStringLiteral("glucose"))->unit == u"mg/dL");

        const QList<CustomMetric> forCapture =
            ParseContextFactory::customMetricsFrom(settings.value(SettingKeys::CustomMetrics));
        REQUIRE(forCapture.size() == 2);
        CHECK(forCapture.at(1).name == u"glucose");
        CHECK(forCapture.at(1).unit == u"mg/dL");

        REQUIRE(MetricCatalog::removeCustom(settings, QStringLiteral("Caffeine")).ok());
    }
    Settings settings(path);
    CHECK(settings.value(SettingKeys::CustomMetrics) == QStringList{QStringLiteral("glucose:mg/dL")});
    CHECK(namesOf(MetricCatalog::all(settings)).last() == u"glucose");
}

TEST_CASE("a user metric that clashes or is badly named is refused and the settings stay as they were")
{
    TempDataDir dir;
    Settings settings(DataLocation::settingsPath(dir.path()));
    REQUIRE(MetricCatalog::addCustom(settings, QStringLiteral("caffeine"), QStringLiteral("mg")).ok());
    const QString name = GENERATE(QStringLiteral("sleep"),
                                  QStringLiteral("Caffeine"),
                                  QStringLiteral(""),
                                  QStringLiteral("blood sugar"),
                                  QStringLiteral("a:b"));
    INFO(name.toStdString());
    const auto refused = MetricCatalog::addCustom(settings, name, QStringLiteral("x"));
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error().code == ErrorCode::InvalidInput);
    CHECK_FALSE(refused.error().message.isEmpty());
    CHECK(settings.value(SettingKeys::CustomMetrics) == QStringList{QStringLiteral("caffeine:mg")});
}

TEST_CASE("removing a built-in or an unknown metric is refused")
{
    TempDataDir dir;
    Settings settings(DataLocation::settingsPath(dir.path()));
    CHECK(MetricCatalog::removeCustom(settings, QStringLiteral("weight")).error().code == ErrorCode::InvalidInput);
    CHECK(MetricCatalog::removeCustom(settings, QStringLiteral("nothing")).error().code == ErrorCode::NotFound);
}
