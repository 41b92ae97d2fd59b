#include "CalendarTestData.h"
#include "MainWindow.h"
#include "UiContext.h"
#include "pages/CalendarPage.h"
#include "pages/TodayPage.h"
#include "pages/calendar/EventList.h"
#include "widgets/JournalEditor.h"
#include "support/QtStringMakers.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

#include <catch2/catch.hpp>

using namespace lifeos;
using namespace calendartest;

namespace {

template <typename T>
T *findIn(QObject *parent, const char *objectName)
{
    T *child = parent->findChild<T *>(QLatin1StringView(objectName));
    INFO("looking for " << objectName);
    REQUIRE(child);
    return child;
}

void showToday(MainWindow &window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Today);
}

} // namespace

TEST_CASE("the Today page's agenda lists today's events, all-day first, with their times and places")
{
    UkLocale locale;
    UiFixture fixture(kToday);
    Events events(fixture);
    showToday(fixture.window());
    auto *agenda = findIn<EventList>(fixture.window().page(MainWindow::Today), "todayAgenda");

    CHECK(agenda->isVisible());
    CHECK_FALSE(findIn<QLabel>(fixture.window().page(MainWindow::Today), "todayAgendaEmpty")->isVisible());
    CHECK(agenda->rowTexts()
          == QStringList{QStringLiteral("All day Public holiday"), QStringLiteral("09:30–10:00 Stand-up · Room 4"),
                         QStringLiteral("14:00–15:00 (no title)"),
                         QStringLiteral("23:00–01:30 (next day) Night flight · Gate 7")});
}

TEST_CASE("an empty day's agenda says so, and the agenda reloads when events arrive")
{
    UkLocale locale;
    UiFixture fixture(kToday);
    fixture.context->timeZone = [] { return zone(); };
    showToday(fixture.window());
    auto *today = static_cast<TodayPage *>(fixture.window().page(MainWindow::Today));
    auto *agenda = findIn<EventList>(today, "todayAgenda");
    auto *empty = findIn<QLabel>(today, "todayAgendaEmpty");
    CHECK(empty->isVisible());
    CHECK(empty->text() == QStringLiteral("Nothing on your calendar today."));
    CHECK_FALSE(agenda->isVisible());

    // What a calendar sync does: rows appear, then the window asks the page to read them again.
    CalendarRepository repository(*fixture.database);
    REQUIRE(repository.upsert(timed(QStringLiteral("Dentist"), kToday, QTime(16, 30), 45), zone()).ok());
    REQUIRE(repository.upsert(timed(QStringLiteral("Tomorrow's thing"), kToday.addDays(1), QTime(8, 0), 30), zone())
                .ok());
    today->reloadAgenda();
    CHECK(agenda->isVisible());
    CHECK_FALSE(empty->isVisible());
    CHECK(agenda->rowTexts() == QStringList{QStringLiteral("16:30–17:15 Dentist")});
}

TEST_CASE("Enter on an agenda event opens it on the Calendar page with its details")
{
    UkLocale locale;
    UiFixture fixture(kToday);
    Events events(fixture);
    MainWindow &window = fixture.window();
    showToday(window);
    auto *agenda = findIn<EventList>(window.page(MainWindow::Today), "todayAgenda");
    agenda->setFocus();
    REQUIRE(agenda->selectEvent(events.standup));
    QTest::keyClick(agenda, Qt::Key_Return);

    REQUIRE(window.currentPage() == MainWindow::Calendar);
    auto *calendar = static_cast<CalendarPage *>(window.page(MainWindow::Calendar));
    CHECK(calendar->day() == kToday);
    CHECK(findIn<EventList>(calendar, "calendarEvents")->currentEventId() == events.standup);
    CHECK(findIn<QLabel>(calendar, "calendarDetailTitle")->text() == QStringLiteral("Stand-up"));
}

TEST_CASE("past midnight Today shows the new day's title and agenda, and the journal entry waits for the writer")
{
    UkLocale locale;
    QDate day = kToday;
    UiFixture fixture(kToday);
    Events events(fixture);
    fixture.context->today = [&day] { return day; };
    MainWindow &window = fixture.window();
    showToday(window);
    auto *today = static_cast<TodayPage *>(window.page(MainWindow::Today));
    auto *editor = today->findChild<JournalEditor *>();
    REQUIRE(editor);
    auto *text = editor->findChild<QPlainTextEdit *>();
    REQUIRE(text);
    auto *watch = findIn<QTimer>(today, "todayDayWatch");
    auto *agenda = findIn<EventList>(today, "todayAgenda");
    REQUIRE(editor->day() == kToday);

    // Writing across midnight: the watch notices the new day.
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Still up, writing"));
    day = kToday.addDays(1);
    watch->setInterval(1);
    QTRY_COMPARE(findIn<QLabel>(today, "pageTitle")->text(), QLocale().toString(day, QLocale::LongFormat));
    CHECK(agenda->rowTexts().first() == QStringLiteral("All day Conference"));
    CHECK(agenda->rowTexts().contains(QStringLiteral("12:00–13:00 Lunch with Ana")));
    // … but the entry being written stays where it was, text and focus included.
    QTest::qWait(50); // a few more ticks of the watch
    CHECK(editor->day() == kToday);
    CHECK(text->toPlainText().contains(QStringLiteral("Still up, writing")));
    CHECK(text->hasFocus());

    SECTION("leaving the editor lets the entry move on, saved on the day it was written")
    {
        agenda->setFocus();
        QTRY_COMPARE(editor->day(), day);
        CHECK_FALSE(text->toPlainText().contains(QStringLiteral("Still up, writing")));
    }
    SECTION("showing the page again moves the entry on, saved on the day it was written")
    {
        watch->setInterval(60 * 1000);
        window.showPage(MainWindow::Journal);
        window.showPage(MainWindow::Today);
        CHECK(editor->day() == day);
    }
    auto written = fixture.journal->entryFor(kToday);
    REQUIRE(written.ok());
    REQUIRE(written->has_value());
    CHECK((*written)->body.contains(QStringLiteral("Still up, writing")));
}
