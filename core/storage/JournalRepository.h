#pragma once

#include "model/JournalEntry.h"
#include "storage/Database.h"
#include "storage/TagLinks.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace lifeos {

class JournalRepository {
    Q_DECLARE_TR_FUNCTIONS(JournalRepository)

public:
    explicit JournalRepository(Database &database);

    Result<std::optional<JournalEntry>> entryFor(const QDate &day) const;
    // Inserts or updates the entry of entry.day. An entry left with no content is removed, so opening
    // a day and typing nothing leaves no empty row behind.
    Result<JournalEntry> save(const JournalEntry &entry);
    Result<void> remove(const QDate &day);
    // Newest first; with text, only days whose body or tags contain it (case-insensitive).
    Result<QList<JournalDaySummary>> days(const QString &containing = {}) const;
    // Entries from the same month and day in earlier years, newest first.
    Result<QList<JournalEntry>> onThisDay(const QDate &today) const;
    Result<QList<JournalEntry>> all() const;

    static QString previewOf(const QString &body);

private:
    Result<QList<JournalEntry>> select(const QString &where, const QVariantList &values, const QString &order) const;

    Database &m_database;
    TagLinks m_tags;
};

} // namespace lifeos
