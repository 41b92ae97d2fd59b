#include "CliRunner.h"

#include <QJsonDocument>
#include <QProcess>

#include <catch2/catch.hpp>

QJsonObject CliResult::json() const
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(out.toUtf8(), &error);
    INFO(out.toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    REQUIRE(document.isObject());
    return document.object();
}

CliRunner::CliRunner(QString dataDir, QByteArray timeZone)
    : m_dataDir(std::move(dataDir))
    , m_timeZone(std::move(timeZone))
{}

CliResult CliRunner::run(const QStringList &arguments, const QByteArray &stdinData) const
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TZ"), QString::fromLatin1(m_timeZone));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.remove(QStringLiteral("LIFEOS_DATA_DIR"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LIFEOS_APP_PATH), QStringList{QStringLiteral("--data-dir"), m_dataDir} + arguments);
    REQUIRE(process.waitForStarted());
    if (!stdinData.isNull())
        process.write(stdinData);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    CliResult result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    result.err = QString::fromUtf8(process.readAllStandardError()).trimmed();
    return result;
}
