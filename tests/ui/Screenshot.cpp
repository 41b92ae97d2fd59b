// Renders one page of the main window to a PNG, for docs/ and for looking at the app:
//   lifeos-screenshot --data-dir DIR --page today --out today.png [--size 1280x800] [--today 2026-11-22] [--dark]
// With --capture TEXT it grabs the quick-capture window with TEXT typed instead; adding --toast stores the line and
// grabs the undo toast. Search (with a running SearchService): --palette QUERY draws the Ctrl+K palette over the
// page; --page search --query QUERY shows the Search page's results; --page notes --note TITLE opens the note
// whose title contains TITLE, with its Related panel.
#include "MainWindow.h"
#include "capture/CaptureWindow.h"
#include "capture/UndoToast.h"
#include "support/UiFixture.h"
#include "Translations.h"
#include "pages/NotesPage.h"
#include "search/RelatedPanel.h"
#include "search/SearchPage.h"
#include "search/SearchPalette.h"
#include "search/SearchResultModel.h"
#include "search/SearchService.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QSignalSpy>
#include <QPalette>
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
                       {QStringLiteral("tab"), QStringLiteral("show tab N of the page's tabs (Health, Finance)"), QStringLiteral("N")}});
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
    UiFixture fixture(today, parser.value(QStringLiteral("data-dir")), withSearch);
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
