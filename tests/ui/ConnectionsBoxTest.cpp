#include "FakeOAuthServer.h"
#include "FakeOuraServer.h"
#include "MainWindow.h"
#include "UiContext.h"
#include "dialogs/CalendarChoiceDialog.h"
#include "health/MetricRepository.h"
#include "pages/Page.h"
#include "secrets/MemorySecretStore.h"
#include "support/QtStringMakers.h"
#include "support/UiFixture.h"
#include "sync/SyncService.h"
#include "sync/SyncSource.h"
#include "widgets/ConnectionCard.h"
#include "widgets/ConnectionsBox.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTcpServer>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

constexpr int kWaitMs = 30000; // generous: the suite also runs under ThreadSanitizer on a busy machine

template <typename T>
T *findIn(QObject *parent, const QString &objectName)
{
    T *child = parent->findChild<T *>(objectName);
    INFO("looking for " << objectName.toStdString());
    REQUIRE(child);
    return child;
}

quint16 freePort()
{
    QTcpServer probe;
    REQUIRE(probe.listen(QHostAddress::LocalHost, 0));
    return probe.serverPort();
}

// A real SyncService on its thread over the fixture's data folder, with secrets in memory and no schedule.
struct SyncUnderTest {
    explicit SyncUnderTest(UiFixture &fixture)
    {
        SyncService::Config config;
        config.databasePath = DataLocation::databasePath(fixture.dataDir);
        config.settingsPath = DataLocation::settingsPath(fixture.dataDir);
        config.makeSecretStore = [] { return std::make_unique<MemorySecretStore>(); };
        config.retry.maxAttempts = 2;
        config.retry.initialBackoffMs = 10;
        config.retry.maxBackoffMs = 50;
        config.scheduled = false;
        service = std::make_unique<SyncService>(config);
        fixture.context->sync = service.get();
        service->start();
    }
    std::unique_ptr<SyncService> service;
};

// The box on its own, shown and active (message boxes and mnemonics need an active window offscreen too).
struct BoxUnderTest {
    explicit BoxUnderTest(UiFixture &fixture)
        : box(*fixture.context)
    {
        box.resize(720, 900);
        box.show();
        box.activateWindow();
        REQUIRE(QTest::qWaitForWindowExposed(&box));
    }
    QPushButton *button(const char *name) { return findIn<QPushButton>(&box, QLatin1StringView(name)); }
    QLabel *label(const char *name) { return findIn<QLabel>(&box, QLatin1StringView(name)); }
    ConnectionCard *oura() { return box.card(SyncSources::Oura); }

    ConnectionsBox box;
};

// Settings that point Oura's sign-in and API at the fakes.
void pointOuraAt(Settings &settings, FakeOAuthServer &oauth, FakeOuraServer &oura)
{
    settings.setValue(SettingKeys::OuraAuthorizeUrl, oauth.authorizeUrl().toString());
    settings.setValue(SettingKeys::OuraTokenUrl, oauth.tokenUrl().toString());
    settings.setValue(SettingKeys::OuraRevokeUrl, oauth.revokeUrl().toString());
    settings.setValue(SettingKeys::OuraApiBaseUrl, oura.baseUrl().toString());
    settings.setValue(SettingKeys::OuraRedirectPort, int(freePort()));
    settings.sync();
    // The fake authorization server hands out "ya29.a0Af-access_1", "_2" … in order; the API accepts them.
    for (int n = 1; n <= 20; ++n)
        oura.acceptToken("ya29.a0Af-access_" + QByteArray::number(n));
}

FakeOuraServer::Options ouraDays(int days)
{
    FakeOuraServer::Options options;
    options.last = QDate::currentDate().addDays(1);
    options.first = options.last.addDays(-days);
    options.pageSize = 5;
    return options;
}

