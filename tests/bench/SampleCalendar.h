#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QDate>
#include <QTimeZone>

namespace lifeos {

// A plausible agenda for the sample person, as Google Calendar sync would store it (source "google"): weekday
// stand-ups and meetings on a work calendar, gym, errands and calls on the primary one, a few all-day events
// (one on `today`, a three-day conference), and a night flight that crosses midnight. Times are local times in
// `zone`, stored as UTC instants. Deterministic; refuses a database that already has calendar events.
class SampleCalendar
{
public:
    struct Options
    {
        QDate today;                                  // required
        int days = 30;                                // events from today - days to today + days
        QTimeZone zone = QTimeZone::systemTimeZone(); // the user's zone
    };

    static Result<int> fill(Database &database, const Options &options); // the number of events written
};

} // namespace lifeos
