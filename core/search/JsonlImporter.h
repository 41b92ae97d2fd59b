#pragma once

#include "util/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>

class QIODevice;

namespace lifeos {

class Database;

struct JsonlImportSummary {
    qint64 added = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 lines = 0; // lines read, blank ones included
};

// One line that cannot be imported, and why (in words, for the user).
struct JsonlLineProblem {
    qint64 line = 0; // 1-based
    QString reason;
};

// `lifeos import FILE --format jsonl`: one JSON object a line with "title", "body", "created" (ISO date or
// date-time), "tags" (array of strings) and "ref" (an external reference, kept and returned by search). Each line
// becomes a note with source 'import' and external_id = ref, upserted by (source, external_id): importing the
// same file twice adds nothing, a changed line updates its note. A line without a ref is keyed by a hash of its
// title, body and created, so it too is found again (but an edit to it makes a new note).
// All or nothing: every malformed line is reported with its number, and if any is bad nothing is written.
// Blank lines are skipped; a UTF-8 byte order mark on line 1 is accepted. One transaction, prepared statements.
class JsonlImporter
{
    Q_DECLARE_TR_FUNCTIONS(JsonlImporter)

public:
    static constexpr QLatin1StringView kSource{"import"};
    // external_id of a line that had no ref; DocumentRenderer does not show such an id as the note's ref.
    static constexpr QLatin1StringView kDerivedRefPrefix{"jsonl-sha1:"};
    // Lines named one by one in the error message (problems() has them all).
    static constexpr int kProblemsInMessage = 20;

    // Called every few hundred lines and at the end, on the importing thread.
    using Progress = std::function<void(qint64 linesDone, qint64 bytesDone, qint64 bytesTotal)>;

    explicit JsonlImporter(Database &database);

    void setProgress(Progress progress) { m_progress = std::move(progress); }
    // When *cancel becomes true the import stops with ErrorCode::Cancelled and nothing is written.
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }

    // ErrorCode::InvalidInput when any line is malformed (the message names them; see problems()),
    // ErrorCode::Io when the file cannot be read.
    Result<JsonlImportSummary> importFile(const QString &path);
    Result<JsonlImportSummary> importFrom(QIODevice &device, qint64 totalBytes);

    // Every malformed line of the last import, in file order.
    const QList<JsonlLineProblem> &problems() const { return m_problems; }

private:
    Database &m_database;
    Progress m_progress;
    const std::atomic_bool *m_cancel = nullptr;
    QList<JsonlLineProblem> m_problems;
};

} // namespace lifeos
