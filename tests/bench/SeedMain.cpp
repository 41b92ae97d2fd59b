// lifeos-seed: fills an empty LifeOS data folder with deterministic sample data (see SampleData.h).
#include "SampleCalendar.h"
#include "SampleData.h"
#include "SampleHealthMoney.h"
#include "util/Settings.h"
#include "util/DataLocation.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>

#include <cstdio>

namespace {

int fail(const QString &message)
{
    std::fprintf(stderr, "lifeos-seed: %s\n", qPrintable(message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("lifeos-seed"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Fills an empty LifeOS data folder with the same realistic sample data every time: at scale 1.0 "
                       "about 2,000 journal days, 20,000 tasks and 5,000 notes, relative to --today."));
    parser.addHelpOption();
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QStringLiteral("The data folder (required)."),
                                           QStringLiteral("DIR"));
    const QCommandLineOption scaleOption(QStringLiteral("scale"),
                                         QStringLiteral("Multiplies the amount of data, 0.01 to 10 (default 1.0)."),
                                         QStringLiteral("FACTOR"),
                                         QStringLiteral("1.0"));
    const QCommandLineOption todayOption(QStringLiteral("today"),
                                         QStringLiteral("The day the data is relative to (default: today)."),
                                         QStringLiteral("YYYY-MM-DD"));
    const QCommandLineOption healthOption(
        QStringLiteral("health-years"),
        QStringLiteral("Also add N years of daily health metrics, workouts and money (default 0: none)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption metricsOption(QStringLiteral("metrics"),
                                           QStringLiteral("How many daily metrics, 1 to 12 (default 12)."),
                                           QStringLiteral("N"), QStringLiteral("12"));
    const QCommandLineOption transactionsOption(
        QStringLiteral("transactions"),
        QStringLiteral("Everyday transactions in all (default: about four a day)."), QStringLiteral("N"),
        QStringLiteral("0"));
    parser.addOptions({dataDirOption, scaleOption, todayOption, healthOption, metricsOption, transactionsOption});
    const QCommandLineOption calendarOption(
        QStringLiteral("calendar-days"),
        QStringLiteral("Also add Google-style calendar events from N days before to N days after --today (default 0)."),
        QStringLiteral("N"), QStringLiteral("0"));
    parser.addOption(calendarOption);
    parser.process(app);

    if (!parser.isSet(dataDirOption))
        return fail(QStringLiteral("--data-dir DIR is required."));
    bool scaleOk = false;
    const double scale = parser.value(scaleOption).toDouble(&scaleOk);
    if (!scaleOk)
        return fail(QStringLiteral("--scale wants a number, not '%1'.").arg(parser.value(scaleOption)));
    QDate today = QDate::currentDate();
    if (parser.isSet(todayOption)) {
        today = QDate::fromString(parser.value(todayOption), Qt::ISODate);
        if (!today.isValid())
            return fail(QStringLiteral("--today wants a date as YYYY-MM-DD, not '%1'.").arg(parser.value(todayOption)));
    }

    auto dir = lifeos::DataLocation::ensure(lifeos::DataLocation::resolve(parser.value(dataDirOption)));
    if (!dir)
        return fail(dir.error().message);
    const QString path = lifeos::DataLocation::databasePath(dir.value());

    QElapsedTimer timer;
    timer.start();
    auto database = lifeos::Database::open(path);
    if (!database)
        return fail(database.error().message);
    lifeos::SampleData::Options options;
    options.today = today;
    options.scale = scale;
    auto counts = lifeos::SampleData::fill(*database.value(), options);
    if (!counts)
        return fail(counts.error().message);
    const int healthYears = parser.value(healthOption).toInt();
    lifeos::HealthMoneyCounts health;
    if (healthYears > 0) {
        lifeos::SampleHealthMoney::Options healthOptions;
        healthOptions.today = today;
        healthOptions.years = healthYears;
        healthOptions.metricCount = parser.value(metricsOption).toInt();
        healthOptions.transactions = parser.value(transactionsOption).toInt();
        auto filled = lifeos::SampleHealthMoney::fill(*database.value(), healthOptions);
        if (!filled)
            return fail(filled.error().message);
        health = filled.value();
        // "meditation" is the sample person's own metric, defined as quick capture and Health expect.
        lifeos::Settings settings(lifeos::DataLocation::settingsPath(dir.value()));
        QStringList custom = settings.value(lifeos::SettingKeys::CustomMetrics);
        if (!custom.contains(QStringLiteral("meditation:min:meditate")))
            custom.append(QStringLiteral("meditation:min:meditate"));
        settings.setValue(lifeos::SettingKeys::CustomMetrics, custom);
        settings.sync();
    }
    const int calendarDays = parser.value(calendarOption).toInt();
    int calendarEvents = 0;
    if (calendarDays > 0) {
        lifeos::SampleCalendar::Options calendarOptions;
        calendarOptions.today = today;
        calendarOptions.days = calendarDays;
        auto filled = lifeos::SampleCalendar::fill(*database.value(), calendarOptions);
        if (!filled)
            return fail(filled.error().message);
        calendarEvents = filled.value();
    }
    database.value().reset(); // closing checkpoints the WAL into the database file
    const double seconds = double(timer.nsecsElapsed()) / 1e9;

    std::printf("%s\n", qPrintable(path));
    std::printf("  journal entries  %7d\n", counts->journalEntries);
    std::printf("  tasks            %7d  (%d open, %d done)\n", counts->tasks, counts->openTasks, counts->doneTasks);
    std::printf("  notes            %7d\n", counts->notes);
    std::printf("  tags             %7d  (%d links)\n", counts->tags, counts->tagLinks);
    std::printf("  categories       %7d\n", counts->categories);
    if (healthYears > 0) {
        std::printf("  metrics          %7d\n", health.metrics);
        std::printf("  workouts         %7d\n", health.workouts);
        std::printf("  transactions     %7d  (%d recurring templates, %d budgets)\n", health.transactions,
                    health.recurring, health.budgets);
    }
    if (calendarDays > 0)
        std::printf("  calendar events  %7d\n", calendarEvents);
    std::printf("  today            %s, scale %g\n", qPrintable(today.toString(Qt::ISODate)), scale);
    std::printf("  database size    %7.1f MB\n", double(QFileInfo(path).size()) / (1024.0 * 1024.0));
    std::printf("seeded in %.2f s\n", seconds);
    return 0;
}
