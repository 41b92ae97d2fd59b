#include "cli/CaptureCommands.h"

#include "capture/CaptureJson.h"
#include "capture/ChipFormat.h"
#include "capture/CaptureParser.h"
#include "capture/CaptureStore.h"
#include "capture/ParseContextFactory.h"
#include "cli/CliOutput.h"
#include "cli/OpenDatabase.h"
#include "util/DataLocation.h"
#include "util/Settings.h"

#include <QFile>
#include <QTimeZone>

#include <optional>
#include <variant>

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

// What the command was asked to read, checked before anything is opened: the text, the context it is read in
// (so storing it later uses the same "today"), and the kind the user picked, if any.
struct LineRequest
{
    QString text;
    ParseContext ctx;
    std::optional<CaptureKind> kind;

    ParsedCapture read() const
    {
        return kind ? CaptureParser::parseAs(text, ctx, *kind) : CaptureParser::parse(text, ctx);
    }
};

// The request, or the exit code of the usage mistake already reported.
std::variant<LineRequest, int> lineRequestOf(const CliRequest &request)
{
    const auto text = textOf(request);
    if (!text)
        return fail(CaptureCommands::tr("%1 needs the text to read; try --help").arg(request.command), 2);
    const auto now = nowOf(request);
    if (!now)
        return fail(CaptureCommands::tr("--now needs an ISO 8601 date and time, such as 2026-11-22T10:00:00"), 2);
    LineRequest line{*text, ParseContextFactory::fromSettings(request.settings, *now), std::nullopt};
    const QString kindName = request.value(QStringLiteral("kind"));
    if (!kindName.isEmpty()) {
        line.kind = captureKindFromName(kindName);
        if (!line.kind)
            return fail(CaptureCommands::tr("unknown kind \"%1\"; use task, note, journal, expense, income, metric "
                                            "or workout")
                            .arg(kindName),
                        2);
    }
    return line;
}

// Adds the user's categories, for the parser's category hints.
Result<void> addCategories(LineRequest &line, const Database &database)
{
    auto categories = ParseContextFactory::categoryNames(database);
    if (!categories)
        return categories.error();
    line.ctx.categories = *categories;
    return {};
}

// One human line, in the words and number formats of the capture window's chips:
// "task: Buy bread · 2026-11-23 17:00 · #home · P1", "expense: Coffee · Rp15,000".
QString describe(const ParsedCapture &capture)
{
    const QLocale locale;
    QStringList parts{captureKindName(capture.kind) + QStringLiteral(": ") + capture.title};
    if (capture.date.isValid())
        parts.append(capture.date.toString(Qt::ISODate)
                     + (capture.time.isValid() ? u' ' + capture.time.toString(QStringLiteral("HH:mm")) : QString()));
    if (capture.amount)
        parts.append(ChipFormat::money(*capture.amount, QString(), locale));
    if (capture.metric)
        parts.append(ChipFormat::metric(*capture.metric, locale));
    else if (capture.durationMin) // a measurement already shows its own duration (sleep)
        parts.append(ChipFormat::duration(*capture.durationMin, locale));
    if (capture.distanceKm)
        parts.append(ChipFormat::distance(*capture.distanceKm, locale));
    if (!capture.tags.isEmpty())
        parts.append(ChipFormat::tags(capture.tags));
    if (capture.priority)
        parts.append(ChipFormat::priority(*capture.priority));
    return parts.join(QStringLiteral(" · "));
}

} // namespace

int CaptureCommands::parse(const CliRequest &request)
{
    auto requested = lineRequestOf(request);
    if (auto *exitCode = std::get_if<int>(&requested))
        return *exitCode;
    LineRequest &line = std::get<LineRequest>(requested);
    // A dry run creates nothing: categories are read only from a data folder that already has a database.
    if (QFile::exists(DataLocation::databasePath(request.dataDir))) {
        auto database = openDatabase(request.dataDir);
        if (!database)
            return fail(database.error().message);
        if (auto added = addCategories(line, **database); !added)
            return fail(added.error().message);
    }
    const ParsedCapture parsed = line.read();
    if (request.json())
        printJson(captureToJson(parsed));
    else
        printLine(stdout, describe(parsed));
    return 0;
}

int CaptureCommands::capture(const CliRequest &request)
{
    auto requested = lineRequestOf(request);
    if (auto *exitCode = std::get_if<int>(&requested))
        return *exitCode;
    LineRequest &line = std::get<LineRequest>(requested);
    auto database = openDatabase(request.dataDir);
    if (!database)
        return fail(database.error().message);
    if (auto added = addCategories(line, **database); !added)
        return fail(added.error().message);
    auto stored = CaptureStore(**database).store(line.read(), line.ctx);
    if (!stored)
        return fail(stored.error().message);
    if (request.json())
        printJson(storedCaptureToJson(*stored));
    else
        printLine(stdout, tr("Saved %1 (id %2)").arg(describe(stored->parsed)).arg(stored->recordId));
    return 0;
}

} // namespace lifeos::cli
