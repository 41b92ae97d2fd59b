#include "cli/CliOutput.h"

#include <QJsonDocument>

#include <cstdio>

namespace lifeos::cli {

void printLine(FILE *stream, const QString &text)
{
    std::fputs(qUtf8Printable(text + u'\n'), stream);
    std::fflush(stream);
}

void printJson(const QJsonObject &object)
{
    printLine(stdout, QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact)));
}

int fail(const QString &message, int code)
{
    printLine(stderr, QStringLiteral("lifeos: ") + message);
    return code;
}

} // namespace lifeos::cli
