#include "MainWindow.h"
#include "pages/CalendarPage.h"
#include "pages/NotesPage.h"
#include "pages/Page.h"
#include "search/RelatedPanel.h"
#include "search/SearchPage.h"
#include "search/SearchPalette.h"
#include "search/SearchResultModel.h"
#include "search/SearchService.h"
#include "support/UiFixture.h"
#include "widgets/JournalEditor.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

const QDate kToday(2026, 11, 22);
constexpr int kIndexTimeoutMs = 20000;

void showAndActivate(MainWindow &window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

template <typename T>
T *findIn(QObject *parent, const char *objectName)
{
    T *child = parent->findChild<T *>(QLatin1StringView(objectName));
    INFO("looking for " << objectName);
    REQUIRE(child);
    return child;
}

struct Records {
    qint64 starter = 0;
    qint64 breadLog = 0;
    qint64 insuranceNote = 0;
    qint64 insuranceTask = 0;
};

// A small life: two notes about sourdough, one about car insurance, a task about it, and two hikes in the journal.
Records addRecords(UiFixture &fixture)
{
    Records records;
    auto addNote = [&](const QString &title, const QString &body) {
        Note note;
        note.title = title;
        note.body = body;
        auto added = fixture.notes->add(note);
        REQUIRE(added.ok());
        return added->id;
    };
    records.starter = addNote(QStringLiteral("Sourdough starter"),
                              QStringLiteral("Feed the sourdough starter with rye flour every morning. Bake bread on "
                                             "Sunday when the starter is bubbly."));
    records.breadLog = addNote(QStringLiteral("Bread baking log"),
                               QStringLiteral("The sourdough loaf rose well this week. Next time bake the bread a "
                                              "little longer and feed the starter the night before."));
    records.insuranceNote = addNote(QStringLiteral("Car insurance"),
                                    QStringLiteral("Renew the car insurance policy before March and compare quotes "
                                                   "from three insurance companies."));
    Task task;
    task.title = QStringLiteral("Call the insurance company about the car policy");
    auto addedTask = fixture.tasks->add(task);
    REQUIRE(addedTask.ok());
    records.insuranceTask = addedTask->id;
    for (const auto &[day, body] : {std::pair{QDate(2026, 11, 10), QStringLiteral("Hiking in the rain on the ridge trail.")},
                                    std::pair{QDate(2026, 11, 20), QStringLiteral("Hiking with Ana up the mountain, muddy trail.")}}) {
        JournalEntry entry;
        entry.day = day;
        entry.body = body;
        REQUIRE(fixture.journal->save(entry).ok());
    }
    return records;
}

// Asks the service until `query` finds something: the indexer projects new records in the background.
bool waitUntilFound(SearchService &search, const QString &query, int atLeast = 1)
{
    search.reindexSoon();
    return QTest::qWaitFor(
        [&] {
            QSignalSpy answers(&search, &SearchService::resultsReady);
            SearchRequest request;
            request.query = query;
            const quint64 ticket = search.search(request);
            if (!answers.wait(2000))
                return false;
            for (const QList<QVariant> &answer : std::as_const(answers)) {
                if (answer.at(0).toULongLong() == ticket)
                    return answer.at(1).value<SearchResults>().hits.size() >= atLeast;
            }
            return false;
        },
        kIndexTimeoutMs);
}

} // namespace

TEST_CASE("Ctrl+K opens the search palette from another page, even from inside a text editor, and Esc closes it")
{
    UiFixture fixture(kToday);
    MainWindow &window = fixture.window();
    showAndActivate(window);
    window.showPage(MainWindow::Journal);
    auto *text = findIn<QPlainTextEdit>(window.page(MainWindow::Journal), "markdownSource");
    text->setFocus();
    QTest::keyClicks(text, QStringLiteral("keep this line"));
    text->moveCursor(QTextCursor::StartOfLine);

    QTest::keyClick(text, Qt::Key_K, Qt::ControlModifier);
    SearchPalette &palette = window.searchPalette();
    REQUIRE(QTest::qWaitFor([&] { return palette.isVisible(); }, 2000));
    // The editor did not take Ctrl+K as "delete to the end of the line".
    CHECK(text->toPlainText() == QStringLiteral("keep this line"));
    CHECK(palette.input()->hasFocus());
    // Without a search service the palette says so instead of staying blank.
    CHECK(findIn<QLabel>(&palette, "searchPaletteState")->text() == QStringLiteral("Search is not available right now."));

    QTest::keyClick(palette.input(), Qt::Key_Escape);
    CHECK_FALSE(palette.isVisible());
    CHECK(window.currentPage() == MainWindow::Journal);
}

