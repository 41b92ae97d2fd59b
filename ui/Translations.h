#pragma once

#include <QString>

class QCoreApplication;

namespace lifeos {

// Installs LifeOS's and Qt's own translations for `language` ("" follows the system locale).
// English needs no catalogue; a language without one falls back to English.
void installTranslations(QCoreApplication &app, const QString &language);

} // namespace lifeos
