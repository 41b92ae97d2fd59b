#pragma once

#include "capture/CaptureStore.h"
#include "capture/ParsedCapture.h"

#include <QCoreApplication>
#include <QLocale>

namespace lifeos {

// The words and numbers quick capture shows for a reading: chip texts, money, durations and the "Saved as …"
// line. Pure functions of their arguments (and the locale), so the capture window and its tests agree.
class ChipFormat
{
    Q_DECLARE_TR_FUNCTIONS(ChipFormat)

public:
    // Below this confidence the kind chip asks ("Note?") instead of stating.
    static constexpr double kSureConfidence = 0.5;

    static QString kindName(CaptureKind kind);
    // "Task", or "Note?" when the parser is unsure and the user has not picked the kind.
    static QString kindChipText(CaptureKind kind, double confidence, bool picked);
    static QString kindIconPath(CaptureKind kind);

    // Digits of the given locale (the C locale reads as en_US), the currency's symbol and minor units:
    // "Rp15,000" / "Rp15.000", "$12.50", "€3,50". An empty currency means `defaultCurrency`.
    static QString money(const Money &money, const QString &defaultCurrency, const QLocale &locale = QLocale());
    // "45 min", "2 h", "7 h 20 min".
    static QString duration(double minutes, const QLocale &locale = QLocale());
    // "Sleep 7 h 20 min", "Weight 72.5 kg", "Steps 8,000", "Mood 7/10".
    static QString metric(const MetricReading &metric, const QLocale &locale = QLocale());
    static QString distance(double km, const QLocale &locale = QLocale());
    // "today", "tomorrow", "yesterday", "Friday" within the coming week, else "Wed, 2 Dec" (with the year when
    // it is not this year). Lower case where the language writes it so; chips capitalise it.
    static QString day(const QDate &date, const QDate &today, const QLocale &locale = QLocale());
    // The when-chip: "Tomorrow", "Tomorrow, 17:00", or "17:00" for a time without a day.
    static QString when(const QDate &date, const QTime &time, const QDate &today, const QLocale &locale = QLocale());
    static QString tags(const QStringList &tags);
    static QString priority(int priority);

    // What the undo toast says: "Saved as task: Buy bread · due tomorrow".
    static QString savedSummary(const StoredCapture &stored, const QDate &today, const QString &defaultCurrency);

private:
    static QString number(double value, int maxDecimals, const QLocale &locale);
    static QString capitalised(const QString &text, const QLocale &locale);
};

} // namespace lifeos
