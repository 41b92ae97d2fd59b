#include "calendar/IcsImporter.h"

#include "analytics/DayBoundary.h"
#include "calendar/CalendarRepository.h"
#include "calendar/IcsParser.h"
#include "calendar/IcsTime.h"
#include "calendar/Recurrence.h"
#include "util/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <numeric>

namespace lifeos {

namespace {

const QString kSource = QStringLiteral("ics");

bool storable(const QDate &date)
{
    return date.isValid() && date.year() >= 1000 && date.year() <= 9999;
}

// How an instance is named inside its series: its start as a date ("2024-11-25") or a UTC time
// ("2024-11-25T08:00:00Z"), so EXDATE and RECURRENCE-ID written in any zone find it.
QString instanceKey(const QDateTime &start)
{
    return start.toUTC().toString(Qt::ISODate);
}

QString instanceKey(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString instanceKey(const IcsDateTime &value, const QTimeZone &floatingZone)
{
    return value.isDate() ? instanceKey(value.date) : instanceKey(value.instant(floatingZone));
}

// One VEVENT's own start, end and text, before any repeating.
struct EventTemplate
{
    const IcsComponent *component = nullptr;
    QString uid;
    IcsDateTime start;
    bool allDay = false;
    QDateTime startsAt;       // timed: in the start's zone
    qint64 lengthSeconds = 0; // timed: from DTEND (exact) …
    IcsDuration duration;     // … or DURATION (nominal days)
    bool useDuration = false;
    qint64 lengthDays = 1; // all-day
    CalendarEvent event;   // title, description, location, status, zone; no times yet
    bool cancelled = false;

    CalendarEvent at(const QDateTime &instanceStart) const
    {
        CalendarEvent instance = event;
        instance.allDay = false;
        instance.startsAt = instanceStart;
        instance.endsAt = useDuration ? instanceStart.addDays(duration.days).addSecs(duration.seconds)
                                      : instanceStart.addSecs(lengthSeconds);
        if (instance.endsAt < instance.startsAt)
            instance.endsAt = instance.startsAt;
        return instance;
    }
    CalendarEvent on(const QDate &date) const
    {
        CalendarEvent instance = event;
        instance.allDay = true;
        instance.startDate = date;
        instance.endDate = date.addDays(std::max<qint64>(1, lengthDays));
        return instance;
    }
    CalendarEvent first() const { return allDay ? on(start.date) : at(startsAt); }
};

class ImportRun
{
    Q_DECLARE_TR_FUNCTIONS(IcsImporter)

public:
    ImportRun(const IcsComponent &calendar, const IcsImportOptions &options, IcsImportSummary &summary)
        : m_times(calendar, options.zone)
        , m_options(options)
        , m_summary(summary)
    {
        const QDate today =
            options.today.isValid() ? options.today : QDateTime::currentDateTimeUtc().toTimeZone(options.zone).date();
        m_fromDate = today.addDays(-std::max(0, options.pastDays));
        m_toDate = today.addDays(std::max(0, options.futureDays));
        m_from = days::startOf(m_fromDate, options.zone);
        m_to = days::startOf(m_toDate.addDays(1), options.zone);
    }

    void addEvents(const QList<const IcsComponent *> &vevents, const QString &calendarId)
    {
        // Overrides (RECURRENCE-ID) are matched to their series by UID; the series are read first.
        QHash<QString, QList<const IcsComponent *>> overridesByUid;
        QList<const IcsComponent *> masters;
        for (const IcsComponent *vevent : vevents) {
            if (vevent->property(QStringLiteral("RECURRENCE-ID")) && vevent->property(QStringLiteral("UID")))
                overridesByUid[vevent->property(QStringLiteral("UID"))->value.trimmed()].append(vevent);
            else
                masters.append(vevent);
        }
        for (const IcsComponent *vevent : masters) {
            auto read = readTemplate(*vevent, calendarId);
            drainZoneWarnings();
            if (!read)
                continue;
            const QList<const IcsComponent *> overrides = overridesByUid.take(read->uid);
            if (read->cancelled)
                continue;
            if (vevent->property(QStringLiteral("RRULE")) || vevent->property(QStringLiteral("RDATE")))
                addSeries(*read, overrides, calendarId);
            else
                addRow(read->first(), read->uid, vevent->line);
            ++m_summary.events;
        }
        // Overrides of a series the file does not hold (an invitation to one instance) stand on their own.
        for (const QList<const IcsComponent *> &orphans : std::as_const(overridesByUid)) {
            for (const IcsComponent *vevent : orphans) {
                auto read = readTemplate(*vevent, calendarId);
                drainZoneWarnings();
                if (!read || read->cancelled)
                    continue;
                const auto recurrenceId = m_times.read(*vevent->property(QStringLiteral("RECURRENCE-ID")));
                drainZoneWarnings();
                const QString key = recurrenceId
                                        ? instanceKey(*recurrenceId, m_options.zone)
                                        : (read->allDay ? instanceKey(read->start.date) : instanceKey(read->startsAt));
                addRow(read->first(), read->uid + u'@' + key, vevent->line);
                ++m_summary.events;
            }
        }
    }

    const QList<CalendarEvent> &rows() const { return m_rows; }

private:
    void warn(const QString &message) { m_summary.warnings.append(message); }
    void warn(int line, const QString &message) { warn(tr("line %1: %2").arg(line).arg(message)); }
    void drainZoneWarnings() { m_summary.warnings += m_times.takeWarnings(); }

    static QString textOf(const IcsComponent &component, const QString &name)
    {
        const IcsProperty *property = component.property(name);
        return property ? property->text().trimmed() : QString();
    }

    std::optional<EventTemplate> readTemplate(const IcsComponent &vevent, const QString &calendarId)
    {
        EventTemplate t;
        t.component = &vevent;
        t.event.source = kSource;
        t.event.calendarId = calendarId;
        t.event.title = textOf(vevent, QStringLiteral("SUMMARY"));
        t.event.description = textOf(vevent, QStringLiteral("DESCRIPTION"));
        t.event.location = textOf(vevent, QStringLiteral("LOCATION"));
        const QString status = textOf(vevent, QStringLiteral("STATUS")).toUpper();
        t.cancelled = status == u"CANCELLED";
        t.event.status = status == u"TENTATIVE" ? QStringLiteral("tentative") : QStringLiteral("confirmed");
        const QString shownTitle = t.event.title.isEmpty() ? tr("(no title)") : t.event.title;

        const IcsProperty *dtstart = vevent.property(QStringLiteral("DTSTART"));
        if (!dtstart) {
            warn(vevent.line, tr("the event “%1” has no start (DTSTART), so it was skipped").arg(shownTitle));
            return std::nullopt;
        }
        const auto start = m_times.read(*dtstart);
        if (!start) {
            warn(tr("%1, so the event “%2” was skipped").arg(start.error().message, shownTitle));
            return std::nullopt;
        }
        t.start = *start;
        t.allDay = start->isDate();
        if (!storable(start->date)) {
            warn(dtstart->line,
                 tr("the event “%1” starts in a year LifeOS cannot store, so it was skipped").arg(shownTitle));
            return std::nullopt;
        }
        if (start->kind == IcsDateTime::Kind::Zoned)
            t.event.timeZone = QString::fromUtf8(start->zone.id());
        if (!t.allDay)
            t.startsAt = IcsTime::wallClock(start->date, start->time, start->zoneOr(m_options.zone));

        if (const IcsProperty *uid = vevent.property(QStringLiteral("UID")); uid && !uid->value.trimmed().isEmpty()) {
            t.uid = uid->value.trimmed();
        } else {
            // Without a UID the start and title name the event, so an unchanged re-import finds it again.
            const QByteArray identity =
                (dtstart->parameter(QStringLiteral("TZID")) + u'|' + dtstart->value + u'|' + t.event.title).toUtf8();
            t.uid =
                QString::fromLatin1(QCryptographicHash::hash(identity, QCryptographicHash::Sha256).toHex().left(32));
        }
        readEnd(vevent, t, shownTitle);
        return t;
    }

    void readEnd(const IcsComponent &vevent, EventTemplate &t, const QString &shownTitle)
    {
        if (const IcsProperty *dtend = vevent.property(QStringLiteral("DTEND"))) {
            const auto end = m_times.read(*dtend);
            if (!end) {
                warn(tr("%1, so the event “%2” was given no end").arg(end.error().message, shownTitle));
            } else if (t.allDay) {
                t.lengthDays = std::max<qint64>(1, t.start.date.daysTo(end->date));
            } else {
                t.lengthSeconds = std::max<qint64>(0, t.startsAt.secsTo(end->instant(m_options.zone)));
            }
            return;
        }
        if (const IcsProperty *durationText = vevent.property(QStringLiteral("DURATION"))) {
            const auto duration = IcsTime::parseDuration(durationText->value);
            if (!duration) {
                warn(durationText->line,
                     tr("the duration “%1” of the event “%2” cannot be read, so it was given "
                        "no end")
                         .arg(durationText->value, shownTitle));
            } else if (t.allDay) {
                t.lengthDays = std::max<qint64>(1, duration->days + duration->seconds / 86400);
            } else {
                t.duration = *duration;
                t.useDuration = true;
            }
        }
    }

    void addRow(CalendarEvent row, const QString &externalId, int line)
    {
        row.externalId = externalId;
        const QDate endDay = row.allDay ? row.endDate : row.endsAt.toUTC().date();
        if (!storable(endDay)) {
            warn(line, tr("the event “%1” ends in a year LifeOS cannot store, so it was skipped").arg(row.title));
            return;
        }
        if (const auto known = m_rowByExternalId.constFind(externalId); known != m_rowByExternalId.cend()) {
            warn(line, tr("a second event with the same UID replaces the one before it"));
            m_rows[*known] = row;
            return;
        }
        m_rowByExternalId.insert(externalId, int(m_rows.size()));
        m_rows.append(row);
    }

    // The dates or times a series occurs on in the window: RRULE and RDATE, less EXDATE, at most the maximum.
    void addSeries(const EventTemplate &t, const QList<const IcsComponent *> &overrides, const QString &calendarId)
    {
        const IcsComponent &vevent = *t.component;
        const QTimeZone zone = t.start.zoneOr(m_options.zone);
        QSet<QString> excluded;
        QSet<QDate> excludedDays; // EXDATE;VALUE=DATE on a timed series: the whole local day
        for (const IcsProperty *exdate : vevent.all(QStringLiteral("EXDATE"))) {
            const auto values = m_times.readList(*exdate);
            if (!values) {
                warn(tr("%1, so that exception was ignored").arg(values.error().message));
                continue;
            }
            for (const IcsDateTime &value : *values) {
                excluded.insert(instanceKey(value, m_options.zone));
                if (value.isDate())
                    excludedDays.insert(value.date);
            }
        }
        const int limit = std::max(0, m_options.maxInstancesPerEvent);
        // Generated with room for the exceptions, cut to the maximum after they are taken out.
        const int generous = limit + int(excluded.size());

        QMap<QString, CalendarEvent> instances; // by key, in time order for ISO keys of one kind
        const auto isExcluded = [&](const QString &key, const QDate &localDay) {
            return excluded.contains(key) || excludedDays.contains(localDay);
        };
        std::optional<RecurrenceRule> rule;
        if (const IcsProperty *rrule = vevent.property(QStringLiteral("RRULE"))) {
            auto parsed = RecurrenceRule::parse(rrule->value);
            if (!parsed) {
                warn(rrule->line, tr("%1, so only the first time of “%2” was imported")
                                      .arg(parsed.error().message, t.event.title));
            } else {
                rule = *parsed;
                if (!rule->unsupportedParts.isEmpty())
                    warn(rrule->line,
                         tr("the repeat rule parts %1 are not supported, so some repeats of “%2” may "
                            "be missing or extra")
                             .arg(rule->unsupportedParts.join(QStringLiteral(", ")), t.event.title));
            }
        }
        if (!rule && vevent.all(QStringLiteral("RDATE")).isEmpty()) {
            addRow(t.first(), t.uid, vevent.line); // a rule that cannot be read leaves a single event
            return;
        }
        if (t.allDay) {
            QList<QDate> dates;
            if (rule) {
                dates = Recurrence::expandDates(*rule,
                                                t.start.date,
                                                rule->until ? rule->until->date : QDate(),
                                                m_fromDate,
                                                m_toDate,
                                                generous);
            } else if (t.start.date >= m_fromDate && t.start.date <= m_toDate) {
                dates = {t.start.date};
            }
            for (const QDate &date : dates) {
                if (!isExcluded(instanceKey(date), date))
                    instances.insert(instanceKey(date), t.on(date));
            }
        } else {
            QList<QDateTime> starts;
            if (rule) {
                QDateTime until;
                if (rule->until) {
                    until = rule->until->isDate() ? days::startOf(rule->until->date.addDays(1), zone).addSecs(-1)
                                                  : rule->until->instant(zone);
                }
                starts = Recurrence::expand(*rule, t.startsAt, until, m_from, m_to, generous);
            } else if (t.startsAt >= m_from && t.startsAt < m_to) {
                starts = {t.startsAt};
            }
            for (const QDateTime &start : starts) {
                if (!isExcluded(instanceKey(start), start.toTimeZone(zone).date()))
                    instances.insert(instanceKey(start), t.at(start));
            }
        }
        addRDates(t, zone, instances, isExcluded);
        applyOverrides(overrides, calendarId, instances);

        // Keep the earliest ones when RDATE or overrides pushed the series past the maximum.
        QList<CalendarEvent> ordered = instances.values();
        QStringList keys = instances.keys();
        QList<int> order(ordered.size());
        std::iota(order.begin(), order.end(), 0);
        const auto startOf = [&](const CalendarEvent &e) {
            return e.allDay ? days::startOf(e.startDate, m_options.zone) : e.startsAt;
        };
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
            return startOf(ordered.at(a)) < startOf(ordered.at(b));
        });
        if (order.size() > limit)
            order.resize(limit);
        for (int index : std::as_const(order))
            addRow(ordered.at(index), t.uid + u'@' + keys.at(index), vevent.line);
    }

