#include "capture/CaptureWindow.h"

#include "capture/CaptureAdvisor.h"
#include "capture/CaptureChips.h"
#include "capture/CaptureRouter.h"
#include "capture/ChipFormat.h"
#include "capture/InputHistory.h"
#include "capture/UndoToast.h"
#include "model/JournalEntry.h"
#include "storage/Query.h"
#include "support/UiFixture.h"
#include "widgets/JournalEditor.h"
#include "widgets/MarkdownEditor.h"

#include <QApplication>
#include <QEnterEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>
#include <QToolButton>

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

const QDateTime kNow(QDate(2026, 11, 22), QTime(10, 0));

// The main window exists but is never shown: quick capture must work from the tray alone.
struct CaptureFixture : UiFixture
{
    CaptureFixture()
        : UiFixture(kNow.date())
    {
        context->now = [] { return kNow; };
        settings->setValue(SettingKeys::DefaultCurrency, QStringLiteral("IDR"));
    }

    CaptureWindow &capture() { return window().captureWindow(); }

    void open()
    {
        window().showCapture();
        REQUIRE(QTest::qWaitForWindowExposed(&capture()));
    }

    template<typename T = QLabel>
    T *find(const char *objectName)
    {
        T *child = capture().findChild<T *>(QLatin1StringView(objectName));
        INFO("looking for " << objectName);
        REQUIRE(child);
        return child;
    }

    QLineEdit *input() { return find<QLineEdit>("captureInput"); }
    QString kindChip() { return find<QToolButton>("chip-kind")->text(); }
    bool chipShown(const char *objectName)
    {
        return !capture().findChild<QWidget *>(QLatin1StringView(objectName))->isHidden();
    }

    void type(const QString &text) { QTest::keyClicks(input(), text); }

    qint64 count(const QString &sql, const QVariantList &values = {})
    {
        auto query = runQuery(*database, sql, values, QStringLiteral("test"));
        REQUIRE(query);
        REQUIRE(query->next());
        return query->value(0).toLongLong();
    }
};

} // namespace

TEST_CASE("typing a task with a day shows the kind and when chips")
{
    CaptureFixture fixture;
    fixture.open();
    CHECK_FALSE(fixture.window().isVisible());
    CHECK_FALSE(fixture.chipShown("chip-kind"));
    fixture.type(QStringLiteral("buy bread tomorrow"));
    CHECK(fixture.chipShown("chip-kind"));
    CHECK(fixture.kindChip() == QStringLiteral("Task"));
    CHECK(fixture.find("chip-when")->text() == QStringLiteral("Tomorrow"));
    CHECK_FALSE(fixture.chipShown("chip-amount"));
    CHECK_FALSE(fixture.chipShown("chip-metric"));
}

TEST_CASE("an expense shows its amount and a measurement its value")
{
    CaptureFixture fixture;
    fixture.open();
    fixture.type(QStringLiteral("coffee 15k"));
    CHECK(fixture.kindChip() == QStringLiteral("Expense"));
    CHECK(fixture.find("chip-amount")->text() == QStringLiteral("Rp15,000"));
    CHECK_FALSE(fixture.chipShown("chip-when"));

    fixture.input()->clear();
    CHECK_FALSE(fixture.chipShown("chip-amount"));
    fixture.type(QStringLiteral("slept 7h20"));
    CHECK(fixture.kindChip() == QStringLiteral("Measurement"));
    CHECK(fixture.find("chip-metric")->text() == QStringLiteral("Sleep 7 h 20 min"));
}

