#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QTranslator>

Q_LOGGING_CATEGORY(lcI18n, "lifeos.i18n", QtWarningMsg)

namespace lifeos {

void installTranslations(QCoreApplication &app, const QString &language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto *own = new QTranslator(&app);
    // A language we have no catalogue for (or the C locale of a script) falls back to English, whose catalogue
    // holds the plural forms: "1 row", "2 rows", never "row(s)".
    if (own->load(locale, QStringLiteral("lifeos"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || own->load(QStringLiteral("lifeos_en"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(own);
    else
        qCDebug(lcI18n) << "no LifeOS translation for" << locale.name();
    auto *qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace lifeos
