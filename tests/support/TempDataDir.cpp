#include "support/TempDataDir.h"

#include "util/DataLocation.h"

TempDataDir::TempDataDir()
    : m_dir(QDir::tempPath() + QStringLiteral("/lifeos-test-XXXXXX"))
{
}

QString TempDataDir::databasePath() const
{
    return lifeos::DataLocation::databasePath(m_dir.path());
}
