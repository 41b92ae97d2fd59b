#pragma once

#include "capture/ParseContext.h"
#include "util/Result.h"

#include <QLocale>

namespace lifeos {

class Database;
class Settings;

// Builds the parser's context from the user's settings and locale: default currency, date order, their own
// metrics and categories. `now` is injectable (tests, `lifeos parse --now`).
class ParseContextFactory
{
public:
    static ParseContext fromSettings(const Settings &settings, const QDateTime &now, const QLocale &locale = QLocale());
    // The names of the user's categories, for the parser's category hints (ParseContext::categories).
    static Result<QStringList> categoryNames(const Database &database);

    // "IDR" for id_ID, "USD" for en_US …; IDR when the locale names none (the C locale).
    static QString localeCurrency(const QLocale &locale);
    static DateOrder localeDateOrder(const QLocale &locale);
    // Parses "name:unit[:alias,alias]" lines; malformed lines are skipped.
    static QList<CustomMetric> customMetricsFrom(const QStringList &lines);
};

} // namespace lifeos