    template<typename IsExcluded>
    void addRDates(const EventTemplate &t,
                   const QTimeZone &zone,
                   QMap<QString, CalendarEvent> &instances,
                   const IsExcluded &isExcluded)
    {
        for (const IcsProperty *rdate : t.component->all(QStringLiteral("RDATE"))) {
            if (rdate->parameter(QStringLiteral("VALUE")).compare(u"PERIOD", Qt::CaseInsensitive) == 0) {
                warn(rdate->line, tr("extra dates given as periods are not supported and were ignored"));
                continue;
            }
            const auto values = m_times.readList(*rdate);
            if (!values) {
                warn(tr("%1, so those extra dates were ignored").arg(values.error().message));
                continue;
            }
            for (const IcsDateTime &value : *values) {
                if (t.allDay) {
                    if (value.date >= m_fromDate && value.date <= m_toDate
                        && !isExcluded(instanceKey(value.date), value.date))
                        instances.insert(instanceKey(value.date), t.on(value.date));
                    continue;
                }
                const QDateTime start = value.isDate() ? IcsTime::wallClock(value.date, t.startsAt.time(), zone)
                                                       : value.instant(m_options.zone);
                if (start >= m_from && start < m_to && !isExcluded(instanceKey(start), start.toTimeZone(zone).date()))
                    instances.insert(instanceKey(start), t.at(start));
            }
        }
    }

