#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include "Translations.h"

#include <QApplication>

// UI tests run on the offscreen platform unless told otherwise (QT_QPA_PLATFORM).
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("lifeos-ui-tests"));
    // Texts are checked in English, with the plural forms the English catalogue supplies.
    lifeos::installTranslations(app, QStringLiteral("en"));
    return Catch::Session().run(argc, argv);
}
