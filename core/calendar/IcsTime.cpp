#include "calendar/IcsTime.h"

#include "util/Logging.h"

#include <QRegularExpression>

namespace lifeos {

namespace {

// "+0100", "-0500", "+053000" (TZOFFSETTO) in seconds.
std::optional<int> parseOffset(QStringView text)
{
    text = text.trimmed();
    if (text.size() != 5 && text.size() != 7)
        return std::nullopt;
    const int sign = text.front() == u'-' ? -1 : text.front() == u'+' ? 1 : 0;
    if (sign == 0)
        return std::nullopt;
    bool okHours = false;
    bool okMinutes = false;
    bool okSeconds = true;
    const int hours = text.sliced(1, 2).toInt(&okHours);
    const int minutes = text.sliced(3, 2).toInt(&okMinutes);
    const int seconds = text.size() == 7 ? text.sliced(5, 2).toInt(&okSeconds) : 0;
    if (!okHours || !okMinutes || !okSeconds)
        return std::nullopt;
    return sign * (hours * 3600 + minutes * 60 + seconds);
}

// The offsets a VTIMEZONE uses now: its newest STANDARD and DAYLIGHT TZOFFSETTO.
struct ZoneOffsets
{
    std::optional<int> standard;
    std::optional<int> daylight;
};

ZoneOffsets offsetsOf(const IcsComponent &vtimezone)
{
    ZoneOffsets offsets;
    QString newestStandard;
    QString newestDaylight;
    for (const IcsComponent &part : vtimezone.components) {
        const IcsProperty *to = part.property(QStringLiteral("TZOFFSETTO"));
        const IcsProperty *start = part.property(QStringLiteral("DTSTART"));
        if (!to)
            continue;
        const QString since = start ? start->value : QString();
        if (part.name == u"STANDARD" && (!offsets.standard || since >= newestStandard)) {
            offsets.standard = parseOffset(to->value);
            newestStandard = since;
        } else if (part.name == u"DAYLIGHT" && (!offsets.daylight || since >= newestDaylight)) {
            offsets.daylight = parseOffset(to->value);
            newestDaylight = since;
        }
    }
    return offsets;
}

// Whether an IANA zone keeps the same winter and summer offsets as the VTIMEZONE (in whichever hemisphere).
bool sameOffsets(const QTimeZone &zone, const ZoneOffsets &offsets)
{
    if (!offsets.standard)
        return true;
    const int year = QDate::currentDate().year();
    const int january = zone.offsetFromUtc(QDateTime(QDate(year, 1, 15), QTime(12, 0), Qt::UTC));
    const int july = zone.offsetFromUtc(QDateTime(QDate(year, 7, 15), QTime(12, 0), Qt::UTC));
    const int standard = *offsets.standard;
    const int daylight = offsets.daylight.value_or(standard);
    return (january == standard && july == daylight) || (january == daylight && july == standard);
}

QTimeZone ianaZone(const QString &id)
{
    const QByteArray bytes = id.trimmed().toUtf8();
    if (bytes.isEmpty() || !QTimeZone::isTimeZoneIdAvailable(bytes))
        return {};
    return QTimeZone(bytes);
}

} // namespace

QTimeZone IcsDateTime::zoneOr(const QTimeZone &floatingZone) const
{
    switch (kind) {
    case Kind::Utc:
        return QTimeZone::utc();
    case Kind::Zoned:
        return zone;
    case Kind::Date:
    case Kind::Floating:
        break;
    }
    return floatingZone;
}

QDateTime IcsDateTime::instant(const QTimeZone &floatingZone) const
{
    return IcsTime::wallClock(date, isDate() ? QTime(0, 0) : time, zoneOr(floatingZone));
}

IcsTime::IcsTime(const IcsComponent &calendar, QTimeZone userZone)
    : m_userZone(std::move(userZone))
{
    for (const IcsComponent *vtimezone : calendar.children(QStringLiteral("VTIMEZONE"))) {
        if (const IcsProperty *tzid = vtimezone->property(QStringLiteral("TZID")))
            m_vtimezones.insert(tzid->text().trimmed(), vtimezone);
    }
}

QStringList IcsTime::takeWarnings()
{
    return std::exchange(m_warnings, {});
}

QDateTime IcsTime::wallClock(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    QDateTime result(date, time, zone);
    if (result.isValid() && result.date() == date && result.time() == time)
        return result;
    // In a DST gap: read the wall-clock time with the offset in force before the gap.
    const int offsetBefore = zone.offsetFromUtc(QDateTime(date.addDays(-1), time, Qt::UTC));
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetBefore).toTimeZone(zone);
}

std::optional<IcsDateTime> IcsTime::parseValue(QStringView text, const QTimeZone &zone)
{
    text = text.trimmed();
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})(?:T(\\d{2})(\\d{2})(\\d{2})(Z?))?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    IcsDateTime value;
    value.date = QDate(match.capturedView(1).toInt(), match.capturedView(2).toInt(), match.capturedView(3).toInt());
    if (!value.date.isValid())
        return std::nullopt;
    if (!match.hasCaptured(4)) {
        value.kind = IcsDateTime::Kind::Date;
        return value;
    }
    // A leap second (:60) is read as :59, which QTime can hold.
    value.time = QTime(match.capturedView(4).toInt(),
                       match.capturedView(5).toInt(),
                       std::min(match.capturedView(6).toInt(), 59));
    if (!value.time.isValid())
        return std::nullopt;
    if (!match.capturedView(7).isEmpty()) {
        value.kind = IcsDateTime::Kind::Utc;
    } else if (zone.isValid()) {
        value.kind = IcsDateTime::Kind::Zoned;
        value.zone = zone;
    } else {
        value.kind = IcsDateTime::Kind::Floating;
    }
    return value;
}