TEST_CASE("opening a hit shows the journal day, the note or the task it points to")
{
    UiFixture fixture(kToday);
    MainWindow &window = fixture.window();
    const Records records = addRecords(fixture);
    showAndActivate(window);

    SearchHit note;
    note.kind = QStringLiteral("note");
    note.origin = QStringLiteral("note:%1").arg(records.breadLog);
    note.recordId = records.breadLog;
    note.anchor = 10;
    window.openSearchHit(note);
    CHECK(window.currentPage() == MainWindow::Notes);
    CHECK(static_cast<NotesPage *>(window.page(MainWindow::Notes))->currentNoteId() == records.breadLog);
    CHECK(findIn<QLineEdit>(window.page(MainWindow::Notes), "noteTitle")->text() == QStringLiteral("Bread baking log"));
    CHECK(findIn<QPlainTextEdit>(window.page(MainWindow::Notes), "markdownSource")->textCursor().position() == 10);

    // A note deleted since it was found stays on Notes: its page says so, the journal is not opened instead.
    SearchHit gone = note;
    gone.recordId = 999999;
    window.openSearchHit(gone);
    CHECK(window.currentPage() == MainWindow::Notes);

    SearchHit task;
    task.kind = QStringLiteral("task");
    task.recordId = records.insuranceTask;
    window.openSearchHit(task);
    CHECK(window.currentPage() == MainWindow::Tasks);
    auto *taskList = findIn<QTreeView>(window.page(MainWindow::Tasks), "taskList");
    REQUIRE(taskList->currentIndex().isValid());
    CHECK(taskList->currentIndex().data().toString() == QStringLiteral("Call the insurance company about the car policy"));

    SearchHit journal;
    journal.kind = QStringLiteral("journal");
    journal.day = QDate(2026, 11, 10);
    window.openSearchHit(journal);
    CHECK(window.currentPage() == MainWindow::Journal);
    CHECK(window.page(MainWindow::Journal)->findChild<JournalEditor *>()->day() == QDate(2026, 11, 10));

    // A calendar event opens the Calendar page at its day (CalendarPageTest checks the selection).
    SearchHit expense;
    expense.kind = QStringLiteral("event");
    expense.title = QStringLiteral("Coffee with Ana");
    expense.day = QDate(2026, 11, 19);
    window.showPage(MainWindow::Today);
    window.openSearchHit(expense);
    CHECK(window.currentPage() == MainWindow::Calendar);
    CHECK(static_cast<CalendarPage *>(window.page(MainWindow::Calendar))->day() == QDate(2026, 11, 19));
}

