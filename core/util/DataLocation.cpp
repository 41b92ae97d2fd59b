#include "util/DataLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace lifeos {

QString DataLocation::resolve(const QString &commandLineDir)
{
    if (!commandLineDir.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(commandLineDir));
    const QString fromEnv = qEnvironmentVariable("LIFEOS_DATA_DIR");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnv));
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

Result<QString> DataLocation::ensure(const QString &dir)
{
    const QFileInfo info(dir);
    if (info.exists() && !info.isDir())
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("DataLocation", "The data folder %1 is a file, not a folder. Move the file away or choose another folder with --data-dir.").arg(dir)};
    if (!info.exists() && !QDir().mkpath(dir))
        return Error{ErrorCode::Io,
                     QCoreApplication::translate("DataLocation", "Cannot create the data folder %1.").arg(dir)};
    return dir;
}

QString DataLocation::databasePath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("lifeos.db"));
}

QString DataLocation::settingsPath(const QString &dir)
{
    return QDir(dir).filePath(QStringLiteral("settings.ini"));
}

} // namespace lifeos
