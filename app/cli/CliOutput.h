#pragma once

#include <QJsonObject>
#include <QString>

namespace lifeos::cli {

// One line on stdout (or stderr); the CLI's only ways of speaking.
void printLine(FILE *stream, const QString &text);
void printJson(const QJsonObject &object);
// Prints "lifeos: message" on stderr and returns the exit code (1 failure, 2 usage mistake).
int fail(const QString &message, int code = 1);

} // namespace lifeos::cli
