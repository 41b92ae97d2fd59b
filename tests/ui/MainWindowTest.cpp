#include "MainWindow.h"
#include "finance/TransactionRepository.h"
#include "pages/FinancePage.h"
#include "pages/finance/TransactionTableModel.h"
#include "pages/HealthPage.h"
#include "models/TaskListModel.h"
#include "pages/Page.h"
#include "support/UiFixture.h"
#include "widgets/ScalePicker.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

const QDate kToday(2026, 11, 22);

void showAndActivate(MainWindow &window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

template <typename T>
T *findIn(QWidget *parent, const char *objectName)
{
    T *child = parent->findChild<T *>(QLatin1StringView(objectName));
    INFO("looking for " << objectName);
    REQUIRE(child);
    return child;
}

TaskQuery openTasks()
{
    TaskQuery query;
    query.view = TaskView::Open;
    query.today = kToday;
    return query;
}

} // namespace

TEST_CASE("the window opens on Today with every page in the sidebar")
{
    UiFixture fixture(kToday);
    showAndActivate(fixture.window());
    auto *sidebar = findIn<QListWidget>(&fixture.window(), "sidebar");
    CHECK(sidebar->count() == MainWindow::PageCount);
    CHECK(fixture.window().currentPage() == MainWindow::Today);
    CHECK(fixture.window().page(MainWindow::Today)->objectName() == QStringLiteral("todayPage"));
}

TEST_CASE("every page is reachable by keyboard shortcut and by the sidebar's arrow keys")
{
    UiFixture fixture(kToday);
    MainWindow &window = fixture.window();
    showAndActivate(window);
    const Qt::Key digits[] = {Qt::Key_1, Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5,
                              Qt::Key_6, Qt::Key_7, Qt::Key_8, Qt::Key_9, Qt::Key_0};
    for (int page = MainWindow::PageCount - 1; page >= 0; --page) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, digits[page], Qt::ControlModifier);
        INFO("Ctrl+" << (page + 1) % 10);
        CHECK(window.currentPage() == page);
        CHECK(window.page(page)->isVisible());
    }
    auto *sidebar = findIn<QListWidget>(&window, "sidebar");
    sidebar->setFocus();
    for (int page = 1; page < MainWindow::PageCount; ++page) {
        QTest::keyClick(sidebar, Qt::Key_Down);
        CHECK(window.currentPage() == page);
    }
}

TEST_CASE("adding a task on the Tasks page stores it with its tags and shows it in the list")
{
    UiFixture fixture(kToday);
    MainWindow &window = fixture.window();
    showAndActivate(window);
    window.showPage(MainWindow::Tasks);
    auto *input = findIn<QLineEdit>(&window, "newTask");
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("Buy bread #errands"));
    QTest::keyClick(input, Qt::Key_Return);

    auto stored = fixture.tasks->list(openTasks());
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().title == QStringLiteral("Buy bread"));
    CHECK(stored->first().tags == QStringList{QStringLiteral("errands")});
    CHECK(input->text().isEmpty());
    auto *list = findIn<QTreeView>(&window, "taskList");
    REQUIRE(list->model()->rowCount() == 1);
    CHECK(list->model()->index(0, TaskListModel::TitleColumn).data().toString() == QStringLiteral("Buy bread"));
}

TEST_CASE("a task line that is only tags is not stored and stays in the field")
{
    UiFixture fixture(kToday);
    MainWindow &window = fixture.window();
    showAndActivate(window);
    window.showPage(MainWindow::Tasks);
    auto *input = findIn<QLineEdit>(&window, "newTask");
    QTest::keyClicks(input, QStringLiteral("#later"));
    QTest::keyClick(input, Qt::Key_Return);
    CHECK(fixture.tasks->list(openTasks())->isEmpty());
    CHECK(input->text() == QStringLiteral("#later"));
}

