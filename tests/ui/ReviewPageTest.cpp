#include "pages/ReviewPage.h"

#include "health/MetricRepository.h"
#include "health/WorkoutRepository.h"
#include "storage/Query.h"
#include "support/QtStringMakers.h"
#include "support/UiFixture.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFrame>
#include <QLabel>
#include <QListWidget>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

const QDate kToday(2026, 11, 22); // a Sunday; "this week" is 16–22 November, "last week" 9–15

// Locales put no-break spaces between symbol and number; the expectations are written with plain spaces.
QString plain(QString text)
{
    return text.replace(QChar(0x00A0), u' ').replace(QChar(0x202F), u' ');
}

template<typename T>
T *findIn(QObject *parent, const QString &objectName)
{
    T *child = parent->findChild<T *>(objectName);
    INFO("looking for " << objectName.toStdString());
    REQUIRE(child);
    return child;
}

QString cardText(QWidget *page, const QString &metric, const char *line)
{
    auto *card = findIn<QFrame>(page, QStringLiteral("metricCard_") + metric);
    return plain(findIn<QLabel>(card, QString::fromLatin1(line))->text());
}

// 97 days of metrics (this week and the 90 days before it), a little spending, a journal and a workout.
struct ReviewFixture
{
    ReviewFixture()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        MetricRepository metrics(*fixture.database);
        WorkoutRepository workouts(*fixture.database);
        REQUIRE(fixture.database
                    ->write([&]() -> Result<void> {
                        for (int daysAgo = 0; daysAgo <= 96; ++daysAgo) {
                            const QDate day = kToday.addDays(-daysAgo);
                            const bool thisWeek = daysAgo < 7;
                            // Sleep 8 h this week, 7 h before: +14% against last week, the baseline and Sundays.
                            if (auto r = metrics.add(metric("sleep", thisWeek ? 8 : 7, day)); !r)
                                return r.error();
                            // Resting heart rate up from 60 to 66: +10%, the bad direction.
                            if (auto r = metrics.add(metric("resting_hr", thisWeek ? 66 : 60, day)); !r)
                                return r.error();
                            // Steps add up per day: 4,000 + 5,000 this week against 10,000 a day before.
                            for (double steps : thisWeek ? QList<double>{4000, 5000} : QList<double>{10000}) {
                                if (auto r = metrics.add(metric("steps", steps, day)); !r)
                                    return r.error();
                            }
                        }
                        // Weight was logged long ago only: not tracked now, so it gets no card.
                        if (auto r = metrics.add(metric("weight", 70, kToday.addDays(-200))); !r)
                            return r.error();
                        Workout run;
                        run.activity = QStringLiteral("run");
                        run.day = kToday;
                        run.durationMin = 30;
                        if (auto r = workouts.add(run); !r)
                            return r.error();
                        return {};
                    })
                    .ok());
        const qint64 food = addCategory(QStringLiteral("Food"));
        addExpense(50000, kToday.addDays(-2), food);
        addExpense(25000, kToday, food);
        addExpense(100000, kToday.addDays(-12), food); // last week
        addExpense(800000, kToday.addDays(-80), food); // the rest of the baseline: 900,000 in 90 days
        for (int daysAgo : {0, 1, 2}) {
            JournalEntry entry;
            entry.day = kToday.addDays(-daysAgo);
            entry.body = QStringLiteral("Wrote a little today.");
            REQUIRE(fixture.journal->save(entry).ok());
        }
        JournalEntry old;
        old.day = QDate(2024, 11, 22);
        old.body = QStringLiteral("Climbed the old volcano at sunrise.\nCold but worth it.");
        REQUIRE(fixture.journal->save(old).ok());
    }

    ~ReviewFixture() { QLocale::setDefault(QLocale::c()); }

    static Metric metric(const char *name, double value, const QDate &day)
    {
        Metric m;
        m.name = QString::fromLatin1(name);
        m.value = value;
        m.day = day;
        return m;
    }

    qint64 addCategory(const QString &name)
    {
        auto query = runQuery(*fixture.database,
                              QStringLiteral("INSERT INTO categories (name, kind, created_at) VALUES (?, 'expense', "
                                             "'2026-01-01T00:00:00.000Z')"),
                              {name},
                              QStringLiteral("test"));
        REQUIRE(query.ok());
        return query->lastInsertId().toLongLong();
    }

    void addExpense(qint64 minor, const QDate &day, qint64 category)
    {
        auto query =
            runQuery(*fixture.database,
                     QStringLiteral("INSERT INTO transactions (kind, amount_minor, currency, day, category_id, "
                                    "created_at, updated_at) VALUES ('expense', ?, 'IDR', ?, ?, "
                                    "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')"),
                     {minor, day.toString(Qt::ISODate), category},
                     QStringLiteral("test"));
        REQUIRE(query.ok());
    }

    UiFixture fixture{kToday};
};

} // namespace

