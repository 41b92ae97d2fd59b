#include "storage/SqlValues.h"

namespace lifeos::sql {

QVariant instant(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QVariant day(const QDate &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate)) : QVariant();
}

QVariant timeOfDay(const QTime &value)
{
    return value.isValid() ? QVariant(value.toString(QStringLiteral("HH:mm"))) : QVariant();
}

QVariant optionalInt(const std::optional<int> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant optionalId(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant();
}

QDateTime toInstant(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime result = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    result.setTimeSpec(Qt::UTC);
    return result;
}

QDate toDay(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QTime toTimeOfDay(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

std::optional<int> toOptionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

QDateTime now()
{
    const QDateTime current = QDateTime::currentDateTimeUtc();
    return QDateTime::fromMSecsSinceEpoch(current.toMSecsSinceEpoch(), Qt::UTC);
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
    return u'%' + escaped + u'%';
}

} // namespace lifeos::sql