// Clicks Connect and plays the user who approves in the browser (this sign-in only: later ones are the test's).
void connectOura(BoxUnderTest &test, SyncService &service, FakeOAuthServer &oauth)
{
    const QMetaObject::Connection browser = QObject::connect(
        &service, &SyncService::openBrowserRequested, &test.box, [&oauth](const QUrl &url) { oauth.simulateBrowser(url); });
    const auto once = qScopeGuard([browser] { QObject::disconnect(browser); });
    QSignalSpy finished(&service, &SyncService::connectFinished);
    QPushButton *connect = test.button("ouraConnect");
    REQUIRE(connect->isEnabled());
    connect->click();
    REQUIRE((finished.count() > 0 || finished.wait(kWaitMs)));
    INFO(finished.first().at(2).toString().toStdString());
    REQUIRE(finished.first().at(1).toBool());
    (void)oauth.waitForBrowser();
}

} // namespace

TEST_CASE("without a sync service Settings → Connections says that sync is not available")
{
    UiFixture fixture;
    ConnectionsBox box(*fixture.context);
    CHECK(findIn<QLabel>(&box, QStringLiteral("connectionsIntro"))->text().contains(QStringLiteral("not available")));
    CHECK(box.findChildren<ConnectionCard *>().isEmpty());
    CHECK(box.card(SyncSources::Oura) == nullptr);
}

TEST_CASE("without a client id Connect is disabled and the card says how to set one up")
{
    UiFixture fixture;
    SyncUnderTest sync(fixture);
    BoxUnderTest test(fixture);

    for (const QString &source : {SyncSources::Oura, SyncSources::Calendar}) {
        INFO(source.toStdString());
        REQUIRE(test.box.card(source));
        CHECK_FALSE(findIn<QPushButton>(&test.box, source + QStringLiteral("Connect"))->isEnabled());
        CHECK(findIn<QLabel>(&test.box, source + QStringLiteral("SyncNotice"))->text().contains(QStringLiteral("client ID")));
        CHECK(findIn<QLabel>(&test.box, source + QStringLiteral("SyncState"))->text() == QStringLiteral("Not set up"));
        CHECK_FALSE(findIn<QPushButton>(&test.box, source + QStringLiteral("SyncNow"))->isEnabled());
        CHECK(findIn<QLineEdit>(&test.box, source + QStringLiteral("ClientSecret"))->echoMode() == QLineEdit::Password);
    }
    CHECK(test.label("ouraRegistrationHint")->text().contains(QStringLiteral("127.0.0.1:53682/callback")));

    // Typing a client id enables Connect; leaving the field saves it where the sync thread reads it.
    auto *clientId = findIn<QLineEdit>(&test.box, QStringLiteral("ouraClientId"));
    clientId->setFocus();
    QTest::keyClicks(clientId, QStringLiteral("my-oura-app"));
    CHECK(test.button("ouraConnect")->isEnabled());
    CHECK(test.label("ouraSyncState")->text() == QStringLiteral("Not connected"));
    CHECK_FALSE(test.label("ouraSyncNotice")->isVisible());
    Q_EMIT clientId->editingFinished();
    CHECK(Settings(DataLocation::settingsPath(fixture.dataDir)).value(SettingKeys::OuraClientId)
          == QStringLiteral("my-oura-app"));
    CHECK_FALSE(test.button("calendarConnect")->isEnabled());
}

