#include "storage/JournalRepository.h"

#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QRegularExpression>

namespace lifeos {

namespace {
bool validScale(const std::optional<int> &value)
{
    return !value || (*value >= 1 && *value <= 10);
}
} // namespace

JournalRepository::JournalRepository(Database &database)
    : m_database(database)
    , m_tags(database, QStringLiteral("journal_entry_tags"), QStringLiteral("entry_id"))
{
}

QString JournalRepository::previewOf(const QString &body)
{
    // The first line of prose; a heading ("## Morning") only when there is nothing else.
    static const QRegularExpression markup(QStringLiteral("^[#>*\\-\\s]+"));
    QString firstHeading;
    for (QString line : body.split(u'\n')) {
        const bool heading = line.trimmed().startsWith(u'#');
        line.remove(markup);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        if (!heading)
            return line.size() > 120 ? line.left(119) + u'…' : line;
        if (firstHeading.isEmpty())
            firstHeading = line;
    }
    return firstHeading;
}

Result<QList<JournalEntry>> JournalRepository::select(const QString &where, const QVariantList &values,
                                                      const QString &order) const
{
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT id, day, body, mood, energy, created_at, updated_at FROM journal_entries")
                              + (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where)
                              + (order.isEmpty() ? QString() : QStringLiteral(" ORDER BY ") + order),
                          values, tr("Reading the journal"));
    if (!query)
        return query.error();
    QList<JournalEntry> entries;
    QList<qint64> ids;
    while (query->next()) {
        JournalEntry entry;
        entry.id = query->value(0).toLongLong();
        entry.day = sql::toDay(query->value(1));
        entry.body = query->value(2).toString();
        entry.mood = sql::toOptionalInt(query->value(3));
        entry.energy = sql::toOptionalInt(query->value(4));
        entry.createdAt = sql::toInstant(query->value(5));
        entry.updatedAt = sql::toInstant(query->value(6));
        ids.append(entry.id);
        entries.append(entry);
    }
    auto tags = m_tags.getAll(ids);
    if (!tags)
        return tags.error();
    for (JournalEntry &entry : entries)
        entry.tags = tags->value(entry.id);
    return entries;
}

Result<std::optional<JournalEntry>> JournalRepository::entryFor(const QDate &day) const
{
    auto entries = select(QStringLiteral("day = ?"), {sql::day(day)}, {});
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return std::optional<JournalEntry>();
    return std::optional<JournalEntry>(entries->first());
}

Result<JournalEntry> JournalRepository::save(const JournalEntry &input)
{
    if (!input.day.isValid())
        return Error{ErrorCode::InvalidInput, tr("A journal entry needs a valid day.")};
    if (!validScale(input.mood) || !validScale(input.energy))
        return Error{ErrorCode::InvalidInput, tr("Mood and energy are rated from 1 to 10.")};

    JournalEntry entry = input;
    entry.tags = TagLinks::normalise(entry.tags);
    if (!entry.hasContent()) {
        if (auto removed = remove(entry.day); !removed)
            return removed.error();
        entry.id = 0;
        return entry;
    }

    const QDateTime now = sql::now();
    auto written = m_database.write([&]() -> Result<void> {
        auto query = runQuery(m_database,
                              QStringLiteral("INSERT INTO journal_entries (day, body, mood, energy, created_at, updated_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?) "
                                             "ON CONFLICT (day) DO UPDATE SET body = excluded.body, mood = excluded.mood, "
                                             "energy = excluded.energy, updated_at = excluded.updated_at "
                                             "RETURNING id, created_at"),
                              {sql::day(entry.day), entry.body, sql::optionalInt(entry.mood),
                               sql::optionalInt(entry.energy), sql::instant(now), sql::instant(now)},
                              tr("Saving the journal entry"));
        if (!query)
            return query.error();
        if (!query->next())
            return Error{ErrorCode::Unknown, tr("Saving the journal entry failed.")};
        entry.id = query->value(0).toLongLong();
        entry.createdAt = sql::toInstant(query->value(1));
        query->finish();
        return m_tags.set(entry.id, entry.tags);
    });
    if (!written)
        return written.error();
    entry.updatedAt = now;
    return entry;
}

Result<void> JournalRepository::remove(const QDate &day)
{
    auto query = runQuery(m_database, QStringLiteral("DELETE FROM journal_entries WHERE day = ?"), {sql::day(day)},
                          tr("Deleting the journal entry"));
    if (!query)
        return query.error();
    return {};
}

Result<QList<JournalDaySummary>> JournalRepository::days(const QString &containing) const
{
    // Only the start of each body is read: the list shows a one-line preview.
    QString statement = QStringLiteral("SELECT day, substr(body, 1, 400), mood FROM journal_entries");
    QVariantList values;
    if (!containing.trimmed().isEmpty()) {
        // Plain '?' bound twice: Qt counts a reused "?1" as two placeholders and refuses one value.
        statement += QStringLiteral(
            " WHERE body LIKE ? ESCAPE '\\' OR id IN (SELECT l.entry_id FROM journal_entry_tags l "
            "JOIN tags t ON t.id = l.tag_id WHERE t.name LIKE ? ESCAPE '\\')");
        const QString pattern = sql::likePattern(containing.trimmed());
        values << pattern << pattern;
    }
    statement += QStringLiteral(" ORDER BY day DESC");
    auto query = runQuery(m_database, statement, values, tr("Reading the journal"));
    if (!query)
        return query.error();
    QList<JournalDaySummary> result;
    while (query->next())
        result.append({sql::toDay(query->value(0)), previewOf(query->value(1).toString()),
                       sql::toOptionalInt(query->value(2))});
    return result;
}

Result<QList<JournalEntry>> JournalRepository::onThisDay(const QDate &today) const
{
    return select(QStringLiteral("substr(day, 6) = ? AND day < ?"),
                  {today.toString(QStringLiteral("MM-dd")), sql::day(today)}, QStringLiteral("day DESC"));
}

Result<QList<JournalEntry>> JournalRepository::all() const
{
    return select({}, {}, QStringLiteral("day"));
}

} // namespace lifeos
