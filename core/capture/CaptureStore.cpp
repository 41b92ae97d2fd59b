#include "capture/CaptureStore.h"

#include "model/Note.h"
#include "model/Task.h"
#include "storage/Database.h"
#include "storage/JournalRepository.h"
#include "storage/NoteRepository.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"
#include "storage/TaskRepository.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace lifeos {

namespace {

const QString kSource = QStringLiteral("capture");
constexpr qsizetype kNoteTitleLength = 80;

// Leading line breaks: what stays of a paragraph break once the line before it was cut out.
const QRegularExpression &leadingNewlines()
{
    static const QRegularExpression pattern(QStringLiteral("^\\n+"));
    return pattern;
}

// The instant a capture is about: the time said that day, now when it is about today, else unknown.
QDateTime instantOf(const ParsedCapture &capture, const QDate &day, const ParseContext &ctx)
{
    if (capture.time.isValid())
        return QDateTime(day, capture.time, ctx.zone).toUTC();
    if (day == ctx.today())
        return ctx.now.toUTC();
    return {};
}

// A long line is a note whose title is its beginning and whose body is all of it.
Note noteFrom(const ParsedCapture &capture)
{
    Note note;
    QString text = capture.title.isEmpty() ? capture.raw.trimmed() : capture.title;
    const qsizetype lineEnd = text.indexOf(u'\n');
    if (text.size() <= kNoteTitleLength && lineEnd < 0) {
        note.title = text;
    } else {
        QString head = text.left(lineEnd >= 0 ? qMin(lineEnd, kNoteTitleLength) : kNoteTitleLength);
        const qsizetype lastSpace = head.lastIndexOf(u' ');
        if (lastSpace > kNoteTitleLength / 2)
            head.truncate(lastSpace);
        note.title = head.trimmed() + u'…';
        note.body = text;
    }
    note.tags = capture.tags;
    note.rawInput = capture.raw;
    return note;
}

std::optional<qint64> categoryNamed(Database &db, const QString &name, const QString &kind)
{
    if (name.isEmpty())
        return std::nullopt;
    auto query = runQuery(db,
                          QStringLiteral("SELECT id FROM categories WHERE kind = ? AND name = ? COLLATE NOCASE"),
                          {kind, name},
                          CaptureStore::tr("Looking up the category"));
    if (query && query->next())
        return query->value(0).toLongLong();
    return std::nullopt;
}

Result<qint64> insertReturningId(Database &db, const QString &sql, const QVariantList &values, const QString &what)
{
    auto query = runQuery(db, sql, values, what);
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

} // namespace

CaptureStore::CaptureStore(Database &database)
    : m_db(database)
{}

Result<StoredCapture> CaptureStore::store(const ParsedCapture &capture, const ParseContext &ctx)
{
    if (capture.raw.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("There is nothing to capture: the line is empty.")};

    StoredCapture stored;
    stored.parsed = capture;
    stored.day = capture.date.isValid() ? capture.date : ctx.today();
    QString appendedText;
    auto written = m_db.write([&]() -> Result<void> {
        Result<qint64> record = fileRecord(capture, stored.day, ctx, appendedText);
        if (!record)
            return record.error();
        stored.recordId = *record;
        Result<qint64> logged = insertReturningId(
            m_db,
            QStringLiteral("INSERT INTO captures (raw_input, kind, record_id, day, appended_text, confidence, "
                           "created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {capture.raw,
             captureKindName(capture.kind),
             stored.recordId,
             sql::day(stored.day),
             appendedText.isNull() ? QVariant() : QVariant(appendedText),
             qBound(0.0, capture.confidence, 1.0),
             sql::instant(sql::now())},
            tr("Saving the capture"));
        if (!logged)
            return logged.error();
        stored.captureId = *logged;
        return {};
    });
    if (!written)
        return written.error();
    return stored;
}

Result<qint64>
CaptureStore::fileRecord(const ParsedCapture &capture, const QDate &day, const ParseContext &ctx, QString &appendedText)
{
    switch (capture.kind) {
    case CaptureKind::Task:
        return fileTask(capture);
    case CaptureKind::Note: {
        auto note = NoteRepository(m_db).add(noteFrom(capture));
        if (!note)
            return note.error();
        return note->id;
    }
    case CaptureKind::Journal:
        return appendJournalLine(capture, day, appendedText);
    case CaptureKind::Expense:
    case CaptureKind::Income:
        return fileTransaction(capture, day, ctx);
    case CaptureKind::Metric:
        return fileMetric(capture, day, ctx);
    case CaptureKind::Workout:
        return fileWorkout(capture, day, ctx);
    }
    return Error{ErrorCode::InvalidInput, tr("This kind of capture is not known.")};
}

Result<qint64> CaptureStore::fileTask(const ParsedCapture &capture)
{
    Task task;
    task.title = capture.title.isEmpty() ? capture.raw.trimmed() : capture.title;
    task.dueDate = capture.date;
    task.dueTime = capture.date.isValid() ? capture.time : QTime();
    task.priority = capture.priority.value_or(0);
    task.tags = capture.tags;
    task.categoryId = categoryNamed(m_db, capture.category, QStringLiteral("task"));
    task.source = kSource;
    task.rawInput = capture.raw;
    auto added = TaskRepository(m_db).add(task);
    if (!added)
        return added.error();
    return added->id;
}

Result<qint64> CaptureStore::appendJournalLine(const ParsedCapture &capture, const QDate &day, QString &appendedText)
{
    JournalRepository journal(m_db);
    auto existing = journal.entryFor(day);
    if (!existing)
        return existing.error();
    JournalEntry entry = existing->value_or(JournalEntry{});
    entry.day = day;
    const QString line = capture.title.isEmpty() ? capture.raw.trimmed() : capture.title;
    // A paragraph of its own, so markdown does not run it into the line before.
    appendedText = entry.body.trimmed().isEmpty()
                       ? line
                       : (entry.body.endsWith(u'\n') ? QStringLiteral("\n") : QStringLiteral("\n\n")) + line;
    entry.body += appendedText;
    entry.tags += capture.tags;
    auto saved = journal.save(entry);
    if (!saved)
        return saved.error();
    return saved->id;
}

Result<qint64> CaptureStore::fileTransaction(const ParsedCapture &capture, const QDate &day, const ParseContext &ctx)
{
    if (!capture.amount)
        return Error{ErrorCode::InvalidInput,
                     capture.kind == CaptureKind::Income ? tr("Income needs an amount, such as 2 juta or $500.")
                                                         : tr("An expense needs an amount, such as 15k or $12.50.")};
    const QString kind = capture.kind == CaptureKind::Income ? QStringLiteral("income") : QStringLiteral("expense");
    const QString currency = capture.amount->currency.isEmpty() ? ctx.defaultCurrency : capture.amount->currency;
    const QDateTime now = sql::now();
    return insertReturningId(
        m_db,
        QStringLiteral(
            "INSERT INTO transactions (kind, amount_minor, currency, day, instant, category_id, note, source, "
            "raw_input, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {kind,
         qAbs(capture.amount->minor),
         currency.toUpper(),
         sql::day(day),
         sql::instant(instantOf(capture, day, ctx)),
         sql::optionalId(categoryNamed(m_db, capture.category, kind)),
         capture.title,
         kSource,
         capture.raw,
         sql::instant(now),
         sql::instant(now)},
        tr("Saving the transaction"));
}

Result<qint64> CaptureStore::fileMetric(const ParsedCapture &capture, const QDate &day, const ParseContext &ctx)
{
    if (!capture.metric || capture.metric->name.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A measurement needs a name and a number, such as \"weight 72 kg\".")};
    const QDateTime now = sql::now();
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO metrics (name, value, unit, day, instant, source, raw_input, created_at, "
                       "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {capture.metric->name,
         capture.metric->value,
         capture.metric->unit,
         sql::day(day),
         sql::instant(instantOf(capture, day, ctx)),
         kSource,
         capture.raw,
         sql::instant(now),
         sql::instant(now)},
        tr("Saving the measurement"));
}

