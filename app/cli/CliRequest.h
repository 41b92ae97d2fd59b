#pragma once

#include <QCommandLineParser>
#include <QStringList>

namespace lifeos {

class Settings;

namespace cli {

// What a command gets: its arguments after the command name, the parsed options, and where the data is.
struct CliRequest
{
    const QCommandLineParser &parser;
    QString command;
    QStringList arguments;
    QString dataDir;
    Settings &settings;

    QString value(const QString &option) const { return parser.value(option); }
    bool json() const { return parser.isSet(QStringLiteral("json")); }
};

} // namespace cli
} // namespace lifeos
