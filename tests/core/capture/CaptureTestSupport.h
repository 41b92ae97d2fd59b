#pragma once

#include "capture/ParseContext.h"

#include <QDateTime>
#include <QTimeZone>

namespace lifeos::test {

// A parse context at a fixed local time: by default Sunday 2026-11-22 10:00 in Jakarta (UTC+7, no DST).
inline ParseContext contextAt(const QString &localIso = QStringLiteral("2026-11-22T10:00:00"),
                              const QByteArray &zoneId = QByteArrayLiteral("Asia/Jakarta"))
{
    ParseContext ctx;
    ctx.zone = QTimeZone(zoneId);
    ctx.now = QDateTime(QDate::fromString(localIso.left(10), Qt::ISODate),
                        QTime::fromString(localIso.mid(11), Qt::ISODate),
                        ctx.zone);
    ctx.defaultCurrency = QStringLiteral("IDR");
    ctx.dateOrder = DateOrder::DayFirst;
    return ctx;
}

// A parse context whose `now` is given in UTC ("2026-11-22T17:30:00Z"), as a clock hands it over; the local day
// in zoneId may already be the next one (or still the previous one).
inline ParseContext contextAtUtc(const QString &utcIso, const QByteArray &zoneId)
{
    ParseContext ctx = contextAt(QStringLiteral("2026-11-22T10:00:00"), zoneId);
    ctx.now = QDateTime::fromString(utcIso, Qt::ISODate).toUTC();
    return ctx;
}

// The default context, reading "5/12" month first (May 12) as in the United States.
inline ParseContext monthFirstContext(const QString &localIso = QStringLiteral("2026-11-22T10:00:00"))
{
    ParseContext ctx = contextAt(localIso);
    ctx.dateOrder = DateOrder::MonthFirst;
    return ctx;
}

} // namespace lifeos::test
