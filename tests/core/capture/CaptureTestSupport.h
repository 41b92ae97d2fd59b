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
                        QTime::fromString(localIso.mid(11), Qt::ISODate), ctx.zone);
    ctx.defaultCurrency = QStringLiteral("IDR");
    ctx.dateOrder = DateOrder::DayFirst;
    return ctx;
}

} // namespace lifeos::test