Result<qint64> CaptureStore::fileWorkout(const ParsedCapture &capture, const QDate &day, const ParseContext &ctx)
{
    const QDateTime now = sql::now();
    // The activity is the canonical word ("run") the Health page groups by; a title with more in it
    // ("Morning run with Ana") is kept as the workout's note.
    const QString title = capture.title.trimmed();
    const QString activity = !capture.activity.isEmpty() ? capture.activity : !title.isEmpty() ? title : tr("Workout");
    const QString notes = title.compare(activity, Qt::CaseInsensitive) == 0 ? QString() : title;
    auto optionalNumber = [](const std::optional<double> &value) { return value ? QVariant(*value) : QVariant(); };
    return insertReturningId(
        m_db,
        QStringLiteral("INSERT INTO workouts (activity, day, started_at, duration_min, distance_km, notes, source, "
                       "raw_input, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {activity,
         sql::day(day),
         // A workout logged without a time did not start "now": its start stays unknown.
         sql::instant(capture.time.isValid() ? instantOf(capture, day, ctx) : QDateTime()),
         optionalNumber(capture.durationMin),
         optionalNumber(capture.distanceKm),
         notes,
         kSource,
         capture.raw,
         sql::instant(now),
         sql::instant(now)},
        tr("Saving the workout"));
}

