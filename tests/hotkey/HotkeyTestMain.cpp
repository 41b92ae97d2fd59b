#define CATCH_CONFIG_RUNNER
#include <QGuiApplication>

#include <catch2/catch.hpp>

// The hotkey tests need a QGuiApplication: on a real X server for the X11 backend (the ctest
// wrapper starts Xvfb and sets QT_QPA_PLATFORM=xcb), offscreen for everything else.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QGuiApplication::setApplicationName(QStringLiteral("lifeos-hotkey-tests"));
    return Catch::Session().run(argc, argv);
}
