#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QHash>
#include <QStringList>

namespace lifeos {

// The tags of one kind of record, kept in a link table (journal_entry_tags, task_tags, note_tags).
class TagLinks {
public:
    TagLinks(Database &database, QString linkTable, QString ownerColumn);

    // Replaces the owner's tags; call inside Database::write().
    Result<void> set(qint64 ownerId, const QStringList &tags);
    Result<QStringList> get(qint64 ownerId) const;
    // Tags of many owners at once (one query instead of one per row).
    Result<QHash<qint64, QStringList>> getAll(const QList<qint64> &ownerIds) const;
    Result<QStringList> allTagNames() const;

    // Trims, drops a leading '#', removes empties and case-insensitive duplicates, keeps order.
    static QStringList normalise(const QStringList &tags);
    // "a, b #c" → {"a","b","c"}
    static QStringList parse(const QString &text);

private:
    Database &m_database;
    QString m_linkTable;
    QString m_ownerColumn;
};

} // namespace lifeos
