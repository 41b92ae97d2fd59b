#include "storage/Migrations.h"

#include "util/Logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <sqlite3.h>

namespace lifeos {

namespace {

const QString kScriptFolder = QStringLiteral(":/lifeos/migrations");

Result<void> execScript(sqlite3 *handle, const QByteArray &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return {};
    const QString detail = QString::fromUtf8(message ? message : sqlite3_errmsg(handle));
    sqlite3_free(message);
    return Error{ErrorCode::Unknown, detail};
}

} // namespace

QStringList Migrations::scriptNames()
{
    QStringList names = QDir(kScriptFolder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    return names;
}

int Migrations::latestVersion()
{
    return int(scriptNames().size());
}

Result<void> Migrations::migrate(sqlite3 *handle, int currentVersion, int targetVersion)
{
    const QStringList names = scriptNames();
    for (int version = currentVersion + 1; version <= targetVersion; ++version) {
        const QString &name = names.at(version - 1);
        Q_ASSERT(name.startsWith(QStringLiteral("%1_").arg(version, 4, 10, QLatin1Char('0'))));
        QFile file(kScriptFolder + u'/' + name);
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Io, QStringLiteral("missing migration %1").arg(name)};
        const QByteArray script = "BEGIN IMMEDIATE;\n" + file.readAll() + "\nPRAGMA user_version = "
            + QByteArray::number(version) + ";\nCOMMIT;";
        if (auto result = execScript(handle, script); !result) {
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
            qCWarning(lcStorage) << "migration" << name << "failed:" << result.error().message;
            return Error{ErrorCode::Unknown,
                         QCoreApplication::translate("Database", "Upgrading the database to version %1 failed: %2")
                             .arg(version)
                             .arg(result.error().message)};
        }
        qCInfo(lcStorage) << "migrated database to schema" << version << name;
    }
    return {};
}

} // namespace lifeos
