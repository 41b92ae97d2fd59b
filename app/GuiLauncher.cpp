#include "GuiLauncher.h"

#include "AppInfo.h"
#include "AppLogging.h"
#include "CaptureHotkeyBinding.h"
#include "FirstPaintProbe.h"
#include "InstanceRequest.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "Translations.h"
#include "search/SearchService.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/Database.h"
#include "storage/JournalRepository.h"
#include "storage/NoteRepository.h"
#include "storage/TaskRepository.h"
#include "sync/SyncService.h"
#include "util/DataLocation.h"
#include "util/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDesktopServices>
#include <QIcon>
#include <QMessageBox>
#include <QSystemTrayIcon>
#include <QTimer>

#include <cstdio>

namespace lifeos {

namespace {

int showFatal(const QString &title, const QString &message, const QString &path)
{
    std::fprintf(stderr, "lifeos: %s\n", qUtf8Printable(message));
    QMessageBox box(QMessageBox::Critical, title, message, QMessageBox::Close);
    box.setInformativeText(GuiLauncher::tr("Location: %1").arg(path));
    box.setWindowIcon(QIcon(QStringLiteral(":/icons/lifeos.svg")));
    box.exec();
    return 1;
}

} // namespace

int GuiLauncher::run(int argc, char *argv[], const QElapsedTimer &sinceStart)
{
    QApplication app(argc, argv);
    setApplicationInfo();
    QApplication::setDesktopFileName(QStringLiteral("org.lifeos.LifeOS"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/lifeos.svg")));

    QCommandLineParser parser;
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"),
                                           QStringLiteral("data folder"),
                                           QStringLiteral("DIR"));
    const QCommandLineOption captureOption(QStringLiteral("capture"), QStringLiteral("open quick capture"));
    parser.addOptions({dataDirOption, captureOption});
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "lifeos: %s\n", qUtf8Printable(parser.errorText()));
        return 2;
    }
    const QString dataDir = DataLocation::resolve(parser.value(dataDirOption));
    Settings settings(DataLocation::settingsPath(dataDir));
    installTranslations(app, settings.value(SettingKeys::Language));

    InstanceRequest request;
    if (parser.isSet(captureOption))
        request = {InstanceRequest::Action::Capture, parser.positionalArguments().join(u' ')};
    SingleInstance instance(dataDir);
    if (!FirstPaintProbe::isRequested()) {
        switch (instance.forwardToRunning(request.encode())) {
        case SingleInstance::Forwarded::Delivered:
            qCInfo(lcApp) << "handed the request over to the running LifeOS";
            return 0;
        case SingleInstance::Forwarded::Failed:
            std::fprintf(stderr, "lifeos: %s\n", qUtf8Printable(tr("LifeOS is running but did not answer in time.")));
            return 1;
        case SingleInstance::Forwarded::NoneRunning:
            break;
        }
    }

    if (auto folder = DataLocation::ensure(dataDir); !folder)
        return showFatal(tr("LifeOS cannot use its data folder"), folder.error().message, dataDir);
    const QString databasePath = DataLocation::databasePath(dataDir);
    auto database = Database::open(databasePath);
    if (!database)
        return showFatal(tr("LifeOS cannot open its database"), database.error().message, databasePath);

    CaptureHotkeyBinding hotkey;
    JournalRepository journal(**database);
    TaskRepository tasks(**database);
    NoteRepository notes(**database);
    // Declared before the window, so it outlives the widgets listening to it.
    SearchService search(databasePath, dataDir);
    // Oura and Google Calendar sync on a thread of its own; the window only hears its signals, never waits on it.
    SyncService::Config syncConfig;
    syncConfig.databasePath = databasePath;
    syncConfig.settingsPath = DataLocation::settingsPath(dataDir);
    syncConfig.makeSecretStore = [service = KeychainSecretStore::serviceForDataDir(dataDir)] {
        return std::make_unique<KeychainSecretStore>(service);
    };
    syncConfig.scheduled = true;
    SyncService sync(syncConfig);
    UiContext context{**database, journal, tasks, notes, settings, dataDir};
    context.captureHotkey = &hotkey;
    context.search = &search;
    context.sync = &sync; // the window reloads the pages a sync changed (MainWindow::refreshAfterSync)
    QObject::connect(&sync, &SyncService::openBrowserRequested, &sync,
                     [](const QUrl &url) { QDesktopServices::openUrl(url); });
    MainWindow window(context);
    // With a tray, closing the window keeps LifeOS running; the tray's Quit ends it.
    QApplication::setQuitOnLastWindowClosed(false);

    QObject::connect(&hotkey, &CaptureHotkey::activated, &window, [&window] { window.showCapture(); });

    auto handle = [&window](const InstanceRequest &received) {
        if (received.action == InstanceRequest::Action::Capture) {
            window.showCapture(received.text);
            qCInfo(lcApp) << "quick capture opened with" << received.text.size() << "characters";
        } else {
            window.raiseAndActivate();
        }
    };
    if (FirstPaintProbe::isRequested()) {
        new FirstPaintProbe(&window, sinceStart);
    } else if (instance.listen()) {
        qCInfo(lcApp) << "listening for later launches";
        QObject::connect(&instance, &SingleInstance::messageReceived, &window, [handle](const QByteArray &line) {
            if (const auto received = InstanceRequest::decode(line))
                handle(*received);
            else
                qCWarning(lcApp) << "ignored an unknown request from a later launch";
        });
    }

    // Started just to capture a line: with a tray to come back to, the main window need not open.
    if (request.action != InstanceRequest::Action::Capture || !QSystemTrayIcon::isSystemTrayAvailable())
        window.show();
    if (request.action == InstanceRequest::Action::Capture)
        handle(request);
    // Once the window is up: finding the backend may ask the session bus, and a portal may ask the user.
    QTimer::singleShot(0, &hotkey, [&hotkey, &settings] {
        hotkey.request(settings.value(SettingKeys::CaptureHotkey));
    });
    // After the first paint: loading and checking the vector index must not delay the window.
    QTimer::singleShot(0, &search, [&search] { search.start(); });
    QTimer::singleShot(0, &sync, [&sync] { sync.start(); });
    return app.exec();
}

} // namespace lifeos