TEST_CASE("Enter stores the line, closes the window and offers Undo, and Undo takes it back")
{
    CaptureFixture fixture;
    int captured = 0;
    int undone = 0;
    QObject::connect(&fixture.capture(), &CaptureWindow::captured, &fixture.capture(), [&] { ++captured; });
    QObject::connect(&fixture.capture(), &CaptureWindow::captureUndone, &fixture.capture(), [&] { ++undone; });
    fixture.open();
    fixture.type(QStringLiteral("buy bread tomorrow"));
    QTest::keyClick(fixture.input(), Qt::Key_Return);

    CHECK(captured == 1);
    CHECK(fixture.capture().isHidden());
    CHECK(fixture.input()->text().isEmpty());
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM tasks WHERE title = ? AND due_date = ?"),
                        {QStringLiteral("Buy bread"), QStringLiteral("2026-11-23")})
          == 1);

    UndoToast &toast = fixture.capture().toast();
    REQUIRE(toast.isVisible());
    auto *message = toast.findChild<QLabel *>(QStringLiteral("toastMessage"));
    REQUIRE(message);
    CHECK(message->text() == QStringLiteral("Saved as task: Buy bread · due tomorrow"));
    // The saved toast counts down from its long time (the "Undone" one is short).
    CHECK(toast.remainingMs() > UndoToast::kUndoneMs);

    auto *undoButton = toast.findChild<QPushButton *>(QStringLiteral("undoButton"));
    REQUIRE(undoButton);
    QTest::mouseClick(undoButton, Qt::LeftButton);
    CHECK(undone == 1);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM tasks")) == 0);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM captures")) == 0);
    CHECK(message->text() == QStringLiteral("Undone"));
    CHECK(undoButton->isHidden());
}

TEST_CASE("Tab changes the kind, the picked kind sticks while typing and is the kind stored")
{
    CaptureFixture fixture;
    fixture.open();
    fixture.type(QStringLiteral("buy bread tomorrow"));
    REQUIRE(fixture.kindChip() == QStringLiteral("Task"));
    QTest::keyClick(fixture.input(), Qt::Key_Tab);
    CHECK(fixture.kindChip() == QStringLiteral("Note"));
    CHECK(fixture.capture().pickedKind() == CaptureKind::Note);
    CHECK(fixture.input()->hasFocus()); // Tab did not move the focus away

    fixture.type(QStringLiteral(" and milk"));
    CHECK(fixture.kindChip() == QStringLiteral("Note"));
    QTest::keyClick(fixture.input(), Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(fixture.kindChip() == QStringLiteral("Task"));
    QTest::keyClick(fixture.input(), Qt::Key_Tab);
    QTest::keyClick(fixture.input(), Qt::Key_Return);

    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM notes")) == 1);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM tasks")) == 0);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM captures WHERE kind = 'note' AND raw_input = ?"),
                        {QStringLiteral("buy bread tomorrow and milk")})
          == 1);

    // A cleared line starts over: the next one is read afresh.
    fixture.open();
    fixture.type(QStringLiteral("x"));
    QTest::keyClick(fixture.input(), Qt::Key_Tab);
    REQUIRE(fixture.capture().pickedKind());
    QTest::keyClick(fixture.input(), Qt::Key_Backspace);
    CHECK_FALSE(fixture.capture().pickedKind());
}

TEST_CASE("an error keeps the text and shows the message, and an empty line only asks for text")
{
    CaptureFixture fixture;
    fixture.open();
    QTest::keyClick(fixture.input(), Qt::Key_Return);
    CHECK(fixture.capture().isVisible());
    CHECK(fixture.find("captureMessage")->text().startsWith(QStringLiteral("Type something first")));

    fixture.type(QStringLiteral("lunch with Sam"));
    CHECK(fixture.find("captureMessage")->text().startsWith(QStringLiteral("Enter to save")));
    for (int i = 0; i < 7 && fixture.capture().pickedKind() != CaptureKind::Expense; ++i)
        QTest::keyClick(fixture.input(), Qt::Key_Tab);
    REQUIRE(fixture.kindChip() == QStringLiteral("Expense"));
    QTest::keyClick(fixture.input(), Qt::Key_Return);

    CHECK(fixture.capture().isVisible());
    CHECK(fixture.input()->text() == QStringLiteral("lunch with Sam"));
    CHECK(fixture.find("captureMessage")->text().contains(QStringLiteral("needs an amount")));
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM captures")) == 0);
    CHECK_FALSE(fixture.capture().toast().isVisible());
}

