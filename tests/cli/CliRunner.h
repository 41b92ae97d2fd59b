#pragma once

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

// Runs the lifeos binary with a private data folder and a fixed time zone, and collects what it printed.
struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const; // stdout parsed as one JSON object
};

class CliRunner
{
public:
    explicit CliRunner(QString dataDir, QByteArray timeZone = QByteArrayLiteral("Asia/Jakarta"));
    CliResult run(const QStringList &arguments, const QByteArray &stdinData = {}) const;

private:
    QString m_dataDir;
    QByteArray m_timeZone;
};
