#include "SampleData.h"

#include "SampleRandom.h"
#include "SampleText.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>
#include <vector>

namespace lifeos {

namespace {

constexpr int kJournalSpanDays = 2060; // ~5.6 years: about 2,000 entries once the gaps are taken out
constexpr int kTasks = 20000;
constexpr int kNotes = 5000;

const QStringView kTaskAreas[] = {u"Work", u"Home", u"Errands", u"Health", u"Finance", u"Family", u"Learning"};
const QStringView kTaskAreaColors[] =
    {u"#4c6ef5", u"#2f9e44", u"#f08c00", u"#e03131", u"#1098ad", u"#ae3ec9", u"#5c940d"};

// A moment of a local day (as the app stores it: converted to UTC), never later than `latest`: on latest's day,
// times after it are folded into the early morning.
QDateTime localMoment(const QDate &day, int secondOfDay, const QDateTime &latest)
{
    secondOfDay = std::clamp(secondOfDay, 0, 86399);
    const int latestSecond = latest.time().msecsSinceStartOfDay() / 1000;
    if (day == latest.date() && secondOfDay >= latestSecond && latestSecond > 3600)
        secondOfDay = latestSecond - 3600 + secondOfDay % 3600;
    const QDateTime moment(day, QTime(0, 0).addSecs(secondOfDay));
    return std::min(moment, latest);
}

// A day in [first, last], more likely recent: people use the app more as they get into it.
QDate growingDay(SampleRandom &random, const QDate &first, const QDate &last)
{
    const double u = random.real();
    const double t = (-0.6 + std::sqrt(0.36 + 1.6 * u)) / 0.8; // inverse CDF of density 0.6 + 0.8 t
    return first.addDays(qint64(std::floor(t * double(first.daysTo(last) + 1))));
}

// NOT NULL text columns: a null QString would be bound as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

int samplePriority(SampleRandom &random)
{
    const int roll = random.between(0, 99);
    if (roll < 58)
        return 0;
    if (roll < 64)
        return 1;
    if (roll < 76)
        return 2;
    return roll < 90 ? 3 : 4;
}

struct Trip
{
    QDate first;
    QDate last;
    SampleTrip where;
};

struct PlannedTask
{
    int order = 0;
    SampleTaskText text;
    QString status = QStringLiteral("open");
    QDate due;
    QTime dueTime;
    int priority = 0;
    std::optional<qint64> categoryId;
    QDateTime created;
    QDateTime updated;
    QDateTime completed;
};

struct PlannedNote
{
    int order = 0;
    SampleNoteText text;
    QDateTime created;
    QDateTime updated;
};

// Prepared statements reused for every row of one transaction.
class Writer
{
public:
    explicit Writer(Database &database)
        : m_database(database)
    {}

    QSqlQuery prepare(const QString &sql)
    {
        QSqlQuery query(m_database.connection());
        query.prepare(sql);
        return query;
    }

    Result<void> run(QSqlQuery &query, const QVariantList &values, const QString &what)
    {
        for (int i = 0; i < values.size(); ++i)
            query.bindValue(i, values.at(i));
        if (!query.exec())
            return Database::errorFrom(query.lastError(), what);
        return {};
    }

