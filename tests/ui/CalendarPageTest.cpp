#include "CalendarTestData.h"
#include "MainWindow.h"
#include "UiContext.h"
#include "pages/CalendarPage.h"
#include "pages/calendar/EventList.h"
#include "pages/calendar/IcsImportTask.h"
#include "support/QtStringMakers.h"

#include <QLabel>
#include <QPushButton>
#include <QStatusBar>
#include <QTabBar>
#include <QAction>
#include <QApplication>
#include <QMessageBox>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>

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

struct PageUnderTest {
    explicit PageUnderTest(UiFixture &fixture)
        : page(*fixture.context)
    {
        page.resize(1000, 700);
        page.show();
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        REQUIRE(QTest::qWaitForWindowActive(&page));
        page.activate();
    }
    EventList *list() { return findIn<EventList>(&page, "calendarEvents"); }
    QStringList rows() { return list()->rowTexts(); }
    // The days under the week view's headings, in order.
    QList<QDate> headingDays()
    {
        QList<QDate> days;
        for (int row = 0; row < list()->count(); ++row) {
            if (list()->item(row)->data(EventList::RowKindRole).toInt() == int(EventList::RowKind::Header))
                days.append(list()->item(row)->data(EventList::DayRole).toDate());
        }
        return days;
    }

    CalendarPage page;
};

} // namespace

TEST_CASE("the day view lists all-day events first, then timed ones with their times, a title-less one as (no title)")
{
    UkLocale locale;
    UiFixture fixture(kToday);
    Events events(fixture);
    PageUnderTest test(fixture);

    CHECK(test.page.view() == CalendarPage::View::Day);
    CHECK(test.page.day() == kToday);
    CHECK(test.rows()
          == QStringList{QStringLiteral("All day Public holiday"), QStringLiteral("09:30–10:00 Stand-up · Room 4"),
                         QStringLiteral("14:00–15:00 (no title)"),
                         QStringLiteral("23:00–01:30 (next day) Night flight · Gate 7")});
    CHECK(findIn<QLabel>(&test.page, "calendarTitle")->text().startsWith(QStringLiteral("Today")));
    CHECK(test.list()->eventCount() == 4);
}

TEST_CASE("an event that crosses midnight shows on both days, and a multi-day all-day event on each of its days")
{
    UkLocale locale;
    UiFixture fixture(kToday);
    Events events(fixture);
    PageUnderTest test(fixture);

    test.page.showDay(kToday.addDays(1));
    CHECK(test.rows()
          == QStringList{QStringLiteral("All day Conference"), QStringLiteral("Until 01:30 Night flight · Gate 7"),
                         QStringLiteral("12:00–13:00 Lunch with Ana")});
    test.page.showDay(kToday.addDays(3));
    CHECK(test.rows() == QStringList{QStringLiteral("All day Conference")});
    test.page.showDay(kToday.addDays(4));
    CHECK(test.rows() == QStringList{QStringLiteral("Nothing on your calendar this day.")});
    CHECK(test.list()->eventCount() == 0);
}

TEST_CASE("the week view shows seven day headings from the locale's first day of the week, each with its events")
{
    UkLocale locale;
    UiFixture fixture(kToday);
    Events events(fixture);
    PageUnderTest test(fixture);

    test.page.setView(CalendarPage::View::Week);
    CHECK(findIn<QTabBar>(&test.page, "calendarView")->currentIndex() == 1);
    // Sunday 22 November in a Monday-first locale: the week of Monday 16 to Sunday 22.
    QList<QDate> expected;
    for (int day = 16; day <= 22; ++day)
        expected.append(QDate(2026, 11, day));
    CHECK(test.headingDays() == expected);
    const QStringList rows = test.rows();
    CHECK(rows.first() == QStringLiteral("Monday, 16 November"));
    CHECK(rows.contains(QStringLiteral("Today · Sunday, 22 November")));
    CHECK(rows.count(QStringLiteral("Nothing planned")) == 6);
    CHECK(test.list()->eventCount() == 4);
    CHECK(findIn<QLabel>(&test.page, "calendarTitle")->text() == QStringLiteral("This week · 16 – 22 November 2026"));

    // A Sunday-first locale puts the same Sunday at the start of its week.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    CHECK(CalendarPage::weekStart(kToday) == kToday);
    CHECK(CalendarPage::weekStart(kToday.addDays(6)) == kToday);
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    CHECK(CalendarPage::weekStart(kToday) == QDate(2026, 11, 16));
}

