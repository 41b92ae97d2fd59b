#include "CaptureHotkey.h"
#include "UiContext.h"
#include "capture/CaptureRouter.h"
#include "capture/CaptureWindow.h"
#include "storage/Database.h"
#include "storage/JournalRepository.h"
#include "storage/NoteRepository.h"
#include "storage/TaskRepository.h"
#include "support/QtStringMakers.h"
#include "support/TempDataDir.h"
#include "util/DataLocation.h"
#include "util/Settings.h"
#include "widgets/CaptureSettingsBox.h"

#include <QComboBox>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

// A global shortcut whose answers the test scripts: at once (X11), or later when `answerLater` is set, as a
// desktop portal answers after asking the user.
class ScriptedHotkey final : public CaptureHotkey
{
public:
    QStringList requested;
    QString refusal;
    bool answerLater = false;

    void request(const QString &portableSequence) override
    {
        requested.append(portableSequence);
        if (!answerLater)
            answer();
    }
    QString backendName() const override { return QStringLiteral("X11"); }
    void answer()
    {
        if (refusal.isEmpty())
            reportTaken(requested.last());
        else
            reportRefused(requested.last(), refusal);
    }
};

// Settings → Quick capture over a fresh data folder, with a hotkey backend the test scripts.
struct SettingsFixture
{
    TempDataDir dir;
    std::unique_ptr<Database> db = std::move(Database::open(DataLocation::databasePath(dir.path())).value());
    JournalRepository journal{*db};
    TaskRepository tasks{*db};
    NoteRepository notes{*db};
    Settings settings{DataLocation::settingsPath(dir.path())};
    UiContext context{*db, journal, tasks, notes, settings, dir.path()};
    ScriptedHotkey hotkey;
    QStringList &requested = hotkey.requested;
    QString &refusal = hotkey.refusal;

    SettingsFixture()
    {
        context.today = [] { return QDate(2026, 11, 22); };
        context.now = [] { return QDateTime(QDate(2026, 11, 22), QTime(10, 0)); };
        context.captureHotkey = &hotkey;
    }
};

QString statusOf(CaptureSettingsBox &box)
{
    return box.findChild<QLabel *>(QStringLiteral("captureHotkeyStatus"))->text();
}

} // namespace

TEST_CASE_METHOD(SettingsFixture, "a new global shortcut is applied at once and remembered when the desktop takes it")
{
    CaptureSettingsBox box(context);
    auto *edit = box.findChild<QKeySequenceEdit *>(QStringLiteral("captureHotkey"));
    REQUIRE(edit);
    CHECK(edit->keySequence() == QKeySequence(QStringLiteral("Ctrl+Alt+Space")));
    CHECK(statusOf(box).contains(QStringLiteral("X11")));

    edit->setKeySequence(QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    Q_EMIT edit->editingFinished();
    CHECK(requested == QStringList{QStringLiteral("Ctrl+Shift+K")});
    CHECK(settings.value(SettingKeys::CaptureHotkey) == QStringLiteral("Ctrl+Shift+K"));
}

TEST_CASE_METHOD(SettingsFixture, "a shortcut the desktop refuses is explained and not saved")
{
    CaptureSettingsBox box(context);
    auto *edit = box.findChild<QKeySequenceEdit *>(QStringLiteral("captureHotkey"));
    refusal = QStringLiteral("Ctrl+Shift+K is already taken by another program.");
    edit->setKeySequence(QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    Q_EMIT edit->editingFinished();
    CHECK(statusOf(box).contains(QStringLiteral("already taken")));
    CHECK(settings.value(SettingKeys::CaptureHotkey) == QStringLiteral("Ctrl+Alt+Space"));
}

TEST_CASE_METHOD(SettingsFixture, "turning the shortcut off releases it and says how capture still opens")
{
    CaptureSettingsBox box(context);
    QTest::mouseClick(box.findChild<QPushButton *>(QStringLiteral("captureHotkeyOff")), Qt::LeftButton);
    CHECK(requested == QStringList{QString()});
    CHECK(settings.value(SettingKeys::CaptureHotkey).isEmpty());
    CHECK(statusOf(box).contains(QStringLiteral("lifeos --capture")));
}

TEST_CASE_METHOD(SettingsFixture, "currency, date order and own metrics are saved and quick capture reads with them")
{
    CaptureSettingsBox box(context);
    auto *currency = box.findChild<QComboBox *>(QStringLiteral("defaultCurrency"));
    currency->setCurrentIndex(currency->findData(QStringLiteral("EUR")));
    CHECK(settings.value(SettingKeys::DefaultCurrency) == QStringLiteral("EUR"));

    auto *order = box.findChild<QComboBox *>(QStringLiteral("dateOrder"));
    order->setCurrentIndex(order->findData(QStringLiteral("month-first")));
    CHECK(settings.value(SettingKeys::DateOrder) == QStringLiteral("month-first"));

    box.findChild<QPlainTextEdit *>(QStringLiteral("customMetrics"))->setPlainText(QStringLiteral("caffeine:mg\n\n  "));
    CHECK(QTest::qWaitFor(
        [&] { return settings.value(SettingKeys::CustomMetrics) == QStringList{QStringLiteral("caffeine:mg")}; },
        5000));

    // The capture window reads lines with what was just chosen.
    CaptureWindow capture(context);
    capture.open();
    auto *input = capture.findChild<QLineEdit *>(QStringLiteral("captureInput"));
    QTest::keyClicks(input, QStringLiteral("caffeine 200mg"));
    CHECK(capture.findChild<QLabel *>(QStringLiteral("chip-metric"))->text().contains(QStringLiteral("Caffeine")));
    input->clear();
    QTest::keyClicks(input, QStringLiteral("coffee 15k"));
    CHECK(capture.findChild<QLabel *>(QStringLiteral("chip-amount"))->text().contains(u'€'));
    input->clear();
    QTest::keyClicks(input, QStringLiteral("dentist 5/12"));
    CHECK(capture.router().current().date == QDate(2027, 5, 12)); // month first: May 12 (the next one)
}

TEST_CASE_METHOD(SettingsFixture, "a desktop that answers later is heard: a late refusal is shown and nothing saved")
{
    CaptureSettingsBox box(context);
    auto *edit = box.findChild<QKeySequenceEdit *>(QStringLiteral("captureHotkey"));
    hotkey.answerLater = true;
    edit->setKeySequence(QKeySequence(QStringLiteral("Ctrl+Shift+K")));
    Q_EMIT edit->editingFinished();
    CHECK(settings.value(SettingKeys::CaptureHotkey) == QStringLiteral("Ctrl+Alt+Space")); // not yet

    refusal = QStringLiteral("The desktop did not allow Ctrl+Shift+K as the quick capture shortcut.");
    hotkey.answer();
    CHECK(statusOf(box).contains(QStringLiteral("did not allow")));
    CHECK(settings.value(SettingKeys::CaptureHotkey) == QStringLiteral("Ctrl+Alt+Space"));

    refusal.clear();
    Q_EMIT edit->editingFinished();
    hotkey.answer();
    CHECK(settings.value(SettingKeys::CaptureHotkey) == QStringLiteral("Ctrl+Shift+K"));
    CHECK(statusOf(box).contains(QStringLiteral("X11")));
}

TEST_CASE_METHOD(SettingsFixture, "a refusal at start is shown when Settings opens")
{
    refusal = QStringLiteral("Ctrl+Alt+Space is already taken by another program.");
    hotkey.request(QStringLiteral("Ctrl+Alt+Space"));
    CaptureSettingsBox box(context);
    CHECK(statusOf(box).contains(QStringLiteral("already taken")));
}