TEST_CASE("typing in the palette shows results as you type and Enter opens the chosen note")
{
    UiFixture fixture(kToday, {}, true);
    MainWindow &window = fixture.window();
    const Records records = addRecords(fixture);
    REQUIRE(waitUntilFound(*fixture.search, QStringLiteral("sourdough"), 2));
    showAndActivate(window);
    window.showPage(MainWindow::Tasks);

    window.showSearchPalette();
    SearchPalette &palette = window.searchPalette();
    REQUIRE(palette.isVisible());
    CHECK(findIn<QLabel>(&palette, "searchPaletteState")->text() == QStringLiteral("Type to search everything you recorded."));
    QTest::keyClicks(palette.input(), QStringLiteral("sourdough"));
    REQUIRE(QTest::qWaitFor([&] { return palette.results().rowCount() >= 2; }, 5000));
    for (const SearchHit &hit : palette.results().hits())
        CHECK(hit.kind == QStringLiteral("note"));
    QStringList titles;
    for (const SearchHit &hit : palette.results().hits())
        titles.append(hit.title);
    CHECK(titles.contains(QStringLiteral("Bread baking log")));

    // Down moves to the second result; Enter opens exactly that one.
    QTest::keyClick(palette.input(), Qt::Key_Down);
    REQUIRE(palette.resultList()->currentIndex().row() == 1);
    const SearchHit chosen = palette.results().hitAt(1);
    QTest::keyClick(palette.input(), Qt::Key_Return);
    CHECK_FALSE(palette.isVisible());
    CHECK(window.currentPage() == MainWindow::Notes);
    CHECK(static_cast<NotesPage *>(window.page(MainWindow::Notes))->currentNoteId() == chosen.recordId);
    CHECK((chosen.recordId == records.starter || chosen.recordId == records.breadLog));

    // Enter pressed before the answer to what was just typed opens a hit of that query, not of the one shown.
    window.showSearchPalette();
    palette.input()->selectAll();
    QTest::keyClicks(palette.input(), QStringLiteral("insurance"));
    QTest::keyClick(palette.input(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !palette.isVisible(); }, 5000));
    CHECK((window.currentPage() == MainWindow::Tasks || window.currentPage() == MainWindow::Notes));
    if (window.currentPage() == MainWindow::Notes) {
        CHECK(static_cast<NotesPage *>(window.page(MainWindow::Notes))->currentNoteId() == records.insuranceNote);
    } else {
        auto *tasks = findIn<QTreeView>(window.page(MainWindow::Tasks), "taskList");
        CHECK(tasks->currentIndex().data().toString() == QStringLiteral("Call the insurance company about the car policy"));
    }

    // A query that matches nothing says so.
    window.showSearchPalette();
    palette.input()->selectAll();
    QTest::keyClicks(palette.input(), QStringLiteral("xylophone"));
    auto *state = findIn<QLabel>(&palette, "searchPaletteState");
    REQUIRE(QTest::qWaitFor([&] { return state->isVisible() && state->text().startsWith(QStringLiteral("No results")); },
                            5000));
    CHECK(state->text() == QStringLiteral("No results for “xylophone”."));
    QTest::keyClick(palette.input(), Qt::Key_Escape);
}

TEST_CASE("the Search page's kind and date filters narrow the results")
{
    UiFixture fixture(kToday, {}, true);
    MainWindow &window = fixture.window();
    addRecords(fixture);
    REQUIRE(waitUntilFound(*fixture.search, QStringLiteral("hiking"), 2));
    REQUIRE(waitUntilFound(*fixture.search, QStringLiteral("insurance"), 2));
    showAndActivate(window);
    window.showPage(MainWindow::Search);
    auto *page = static_cast<SearchPage *>(window.page(MainWindow::Search));
    auto kindsShown = [&] {
        QStringList kinds;
        for (const SearchHit &hit : page->results().hits())
            kinds.append(hit.kind);
        kinds.removeDuplicates();
        kinds.sort();
        return kinds;
    };

    auto *mode = findIn<QComboBox>(page, "searchMode");
    mode->setCurrentIndex(1); // words only: the filters, not the embedder, decide what is left
    findIn<QLineEdit>(page, "searchQuery")->setText(QStringLiteral("insurance"));
    REQUIRE(QTest::qWaitFor([&] { return kindsShown() == QStringList{QStringLiteral("note"), QStringLiteral("task")}; },
                            5000));
    auto *kind = findIn<QComboBox>(page, "searchKind");
    kind->setCurrentIndex(kind->findText(QStringLiteral("Task")));
    REQUIRE(QTest::qWaitFor([&] { return kindsShown() == QStringList{QStringLiteral("task")}; }, 5000));
    CHECK(page->results().rowCount() == 1);

    kind->setCurrentIndex(0); // all kinds
    findIn<QLineEdit>(page, "searchQuery")->setText(QStringLiteral("hiking"));
    REQUIRE(QTest::qWaitFor([&] { return page->results().rowCount() == 2; }, 5000));
    findIn<QDateEdit>(page, "searchFrom")->setDate(QDate(2026, 11, 15));
    REQUIRE(QTest::qWaitFor([&] { return page->results().rowCount() == 1; }, 5000));
    CHECK(page->results().hitAt(0).day == QDate(2026, 11, 20));
    CHECK(page->request().filter.from == QDate(2026, 11, 15));
    CHECK_FALSE(page->request().filter.to.isValid());
    findIn<QDateEdit>(page, "searchTo")->setDate(QDate(2026, 11, 18));
    auto *state = findIn<QLabel>(page, "searchState");
    REQUIRE(QTest::qWaitFor([&] { return page->results().rowCount() == 0 && state->isVisible(); }, 5000));
    CHECK(state->text().contains(QStringLiteral("with these filters")));

    // Enter on a result opens it.
    findIn<QAbstractButton>(page, "searchAnyTime")->click();
    REQUIRE(QTest::qWaitFor([&] { return page->results().rowCount() == 2; }, 5000));
    auto *list = findIn<QListView>(page, "searchResults");
    list->setFocus();
    list->setCurrentIndex(list->model()->index(0, 0));
    const QDate day = page->results().hitAt(0).day;
    QTest::keyClick(list, Qt::Key_Return);
    CHECK(window.currentPage() == MainWindow::Journal);
    CHECK(window.page(MainWindow::Journal)->findChild<JournalEditor *>()->day() == day);
}