TEST_CASE("Alt+Left and Alt+Right step a day in the Day view and a week in the Week view, and Today comes back")
{
    UkLocale locale;
    UiFixture fixture(kToday);
    Events events(fixture);
    PageUnderTest test(fixture);
    test.list()->setFocus();

    QTest::keyClick(test.list(), Qt::Key_Right, Qt::AltModifier);
    CHECK(test.page.day() == kToday.addDays(1));
    QTest::keyClick(test.list(), Qt::Key_Left, Qt::AltModifier);
    QTest::keyClick(test.list(), Qt::Key_Left, Qt::AltModifier);
    CHECK(test.page.day() == kToday.addDays(-1));

    QTest::keyClick(test.list(), Qt::Key_Tab, Qt::ControlModifier);
    REQUIRE(test.page.view() == CalendarPage::View::Week);
    QTest::keyClick(test.list(), Qt::Key_Left, Qt::AltModifier);
    CHECK(test.page.day() == kToday.addDays(-8));
    CHECK(test.headingDays().first() == QDate(2026, 11, 9));
    CHECK(test.rows().contains(QStringLiteral("10:00–11:00 Old meeting")));

    findIn<QPushButton>(&test.page, "calendarToday")->click();
    CHECK(test.page.day() == kToday);
    QTest::keyClick(test.list(), Qt::Key_Tab, Qt::ControlModifier);
    CHECK(test.page.view() == CalendarPage::View::Day);
}

TEST_CASE("Up and Down move from event to event past the headings, Enter opens the details and Esc closes them")
{
    UkLocale locale;
    UiFixture fixture(kToday);
    Events events(fixture);
    PageUnderTest test(fixture);
    test.page.showDay(kToday.addDays(1));
    test.page.setView(CalendarPage::View::Week); // the week of 23 to 29 November: tomorrow comes first
    EventList *list = test.list();
    list->setFocus();
    auto *details = findIn<QWidget>(&test.page, "calendarDetails");
    CHECK_FALSE(details->isVisible());

    // The first event of the day asked for is current: Conference, never the heading above it.
    REQUIRE(list->currentEventId() == events.conference);
    QTest::keyClick(list, Qt::Key_Down);
    CHECK(list->currentEventId() == events.flight);
    QTest::keyClick(list, Qt::Key_Down);
    REQUIRE(list->currentEventId() == events.lunch);

    QTest::keyClick(list, Qt::Key_Return);
    REQUIRE(details->isVisible());
    CHECK(findIn<QLabel>(&test.page, "calendarDetailTitle")->text() == QStringLiteral("Lunch with Ana"));
    CHECK(findIn<QLabel>(&test.page, "calendarDetailWhen")->text().contains(QStringLiteral("12:00–13:00")));
    CHECK(findIn<QTextBrowser>(&test.page, "calendarDetailDescription")->toPlainText()
          == QStringLiteral("Bring the contract."));
    // The panel follows the selection while it is open; Down skips Tuesday's heading.
    QTest::keyClick(list, Qt::Key_Down);
    CHECK(list->item(list->currentRow() - 1)->data(EventList::RowKindRole).toInt() == int(EventList::RowKind::Header));
    CHECK(findIn<QLabel>(&test.page, "calendarDetailTitle")->text() == QStringLiteral("Conference"));

    QTest::keyClick(list, Qt::Key_Escape);
    CHECK_FALSE(details->isVisible());
}