TEST_CASE_METHOD(ReviewFixture, "the review cards show this week's values and their changes for the fixture data")
{
    ReviewPage page(*fixture.context);
    page.resize(1000, 800);
    page.activate();
    REQUIRE(page.report().has_value());

    CHECK(findIn<QLabel>(&page, QStringLiteral("reviewDate"))->text().contains(u"November 22, 2026"));

    CHECK(cardText(&page, QStringLiteral("sleep"), "metricName") == u"Sleep");
    CHECK(cardText(&page, QStringLiteral("sleep"), "metricValue") == u"8.0 h");
    CHECK(cardText(&page, QStringLiteral("sleep"), "metricTrend") == u"▲");
    CHECK(cardText(&page, QStringLiteral("sleep"), "vsLastWeek") == u"vs last week +14%");
    CHECK(cardText(&page, QStringLiteral("sleep"), "vsBaseline") == u"vs 90-day baseline +14%");
    CHECK(cardText(&page, QStringLiteral("sleep"), "vsWeekday") == u"today vs usual Sunday +14%");

    CHECK(cardText(&page, QStringLiteral("steps"), "metricValue") == u"9,000 steps");
    CHECK(cardText(&page, QStringLiteral("steps"), "metricTrend") == u"▼");
    CHECK(cardText(&page, QStringLiteral("steps"), "vsLastWeek") == u"vs last week −10%");

    CHECK(cardText(&page, QStringLiteral("resting_hr"), "metricValue") == u"66 bpm");
    CHECK(cardText(&page, QStringLiteral("resting_hr"), "vsBaseline") == u"vs 90-day baseline +10%");

    // Up is good for sleep, bad for the resting heart rate; down is bad for steps.
    const auto good = [&](const QString &metric) {
        auto *card = findIn<QFrame>(&page, QStringLiteral("metricCard_") + metric);
        return findIn<QLabel>(card, QStringLiteral("metricTrend"))->property("good");
    };
    CHECK(good(QStringLiteral("sleep")) == QVariant(true));
    CHECK(good(QStringLiteral("resting_hr")) == QVariant(false));
    CHECK(good(QStringLiteral("steps")) == QVariant(false));

    CHECK(page.findChild<QFrame *>(QStringLiteral("metricCard_weight")) == nullptr);
    CHECK_FALSE(findIn<QLabel>(&page, QStringLiteral("noMetrics"))->isVisibleTo(&page));
}

TEST_CASE_METHOD(ReviewFixture, "spending per category shows the week's total in money and its changes")
{
    ReviewPage page(*fixture.context);
    page.activate();
    auto *table = findIn<QTreeWidget>(&page, QStringLiteral("spendingTable"));
    REQUIRE(table->topLevelItemCount() == 1);
    const QTreeWidgetItem *food = table->topLevelItem(0);
    CHECK(food->text(0) == u"Food");
    CHECK(plain(food->text(1)) == u"IDR 75,000");
    CHECK(food->text(2) == u"−25%"); // 75,000 against 100,000
    CHECK(food->text(3) == u"+7%");  // against 900,000 × 7 / 90 = 70,000
}