TEST_CASE("the Related panel beside a note lists a related note and never the note itself")
{
    UiFixture fixture(kToday, {}, true);
    MainWindow &window = fixture.window();
    fixture.settings->setValue(SettingKeys::RelatedPanelCollapsed, false);
    const Records records = addRecords(fixture);
    REQUIRE(waitUntilFound(*fixture.search, QStringLiteral("sourdough"), 2));
    showAndActivate(window);
    window.showPage(MainWindow::Notes);
    auto *notes = static_cast<NotesPage *>(window.page(MainWindow::Notes));
    REQUIRE(notes->selectNote(records.starter));
    auto *related = findIn<RelatedPanel>(notes, "relatedPanel");
    CHECK(related->origin() == QStringLiteral("note:%1").arg(records.starter));

    REQUIRE(QTest::qWaitFor([&] { return related->results().rowCount() > 0; }, kIndexTimeoutMs));
    QStringList origins;
    for (const SearchHit &hit : related->results().hits())
        origins.append(hit.origin);
    INFO("related: " << origins.join(u' ').toStdString());
    const QString breadLog = QStringLiteral("note:%1").arg(records.breadLog);
    CHECK(origins.contains(breadLog));
    CHECK_FALSE(origins.contains(QStringLiteral("note:%1").arg(records.starter)));
    CHECK(related->results().rowCount() <= RelatedPanel::kLimit);

    // A click opens the related note.
    auto *list = findIn<QListView>(related, "relatedList");
    const int row = int(origins.indexOf(breadLog));
    const QRect rect = list->visualRect(list->model()->index(row, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    CHECK(notes->currentNoteId() == records.breadLog);

    // Folded away, it stays folded the next time.
    findIn<QAbstractButton>(related, "relatedToggle")->click();
    CHECK(related->isCollapsed());
    CHECK(fixture.settings->value(SettingKeys::RelatedPanelCollapsed));
}

TEST_CASE("Settings offer the embedder with address and model only for network providers")
{
    UiFixture fixture(kToday);
    MainWindow &window = fixture.window();
    showAndActivate(window);
    window.showPage(MainWindow::Settings);
    Page *settings = window.page(MainWindow::Settings);
    auto *provider = findIn<QComboBox>(settings, "searchEmbedder");
    auto *baseUrl = findIn<QLineEdit>(settings, "searchEmbeddingBaseUrl");
    auto *model = findIn<QLineEdit>(settings, "searchEmbeddingModel");
    CHECK(provider->currentData().toString() == QStringLiteral("offline"));
    CHECK_FALSE(baseUrl->isEnabled());
    CHECK_FALSE(model->isEnabled());

    provider->setCurrentIndex(provider->findData(QStringLiteral("openai-compatible")));
    CHECK(baseUrl->isEnabled());
    CHECK(model->isEnabled());
    CHECK(findIn<QLabel>(settings, "searchKeyNote")->isVisible());
    CHECK(fixture.settings->value(SettingKeys::SearchEmbedder) == QStringLiteral("openai-compatible"));
    baseUrl->setFocus();
    QTest::keyClicks(baseUrl, QStringLiteral("http://127.0.0.1:8080"));
    QTest::keyClick(baseUrl, Qt::Key_Tab);
    CHECK(fixture.settings->value(SettingKeys::SearchEmbeddingBaseUrl) == QStringLiteral("http://127.0.0.1:8080"));
}
