#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QVariant>

#include <optional>

namespace lifeos::sql {

// How values are written to SQLite: instants as UTC ISO-8601 with milliseconds and 'Z',
// days as YYYY-MM-DD, times as HH:MM, absent values as NULL.
QVariant instant(const QDateTime &value);
QVariant day(const QDate &value);
QVariant timeOfDay(const QTime &value);
QVariant optionalInt(const std::optional<int> &value);
QVariant optionalId(const std::optional<qint64> &value);

QDateTime toInstant(const QVariant &value);
QDate toDay(const QVariant &value);
QTime toTimeOfDay(const QVariant &value);
std::optional<int> toOptionalInt(const QVariant &value);

// The current instant, truncated to milliseconds so what is stored equals what is held in memory.
QDateTime now();

// Escapes LIKE wildcards so user text is matched literally (use with ESCAPE '\').
QString likePattern(const QString &text);

} // namespace lifeos::sql