    // A RECURRENCE-ID override replaces the instance it names (or removes it when cancelled); one whose original
    // instance is outside the window still shows when it was moved into the window.
    void applyOverrides(const QList<const IcsComponent *> &overrides,
                        const QString &calendarId,
                        QMap<QString, CalendarEvent> &instances)
    {
        for (const IcsComponent *vevent : overrides) {
            const IcsProperty *recurrenceIdProperty = vevent->property(QStringLiteral("RECURRENCE-ID"));
            const auto recurrenceId = m_times.read(*recurrenceIdProperty);
            drainZoneWarnings();
            if (!recurrenceId) {
                warn(tr("%1, so that changed instance was ignored").arg(recurrenceId.error().message));
                continue;
            }
            const QString key = instanceKey(*recurrenceId, m_options.zone);
            auto read = readTemplate(*vevent, calendarId);
            drainZoneWarnings();
            if (!read)
                continue;
            if (read->cancelled) {
                instances.remove(key);
                continue;
            }
            const CalendarEvent replacement = read->first();
            const bool inWindow = replacement.allDay
                                      ? replacement.startDate >= m_fromDate && replacement.startDate <= m_toDate
                                      : replacement.startsAt >= m_from && replacement.startsAt < m_to;
            if (instances.contains(key) || inWindow)
                instances.insert(key, replacement);
        }
    }