TEST_CASE("connecting Oura through the browser shows Connected, and Sync now shows when it last synced")
{
    FakeOAuthServer oauth;
    FakeOuraServer oura(ouraDays(10));
    UiFixture fixture;
    pointOuraAt(*fixture.settings, oauth, oura);
    SyncUnderTest sync(fixture);
    BoxUnderTest test(fixture);
    findIn<QLineEdit>(&test.box, QStringLiteral("ouraClientId"))->setText(QString::fromLatin1(oauth.options().clientId));

    connectOura(test, *sync.service, oauth);
    QTRY_VERIFY_WITH_TIMEOUT(test.oura()->status().connected, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(test.label("ouraSyncState")->text(), QStringLiteral("Connected"), kWaitMs);
    CHECK(test.button("ouraDisconnect")->isVisible());
    CHECK_FALSE(test.button("ouraConnect")->isVisible());

    // Whatever the first sync after connecting did, Sync now runs one more and reports it.
    QTRY_VERIFY_WITH_TIMEOUT(!test.oura()->status().running, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(test.button("ouraSyncNow")->isEnabled(), kWaitMs);
    const int requestsBefore = oura.http().requestCount();
    test.button("ouraSyncNow")->click();
    QTRY_VERIFY_WITH_TIMEOUT(oura.http().requestCount() > requestsBefore && !test.oura()->status().running
                                 && test.oura()->status().lastSuccess.isValid(),
                             kWaitMs);
    CHECK(test.oura()->status().lastError.isEmpty());
    CHECK(test.label("ouraSyncTimes")->text().contains(QStringLiteral("Last synced just now")));
    CHECK_FALSE(test.label("ouraSyncError")->isVisible());
}

TEST_CASE("a backfill shows its progress with a Cancel button, and Cancel stops it")
{
    FakeOAuthServer oauth;
    // Ten years of data in pages of one document: thousands of requests, so the backfill is still running when
    // Cancel is clicked.
    FakeOuraServer::Options options = ouraDays(3650);
    options.pageSize = 1;
    FakeOuraServer oura(options);
    UiFixture fixture;
    pointOuraAt(*fixture.settings, oauth, oura);
    SyncUnderTest sync(fixture);
    BoxUnderTest test(fixture);
    findIn<QLineEdit>(&test.box, QStringLiteral("ouraClientId"))->setText(QString::fromLatin1(oauth.options().clientId));
    connectOura(test, *sync.service, oauth);
    QTRY_VERIFY_WITH_TIMEOUT(test.oura()->status().connected && !test.oura()->status().running, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(test.button("ouraBackfill")->isEnabled(), kWaitMs);

    auto *days = findIn<QSpinBox>(&test.box, QStringLiteral("ouraBackfillDays"));
    CHECK(days->value() == 90);
    CHECK(days->maximum() == 3650);
    days->setValue(3650);
    auto *progress = findIn<QProgressBar>(&test.box, QStringLiteral("ouraProgress"));
    CHECK_FALSE(progress->isVisible());
    const QDateTime lastSuccessBefore = test.oura()->status().lastSuccess;
    REQUIRE(lastSuccessBefore.isValid());
    const int requestsBefore = oura.http().requestCount();
    test.button("ouraBackfill")->click();
    QTRY_VERIFY_WITH_TIMEOUT(progress->isVisible() && test.button("ouraCancel")->isVisible(), kWaitMs);
    CHECK(test.label("ouraSyncState")->text().startsWith(QStringLiteral("Syncing…")));
    // A known total shows as "12 of 80"; an unknown one as a busy bar.
    QTRY_VERIFY_WITH_TIMEOUT(progress->maximum() == std::max(0, test.oura()->status().progressTotal), kWaitMs);
    CHECK_FALSE(test.button("ouraSyncNow")->isEnabled());

    test.button("ouraCancel")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!test.oura()->status().running, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(!progress->isVisible(), kWaitMs);
    CHECK_FALSE(test.button("ouraCancel")->isVisible());
    CHECK(test.button("ouraSyncNow")->isEnabled());
    // Stopped early, not finished: a full backfill asks at least once per day for each daily collection
    // (sleep, readiness, activity), and the backfill's last window (days the first sync did not read) is not written.
    const int backfillRequests = oura.http().requestCount() - requestsBefore;
    CHECK(backfillRequests > 0);
    CHECK(backfillRequests < 3650);
    const QDate today = QDate::currentDate();
    MetricRepository metrics(*fixture.database);
    const auto firstSynced = metrics.onDay(today.addDays(-2)); // read by the first sync after connecting
    REQUIRE(firstSynced.ok());
    CHECK_FALSE(firstSynced->isEmpty());
    const auto onlyBackfilled = metrics.onDay(today.addDays(-45)); // only the backfill's last window reads it
    REQUIRE(onlyBackfilled.ok());
    CHECK(onlyBackfilled->isEmpty());
    CHECK(test.oura()->status().lastSuccess == lastSuccessBefore);
    // Nothing asks Oura any more.
    const int requests = oura.http().requestCount();
    QTest::qWait(1500);
    CHECK(oura.http().requestCount() == requests);
}

TEST_CASE("Disconnect asks first and says what happens to the data")
{
    FakeOAuthServer oauth;
    FakeOuraServer oura(ouraDays(5));
    UiFixture fixture;
    pointOuraAt(*fixture.settings, oauth, oura);
    SyncUnderTest sync(fixture);
    BoxUnderTest test(fixture);
    findIn<QLineEdit>(&test.box, QStringLiteral("ouraClientId"))->setText(QString::fromLatin1(oauth.options().clientId));
    connectOura(test, *sync.service, oauth);
    QTRY_VERIFY_WITH_TIMEOUT(test.button("ouraDisconnect")->isVisible() && test.button("ouraDisconnect")->isEnabled(),
                             kWaitMs);

    const auto openConfirmation = [&test] {
        test.button("ouraDisconnect")->click();
        QMessageBox *box = nullptr;
        REQUIRE(QTest::qWaitFor([&] {
            box = test.box.findChild<QMessageBox *>(QStringLiteral("disconnectConfirm"));
            return box && box->isVisible();
        }));
        return box;
    };
    // Keep connected: nothing changes.
    QMessageBox *confirm = openConfirmation();
    CHECK(confirm->text().contains(QStringLiteral("stay in LifeOS")));
    for (QAbstractButton *button : confirm->buttons()) {
        if (confirm->buttonRole(button) == QMessageBox::RejectRole)
            button->click();
    }
    // A barrier: a Sync now queued after anything Keep connected might have asked for runs, and finds Oura connected.
    QTRY_VERIFY_WITH_TIMEOUT(test.button("ouraSyncNow")->isEnabled(), kWaitMs);
    const int requestsBefore = oura.http().requestCount();
    test.button("ouraSyncNow")->click();
    CHECK_FALSE(test.button("ouraSyncNow")->isEnabled()); // until the run it asked for has ended
    QTRY_VERIFY_WITH_TIMEOUT(oura.http().requestCount() > requestsBefore && !test.oura()->status().running
                                 && test.button("ouraSyncNow")->isEnabled(),
                             kWaitMs);
    CHECK(test.oura()->status().connected);
    CHECK(test.oura()->status().lastError.isEmpty());
    CHECK(oauth.revokeRequests().isEmpty());

    confirm = openConfirmation();
    findIn<QPushButton>(confirm, QStringLiteral("disconnectConfirmYes"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(!test.oura()->status().connected, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(test.button("ouraConnect")->isVisible(), kWaitMs);
    CHECK(test.label("ouraSyncState")->text() == QStringLiteral("Not connected"));
    CHECK_FALSE(oauth.revokeRequests().isEmpty());
}

namespace {

// Google's sign-in pointed at a fake authorization server of its own (another port, another client id).
void pointGoogleAt(Settings &settings, FakeOAuthServer &oauth)
{
    settings.setValue(SettingKeys::GoogleAuthorizeUrl, oauth.authorizeUrl().toString());
    settings.setValue(SettingKeys::GoogleTokenUrl, oauth.tokenUrl().toString());
    settings.setValue(SettingKeys::GoogleRevokeUrl, oauth.revokeUrl().toString());
    settings.setValue(SettingKeys::GoogleClientId, QString::fromLatin1(oauth.options().clientId));
    settings.sync();
}

FakeOAuthServer::Options googleClient()
{
    FakeOAuthServer::Options options;
    options.clientId = "1234-google-test.apps.googleusercontent.com";
    return options;
}

} // namespace

TEST_CASE("Sync now asked for while the other source signs in waits and says so, with the focus on Cancel meanwhile")
{
    FakeOAuthServer ouraAuth;
    FakeOAuthServer googleAuth(googleClient());
    FakeOuraServer oura(ouraDays(10));
    UiFixture fixture;
    pointOuraAt(*fixture.settings, ouraAuth, oura);
    pointGoogleAt(*fixture.settings, googleAuth);
    SyncUnderTest sync(fixture);
    BoxUnderTest test(fixture);
    REQUIRE(QTest::qWaitForWindowActive(&test.box));
    findIn<QLineEdit>(&test.box, QStringLiteral("ouraClientId"))
        ->setText(QString::fromLatin1(ouraAuth.options().clientId));
    connectOura(test, *sync.service, ouraAuth);
    QTRY_VERIFY_WITH_TIMEOUT(test.oura()->status().connected && test.button("ouraSyncNow")->isEnabled(), kWaitMs);

    // Google's sign-in runs (the browser is left waiting): the card asks to finish it only once the browser opened.
    QSignalSpy browser(sync.service.get(), &SyncService::openBrowserRequested);
    test.button("calendarConnect")->click();
    CHECK(test.label("calendarSyncState")->text() == QStringLiteral("Signing in…"));
    CHECK_FALSE(test.label("calendarSyncNotice")->text().contains(QStringLiteral("Finish signing in")));
    REQUIRE((browser.count() > 0 || browser.wait(kWaitMs)));
    CHECK(browser.first().first().toUrl().port() == googleAuth.authorizeUrl().port());
    QTRY_VERIFY_WITH_TIMEOUT(test.label("calendarSyncNotice")->text().contains(QStringLiteral("Finish signing in")),
                             kWaitMs);
    CHECK(test.label("ouraSyncState")->text() == QStringLiteral("Connected")); // Oura's card is not fooled

    // Oura's Sync now waits behind it, says so, and offers Cancel with the focus on it.
    QPushButton *syncNow = test.button("ouraSyncNow");
    syncNow->setFocus();
    const int requestsBefore = oura.http().requestCount();
    syncNow->click();
    CHECK(test.label("ouraSyncState")->text() == QStringLiteral("Waiting…"));
    CHECK(test.label("ouraSyncNotice")->isVisible());
    CHECK(test.label("ouraSyncNotice")->text() == QStringLiteral("Waiting for the other sync to finish…"));
    CHECK_FALSE(syncNow->isEnabled());
    CHECK(test.button("ouraCancel")->isVisible());
    CHECK(test.button("ouraCancel")->hasFocus());

    // The user gives up on Google: a plain notice, not an error; then Oura's sync runs and the focus comes back.
    test.button("calendarConnect")->click();
    QTRY_VERIFY_WITH_TIMEOUT(test.label("calendarSyncNotice")->text().contains(QStringLiteral("cancelled")), kWaitMs);
    CHECK(test.label("calendarSyncNotice")->isVisible());
    CHECK_FALSE(test.label("calendarSyncError")->isVisible());
    CHECK(test.button("calendarConnect")->text() == QStringLiteral("Connect…"));
    QTRY_VERIFY_WITH_TIMEOUT(oura.http().requestCount() > requestsBefore && !test.oura()->status().running
                                 && syncNow->isEnabled(),
                             kWaitMs);
    CHECK(syncNow->hasFocus());
    CHECK_FALSE(test.button("ouraCancel")->isVisible());
    CHECK(test.label("ouraSyncState")->text() == QStringLiteral("Connected"));
    CHECK_FALSE(test.label("ouraSyncNotice")->text().contains(QStringLiteral("Waiting")));
}

TEST_CASE("a sign-in queued behind the other source's backfill says it waits, and cancelling it is a notice")
{
    FakeOAuthServer ouraAuth;
    FakeOAuthServer googleAuth(googleClient());
    FakeOuraServer::Options options = ouraDays(3650);
    options.pageSize = 1; // thousands of requests: the backfill outlasts the test's clicks
    FakeOuraServer oura(options);
    UiFixture fixture;
    pointOuraAt(*fixture.settings, ouraAuth, oura);
    pointGoogleAt(*fixture.settings, googleAuth);
    SyncUnderTest sync(fixture);
    BoxUnderTest test(fixture);
    findIn<QLineEdit>(&test.box, QStringLiteral("ouraClientId"))
        ->setText(QString::fromLatin1(ouraAuth.options().clientId));
    connectOura(test, *sync.service, ouraAuth);
    QTRY_VERIFY_WITH_TIMEOUT(test.oura()->status().connected && test.button("ouraBackfill")->isEnabled(), kWaitMs);
    findIn<QSpinBox>(&test.box, QStringLiteral("ouraBackfillDays"))->setValue(3650);
    test.button("ouraBackfill")->click();
    QTRY_VERIFY_WITH_TIMEOUT(test.oura()->status().running, kWaitMs);

    QSignalSpy browser(sync.service.get(), &SyncService::openBrowserRequested);
    QSignalSpy finished(sync.service.get(), &SyncService::connectFinished);
    test.button("calendarConnect")->click();
    CHECK(test.label("calendarSyncState")->text() == QStringLiteral("Waiting…"));
    CHECK(test.label("calendarSyncNotice")->text() == QStringLiteral("Waiting for the other sync to finish…"));
    CHECK(test.button("calendarConnect")->text() == QStringLiteral("Cancel sign-in"));

    test.button("calendarConnect")->click();
    REQUIRE((finished.count() > 0 || finished.wait(kWaitMs)));
    CHECK(finished.first().at(0).toString() == SyncSources::Calendar);
    CHECK_FALSE(finished.first().at(1).toBool());
    CHECK(browser.isEmpty()); // it was still queued: no browser ever opened
    // The card hears of it through its own queued status signal, which may come a moment after the spy's.
    QTRY_VERIFY_WITH_TIMEOUT(test.label("calendarSyncState")->text() == QStringLiteral("Not connected"), kWaitMs);
    CHECK(test.label("calendarSyncNotice")->isVisible());
    CHECK(test.label("calendarSyncNotice")->text().contains(QStringLiteral("cancelled")));
    CHECK_FALSE(test.label("calendarSyncError")->isVisible());
    CHECK(test.oura()->status().running); // Oura's backfill went on

    test.button("ouraCancel")->click();
    QTRY_VERIFY_WITH_TIMEOUT(!test.oura()->status().running, kWaitMs);
}

TEST_CASE("the backfill's days read in the plural the number asks for")
{
    UiFixture fixture;
    SyncUnderTest sync(fixture);
    BoxUnderTest test(fixture);
    auto *days = findIn<QSpinBox>(&test.box, QStringLiteral("ouraBackfillDays"));
    // "1 day" / "30 days" once lupdate gives the English catalogue the plural; "day(s)" before. The number shows once.
    days->setValue(1);
    CHECK(days->text().startsWith(QStringLiteral("1 day")));
    days->setValue(30);
    CHECK(days->text().startsWith(QStringLiteral("30 day")));
    CHECK(days->text().count(QStringLiteral("30")) == 1);
    CHECK_FALSE(days->text().contains(QStringLiteral("%n")));
}

TEST_CASE("no two mnemonics on the Settings page collide, with each other or with the menu bar")
{
    std::unique_ptr<SyncUnderTest> sync; // outlives the window, whose cards use it
    UiFixture fixture(QDate(2026, 11, 22), {}, false,
                      [&sync](UiFixture &built) { sync = std::make_unique<SyncUnderTest>(built); });
    MainWindow &window = fixture.window();
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    window.showPage(MainWindow::Settings);
    QWidget *settings = window.page(MainWindow::Settings);

    QMap<QString, QStringList> owners; // "Alt+D" → what uses it
    const auto add = [&owners](const QString &text, const QString &what) {
        const QKeySequence mnemonic = QKeySequence::mnemonic(text);
        if (!mnemonic.isEmpty())
            owners[mnemonic.toString(QKeySequence::PortableText)].append(what);
    };
    for (QAction *menu : window.menuBar()->actions())
        add(menu->text(), QStringLiteral("menu ") + menu->text());
    int cardTitles = 0;
    for (QWidget *widget : settings->findChildren<QWidget *>()) {
        if (!widget->isVisible())
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            add(button->text(), QStringLiteral("button ") + button->text());
        else if (auto *label = qobject_cast<QLabel *>(widget); label && label->buddy()) {
            add(label->text(), QStringLiteral("label ") + label->text());
            cardTitles += label->objectName().endsWith(QStringLiteral("Title")) ? 1 : 0;
        } else if (auto *group = qobject_cast<QGroupBox *>(widget))
            add(group->title(), QStringLiteral("group ") + group->title());
    }
    CHECK(cardTitles == 2);
    CHECK(owners.size() > 8); // the page has mnemonics at all
    for (auto it = owners.cbegin(); it != owners.cend(); ++it) {
        INFO(it.key().toStdString() << " is used by " << it.value().join(QStringLiteral(", ")).toStdString());
        CHECK(it.value().size() == 1);
    }

    // A card's title takes the focus to what the card can do now: without a client id, the client id field.
    QTest::keyClick(&window, Qt::Key_U, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == findIn<QLineEdit>(settings, QStringLiteral("ouraClientId")));
    QTest::keyClick(&window, Qt::Key_N, Qt::AltModifier);
    CHECK(QApplication::focusWidget() == findIn<QLineEdit>(settings, QStringLiteral("calendarClientId")));
}

TEST_CASE("Choose calendars shows a saved choice as saved, and without one ticks what the list marks or the primary")
{
    UiFixture fixture;
    SyncUnderTest sync(fixture);
    QList<CalendarInfo> calendars(3);
    calendars[0].id = QStringLiteral("me@example.com");
    calendars[0].summary = QStringLiteral("Me");
    calendars[0].primary = true;
    calendars[1].id = QStringLiteral("work@example.com");
    calendars[1].summary = QStringLiteral("Work");
    calendars[2].id = QStringLiteral("holidays@example.com");
    calendars[2].summary = QStringLiteral("Holidays");
    const auto ticked = [](CalendarChoiceDialog &dialog) { return dialog.chosenIds(); };

    SECTION("a saved choice wins over the list's own marks: an unticked calendar stays unticked")
    {
        fixture.settings->setValue(SettingKeys::GoogleCalendarIds, QStringList{QStringLiteral("work@example.com")});
        calendars[0].selected = true; // as an older reading of the settings still says
        calendars[1].selected = true;
        CalendarChoiceDialog dialog(*sync.service, *fixture.settings);
        Q_EMIT sync.service->calendarsListed(calendars, QString());
        CHECK(ticked(dialog) == QStringList{QStringLiteral("work@example.com")});
    }
    SECTION("without a saved choice the list's marks seed it")
    {
        calendars[2].selected = true;
        CalendarChoiceDialog dialog(*sync.service, *fixture.settings);
        Q_EMIT sync.service->calendarsListed(calendars, QString());
        CHECK(ticked(dialog) == QStringList{QStringLiteral("holidays@example.com")});
    }
    SECTION("without a saved choice or marks the primary calendar is ticked")
    {
        CalendarChoiceDialog dialog(*sync.service, *fixture.settings);
        Q_EMIT sync.service->calendarsListed(calendars, QString());
        CHECK(ticked(dialog) == QStringList{QStringLiteral("me@example.com")});
    }
    SECTION("while the other source syncs, the dialog says it waits for it")
    {
        CalendarChoiceDialog dialog(*sync.service, *fixture.settings);
        auto *status = findIn<QLabel>(&dialog, QStringLiteral("calendarChoiceStatus"));
        SyncStatus ouraRunning;
        ouraRunning.source = SyncSources::Oura;
        ouraRunning.running = true;
        Q_EMIT sync.service->statusChanged(ouraRunning);
        CHECK(status->text() == QStringLiteral("Waiting for the other sync to finish…"));
        ouraRunning.running = false;
        Q_EMIT sync.service->statusChanged(ouraRunning);
        CHECK(status->text() == QStringLiteral("Asking Google for your calendars…"));
    }
}