TEST_CASE("writing today's journal entry through the editor lands in the database")
{
    UiFixture fixture(kToday);
    MainWindow &window = fixture.window();
    showAndActivate(window);
    Page *today = window.page(MainWindow::Today);
    auto *text = findIn<QPlainTextEdit>(today, "markdownSource");
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("Slept well, long walk by the river."));
    auto *mood = findIn<ScalePicker>(today, "moodPicker");
    mood->setFocus();
    QTest::keyClick(mood, Qt::Key_7);
    CHECK(mood->value() == 7);

    // Autosave runs a second after the last edit.
    REQUIRE(QTest::qWaitFor([&] {
        auto entry = fixture.journal->entryFor(kToday);
        return entry.ok() && entry->has_value() && (*entry)->mood == 7;
    }, 5000));
    auto entry = fixture.journal->entryFor(kToday);
    CHECK((*entry)->body == QStringLiteral("Slept well, long walk by the river."));
}

TEST_CASE("unsaved journal text is saved when the user switches page before autosave runs")
{
    UiFixture fixture(kToday);
    MainWindow &window = fixture.window();
    showAndActivate(window);
    auto *text = findIn<QPlainTextEdit>(window.page(MainWindow::Today), "markdownSource");
    QTest::keyClicks(text, QStringLiteral("Quick thought"));
    window.showPage(MainWindow::Notes);
    auto entry = fixture.journal->entryFor(kToday);
    REQUIRE(entry.ok());
    REQUIRE(entry->has_value());
    CHECK((*entry)->body == QStringLiteral("Quick thought"));
}

TEST_CASE("Today lists tasks due today and overdue, and one click on the checkbox completes a task")
{
    UiFixture fixture(kToday);
    Task dueToday;
    dueToday.title = QStringLiteral("Call the dentist");
    dueToday.dueDate = kToday;
    Task overdue;
    overdue.title = QStringLiteral("Pay the electricity bill");
    overdue.dueDate = kToday.addDays(-3);
    Task later;
    later.title = QStringLiteral("Plan the holiday");
    later.dueDate = kToday.addDays(10);
    REQUIRE(fixture.tasks->add(dueToday).ok());
    REQUIRE(fixture.tasks->add(overdue).ok());
    REQUIRE(fixture.tasks->add(later).ok());

    MainWindow &window = fixture.window();
    showAndActivate(window);
    window.showPage(MainWindow::Today);
    auto *view = findIn<QTreeView>(window.page(MainWindow::Today), "todayTasks");
    REQUIRE(view->model()->rowCount() == 2);
    CHECK(view->model()->index(0, TaskListModel::TitleColumn).data().toString() == QStringLiteral("Pay the electricity bill"));
    CHECK(view->model()->index(1, TaskListModel::TitleColumn).data().toString() == QStringLiteral("Call the dentist"));

    const QRect checkCell = view->visualRect(view->model()->index(1, TaskListModel::DoneColumn));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, checkCell.center());
    auto stored = fixture.tasks->list(openTasks());
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 2);
    for (const Task &task : *stored)
        CHECK(task.title != QStringLiteral("Call the dentist"));
}

TEST_CASE("the On this day list shows entries from the same date in earlier years")
{
    UiFixture fixture(kToday);
    JournalEntry lastYear;
    lastYear.day = kToday.addYears(-1);
    lastYear.body = QStringLiteral("Snow at last");
    JournalEntry otherDay;
    otherDay.day = kToday.addDays(-1);
    otherDay.body = QStringLiteral("Not on this day");
    REQUIRE(fixture.journal->save(lastYear).ok());
    REQUIRE(fixture.journal->save(otherDay).ok());
    MainWindow &window = fixture.window();
    showAndActivate(window);
    window.showPage(MainWindow::Today);
    auto *list = findIn<QListWidget>(window.page(MainWindow::Today), "onThisDay");
    REQUIRE(list->count() == 1);
    CHECK(list->item(0)->text().contains(QStringLiteral("Snow at last")));
    CHECK(list->item(0)->text().contains(QStringLiteral("1 year ago")));
}

