#include "GuiLauncher.h"

#include "AppInfo.h"
#include "FirstPaintProbe.h"
#include "MainWindow.h"
#include "SingleInstance.h"
#include "Translations.h"
#include "storage/Database.h"
#include "storage/JournalRepository.h"
#include "storage/NoteRepository.h"
#include "storage/TaskRepository.h"
#include "util/DataLocation.h"
#include "util/Settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>

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
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), QStringLiteral("data folder"), QStringLiteral("DIR"));
    parser.addOption(dataDirOption);
    if (!parser.parse(app.arguments())) {
        std::fprintf(stderr, "lifeos: %s\n", qUtf8Printable(parser.errorText()));
        return 2;
    }
    const QString dataDir = DataLocation::resolve(parser.value(dataDirOption));
    Settings settings(DataLocation::settingsPath(dataDir));
    installTranslations(app, settings.value(SettingKeys::Language));

    SingleInstance instance(dataDir);
    if (!FirstPaintProbe::isRequested() && instance.forwardToRunning("raise"))
        return 0;

    if (auto folder = DataLocation::ensure(dataDir); !folder)
        return showFatal(tr("LifeOS cannot use its data folder"), folder.error().message, dataDir);
    const QString databasePath = DataLocation::databasePath(dataDir);
    auto database = Database::open(databasePath);
    if (!database)
        return showFatal(tr("LifeOS cannot open its database"), database.error().message, databasePath);

    JournalRepository journal(**database);
    TaskRepository tasks(**database);
    NoteRepository notes(**database);
    UiContext context{**database, journal, tasks, notes, settings, dataDir};
    MainWindow window(context);
    // With a tray, closing the window keeps LifeOS running; the tray's Quit ends it.
    QApplication::setQuitOnLastWindowClosed(false);

    if (FirstPaintProbe::isRequested())
        new FirstPaintProbe(&window, sinceStart);
    else if (instance.listen())
        QObject::connect(&instance, &SingleInstance::messageReceived, &window, [&window] { window.raiseAndActivate(); });

    window.show();
    return app.exec();
}

} // namespace lifeos