TEST_CASE_METHOD(ReviewFixture, "on this day lists an earlier year's journal and opening it asks the window to show it")
{
    ReviewPage page(*fixture.context);
    page.activate();
    auto *list = findIn<QListWidget>(&page, QStringLiteral("onThisDayList"));
    REQUIRE(list->count() == 1);
    // Without the English translation loaded, plurals read "year(s)".
    CHECK(list->item(0)->text().startsWith(u"2 year"));
    CHECK(list->item(0)->text().endsWith(u" ago · Journal · Climbed the old volcano at sunrise."));

    QSignalSpy chosen(&page, &Page::hitChosen);
    list->setCurrentRow(0);
    Q_EMIT list->itemActivated(list->item(0));
    REQUIRE(chosen.size() == 1);
    const auto hit = chosen.first().first().value<SearchHit>();
    CHECK(hit.kind == u"journal");
    CHECK(hit.day == QDate(2024, 11, 22));
    CHECK(hit.origin.startsWith(u"journal:"));
}

TEST_CASE_METHOD(ReviewFixture, "on this day keeps the journal first and caps dozens of transactions with a count")
{
    const qint64 food = addCategory(QStringLiteral("Snacks"));
    for (int year = 2021; year <= 2025; ++year) {
        for (int i = 0; i < 6; ++i)
            addExpense(10000 + i, QDate(year, 11, 22), food);
    }
    ReviewPage page(*fixture.context);
    page.activate();
    auto *list = findIn<QListWidget>(&page, QStringLiteral("onThisDayList"));
    // 31 entries: nine shown, then one line for the other 22.
    REQUIRE(list->count() == 10);
    CHECK(list->item(0)->text().endsWith(u" ago · Journal · Climbed the old volcano at sunrise."));
    CHECK(list->item(9)->text().contains(u"22 more"));
    CHECK(list->maximumHeight() < 12 * list->sizeHintForRow(0));

    QSignalSpy chosen(&page, &Page::hitChosen);
    Q_EMIT list->itemActivated(list->item(9));
    CHECK(chosen.isEmpty());
    Q_EMIT list->itemActivated(list->item(1));
    REQUIRE(chosen.size() == 1);
    CHECK(chosen.first().first().value<SearchHit>().kind == u"expense");
}

TEST_CASE_METHOD(ReviewFixture, "streaks count the journal days and workouts up to today")
{
    ReviewPage page(*fixture.context);
    page.activate();
    const QString streaks = findIn<QLabel>(&page, QStringLiteral("streaks"))->text();
    INFO(streaks.toStdString());
    // Without the English translation loaded, plurals read "day(s)".
    CHECK(streaks.contains(u"Journal written: 3 day"));
    CHECK(streaks.contains(u"Workouts: 1 day"));
}

TEST_CASE("the review of an empty database says there is nothing yet instead of showing empty cards")
{
    UiFixture fixture{kToday};
    ReviewPage page(*fixture.context);
    page.activate();
    REQUIRE(page.report().has_value());
    CHECK(findIn<QLabel>(&page, QStringLiteral("noMetrics"))->isVisibleTo(&page));
    CHECK(findIn<QLabel>(&page, QStringLiteral("noSpending"))->isVisibleTo(&page));
    CHECK(findIn<QLabel>(&page, QStringLiteral("noOnThisDay"))->isVisibleTo(&page));
    CHECK_FALSE(findIn<QTreeWidget>(&page, QStringLiteral("spendingTable"))->isVisibleTo(&page));
}

TEST_CASE_METHOD(ReviewFixture, "the metric cards and lists are reached with the Tab key")
{
    ReviewPage page(*fixture.context);
    page.resize(1000, 800);
    page.show();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    page.activate();
    auto *firstCard = findIn<QFrame>(&page, QStringLiteral("metricCard_sleep"));
    firstCard->setFocus();
    QCoreApplication::processEvents();
    REQUIRE(firstCard->hasFocus());
    QStringList visited;
    for (int i = 0; i < 8 && QApplication::focusWidget(); ++i) {
        visited.append(QApplication::focusWidget()->objectName());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
    INFO(visited.join(QStringLiteral(", ")).toStdString());
    CHECK(visited.contains(QStringLiteral("metricCard_resting_hr")));
    CHECK(visited.contains(QStringLiteral("metricCard_steps")));
    CHECK(visited.contains(QStringLiteral("spendingTable")));
    CHECK(visited.contains(QStringLiteral("onThisDayList")));
}