TEST_CASE("Up recalls earlier lines newest first and Down brings the draft back")
{
    CaptureFixture fixture;
    fixture.open();
    fixture.type(QStringLiteral("buy bread tomorrow"));
    QTest::keyClick(fixture.input(), Qt::Key_Return);
    fixture.open();
    fixture.type(QStringLiteral("coffee 15k"));
    QTest::keyClick(fixture.input(), Qt::Key_Return);

    fixture.open();
    fixture.type(QStringLiteral("half"));
    QTest::keyClick(fixture.input(), Qt::Key_Up);
    CHECK(fixture.input()->text() == QStringLiteral("coffee 15k"));
    CHECK(fixture.kindChip() == QStringLiteral("Expense"));
    QTest::keyClick(fixture.input(), Qt::Key_Up);
    CHECK(fixture.input()->text() == QStringLiteral("buy bread tomorrow"));
    QTest::keyClick(fixture.input(), Qt::Key_Up); // the oldest stays
    CHECK(fixture.input()->text() == QStringLiteral("buy bread tomorrow"));
    QTest::keyClick(fixture.input(), Qt::Key_Down);
    CHECK(fixture.input()->text() == QStringLiteral("coffee 15k"));
    QTest::keyClick(fixture.input(), Qt::Key_Down);
    CHECK(fixture.input()->text() == QStringLiteral("half"));
}

TEST_CASE("Esc hides the window and keeps the draft for the next time")
{
    CaptureFixture fixture;
    fixture.open();
    fixture.type(QStringLiteral("half a thought"));
    QTest::keyClick(fixture.input(), Qt::Key_Escape);
    CHECK(fixture.capture().isHidden());
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM captures")) == 0);
    CHECK_FALSE(fixture.window().isVisible());

    fixture.open();
    CHECK(fixture.input()->text() == QStringLiteral("half a thought"));
    CHECK(fixture.chipShown("chip-kind"));

    fixture.window().showCapture(QStringLiteral("call mom"));
    CHECK(fixture.input()->text() == QStringLiteral("call mom"));
}

