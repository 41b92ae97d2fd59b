#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace lifeos {

// One day of the journal: a markdown body plus how the day felt. There is at most one entry per local day.
struct JournalEntry {
    qint64 id = 0;
    QDate day;
    QString body;
    std::optional<int> mood;   // 1–10
    std::optional<int> energy; // 1–10
    QStringList tags;
    QDateTime createdAt;
    QDateTime updatedAt;

    bool hasContent() const { return !body.trimmed().isEmpty() || mood || energy || !tags.isEmpty(); }
};

// A line in the list of journal days.
struct JournalDaySummary {
    QDate day;
    QString preview;
    std::optional<int> mood;
};

} // namespace lifeos
