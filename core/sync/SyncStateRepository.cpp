#include "sync/SyncStateRepository.h"

#include "storage/Query.h"
#include "storage/SqlValues.h"

namespace lifeos {

namespace {

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

} // namespace

SyncStateRepository::SyncStateRepository(Database &database)
    : m_database(database)
{}

Result<std::optional<SyncState>> SyncStateRepository::get(const QString &source) const
{
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT source, cursor, last_success, last_error, next_run, items_changed "
                                         "FROM sync_state WHERE source = ?"),
                          {source}, tr("Could not read the sync state."));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<SyncState>();
    SyncState state;
    state.source = query->value(0).toString();
    state.cursor = query->value(1).toString();
    state.lastSuccess = sql::toInstant(query->value(2));
    state.lastError = query->value(3).toString();
    state.nextRun = sql::toInstant(query->value(4));
    state.itemsChanged = query->value(5).toInt();
    return std::optional<SyncState>(state);
}

Result<void> SyncStateRepository::save(const SyncState &state)
{
    if (state.source.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A sync state needs a source.")};
    auto query = runQuery(m_database,
                          QStringLiteral("INSERT INTO sync_state (source, cursor, last_success, last_error, next_run, "
                                         "items_changed) VALUES (?, ?, ?, ?, ?, ?) "
                                         "ON CONFLICT(source) DO UPDATE SET cursor = excluded.cursor, "
                                         "last_success = excluded.last_success, last_error = excluded.last_error, "
                                         "next_run = excluded.next_run, items_changed = excluded.items_changed"),
                          {state.source, textOrNull(state.cursor), sql::instant(state.lastSuccess),
                           textOrNull(state.lastError), sql::instant(state.nextRun), state.itemsChanged},
                          tr("Could not save the sync state."));
    if (!query)
        return query.error();
    return {};
}

Result<void> SyncStateRepository::setCursor(const QString &source, const QString &cursor)
{
    if (source.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A sync state needs a source.")};
    auto query = runQuery(m_database,
                          QStringLiteral("INSERT INTO sync_state (source, cursor) VALUES (?, ?) "
                                         "ON CONFLICT(source) DO UPDATE SET cursor = excluded.cursor"),
                          {source, textOrNull(cursor)}, tr("Could not save the sync position."));
    if (!query)
        return query.error();
    return {};
}

Result<void> SyncStateRepository::remove(const QString &source)
{
    auto query = runQuery(m_database, QStringLiteral("DELETE FROM sync_state WHERE source = ?"), {source},
                          tr("Could not remove the sync state."));
    if (!query)
        return query.error();
    return {};
}

Result<void> SyncStateRepository::removeWithPrefix(const QString &prefix)
{
    if (prefix.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Removing sync states needs a prefix.")};
    // substr instead of LIKE: calendar ids contain '_' and '%' would need escaping.
    auto query = runQuery(m_database,
                          QStringLiteral("DELETE FROM sync_state WHERE substr(source, 1, length(?)) = ?"),
                          {prefix, prefix}, tr("Could not remove the sync states."));
    if (!query)
        return query.error();
    return {};
}

} // namespace lifeos
