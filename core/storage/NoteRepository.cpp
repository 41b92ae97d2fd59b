#include "storage/NoteRepository.h"

#include "storage/Query.h"
#include "storage/SqlValues.h"

namespace lifeos {

namespace {

const QString kSelect = QStringLiteral("SELECT id, title, body, created_at, updated_at, raw_input FROM notes");

Note noteFromRow(const QSqlQuery &row)
{
    Note note;
    note.id = row.value(0).toLongLong();
    note.title = row.value(1).toString();
    note.body = row.value(2).toString();
    note.createdAt = sql::toInstant(row.value(3));
    note.updatedAt = sql::toInstant(row.value(4));
    note.rawInput = row.value(5).toString();
    return note;
}

} // namespace

NoteRepository::NoteRepository(Database &database)
    : m_database(database)
    , m_tags(database, QStringLiteral("note_tags"), QStringLiteral("note_id"))
{
}

Result<Note> NoteRepository::add(const Note &input)
{
    Note note = input;
    note.tags = TagLinks::normalise(note.tags);
    note.createdAt = note.updatedAt = sql::now();
    auto written = m_database.write([&]() -> Result<void> {
        auto query = runQuery(m_database,
                              QStringLiteral("INSERT INTO notes (title, body, raw_input, created_at, updated_at) "
                                             "VALUES (?, ?, ?, ?, ?)"),
                              {note.title, note.body, note.rawInput.isEmpty() ? QVariant() : QVariant(note.rawInput),
                               sql::instant(note.createdAt), sql::instant(note.updatedAt)},
                              tr("Adding the note"));
        if (!query)
            return query.error();
        note.id = query->lastInsertId().toLongLong();
        return m_tags.set(note.id, note.tags);
    });
    if (!written)
        return written.error();
    return note;
}

Result<Note> NoteRepository::update(const Note &input)
{
    Note note = input;
    note.tags = TagLinks::normalise(note.tags);
    note.updatedAt = sql::now();
    auto written = m_database.write([&]() -> Result<void> {
        auto query = runQuery(m_database, QStringLiteral("UPDATE notes SET title = ?, body = ?, updated_at = ? WHERE id = ?"),
                              {note.title, note.body, sql::instant(note.updatedAt), note.id}, tr("Saving the note"));
        if (!query)
            return query.error();
        if (query->numRowsAffected() != 1)
            return Error{ErrorCode::NotFound, tr("The note no longer exists.")};
        return m_tags.set(note.id, note.tags);
    });
    if (!written)
        return written.error();
    return note;
}

Result<void> NoteRepository::remove(qint64 id)
{
    auto query = runQuery(m_database, QStringLiteral("DELETE FROM notes WHERE id = ?"), {id}, tr("Deleting the note"));
    if (!query)
        return query.error();
    return {};
}

Result<std::optional<Note>> NoteRepository::get(qint64 id) const
{
    auto query = runQuery(m_database, kSelect + QStringLiteral(" WHERE id = ?"), {id}, tr("Reading the note"));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Note>();
    Note note = noteFromRow(*query);
    auto tags = m_tags.get(note.id);
    if (!tags)
        return tags.error();
    note.tags = *tags;
    return std::optional<Note>(note);
}

Result<QList<Note>> NoteRepository::list(const NoteQuery &noteQuery) const
{
    QStringList conditions;
    QVariantList values;
    if (!noteQuery.text.trimmed().isEmpty()) {
        conditions << QStringLiteral(
            "(title LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\' OR id IN (SELECT l.note_id FROM note_tags l "
            "JOIN tags t ON t.id = l.tag_id WHERE t.name LIKE ? ESCAPE '\\'))");
        const QString pattern = sql::likePattern(noteQuery.text.trimmed());
        values << pattern << pattern << pattern;
    }
    if (!noteQuery.tag.isEmpty()) {
        conditions << QStringLiteral(
            "id IN (SELECT l.note_id FROM note_tags l JOIN tags t ON t.id = l.tag_id WHERE t.name = ?)");
        values << noteQuery.tag;
    }
    const QString where = conditions.isEmpty() ? QString() : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    auto query = runQuery(m_database, kSelect + where + QStringLiteral(" ORDER BY updated_at DESC, id DESC"), values,
                          tr("Reading notes"));
    if (!query)
        return query.error();
    QList<Note> notes;
    QList<qint64> ids;
    while (query->next()) {
        notes.append(noteFromRow(*query));
        ids.append(notes.last().id);
    }
    auto tags = m_tags.getAll(ids);
    if (!tags)
        return tags.error();
    for (Note &note : notes)
        note.tags = tags->value(note.id);
    return notes;
}

Result<QStringList> NoteRepository::tags() const
{
    return m_tags.allTagNames();
}

} // namespace lifeos
