#pragma once

#include "model/Note.h"
#include "storage/Database.h"
#include "storage/TagLinks.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace lifeos {

struct NoteQuery {
    QString text; // matched in title, body and tags
    QString tag;  // exact tag (case-insensitive)
};

class NoteRepository {
    Q_DECLARE_TR_FUNCTIONS(NoteRepository)

public:
    explicit NoteRepository(Database &database);

    Result<Note> add(const Note &note);
    Result<Note> update(const Note &note);
    Result<void> remove(qint64 id);
    Result<std::optional<Note>> get(qint64 id) const;
    // Most recently changed first.
    Result<QList<Note>> list(const NoteQuery &query = {}) const;
    Result<QStringList> tags() const;

private:
    Database &m_database;
    TagLinks m_tags;
};

} // namespace lifeos
