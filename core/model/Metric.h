#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace lifeos {

// One measurement on one day: "sleep" 7.5 h, "weight" 71.2 kg, or a user-defined metric.
// Synced and imported rows carry (source, externalId), so they are upserted, never duplicated.
struct Metric
{
    qint64 id = 0;
    QString name;
    double value = 0;
    QString unit;
    QDate day;         // the user's local day the value belongs to
    QDateTime instant; // when it was measured (UTC); null when only the day is known
    QString source = QStringLiteral("manual");
    QString externalId;  // empty for manual rows
    QString importBatch; // the import that wrote it; empty otherwise
    QString rawInput;    // what was typed in quick capture, if it came from there
};

} // namespace lifeos
