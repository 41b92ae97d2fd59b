#pragma once

#include "calendar/IcsParser.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <optional>

namespace lifeos {

// A DATE or DATE-TIME value as the file wrote it: a date, a UTC time, a floating time (read in the user's zone)
// or a local time in a named zone.
struct IcsDateTime
{
    enum class Kind {
        Date,
        Utc,
        Floating,
        Zoned
    };

    Kind kind = Kind::Floating;
    QDate date;
    QTime time;
    QTimeZone zone; // Zoned only

    bool isDate() const { return kind == Kind::Date; }
    // The zone the wall-clock time is in: UTC, the event's zone, or floatingZone for a floating time.
    QTimeZone zoneOr(const QTimeZone &floatingZone) const;
    // The moment, as a QDateTime in zoneOr(floatingZone); a date is read as its midnight.
    QDateTime instant(const QTimeZone &floatingZone) const;
};

// A DURATION value ("P1W", "-PT15M", "P1DT2H"): days are nominal (a day later at the same wall-clock time, also
// across a DST change), the rest is exact.
struct IcsDuration
{
    qint64 days = 0;
    qint64 seconds = 0;
};

// Reads dates and times of one file: TZID parameters are resolved to IANA zones (IANA names, Windows names as
// Outlook writes them, or the file's VTIMEZONE blocks by their name, X-LIC-LOCATION or offsets); a zone that cannot
// be resolved falls back to the user's zone, once per TZID with a warning.
class IcsTime
{
    Q_DECLARE_TR_FUNCTIONS(IcsTime)

public:
    IcsTime(const IcsComponent &calendar, QTimeZone userZone);

    Result<IcsDateTime> read(const IcsProperty &property);
    // EXDATE, RDATE: comma-separated values with the property's TZID / VALUE.
    Result<QList<IcsDateTime>> readList(const IcsProperty &property);
    QTimeZone zone(const QString &tzid, int line);
    QStringList takeWarnings();

    // "20240305", "20240305T090000", "20240305T090000Z"; zone applies to a local time.
    static std::optional<IcsDateTime> parseValue(QStringView text, const QTimeZone &zone = {});
    static std::optional<IcsDuration> parseDuration(QStringView text);
    // A zoned wall-clock time; one that falls in a DST gap moves forward by the gap (RFC 5545 3.3.5).
    static QDateTime wallClock(const QDate &date, const QTime &time, const QTimeZone &zone);
    // The IANA zone for a TZID by name only (IANA, Windows, a path ending in an IANA name); invalid when none.
    static QTimeZone zoneByName(const QString &tzid);

private:
    QTimeZone zoneFromVTimeZone(const QString &tzid) const;

    QHash<QString, const IcsComponent *> m_vtimezones;
    QHash<QString, QTimeZone> m_zones;
    QTimeZone m_userZone;
    QStringList m_warnings;
};

} // namespace lifeos
