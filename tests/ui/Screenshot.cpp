// Renders one page of the main window to a PNG, for docs/ and for looking at the app:
//   lifeos-screenshot --data-dir DIR --page today --out today.png [--size 1280x800] [--today 2026-11-22] [--dark]
// With --capture TEXT it grabs the quick-capture window with TEXT typed instead; adding --toast stores the line and
// grabs the undo toast.
#include "MainWindow.h"
#include "capture/CaptureWindow.h"
#include "capture/UndoToast.h"
#include "support/UiFixture.h"
#include "Translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QPalette>
#include <QStyleFactory>
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
                       {QStringLiteral("toast"), QStringLiteral("with --capture: press Enter and grab the undo toast")}});
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
    UiFixture fixture(today, parser.value(QStringLiteral("data-dir")));
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
    fixture.window().showPage(parser.value(QStringLiteral("page")).toInt());
    QTest::qWait(200);
    const bool saved = fixture.window().grab().save(parser.value(QStringLiteral("out")));
    return saved ? 0 : 1;
}
