#include "cli/CaptureCommands.h"

#include "capture/CaptureJson.h"
#include "capture/CaptureParser.h"
#include "capture/CaptureStore.h"
#include "capture/ParseContextFactory.h"
#include "cli/CliOutput.h"
#include "cli/OpenDatabase.h"
#include "util/Settings.h"

#include <QFile>
#include <QTimeZone>

#include <optional>

namespace lifeos::cli {

namespace {

std::optional<QString> textOf(const CliRequest &request)
{
    if (request.arguments.isEmpty())
        return std::nullopt;
    if (request.arguments == QStringList{QStringLiteral("-")}) {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly))
            return std::nullopt;
        QString text = QString::fromUtf8(in.readAll());
        if (text.endsWith(u'\n')) // the newline that ends a piped line is not part of it
            text.chop(text.endsWith(QStringLiteral("\r\n")) ? 2 : 1);
        return text;
    }
    return request.arguments.join(u' ');
}

// "2026-11-22T10:00:00" is local time; an offset or Z makes it an instant anywhere.
std::optional<QDateTime> nowOf(const CliRequest &request)
{
    const QString value = request.value(QStringLiteral("now"));
    if (value.isEmpty())
        return QDateTime::currentDateTime();
    QDateTime now = QDateTime::fromString(value, Qt::ISODateWithMs);
    if (!now.isValid())
        now = QDateTime::fromString(value, Qt::ISODate);
    if (!now.isValid()) {
        const QDate day = QDate::fromString(value, Qt::ISODate);
        if (day.isValid())
            now = QDateTime(day, QTime(12, 0));
    }
    if (!now.isValid())
        return std::nullopt;
    return now;
}

std::optional<ParsedCapture> parseRequest(const CliRequest &request, int &exitCode)
{
    const auto text = textOf(request);
    if (!text) {
        exitCode = fail(CaptureCommands::tr("%1 needs the text to read; try --help").arg(request.command), 2);
        return std::nullopt;
    }
    const auto now = nowOf(request);
    if (!now) {
        exitCode = fail(CaptureCommands::tr("--now needs an ISO 8601 date and time, such as 2026-11-22T10:00:00"), 2);
        return std::nullopt;
    }
    const ParseContext ctx = ParseContextFactory::fromSettings(request.settings, *now);
    const QString kindName = request.value(QStringLiteral("kind"));
    if (kindName.isEmpty())
        return CaptureParser::parse(*text, ctx);
    const auto kind = captureKindFromName(kindName);
    if (!kind) {
        exitCode = fail(CaptureCommands::tr("unknown kind \"%1\"; use task, note, journal, expense, income, metric "
                                            "or workout")
                            .arg(kindName),
                        2);
        return std::nullopt;
    }
    return CaptureParser::parseAs(*text, ctx, *kind);
}

// One human line: "task: Buy bread · 2026-11-23"
QString describe(const ParsedCapture &capture)
{
    QStringList parts{captureKindName(capture.kind) + QStringLiteral(": ") + capture.title};
    if (capture.date.isValid())
        parts.append(capture.date.toString(Qt::ISODate)
                     + (capture.time.isValid() ? u' ' + capture.time.toString(QStringLiteral("HH:mm")) : QString()));
    if (capture.amount)
        parts.append(QStringLiteral("%1 %2").arg(capture.amount->currency).arg(capture.amount->minor));
    if (capture.metric)
        parts.append(
            QStringLiteral("%1 %2 %3").arg(capture.metric->name).arg(capture.metric->value).arg(capture.metric->unit));
    if (capture.durationMin)
        parts.append(CaptureCommands::tr("%1 min").arg(*capture.durationMin));
    if (capture.distanceKm)
        parts.append(CaptureCommands::tr("%1 km").arg(*capture.distanceKm));
    if (!capture.tags.isEmpty())
        parts.append(u'#' + capture.tags.join(QStringLiteral(" #")));
    if (capture.priority)
        parts.append(QStringLiteral("p%1").arg(*capture.priority));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

int CaptureCommands::parse(const CliRequest &request)
{
    int exitCode = 0;
    const auto parsed = parseRequest(request, exitCode);
    if (!parsed)
        return exitCode;
    if (request.json())
        printJson(captureToJson(*parsed));
    else
        printLine(stdout, describe(*parsed));
    return 0;
}

int CaptureCommands::capture(const CliRequest &request)
{
    int exitCode = 0;
    const auto parsed = parseRequest(request, exitCode);
    if (!parsed)
        return exitCode;
    auto database = openDatabase(request.dataDir);
    if (!database)
        return fail(database.error().message);
    const auto now = nowOf(request);
    auto stored = CaptureStore(**database).store(*parsed, ParseContextFactory::fromSettings(request.settings, *now));
    if (!stored)
        return fail(stored.error().message);
    if (request.json())
        printJson(storedCaptureToJson(*stored));
    else
        printLine(stdout, tr("Saved %1 (id %2)").arg(describe(stored->parsed)).arg(stored->recordId));
    return 0;
}

} // namespace lifeos::cli
