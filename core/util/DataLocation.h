#pragma once

#include "util/Result.h"

#include <QString>

namespace lifeos {

// Where LifeOS keeps its data: --data-dir, else LIFEOS_DATA_DIR, else the platform's app data folder.
class DataLocation {
public:
    static QString resolve(const QString &commandLineDir);
    // Creates the folder if it is missing; fails with a readable message if it cannot be used.
    static Result<QString> ensure(const QString &dir);
    static QString databasePath(const QString &dir);
    static QString settingsPath(const QString &dir);
};

} // namespace lifeos