    Result<void> link(QSqlQuery &linkInsert, qint64 ownerId, const QStringList &tags)
    {
        for (const QString &tag : tags) {
            qint64 tagId = m_tagIds.value(tag);
            if (tagId == 0) {
                tagId = m_tagIds.size() + 1;
                if (auto added = run(m_tagInsert, {tagId, tag}, QStringLiteral("Adding a sample tag")); !added)
                    return added;
                m_tagIds.insert(tag, tagId);
            }
            if (auto linked = run(linkInsert, {ownerId, tagId}, QStringLiteral("Tagging a sample row")); !linked)
                return linked;
        }
        return {};
    }

private:
    Database &m_database;
    QSqlQuery m_tagInsert = prepare(QStringLiteral("INSERT INTO tags (id, name) VALUES (?, ?)"));
    QHash<QString, qint64> m_tagIds;
};

Result<void> requireEmpty(const Database &database)
{
    auto query =
        runQuery(database,
                 QStringLiteral("SELECT (SELECT count(*) FROM journal_entries) + (SELECT count(*) FROM tasks) + "
                                "(SELECT count(*) FROM notes) + (SELECT count(*) FROM tags) + "
                                "(SELECT count(*) FROM categories)"),
                 {},
                 QStringLiteral("Checking that the database is empty"));
    if (!query)
        return query.error();
    if (!query->next() || query->value(0).toLongLong() != 0)
        return Error{ErrorCode::DatabaseNotEmpty,
                     QStringLiteral("%1 already holds data; sample data only goes into an empty database.")
                         .arg(database.filePath())};
    return {};
}

Result<void> fillJournal(Writer &writer,
                         SampleRandom &random,
                         SampleText &text,
                         const SampleData::Options &options,
                         const QDateTime &latest)
{
    const QDate today = options.today;
    const int span = int(std::lround(kJournalSpanDays * std::max(1.0, options.scale)));
    const QDate first = today.addDays(-span);
    const double keep = std::min(1.0, options.scale);

    std::vector<Trip> trips;
    for (QDate start = first.addDays(random.between(20, 120)); start < today.addDays(-5);) {
        const int length = random.between(3, 12);
        trips.push_back({start, start.addDays(length - 1), text.trip()});
        start = start.addDays(length + random.between(40, 150));
    }

    // Days that must have an entry: today, the same month-day in every earlier year ("on this day"),
    // and a few recent and older days written in Indonesian.
    QSet<qint64> forced{today.toJulianDay()};
    for (int yearsBack = 1;; ++yearsBack) {
        const QDate earlier(today.year() - yearsBack, today.month(), today.day()); // invalid for 29 Feb off leap years
        if (earlier.isValid() && earlier < first)
            break;
        if (earlier.isValid())
            forced.insert(earlier.toJulianDay());
        if (yearsBack > 100)
            break;
    }
    QSet<qint64> forcedIndonesian;
    for (int daysBack : {2, 45, 400}) {
        if (daysBack < span)
            forcedIndonesian.insert(today.addDays(-daysBack).toJulianDay());
    }

    QSqlQuery entryInsert = writer.prepare(QStringLiteral("INSERT INTO journal_entries (id, day, body, mood, energy, "
                                                          "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery tagInsert =
        writer.prepare(QStringLiteral("INSERT INTO journal_entry_tags (entry_id, tag_id) VALUES (?, ?)"));

    qint64 id = 0;
    double wellbeing = 0.0; // slow-moving: good and bad weeks, not independent days
    int breakLeft = 0;
    std::size_t tripIndex = 0;
    for (QDate day = first; day <= today; day = day.addDays(1)) {
        wellbeing = 0.8 * wellbeing + random.gaussian(0.0, 0.6);
        const bool weekend = day.dayOfWeek() >= 6;
        while (tripIndex < trips.size() && trips[tripIndex].last < day)
            ++tripIndex;
        const Trip *trip = tripIndex < trips.size() && trips[tripIndex].first <= day ? &trips[tripIndex] : nullptr;

        const double sleep = std::clamp(random.gaussian(7.0 + (weekend ? 0.5 : 0.0) + 0.3 * wellbeing, 0.8), 4.0, 9.5);
        const double mood = 6.0 + 1.3 * wellbeing + (weekend ? 0.4 : 0.0) + (trip && !trip->where.work ? 0.8 : 0.0)
                            + 0.35 * (sleep - 7.0) + random.gaussian(0.0, 0.7);
        const double energy = 5.6 + 0.55 * (mood - 6.0) + 0.6 * (sleep - 7.0) + random.gaussian(0.0, 0.8);

        bool write;
        if (breakLeft > 0) {
            --breakLeft;
            write = false;
        } else if (random.chance(0.004)) {
            breakLeft = random.between(2, 9); // a busy or low stretch: nothing written for days
            write = false;
        } else {
            write = !random.chance(trip ? 0.25 : 0.02);
        }
        if (write && keep < 1.0)
            write = random.chance(keep);
        const bool indonesianForced = forcedIndonesian.contains(day.toJulianDay());
        if (!write && !forced.contains(day.toJulianDay()) && !indonesianForced)
            continue;

        SampleDay sample;
        sample.day = day;
        sample.sleepHours = sleep;
        sample.morning = day == today;
        if (random.chance(0.93))
            sample.mood = std::clamp(int(std::lround(mood)), 1, 10);
        if (random.chance(sample.mood ? 0.95 : 0.3))
            sample.energy = std::clamp(int(std::lround(energy)), 1, 10);
        if (trip) {
            sample.tripPlace = trip->where.place;
            sample.tripDay = int(trip->first.daysTo(day)) + 1;
            sample.workTrip = trip->where.work;
        }
        sample.indonesian =
            indonesianForced || (trip && trip->where.indonesia && random.chance(0.6)) || random.chance(0.025);
        const SampleEntryText entry = text.journal(sample);

        // Mostly written in the evening, sometimes first thing; today's entry is a morning one.
        const int written = day == today         ? random.between(6 * 3600 + 45 * 60, 7 * 3600 + 30 * 60)
                            : random.chance(0.8) ? random.between(20 * 3600 + 30 * 60, 23 * 3600 + 50 * 60)
                                                 : random.between(6 * 3600 + 30 * 60, 8 * 3600 + 30 * 60);
        const QDateTime created = localMoment(day, written, latest);
        QDateTime updated = created.addSecs(random.between(0, 40 * 60));
        if (random.chance(0.05))
            updated = updated.addDays(random.between(1, 20)); // came back and edited it
        updated = std::min(updated, latest);

        ++id;
        if (auto inserted = writer.run(entryInsert,
                                       {id,
                                        sql::day(day),
                                        notNull(entry.body),
                                        sql::optionalInt(sample.mood),
                                        sql::optionalInt(sample.energy),
                                        sql::instant(created),
                                        sql::instant(updated)},
                                       QStringLiteral("Adding a sample journal entry"));
            !inserted)
            return inserted;
        if (auto linked = writer.link(tagInsert, id, entry.tags); !linked)
            return linked;
    }
    return {};
}

Result<void> fillTasks(Writer &writer,
                       SampleRandom &random,
                       SampleText &text,
                       const SampleData::Options &options,
                       const QDateTime &latest)
{
    const QDate today = options.today;
    const QDate first = today.addDays(-int(std::lround(kJournalSpanDays * std::max(1.0, options.scale))));
    const int total = int(std::lround(kTasks * options.scale));
    const int done = int(std::lround(total * 0.85));
    const int cancelled = std::min(total - done, int(std::lround(total * 0.05)));
    int open = total - done - cancelled;
    const int dueToday = std::min(open, std::max(3, int(std::lround(10 * options.scale))));
    open -= dueToday;
    const int upcoming = std::min(open, int(std::lround(total * 0.01)));
    open -= upcoming;
    // A real list has a handful of overdue tasks, not hundreds: a dozen, mostly from the last weeks.
    const int overdue = std::min(open, std::max(3, int(std::lround(12 * options.scale))));
    const int undated = open - overdue;

    const auto randomTime = [&random] { return random.between(7 * 3600, 23 * 3600); };
    std::vector<PlannedTask> tasks;
    tasks.reserve(std::size_t(total));
    const auto plan = [&](bool indonesian) -> PlannedTask & {
        PlannedTask &task = tasks.emplace_back();
        task.order = int(tasks.size());
        task.text = text.task(indonesian);
        task.priority = samplePriority(random);
        if (random.chance(0.4)) {
            const auto area = std::find(std::begin(kTaskAreas), std::end(kTaskAreas), task.text.area);
            task.categoryId = qint64(area - std::begin(kTaskAreas)) + 1;
        }
        return task;
    };

    for (int i = 0; i < done; ++i) {
        PlannedTask &task = plan(i < 2 || random.chance(0.01));
        const QDate createdDay = growingDay(random, first, today.addDays(-1));
        task.created = localMoment(createdDay, randomTime(), latest);
        const int delay = std::min(60, int(-std::log(1.0 - random.real()) * 3.0)); // most done within days
        const QDate doneDay = std::min(createdDay.addDays(delay), today);
        task.completed = std::max(task.created, localMoment(doneDay, randomTime(), latest));
        task.updated = task.completed;
        task.status = QStringLiteral("done");
        if (random.chance(0.55))
            task.due = std::max(createdDay, doneDay.addDays(random.between(-2, 3)));
    }
    for (int i = 0; i < cancelled; ++i) {
        PlannedTask &task = plan(random.chance(0.01));
        const QDate createdDay = growingDay(random, first, today.addDays(-1));
        task.created = localMoment(createdDay, randomTime(), latest);
        task.updated = std::min(task.created.addDays(random.between(0, 30)), latest);
        task.status = QStringLiteral("cancelled");
        if (random.chance(0.3))
            task.due = createdDay.addDays(random.between(0, 14));
    }
    for (int i = 0; i < dueToday; ++i) {
        PlannedTask &task = plan(false);
        task.created = localMoment(today.addDays(-random.between(0, 10)), randomTime(), latest);
        task.due = today;
        if (random.chance(0.5) && task.priority == 0)
            task.priority = random.between(1, 3);
    }
    for (int i = 0; i < upcoming; ++i) {
        PlannedTask &task = plan(random.chance(0.01));
        task.created = localMoment(today.addDays(-random.between(0, 21)), randomTime(), latest);
        const double u = random.real();
        task.due = today.addDays(1 + int(u * u * 42.0)); // most in the next fortnight
    }
    for (int i = 0; i < overdue; ++i) {
        PlannedTask &task = plan(random.chance(0.01));
        const double u = random.real();
        task.due = today.addDays(-1 - int(u * u * 30.0));
        task.created = localMoment(std::max(first, task.due.addDays(-random.between(0, 21))), randomTime(), latest);
    }
    for (int i = 0; i < undated; ++i) {
        PlannedTask &task = plan(i < 2 || random.chance(0.01));
        task.created = localMoment(growingDay(random, first, today), randomTime(), latest);
    }
    for (PlannedTask &task : tasks) {
        if (!task.updated.isValid())
            task.updated = task.created;
        if (task.due.isValid() && random.chance(task.due == today ? 0.4 : 0.1))
            task.dueTime = QTime(random.between(8, 19), random.chance(0.5) ? 0 : 30);
    }
    // Ids follow creation, as they would have when the person typed them in.
    std::sort(tasks.begin(), tasks.end(), [](const PlannedTask &a, const PlannedTask &b) {
        return a.created != b.created ? a.created < b.created : a.order < b.order;
    });

    QSqlQuery categoryInsert = writer.prepare(
        QStringLiteral("INSERT INTO categories (id, name, kind, color, created_at) VALUES (?, ?, 'task', ?, ?)"));
    for (qsizetype i = 0; i < qsizetype(std::size(kTaskAreas)); ++i) {
        if (auto added = writer.run(categoryInsert,
                                    {qint64(i + 1),
                                     kTaskAreas[i].toString(),
                                     kTaskAreaColors[i].toString(),
                                     sql::instant(localMoment(first, 9 * 3600, latest))},
                                    QStringLiteral("Adding a sample category"));
            !added)
            return added;
    }

    QSqlQuery taskInsert = writer.prepare(QStringLiteral(
        "INSERT INTO tasks (id, title, notes, due_date, due_time, priority, status, category_id, created_at, "
        "updated_at, completed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    QSqlQuery tagInsert = writer.prepare(QStringLiteral("INSERT INTO task_tags (task_id, tag_id) VALUES (?, ?)"));
    qint64 id = 0;
    for (const PlannedTask &task : tasks) {
        ++id;
        if (auto inserted = writer.run(taskInsert,
                                       {id,
                                        task.text.title,
                                        notNull(task.text.notes),
                                        sql::day(task.due),
                                        sql::timeOfDay(task.dueTime),
                                        task.priority,
                                        task.status,
                                        sql::optionalId(task.categoryId),
                                        sql::instant(task.created),
                                        sql::instant(task.updated),
                                        sql::instant(task.completed)},
                                       QStringLiteral("Adding a sample task"));
            !inserted)
            return inserted;
        if (auto linked = writer.link(tagInsert, id, task.text.tags); !linked)
            return linked;
    }
    return {};
}

Result<void> fillNotes(Writer &writer,
                       SampleRandom &random,
                       SampleText &text,
                       const SampleData::Options &options,
                       const QDateTime &latest)
{
    const QDate today = options.today;
    const QDate first = today.addDays(-int(std::lround(kJournalSpanDays * std::max(1.0, options.scale))));
    const int total = int(std::lround(kNotes * options.scale));

    std::vector<PlannedNote> notes;
    notes.reserve(std::size_t(total));
    for (int i = 0; i < total; ++i) {
        PlannedNote &note = notes.emplace_back();
        note.order = i;
        const QDate createdDay = growingDay(random, first, today);
        note.text = text.note(createdDay, i < 2 || random.chance(0.02));
        note.created = localMoment(createdDay, random.between(7 * 3600, 23 * 3600), latest);
        if (random.chance(0.6)) {
            note.updated = std::min(note.created.addSecs(random.between(0, 30 * 60)), latest);
        } else {
            const double u = random.real();
            const QDate updatedDay = createdDay.addDays(qint64(u * u * u * double(createdDay.daysTo(today))));
            note.updated = std::max(note.created, localMoment(updatedDay, random.between(7 * 3600, 23 * 3600), latest));
        }
    }
    std::sort(notes.begin(), notes.end(), [](const PlannedNote &a, const PlannedNote &b) {
        return a.created != b.created ? a.created < b.created : a.order < b.order;
    });

    QSqlQuery noteInsert = writer.prepare(
        QStringLiteral("INSERT INTO notes (id, title, body, created_at, updated_at) VALUES (?, ?, ?, ?, ?)"));
    QSqlQuery tagInsert = writer.prepare(QStringLiteral("INSERT INTO note_tags (note_id, tag_id) VALUES (?, ?)"));
    qint64 id = 0;
    for (const PlannedNote &note : notes) {
        ++id;
        if (auto inserted = writer.run(noteInsert,
                                       {id,
                                        notNull(note.text.title),
                                        notNull(note.text.body),
                                        sql::instant(note.created),
                                        sql::instant(note.updated)},
                                       QStringLiteral("Adding a sample note"));
            !inserted)
            return inserted;
        if (auto linked = writer.link(tagInsert, id, note.text.tags); !linked)
            return linked;
    }
    return {};
}

} // namespace

Result<SampleDataCounts> SampleData::fill(Database &database, const Options &options)
{
    if (!options.today.isValid())
        return Error{ErrorCode::InvalidInput, QStringLiteral("Sample data needs a valid 'today'.")};
    if (!(options.scale >= 0.01 && options.scale <= 10.0))
        return Error{ErrorCode::InvalidInput, QStringLiteral("The sample data scale goes from 0.01 to 10.")};
    if (auto empty = requireEmpty(database); !empty)
        return empty.error();

    SampleRandom random(options.seed);
    SampleText text(random);
    // Nothing is stamped later than this morning, whatever the clock says when the data is made.
    const QDateTime latest(options.today, QTime(8, 0));
    auto written = database.write([&]() -> Result<void> {
        Writer writer(database);
        if (auto journal = fillJournal(writer, random, text, options, latest); !journal)
            return journal;
        if (auto tasks = fillTasks(writer, random, text, options, latest); !tasks)
            return tasks;
        return fillNotes(writer, random, text, options, latest);
    });
    if (!written)
        return written.error();
    return count(database);
}

Result<SampleDataCounts> SampleData::count(const Database &database)
{
    auto query = runQuery(database,
                          QStringLiteral("SELECT (SELECT count(*) FROM journal_entries), (SELECT count(*) FROM tasks), "
                                         "(SELECT count(*) FROM tasks WHERE status = 'open'), "
                                         "(SELECT count(*) FROM tasks WHERE status = 'done'), "
                                         "(SELECT count(*) FROM notes), (SELECT count(*) FROM tags), "
                                         "(SELECT count(*) FROM journal_entry_tags) + (SELECT count(*) FROM task_tags) "
                                         "+ (SELECT count(*) FROM note_tags), (SELECT count(*) FROM categories)"),
                          {},
                          QStringLiteral("Counting rows"));
    if (!query)
        return query.error();
    if (!query->next())
        return Error{ErrorCode::Unknown, QStringLiteral("Counting rows returned nothing.")};
    SampleDataCounts counts;
    counts.journalEntries = query->value(0).toInt();
    counts.tasks = query->value(1).toInt();
    counts.openTasks = query->value(2).toInt();
    counts.doneTasks = query->value(3).toInt();
    counts.notes = query->value(4).toInt();
    counts.tags = query->value(5).toInt();
    counts.tagLinks = query->value(6).toInt();
    counts.categories = query->value(7).toInt();
    return counts;
}

} // namespace lifeos