TEST_CASE("the journal search narrows the list of days")
{
    UiFixture fixture(kToday);
    for (int i = 0; i < 5; ++i) {
        JournalEntry entry;
        entry.day = kToday.addDays(-i);
        entry.body = i == 3 ? QStringLiteral("Went hiking in the hills") : QStringLiteral("An ordinary day");
        REQUIRE(fixture.journal->save(entry).ok());
    }
    MainWindow &window = fixture.window();
    showAndActivate(window);
    window.showPage(MainWindow::Journal);
    auto *days = findIn<QListWidget>(&window, "journalDays");
    CHECK(days->count() == 5);
    auto *search = findIn<QLineEdit>(&window, "journalSearch");
    QTest::keyClicks(search, QStringLiteral("hiking"));
    REQUIRE(QTest::qWaitFor([&] { return days->count() == 1; }, 3000));
    CHECK(days->item(0)->data(Qt::UserRole).toDate() == kToday.addDays(-3));
}

TEST_CASE("a note created with Ctrl+N is stored with its title, tags and body")
{
    UiFixture fixture(kToday);
    MainWindow &window = fixture.window();
    showAndActivate(window);
    window.showPage(MainWindow::Notes);
    Page *notes = window.page(MainWindow::Notes);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::ControlModifier);
    auto *title = findIn<QLineEdit>(notes, "noteTitle");
    REQUIRE(title->hasFocus());
    QTest::keyClicks(title, QStringLiteral("Reading list"));
    QTest::keyClicks(findIn<QLineEdit>(notes, "noteTags"), QStringLiteral("books, #ideas"));
    QTest::keyClicks(findIn<QPlainTextEdit>(notes, "markdownSource"), QStringLiteral("- Middlemarch"));
    window.showPage(MainWindow::Today); // leaving the page saves at once

    auto stored = fixture.notes->list();
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().title == QStringLiteral("Reading list"));
    CHECK(stored->first().tags == QStringList{QStringLiteral("books"), QStringLiteral("ideas")});
    CHECK(stored->first().body == QStringLiteral("- Middlemarch"));
}

TEST_CASE("a search hit for a workout opens Health on its day and an expense opens Finance on its month")
{
    UiFixture fixture(kToday);
    MainWindow &window = fixture.window();
    // Three coffees in August; the hit is the middle one, never the row a month selects by itself.
    TransactionRepository transactions(*fixture.database);
    qint64 middleId = 0;
    for (const int day : {14, 17, 20}) {
        Transaction coffee;
        coffee.kind = TransactionKind::Expense;
        coffee.amount = Money{45'000, QStringLiteral("IDR")};
        coffee.day = QDate(2026, 8, day);
        coffee.merchant = QStringLiteral("Coffee on the %1th").arg(day);
        auto added = transactions.add(coffee);
        REQUIRE(added.ok());
        if (day == 17)
            middleId = added->id;
    }
    showAndActivate(window);

    const QString kind = GENERATE(QStringLiteral("workout"), QStringLiteral("metric"), QStringLiteral("health"));
    INFO(kind.toStdString());
    auto *health = static_cast<HealthPage *>(window.page(MainWindow::Health));
    auto *healthTabs = findIn<QTabWidget>(health, "healthTabs");
    healthTabs->setCurrentIndex(1);
    SearchHit workout;
    workout.kind = kind;
    workout.day = QDate(2026, 9, 3);
    window.openSearchHit(workout);
    CHECK(window.currentPage() == MainWindow::Health);
    CHECK(health->day() == QDate(2026, 9, 3));
    CHECK(healthTabs->currentIndex() == 0);
    CHECK_FALSE(window.statusBar()->currentMessage().contains(QStringLiteral("later version")));

    SearchHit expense;
    expense.kind = QStringLiteral("expense");
    expense.recordId = middleId;
    expense.day = QDate(2026, 8, 17);
    window.openSearchHit(expense);
    CHECK(window.currentPage() == MainWindow::Finance);
    auto *finance = static_cast<FinancePage *>(window.page(MainWindow::Finance));
    CHECK(finance->month() == QDate(2026, 8, 1));
    auto *table = findIn<QTableView>(finance, "financeTransactions");
    CHECK(table->model()->rowCount() == 3);
    REQUIRE(table->currentIndex().isValid());
    CHECK(table->currentIndex().siblingAtColumn(TransactionTableModel::MerchantColumn).data().toString()
          == QStringLiteral("Coffee on the 17th"));
    CHECK_FALSE(window.statusBar()->currentMessage().contains(QStringLiteral("later version")));
}