TEST_CASE("a search hit for an event opens the Calendar page on the event's day with it selected")
{
    UkLocale locale;
    UiFixture fixture(kToday);
    Events events(fixture);
    MainWindow &window = fixture.window();
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *calendar = static_cast<CalendarPage *>(window.page(MainWindow::Calendar));

    SearchHit hit;
    hit.kind = QStringLiteral("event");
    hit.origin = QStringLiteral("event:%1").arg(events.lunch);
    hit.recordId = events.lunch;
    hit.title = QStringLiteral("Lunch with Ana");
    hit.day = kToday.addDays(1);
    auto *events_ = findIn<EventList>(calendar, "calendarEvents");
    // The page is read once on the way there, not once for showing it and again for the event.
    QSignalSpy loads(events_->model(), &QAbstractItemModel::modelReset);
    window.openSearchHit(hit);
    CHECK(loads.count() == 1);
    CHECK(window.currentPage() == MainWindow::Calendar);
    CHECK(calendar->view() == CalendarPage::View::Day);
    CHECK(calendar->day() == kToday.addDays(1));
    auto *list = findIn<EventList>(calendar, "calendarEvents");
    CHECK(list->currentEventId() == events.lunch);
    CHECK(findIn<QWidget>(calendar, "calendarDetails")->isVisible());

    // Found before it was deleted: the day it was on, and a word about why it is not listed.
    REQUIRE(events.repository.remove(events.oldMeeting).ok());
    SearchHit gone;
    gone.kind = QStringLiteral("event");
    gone.recordId = events.oldMeeting;
    gone.day = kToday.addDays(-7);
    loads.clear();
    window.openSearchHit(gone);
    CHECK(loads.count() == 1);
    CHECK(window.currentPage() == MainWindow::Calendar);
    CHECK(calendar->day() == kToday.addDays(-7));
    CHECK(window.statusBar()->currentMessage().contains(QStringLiteral("no longer in your calendar")));
}

TEST_CASE("the week's headings and title follow the locale's order of day and month")
{
    UkLocale restore;
    UiFixture fixture(kToday);
    Events events(fixture);

    SECTION("English (US): month first, weeks from Sunday")
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        PageUnderTest test(fixture);
        test.page.setView(CalendarPage::View::Week);
        const QStringList rows = test.rows();
        CHECK(rows.first() == QStringLiteral("Today · Sunday, November 22"));
        CHECK(rows.contains(QStringLiteral("Monday, November 23")));
        CHECK(findIn<QLabel>(&test.page, "calendarTitle")->text()
              == QStringLiteral("This week · November 22 – 28, 2026"));
        test.page.showDay(QDate(2026, 11, 29));
        CHECK(findIn<QLabel>(&test.page, "calendarTitle")->text()
              == QStringLiteral("November 29 – December 5, 2026"));
        test.page.showDay(QDate(2026, 12, 28));
        CHECK(findIn<QLabel>(&test.page, "calendarTitle")->text()
              == QStringLiteral("December 27, 2026 – January 2, 2027"));
    }
    SECTION("English (UK): day first, weeks from Monday")
    {
        PageUnderTest test(fixture);
        test.page.setView(CalendarPage::View::Week);
        test.page.showDay(QDate(2026, 11, 30));
        CHECK(test.rows().first() == QStringLiteral("Monday, 30 November"));
        CHECK(findIn<QLabel>(&test.page, "calendarTitle")->text() == QStringLiteral("30 November – 6 December 2026"));
        test.page.showDay(QDate(2026, 12, 28));
        CHECK(findIn<QLabel>(&test.page, "calendarTitle")->text()
              == QStringLiteral("28 December 2026 – 3 January 2027"));
    }
    SECTION("Indonesian: day first, in its own words")
    {
        QLocale::setDefault(QLocale(QLocale::Indonesian, QLocale::Indonesia));
        PageUnderTest test(fixture);
        test.page.setView(CalendarPage::View::Week);
        CHECK(test.rows().contains(QStringLiteral("Senin, 23 November")));
    }
}

TEST_CASE("Previous and Next are named for the step they take: a day or a week")
{
    UkLocale locale;
    UiFixture fixture(kToday);
    PageUnderTest test(fixture);
    auto *previous = findIn<QToolButton>(&test.page, "calendarPrevious");
    auto *next = findIn<QToolButton>(&test.page, "calendarNext");
    CHECK(previous->accessibleName() == QStringLiteral("Previous day"));
    CHECK(next->accessibleName() == QStringLiteral("Next day"));
    test.page.setView(CalendarPage::View::Week);
    CHECK(previous->accessibleName() == QStringLiteral("Previous week"));
    CHECK(next->accessibleName() == QStringLiteral("Next week"));
}