Result<void> CaptureStore::undo(qint64 captureId)
{
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT kind, record_id, day, appended_text FROM captures WHERE id = ?"),
                          {captureId},
                          tr("Reading the capture"));
    if (!query)
        return query.error();
    if (!query->next())
        return Error{ErrorCode::NotFound, tr("That capture is gone already.")};
    const auto kind = captureKindFromName(query->value(0).toString());
    const qint64 recordId = query->value(1).toLongLong();
    const QDate day = sql::toDay(query->value(2));
    const QString appended = query->value(3).toString();
    query->finish();

    return m_db.write([&]() -> Result<void> {
        Result<void> removed = kind == CaptureKind::Journal ? removeJournalLine(day, appended)
                                                            : removeRecord(kind.value_or(CaptureKind::Note), recordId);
        if (!removed)
            return removed;
        auto forget = runQuery(m_db,
                               QStringLiteral("DELETE FROM captures WHERE id = ?"),
                               {captureId},
                               tr("Forgetting the capture"));
        if (!forget)
            return forget.error();
        return {};
    });
}

Result<void> CaptureStore::removeRecord(CaptureKind kind, qint64 recordId)
{
    QString table;
    switch (kind) {
    case CaptureKind::Task:
        table = QStringLiteral("tasks");
        break;
    case CaptureKind::Note:
        table = QStringLiteral("notes");
        break;
    case CaptureKind::Expense:
    case CaptureKind::Income:
        table = QStringLiteral("transactions");
        break;
    case CaptureKind::Metric:
        table = QStringLiteral("metrics");
        break;
    case CaptureKind::Workout:
        table = QStringLiteral("workouts");
        break;
    case CaptureKind::Journal:
        return Error{ErrorCode::InvalidInput, tr("A journal line is undone by cutting it out of the entry.")};
    }
    // A record the user already deleted by hand is fine: undo only needs it gone.
    auto query =
        runQuery(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table), {recordId}, tr("Undoing the capture"));
    if (!query)
        return query.error();
    return {};
}

Result<void> CaptureStore::removeJournalLine(const QDate &day, const QString &appended)
{
    JournalRepository journal(m_db);
    auto existing = journal.entryFor(day);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return {};
    JournalEntry entry = **existing;
    // The line with the blank line before it; or, once an earlier line above it was undone, the bare line.
    QString cut = appended;
    qsizetype at = appended.isEmpty() ? -1 : entry.body.lastIndexOf(cut);
    if (at < 0 && !appended.isEmpty()) {
        cut = QString(appended).remove(leadingNewlines());
        at = entry.body.lastIndexOf(cut);
    }
    if (at < 0)
        return Error{ErrorCode::InvalidInput,
                     tr("The journal line was edited since it was captured; change the entry by hand instead.")};
    entry.body.remove(at, cut.size());
    if (at == 0) // the first line went: the paragraph break that led to the next one goes too
        entry.body.remove(leadingNewlines());
    auto saved = journal.save(entry); // an entry left with nothing in it is removed
    if (!saved)
        return saved.error();
    return {};
}

Result<QStringList> CaptureStore::recentInputs(int limit) const
{
    // Newest first along the primary key, stopping once `limit` different lines are found: the cost does not
    // grow with years of captures the way a GROUP BY over the whole log would.
    auto query = runQuery(m_db,
                          QStringLiteral("SELECT raw_input FROM captures ORDER BY id DESC"),
                          {},
                          tr("Reading recent captures"));
    if (!query)
        return query.error();
    QStringList inputs;
    while (inputs.size() < limit && query->next()) {
        const QString raw = query->value(0).toString();
        if (!inputs.contains(raw))
            inputs.append(raw);
    }
    return inputs;
}

} // namespace lifeos