std::optional<IcsDuration> IcsTime::parseDuration(QStringView text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^([+-]?)P(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?(?:(\\d+)M)?(?:(\\d+)S)?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    text = text.trimmed();
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch() || text.endsWith(u'P', Qt::CaseInsensitive) || text.endsWith(u'T', Qt::CaseInsensitive))
        return std::nullopt;
    const int sign = match.capturedView(1) == u"-" ? -1 : 1;
    IcsDuration duration;
    duration.days = sign * (match.capturedView(2).toLongLong() * 7 + match.capturedView(3).toLongLong());
    duration.seconds = sign
                       * (match.capturedView(4).toLongLong() * 3600 + match.capturedView(5).toLongLong() * 60
                          + match.capturedView(6).toLongLong());
    return duration;
}

QTimeZone IcsTime::zoneByName(const QString &tzid)
{
    const QString name = tzid.trimmed();
    if (name.isEmpty())
        return {};
    if (QTimeZone zone = ianaZone(name); zone.isValid())
        return zone;
    const QByteArray windows = QTimeZone::windowsIdToDefaultIanaId(name.toUtf8());
    if (!windows.isEmpty())
        return QTimeZone(windows);
    // Prefixed ids such as "/mozilla.org/20070129_1/Europe/Berlin" end with the IANA name.
    const QStringList parts = name.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype take = std::min<qsizetype>(3, parts.size() - 1); take >= 2; --take) {
        if (QTimeZone zone = ianaZone(parts.mid(parts.size() - take).join(u'/')); zone.isValid())
            return zone;
    }
    return {};
}

QTimeZone IcsTime::zoneFromVTimeZone(const QString &tzid) const
{
    const IcsComponent *vtimezone = m_vtimezones.value(tzid);
    if (vtimezone) {
        if (const IcsProperty *location = vtimezone->property(QStringLiteral("X-LIC-LOCATION"))) {
            if (QTimeZone zone = zoneByName(location->value); zone.isValid())
                return zone;
        }
    }
    const ZoneOffsets offsets = vtimezone ? offsetsOf(*vtimezone) : ZoneOffsets{};
    // Display names ("(UTC+01:00) Amsterdam, Berlin, Bern, Rome") name cities that IANA ids end with.
    static const QRegularExpression separators(QStringLiteral("[,()/;]"));
    const QList<QByteArray> available = QTimeZone::availableTimeZoneIds();
    for (const QString &token : tzid.split(separators, Qt::SkipEmptyParts)) {
        const QString city = token.trimmed().replace(u' ', u'_');
        if (city.size() < 3 || city.startsWith(QLatin1StringView("UTC")) || city.startsWith(QLatin1StringView("GMT")))
            continue;
        const QByteArray suffix = '/' + city.toUtf8();
        for (const QByteArray &id : available) {
            if (!id.endsWith(suffix))
                continue;
            const QTimeZone zone(id);
            if (sameOffsets(zone, offsets))
                return zone;
        }
    }
    // A zone without daylight saving time is exactly its one offset.
    if (offsets.standard && (!offsets.daylight || *offsets.daylight == *offsets.standard))
        return QTimeZone(*offsets.standard);
    return {};
}

QTimeZone IcsTime::zone(const QString &tzidText, int line)
{
    const QString tzid = tzidText.trimmed();
    if (const auto known = m_zones.constFind(tzid); known != m_zones.cend())
        return *known;
    QTimeZone zone = zoneByName(tzid);
    if (!zone.isValid())
        zone = zoneFromVTimeZone(tzid);
    if (!zone.isValid()) {
        zone = m_userZone;
        m_warnings.append(tr("line %1: the time zone \"%2\" is unknown, so its times were read in your time zone (%3)")
                              .arg(line)
                              .arg(tzid, QString::fromUtf8(m_userZone.id())));
    }
    qCDebug(lcSync) << "ics: TZID" << tzid << "read as" << zone.id();
    m_zones.insert(tzid, zone);
    return zone;
}

Result<IcsDateTime> IcsTime::read(const IcsProperty &property)
{
    auto values = readList(property);
    if (!values)
        return values.error();
    if (values->size() != 1)
        return Error{
            ErrorCode::InvalidInput,
            tr("line %1: %2 must hold one date or time, not %3").arg(property.line).arg(property.name, property.value)};
    return values->first();
}

Result<QList<IcsDateTime>> IcsTime::readList(const IcsProperty &property)
{
    const QString tzid = property.parameter(QStringLiteral("TZID"));
    const QTimeZone zoneOfValues = tzid.isEmpty() ? QTimeZone() : zone(tzid, property.line);
    const bool dateOnly = property.parameter(QStringLiteral("VALUE")).compare(u"DATE", Qt::CaseInsensitive) == 0;
    QList<IcsDateTime> values;
    for (const QString &item : property.value.split(u',', Qt::SkipEmptyParts)) {
        auto value = parseValue(item, zoneOfValues);
        if (!value || (dateOnly && !value->isDate()))
            return Error{ErrorCode::InvalidInput,
                         tr("line %1: %2 \"%3\" is not a date (YYYYMMDD) or date-time (YYYYMMDDTHHMMSS)")
                             .arg(property.line)
                             .arg(property.name, item)};
        values.append(*value);
    }
    if (values.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("line %1: %2 is empty").arg(property.line).arg(property.name)};
    return values;
}

} // namespace lifeos