TEST_CASE("an event's description never loads files or remote resources it names")
{
    UkLocale locale;
    UiFixture fixture(kToday);
    Events events(fixture);
    // A real image on disk, named by the description as a file: URL and relative to the working directory.
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString imagePath = dir.filePath(QStringLiteral("secret.png"));
    QImage image(4, 4, QImage::Format_RGB32);
    image.fill(Qt::red);
    REQUIRE(image.save(imagePath));
    const QUrl fileUrl = QUrl::fromLocalFile(imagePath);
    const QString html = QStringLiteral("<p>Agenda <img src=\"%1\"> <a href=\"https://example.com/doc\">doc</a></p>")
                             .arg(fileUrl.toString());
    const CalendarEvent withImage = timed(QStringLiteral("Board meeting"), kToday, QTime(16, 0), 60, {}, html);
    const qint64 id = events.add(withImage);
    PageUnderTest test(fixture);
    REQUIRE(test.page.openEvent(id));
    auto *description = findIn<QTextBrowser>(&test.page, "calendarDetailDescription");
    CHECK(description->toPlainText().contains(QStringLiteral("Agenda")));
    const QVariant loaded = description->document()->resource(QTextDocument::ImageResource, fileUrl);
    CHECK(loaded.toByteArray().isEmpty());
    CHECK(qvariant_cast<QImage>(loaded).isNull());
    CHECK_FALSE(description->openLinks());

    // The same HTML in a plain QTextBrowser does read the file: the check above would notice a leak.
    QTextBrowser plain;
    plain.setHtml(withImage.description);
    const QVariant leaked = plain.document()->resource(QTextDocument::ImageResource, fileUrl);
    CHECK((!leaked.toByteArray().isEmpty() || !qvariant_cast<QImage>(leaked).isNull()));
}

TEST_CASE("the keyboard shortcuts list names the Calendar page's keys")
{
    UiFixture fixture(kToday);
    MainWindow &window = fixture.window();
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QAction *shortcuts = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("&Keyboard shortcuts"))
            shortcuts = action;
    }
    REQUIRE(shortcuts);
    QString text;
    QTimer::singleShot(0, &window, [&text] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            text = box->text();
            box->accept();
        }
    });
    shortcuts->trigger();
    CHECK(text.contains(QStringLiteral("Alt+Left / Alt+Right")));
    CHECK(text.contains(QStringLiteral("Calendar page")));
}

TEST_CASE("importing an .ics file runs off the GUI thread, reports what it did, and a second import adds nothing")
{
    UkLocale locale;
    UiFixture fixture(kToday);
    IcsImportTask task;
    QSignalSpy finished(&task, &IcsImportTask::finished);
    IcsImportOptions options;
    options.today = kToday;
    options.zone = QTimeZone("Europe/Berlin");
    const QString file = QStringLiteral(LIFEOS_ICS_FIXTURES "/google-work.ics");

    task.start(fixture.context->database.filePath(), file, options);
    REQUIRE(finished.wait(20000));
    CHECK(finished.at(0).at(1).toBool());
    const QString first = finished.at(0).at(0).toString();
    CHECK(first.contains(QStringLiteral("“Work”")));
    CHECK(first.contains(QStringLiteral(" 0 updated, 0 removed")));
    CalendarRepository events(fixture.context->database);
    const int stored = events.count(QStringLiteral("ics")).value();
    CHECK(stored > 0);

    task.start(fixture.context->database.filePath(), file, options);
    REQUIRE(finished.wait(20000));
    CHECK(finished.at(1).at(0).toString().contains(QStringLiteral(": 0 added, 0 updated, 0 removed")));
    CHECK(events.count(QStringLiteral("ics")).value() == stored);

    task.start(fixture.context->database.filePath(), QStringLiteral(LIFEOS_ICS_FIXTURES "/not-a-calendar.ics"), options);
    REQUIRE(finished.wait(20000));
    CHECK_FALSE(finished.at(2).at(1).toBool());
    CHECK_FALSE(finished.at(2).at(0).toString().isEmpty());
    CHECK(events.count(QStringLiteral("ics")).value() == stored);
}
