#pragma once

#include "search/TextChunker.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace lifeos {

class Database;

// One record as search sees it: its title and its text cut into chunks (each chunk becomes one documents row).
struct DocumentDraft {
    QString kind;          // see searchKinds()
    QString origin;        // "note:12", "health:2026-01-02"
    qint64 recordId = -1;  // row id in the record's table; -1 for a health summary
    QString ref;           // the record's external reference (imports, sync), else empty
    QString title;
    QDate day;
    QString text;          // the whole rendered text; chunk anchors index into it
    QList<TextChunk> chunks;
};

// Renders a record as searchable text, in English words (indexed text, not UI text): the record's own text
// first and verbatim (so an anchor below its length is an exact offset into what the editor shows), then one
// generated line with amounts, dates, durations, category and tags. A health day lists all of the day's
// metrics and workouts as a short sentence list. Statements are prepared once per renderer.
class DocumentRenderer
{
    Q_DECLARE_TR_FUNCTIONS(DocumentRenderer)

public:
    explicit DocumentRenderer(Database &database, TextChunker::Options chunking = {});
    ~DocumentRenderer();
    Q_DISABLE_COPY_MOVE(DocumentRenderer)

    // std::nullopt when the record is gone (or the health day has no metrics and no workouts, or the origin
    // names no record kind LifeOS knows): its documents must be removed.
    Result<std::optional<DocumentDraft>> render(const QString &origin);

    // "note:12" -> ("note", "12"); false when it is not "<kind>:<key>" with a known kind.
    static bool splitOrigin(const QString &origin, QString *kind, QString *key);
    // Integer minor units as a plain amount with the currency's minor digits: (129950, "EUR") -> "1,299.50 EUR".
    static QString formatAmount(qint64 minor, const QString &currency);
    // A measured value without noise: 9120 -> "9,120", 72.35 -> "72.35", 0.30000000000000004 -> "0.3".
    static QString formatNumber(double value);

private:
    struct Statements;
    Database &m_database;
    TextChunker::Options m_chunking;
    std::unique_ptr<Statements> m_statements;
};

} // namespace lifeos