    IcsTime m_times;
    const IcsImportOptions &m_options;
    IcsImportSummary &m_summary;
    QDate m_fromDate;
    QDate m_toDate;
    QDateTime m_from;
    QDateTime m_to;
    QList<CalendarEvent> m_rows;
    QHash<QString, int> m_rowByExternalId;
};

} // namespace

IcsImporter::IcsImporter(Database &database)
    : m_database(database)
{}

Result<IcsImportSummary> IcsImporter::importFile(const QString &path, const IcsImportOptions &options)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
                     tr("Cannot read %1: %2. Check the path and that the file is readable.")
                         .arg(QDir::toNativeSeparators(path), file.errorString())};
    const QByteArray data = file.readAll();
    return importData(data, QFileInfo(path).completeBaseName(), options);
}

Result<IcsImportSummary>
IcsImporter::importData(const QByteArray &data, const QString &fallbackName, const IcsImportOptions &options)
{
    if (!options.zone.isValid())
        return Error{ErrorCode::InvalidInput, tr("Choose a valid time zone to import the calendar into.")};
    IcsImportSummary summary;
    auto parsed = IcsParser::parse(data, &summary.warnings);
    if (!parsed)
        return parsed.error();

    const QList<const IcsComponent *> calendars = parsed->children(QStringLiteral("VCALENDAR"));
    QString calendarId = options.calendarName.trimmed();
    for (const IcsComponent *calendar : std::as_const(calendars)) {
        const IcsProperty *name = calendar->property(QStringLiteral("X-WR-CALNAME"));
        if (calendarId.isEmpty() && name)
            calendarId = name->text().trimmed();
    }
    if (calendarId.isEmpty())
        calendarId = fallbackName.trimmed();
    if (calendarId.isEmpty())
        calendarId = QStringLiteral("calendar");
    summary.calendarId = calendarId;

    // Several VCALENDARs in one file (concatenated exports) are one calendar; each keeps its own VTIMEZONEs.
    QList<CalendarEvent> rows;
    for (const IcsComponent *calendar : std::as_const(calendars)) {
        ImportRun run(*calendar, options, summary);
        run.addEvents(calendar->children(QStringLiteral("VEVENT")), calendarId);
        rows += run.rows();
    }
    summary.instances = int(rows.size());

    QSet<QString> keep;
    for (const CalendarEvent &row : std::as_const(rows))
        keep.insert(row.externalId);
    if (keep.size() != rows.size()) {
        // The same UID in two VCALENDARs: the last one wins, as within one.
        QHash<QString, CalendarEvent> last;
        for (const CalendarEvent &row : std::as_const(rows))
            last.insert(row.externalId, row);
        rows = last.values();
        summary.instances = int(rows.size());
    }

    CalendarRepository repository(m_database);
    const Error dryRunDone{ErrorCode::Cancelled, QStringLiteral("dry run")};
    // A dry run does the same work and rolls it back, so its counts are exactly what an import would do.
    auto written = m_database.write([&]() -> Result<void> {
        for (const CalendarEvent &row : std::as_const(rows)) {
            CalendarRepository::UpsertEffect effect = CalendarRepository::UpsertEffect::Unchanged;
            auto stored = repository.upsert(row, options.zone, &effect);
            if (!stored)
                return Error{stored.error().code,
                             tr("The event “%1” could not be saved: %2").arg(row.title, stored.error().message)};
            if (effect == CalendarRepository::UpsertEffect::Added)
                ++summary.added;
            else if (effect == CalendarRepository::UpsertEffect::Updated)
                ++summary.updated;
        }
        auto removed = repository.removeAllExcept(kSource, calendarId, keep);
        if (!removed)
            return removed.error();
        summary.removed = *removed;
        if (options.dryRun)
            return dryRunDone;
        return {};
    });
    if (!written
        && !(options.dryRun && written.error().code == ErrorCode::Cancelled
             && written.error().message == dryRunDone.message))
        return written.error();
    qCDebug(lcSync) << "ics: calendar" << calendarId << summary.events << "events," << summary.instances
                    << "rows:" << summary.added << "added," << summary.updated << "updated," << summary.removed
                    << "removed," << summary.warnings.size() << "warnings" << (options.dryRun ? "(dry run)" : "");
    return summary;
}

} // namespace lifeos