TEST_CASE("Ctrl+Z on an empty line undoes the last capture but on text it edits the text")
{
    CaptureFixture fixture;
    fixture.open();
    fixture.type(QStringLiteral("buy bread tomorrow"));
    QTest::keyClick(fixture.input(), Qt::Key_Return);
    REQUIRE(fixture.count(QStringLiteral("SELECT count(*) FROM tasks")) == 1);

    fixture.open();
    fixture.type(QStringLiteral("ab"));
    QTest::keyClick(fixture.input(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM tasks")) == 1);
    fixture.input()->clear();
    QTest::keyClick(fixture.input(), Qt::Key_Z, Qt::ControlModifier);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM tasks")) == 0);
}

TEST_CASE("money shows the currency's minor units in the user's locale")
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    const QLocale indonesian(QLocale::Indonesian, QLocale::Indonesia);
    CHECK(ChipFormat::money({15000, QStringLiteral("IDR")}, QString(), english) == QStringLiteral("Rp15,000"));
    CHECK(ChipFormat::money({15000, QStringLiteral("IDR")}, QString(), indonesian) == QStringLiteral("Rp15.000"));
    CHECK(ChipFormat::money({1250, QStringLiteral("USD")}, QString(), english) == QStringLiteral("$12.50"));
    CHECK(ChipFormat::money({350, QStringLiteral("EUR")}, QString(), indonesian) == QStringLiteral("€3,50"));
    CHECK(ChipFormat::money({350, QString()}, QStringLiteral("EUR"), english) == QStringLiteral("€3.50"));
    CHECK(ChipFormat::money({500, QStringLiteral("CHF")}, QString(), english).contains(QStringLiteral("CHF")));
}

TEST_CASE("durations, measurements and days read as people say them")
{
    const QLocale english(QLocale::English, QLocale::UnitedStates);
    CHECK(ChipFormat::duration(45, english) == QStringLiteral("45 min"));
    CHECK(ChipFormat::duration(120, english) == QStringLiteral("2 h"));
    CHECK(ChipFormat::duration(440, english) == QStringLiteral("7 h 20 min"));
    CHECK(ChipFormat::metric({QStringLiteral("weight"), 72.5, QStringLiteral("kg")}, english)
          == QStringLiteral("Weight 72.5 kg"));
    CHECK(ChipFormat::metric({QStringLiteral("steps"), 8000, QStringLiteral("steps")}, english)
          == QStringLiteral("Steps 8,000"));
    CHECK(ChipFormat::metric({QStringLiteral("mood"), 7, QStringLiteral("/10")}, english)
          == QStringLiteral("Mood 7/10"));
    CHECK(ChipFormat::metric({QStringLiteral("caffeine"), 120, QStringLiteral("mg")}, english)
          == QStringLiteral("Caffeine 120 mg"));
    CHECK(ChipFormat::distance(5.25, english) == QStringLiteral("5.25 km"));
    const QDate today = kNow.date(); // a Sunday
    CHECK(ChipFormat::when(today.addDays(1), QTime(17, 0), today, english) == QStringLiteral("Tomorrow, 5:00 PM"));
    CHECK(ChipFormat::day(today.addDays(5), today, english) == QStringLiteral("Friday"));
    CHECK(ChipFormat::day(today.addDays(10), today, english) == QStringLiteral("Wed, 2 Dec"));
    CHECK(ChipFormat::day(today.addDays(40), today, english) == QStringLiteral("Fri, 1 Jan 2027"));
    CHECK(ChipFormat::kindChipText(CaptureKind::Note, 0.3, false) == QStringLiteral("Note?"));
    CHECK(ChipFormat::kindChipText(CaptureKind::Note, 0.3, true) == QStringLiteral("Note"));
}

TEST_CASE("history walks back from the draft and skips a copy of it")
{
    InputHistory history;
    history.reset({QStringLiteral("b"), QStringLiteral("a")});
    CHECK_FALSE(history.newer());
    CHECK(history.older(QStringLiteral("b")) == QStringLiteral("a")); // "b" is what is shown already
    CHECK_FALSE(history.older(QStringLiteral("a")));
    CHECK(history.newer() == QStringLiteral("b")); // the draft again
    CHECK(history.atDraft());
    CHECK_FALSE(history.newer());
}

TEST_CASE("an undo that cannot be done says why in the toast")
{
    CaptureFixture fixture;
    fixture.open();
    fixture.type(QStringLiteral("felt calm after the walk"));
    for (int i = 0; i < 7 && fixture.capture().pickedKind() != CaptureKind::Journal; ++i)
        QTest::keyClick(fixture.input(), Qt::Key_Tab);
    REQUIRE(fixture.kindChip() == QStringLiteral("Journal"));
    QTest::keyClick(fixture.input(), Qt::Key_Return);
    auto entry = fixture.journal->entryFor(kNow.date());
    REQUIRE(entry);
    REQUIRE(entry->has_value());
    JournalEntry edited = **entry;
    edited.body = QStringLiteral("Rewrote the whole day by hand.");
    REQUIRE(fixture.journal->save(edited));

    UndoToast &toast = fixture.capture().toast();
    QTest::mouseClick(toast.findChild<QPushButton *>(QStringLiteral("undoButton")), Qt::LeftButton);
    CHECK(toast.isVisible());
    CHECK(toast.findChild<QLabel *>(QStringLiteral("toastMessage"))->text().contains(QStringLiteral("edited since")));
    CHECK(toast.findChild<QPushButton *>(QStringLiteral("undoButton"))->isHidden());
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM captures")) == 1);
}

TEST_CASE("the toast waits while the mouse is over it")
{
    CaptureFixture fixture;
    fixture.open();
    fixture.type(QStringLiteral("buy bread tomorrow"));
    QTest::keyClick(fixture.input(), Qt::Key_Return);
    UndoToast &toast = fixture.capture().toast();
    REQUIRE(toast.isVisible());

    QEnterEvent enter(QPointF(4, 4), QPointF(4, 4), QPointF(4, 4));
    QApplication::sendEvent(&toast, &enter);
    const int paused = toast.remainingMs();
    QTest::qWait(150);
    CHECK(toast.remainingMs() == paused);
    QEvent leave(QEvent::Leave);
    QApplication::sendEvent(&toast, &leave);
    QTest::qWait(150);
    CHECK(toast.remainingMs() < paused);
    CHECK(toast.isVisible());
}

TEST_CASE("a journal line captured while Today is open shows in its editor and is not saved over later")
{
    CaptureFixture fixture;
    fixture.window().show();
    REQUIRE(QTest::qWaitForWindowExposed(&fixture.window()));
    QWidget *today = fixture.window().findChild<QWidget *>(QStringLiteral("todayPage"));
    REQUIRE(today);
    auto *editor = today->findChild<MarkdownEditor *>(QStringLiteral("journalText"));
    auto *journalEditor = today->findChild<JournalEditor *>();
    REQUIRE(editor);
    REQUIRE(journalEditor);

    fixture.open();
    fixture.type(QStringLiteral("j: a long walk by the river"));
    QTest::keyClick(fixture.input(), Qt::Key_Return);
    CHECK(editor->markdown().contains(QStringLiteral("A long walk by the river")));

    // The user goes on writing in the editor; the autosave keeps the captured line.
    auto *source = editor->findChild<QPlainTextEdit *>(QStringLiteral("markdownSource"));
    REQUIRE(source);
    source->moveCursor(QTextCursor::End);
    QTest::keyClicks(source, QStringLiteral(" And then tea."));
    REQUIRE(journalEditor->saveNow());
    auto entry = fixture.journal->entryFor(kNow.date());
    REQUIRE(entry);
    REQUIRE(entry->has_value());
    CHECK((*entry)->body.contains(QStringLiteral("A long walk by the river")));
    CHECK((*entry)->body.contains(QStringLiteral("And then tea.")));
}

TEST_CASE("a paste longer than the line holds is not stored cut off")
{
    CaptureFixture fixture;
    fixture.open();
    const QString pasted = QStringLiteral("word ").repeated(10000); // 50,000 characters
    fixture.input()->insert(pasted);                                // what a paste does
    REQUIRE(fixture.input()->text().size() < pasted.size());
    QTest::keyClick(fixture.input(), Qt::Key_Return);
    CHECK(fixture.count(QStringLiteral("SELECT count(*) FROM captures")) == 0);
    CHECK(fixture.capture().isVisible());
    CHECK(fixture.find("captureMessage")->text().contains(QStringLiteral("cut off")));
}

namespace {

// A second opinion that answers at once, as the LLM router will when its reply arrives.
class AgreeingAdvisor final : public CaptureAdvisor
{
public:
    using CaptureAdvisor::CaptureAdvisor;
    void requestAdvice(quint64 requestId, const ParsedCapture &offline, const ParseContext &) override
    {
        ParsedCapture advice = offline;
        advice.kind = CaptureKind::Task;
        advice.title = QStringLiteral("Advised title");
        advice.confidence = 0.9;
        Q_EMIT adviceReady(requestId, advice);
    }
    void cancel(quint64) override {}
};

} // namespace

TEST_CASE("a second opinion plugged into the router replaces the chips and is what Enter stores")
{
    CaptureFixture fixture;
    AgreeingAdvisor advisor;
    fixture.capture().router().setAdvisor(&advisor);
    fixture.open();
    fixture.type(QStringLiteral("3 eggs"));
    CHECK(fixture.kindChip() == ChipFormat::kindName(CaptureKind::Task));
    QTest::keyClick(fixture.input(), Qt::Key_Return);
    CHECK(fixture.count(
              QStringLiteral("SELECT count(*) FROM tasks WHERE title = 'Advised title' AND raw_input = '3 eggs'"))
          == 1);
}
