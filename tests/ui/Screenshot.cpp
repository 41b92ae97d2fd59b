// Renders one page of the main window to a PNG, for docs/ and for looking at the app:
//   lifeos-screenshot --data-dir DIR --page today --out today.png [--size 1280x800] [--today 2026-11-22] [--dark]
// With --capture TEXT it grabs the quick-capture window with TEXT typed instead; adding --toast stores the line and
// grabs the undo toast. Search (with a running SearchService): --palette QUERY draws the Ctrl+K palette over the
// page; --page search --query QUERY shows the Search page's results; --page notes --note TITLE opens the note
// whose title contains TITLE, with its Related panel. Calendar: --view week shows the week, --event TITLE opens the
// details of the event whose title contains TITLE. Settings: --sync-demo runs a SyncService whose Oura and Google
// look connected (tokens in memory, a recent sync, one error), --scroll-to NAME scrolls the widget NAME into view.
#include "MainWindow.h"
#include "capture/CaptureWindow.h"
#include "capture/UndoToast.h"
#include "support/UiFixture.h"
#include "Translations.h"
#include "oauth/TokenSet.h"
#include "pages/CalendarPage.h"
#include "pages/NotesPage.h"
#include "pages/calendar/EventList.h"
#include "search/RelatedPanel.h"
#include "search/SearchPage.h"
#include "search/SearchPalette.h"
#include "search/SearchResultModel.h"
#include "search/SearchService.h"
#include "secrets/MemorySecretStore.h"
#include "sync/SyncService.h"
#include "sync/SyncStateRepository.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QSignalSpy>
#include <QPalette>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTest>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{QStringLiteral("data-dir"), QStringLiteral("data folder"), QStringLiteral("DIR")},
                       {QStringLiteral("page"), QStringLiteral("page index or id"), QStringLiteral("PAGE"), QStringLiteral("0")},
                       {QStringLiteral("out"), QStringLiteral("PNG file"), QStringLiteral("FILE")},
                       {QStringLiteral("size"), QStringLiteral("WxH"), QStringLiteral("SIZE"), QStringLiteral("1280x800")},
                       {QStringLiteral("today"), QStringLiteral("YYYY-MM-DD"), QStringLiteral("DAY")},
                       {QStringLiteral("lang"), QStringLiteral("language (en, id)"), QStringLiteral("LANG"), QStringLiteral("en")},
                       {QStringLiteral("dark"), QStringLiteral("use a dark palette")},
                       {QStringLiteral("capture"), QStringLiteral("grab quick capture with TEXT typed"), QStringLiteral("TEXT")},
                       {QStringLiteral("toast"), QStringLiteral("with --capture: press Enter and grab the undo toast")},
                       {QStringLiteral("palette"), QStringLiteral("open the search palette with QUERY typed"), QStringLiteral("QUERY")},
                       {QStringLiteral("query"), QStringLiteral("with --page search: the query"), QStringLiteral("QUERY")},
                       {QStringLiteral("note"), QStringLiteral("with --page notes: open the note titled …TITLE…"), QStringLiteral("TITLE")},
                       {QStringLiteral("tab"), QStringLiteral("show tab N of the page's tabs (Health, Finance)"), QStringLiteral("N")},
                       {QStringLiteral("view"), QStringLiteral("with --page calendar: day or week"), QStringLiteral("VIEW")},
                       {QStringLiteral("event"), QStringLiteral("with --page calendar: open the event titled …TITLE…"), QStringLiteral("TITLE")},
                       {QStringLiteral("sync-demo"), QStringLiteral("run a SyncService whose sources look connected")},
                       {QStringLiteral("sync"), QStringLiteral("run a SyncService over the data folder as it is")},
                       {QStringLiteral("scroll-to"), QStringLiteral("scroll the widget with this object name into view"), QStringLiteral("NAME")}});
    parser.process(app);
    if (parser.isSet(QStringLiteral("dark"))) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QPalette dark;
        dark.setColor(QPalette::Window, QColor(0x2b, 0x2d, 0x31));
        dark.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Base, QColor(0x1f, 0x21, 0x24));
        dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x28, 0x2c));
        dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Button, QColor(0x33, 0x35, 0x3a));
        dark.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
        dark.setColor(QPalette::Highlight, QColor(0x3d, 0x7e, 0xd9));
        dark.setColor(QPalette::HighlightedText, Qt::white);
        dark.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9c, 0xa0));
        dark.setColor(QPalette::Link, QColor(0x8a, 0xb4, 0xf8)); // as dark desktop themes set it
        dark.setColor(QPalette::Mid, QColor(0x4a, 0x4c, 0x52));
        QApplication::setPalette(dark);
    }
    lifeos::installTranslations(app, parser.value(QStringLiteral("lang")));
    const QDate today = parser.isSet(QStringLiteral("today"))
        ? QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate)
        : QDate::currentDate();
    const QString pageArg = parser.value(QStringLiteral("page"));
    const QStringList pageIds = {QStringLiteral("today"),    QStringLiteral("journal"),  QStringLiteral("tasks"),
                                 QStringLiteral("notes"),    QStringLiteral("health"),   QStringLiteral("finance"),
                                 QStringLiteral("calendar"), QStringLiteral("review"), QStringLiteral("search"),
                                 QStringLiteral("settings")};
    const int page = pageIds.contains(pageArg) ? int(pageIds.indexOf(pageArg)) : pageArg.toInt();
    const bool withSearch = parser.isSet(QStringLiteral("palette")) || parser.isSet(QStringLiteral("query"))
        || parser.isSet(QStringLiteral("note")) || page == lifeos::MainWindow::Search || page == lifeos::MainWindow::Settings
        || page == lifeos::MainWindow::Journal;
    // Settings → Connections as a connected user sees it: tokens in memory (never a keychain), a recent Oura sync,
    // and a Google sync that failed, so the error style shows too. Built before the window, which reads it.
    std::unique_ptr<lifeos::SyncService> sync;
    const auto startSyncDemo = [&sync, &parser](const QString &dataDir, lifeos::Database &database, lifeos::Settings &settings) {
        if (parser.isSet(QStringLiteral("sync"))) {
            lifeos::SyncService::Config config;
            config.databasePath = lifeos::DataLocation::databasePath(dataDir);
            config.settingsPath = lifeos::DataLocation::settingsPath(dataDir);
            config.makeSecretStore = [] { return std::make_unique<lifeos::MemorySecretStore>(); };
            config.scheduled = false;
            sync = std::make_unique<lifeos::SyncService>(config);
            sync->start();
            QTest::qWait(500);
        }
        if (!parser.isSet(QStringLiteral("sync-demo")))
            return;
        settings.setValue(lifeos::SettingKeys::OuraClientId, QStringLiteral("6QLZ3NHXYZ4EXAMPLE"));
        settings.setValue(lifeos::SettingKeys::OuraClientSecret, QStringLiteral("demo-secret"));
        settings.setValue(lifeos::SettingKeys::GoogleClientId, QStringLiteral("1234567890-demo.apps.googleusercontent.com"));
        settings.setValue(lifeos::SettingKeys::GoogleClientSecret, QStringLiteral("demo-secret"));
        settings.setValue(lifeos::SettingKeys::GoogleCalendarIds, QStringList{QStringLiteral("primary"), QStringLiteral("work@example.com")});
        settings.sync();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        lifeos::SyncStateRepository states(database);
        lifeos::SyncState oura;
        oura.source = QStringLiteral("oura");
        oura.lastSuccess = now.addSecs(-5 * 60);
        oura.nextRun = now.addSecs(6 * 3600 - 5 * 60);
        oura.itemsChanged = 14;
        (void)states.save(oura);
        lifeos::SyncState calendar;
        calendar.source = QStringLiteral("calendar");
        calendar.lastSuccess = now.addSecs(-2 * 3600);
        calendar.nextRun = now.addSecs(4 * 60);
        calendar.lastError = QStringLiteral("Google Calendar could not be reached (the connection timed out). LifeOS "
                                            "tries again by itself; check your internet connection.");
        (void)states.save(calendar);
        lifeos::SyncService::Config config;
        config.databasePath = lifeos::DataLocation::databasePath(dataDir);
        config.settingsPath = lifeos::DataLocation::settingsPath(dataDir);
        config.makeSecretStore = [] {
            auto store = std::make_unique<lifeos::MemorySecretStore>();
            lifeos::TokenSet tokens;
            tokens.accessToken = "demo-access";
            tokens.refreshToken = "demo-refresh";
            tokens.expiresAt = QDateTime::currentDateTimeUtc().addDays(1);
            (void)store->write(QStringLiteral("oura/tokens"), tokens.toJson());
            (void)store->write(QStringLiteral("google/tokens"), tokens.toJson());
            return store;
        };
        config.scheduled = false;
        sync = std::make_unique<lifeos::SyncService>(config);
        sync->start();
        // The first status arrives from the sync thread.
        (void)QTest::qWaitFor([&] { return sync->status(QStringLiteral("calendar")).connected
                                           && sync->status(QStringLiteral("oura")).connected; }, 10000);
    };
    UiFixture fixture(today, parser.value(QStringLiteral("data-dir")), withSearch,
                      [&](UiFixture &early) { startSyncDemo(early.dataDir, *early.database, *early.settings);
                                             early.context->sync = sync.get(); });
    // Waits until the indexer has caught up far enough for `query` to find something.
    auto waitForIndex = [&fixture](const QString &query) {
        if (!fixture.search)
            return;
        fixture.search->reindexSoon();
        (void)QTest::qWaitFor(
            [&] {
                const lifeos::IndexStatus status = fixture.search->status();
                if (status.state != lifeos::IndexStatus::State::Idle || status.embedded < status.documents)
                    return false;
                QSignalSpy answers(fixture.search.get(), &lifeos::SearchService::resultsReady);
                lifeos::SearchRequest request;
                request.query = query;
                fixture.search->search(request);
                return answers.wait(2000) && !answers.first().at(1).value<lifeos::SearchResults>().hits.isEmpty();
            },
            60000);
    };
    if (parser.isSet(QStringLiteral("today"))) // chips read "tomorrow" against the same day the pages use
        fixture.context->now = [today] { return QDateTime(today, QTime(10, 0)); };
    if (parser.isSet(QStringLiteral("capture"))) {
        lifeos::CaptureWindow &capture = fixture.window().captureWindow();
        fixture.window().showCapture();
        (void)QTest::qWaitForWindowExposed(&capture);
        QTest::keyClicks(capture.findChild<QWidget *>(QStringLiteral("captureInput")), parser.value(QStringLiteral("capture")));
        QTest::qWait(100);
        if (parser.isSet(QStringLiteral("toast"))) {
            QTest::keyClick(capture.findChild<QWidget *>(QStringLiteral("captureInput")), Qt::Key_Return);
            QTest::qWait(100);
            return capture.toast().grab().save(parser.value(QStringLiteral("out"))) ? 0 : 1;
        }
        return capture.grab().save(parser.value(QStringLiteral("out"))) ? 0 : 1;
    }
    const QStringList size = parser.value(QStringLiteral("size")).split(u'x');
    fixture.window().resize(size.value(0).toInt(), size.value(1).toInt());
    fixture.window().show();
    (void)QTest::qWaitForWindowExposed(&fixture.window());
    fixture.window().showPage(page);
    if (page == lifeos::MainWindow::Search && parser.isSet(QStringLiteral("query"))) {
        const QString query = parser.value(QStringLiteral("query"));
        waitForIndex(query);
        auto *searchPage = static_cast<lifeos::SearchPage *>(fixture.window().page(page));
        searchPage->setQuery(query);
        (void)QTest::qWaitFor([&] { return searchPage->results().rowCount() > 0; }, 5000);
    }
    if (page == lifeos::MainWindow::Notes && parser.isSet(QStringLiteral("note"))) {
        waitForIndex(parser.value(QStringLiteral("note")));
        auto *notesPage = static_cast<lifeos::NotesPage *>(fixture.window().page(page));
        auto *list = notesPage->findChild<QListWidget *>(QStringLiteral("noteList"));
        for (int row = 0; list && row < list->count(); ++row) {
            if (list->item(row)->text().contains(parser.value(QStringLiteral("note")), Qt::CaseInsensitive)) {
                notesPage->selectNote(list->item(row)->data(Qt::UserRole).toLongLong());
                break;
            }
        }
        auto *related = notesPage->findChild<lifeos::RelatedPanel *>();
        (void)QTest::qWaitFor([&] { return related && related->results().rowCount() > 0; }, 10000);
    }
    if (page == lifeos::MainWindow::Journal) {
        waitForIndex(QStringLiteral("the"));
        auto *related = fixture.window().page(page)->findChild<lifeos::RelatedPanel *>();
        (void)QTest::qWaitFor([&] { return related && related->results().rowCount() > 0; }, 10000);
    }
    if (page == lifeos::MainWindow::Calendar) {
        auto *calendar = static_cast<lifeos::CalendarPage *>(fixture.window().page(page));
        if (parser.value(QStringLiteral("view")) == u"week")
            calendar->setView(lifeos::CalendarPage::View::Week);
        if (parser.isSet(QStringLiteral("event"))) {
            auto *list = calendar->findChild<lifeos::EventList *>(QStringLiteral("calendarEvents"));
            for (int row = 0; list && row < list->count(); ++row) {
                if (list->item(row)->data(lifeos::EventList::TitleRole).toString().contains(
                        parser.value(QStringLiteral("event")), Qt::CaseInsensitive)) {
                    calendar->openEvent(list->item(row)->data(lifeos::EventList::EventIdRole).toLongLong());
                    calendar->setView(parser.value(QStringLiteral("view")) == u"week" ? lifeos::CalendarPage::View::Week
                                                                                      : lifeos::CalendarPage::View::Day);
                    break;
                }
            }
        }
    }
    if (parser.isSet(QStringLiteral("scroll-to"))) {
        auto *target = fixture.window().page(page)->findChild<QWidget *>(parser.value(QStringLiteral("scroll-to")));
        auto *scroll = fixture.window().page(page)->findChild<QScrollArea *>();
        if (target && scroll) {
            QTest::qWait(50);
            scroll->ensureWidgetVisible(target, 0, 0);
            // Its top at the top of the view, so as much of it as fits shows.
            const QPoint inContent = target->mapTo(scroll->widget(), QPoint(0, 0));
            scroll->verticalScrollBar()->setValue(inContent.y() - 12);
        }
    }
    if (parser.isSet(QStringLiteral("tab"))) {
        if (auto *tabs = fixture.window().page(page)->findChild<QTabWidget *>())
            tabs->setCurrentIndex(parser.value(QStringLiteral("tab")).toInt());
    }
    QTest::qWait(200);
    QPixmap shot = fixture.window().grab();
    if (parser.isSet(QStringLiteral("palette"))) {
        const QString query = parser.value(QStringLiteral("palette"));
        waitForIndex(query);
        lifeos::SearchPalette &palette = fixture.window().searchPalette();
        fixture.window().showSearchPalette();
        (void)QTest::qWaitForWindowExposed(&palette);
        QTest::keyClicks(palette.input(), query);
        (void)QTest::qWaitFor([&] { return palette.results().rowCount() > 0; }, 5000);
        QTest::qWait(150);
        // The palette is a window of its own: drawn over the window's picture where it stands on screen.
        shot = fixture.window().grab();
        QPainter painter(&shot);
        const QPoint at = palette.mapToGlobal(QPoint(0, 0)) - fixture.window().mapToGlobal(QPoint(0, 0));
        painter.fillRect(shot.rect(), QColor(0, 0, 0, 40)); // the window recedes a little, as behind a popup
        painter.drawPixmap(at, palette.grab());
    }
    const bool saved = shot.save(parser.value(QStringLiteral("out")));
    return saved ? 0 : 1;
}
