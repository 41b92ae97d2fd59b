#pragma once

#include "search/SearchTypes.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace lifeos {

class Database;

struct TextHit {
    qint64 documentId = 0;
    double bm25 = 0;    // FTS5 rank negated: higher is better
    QString snippet;    // with kHighlightStart / kHighlightEnd
};

// FTS5 over documents with the 'lifeos' tokenizer. User input is turned into a safe FTS5 query: words are
// quoted (no syntax errors from what people type), all must match, and the last word is a prefix while typing.
class TextIndex
{
    Q_DECLARE_TR_FUNCTIONS(TextIndex)

public:
    explicit TextIndex(Database &database);

    // Best first; at most limit hits. Filters are applied in SQL.
    // withSnippets false: ids and scores only (hybrid search asks snippets for the fused page alone).
    Result<QList<TextHit>> search(const QString &query, const SearchFilter &filter, int limit,
                                  bool withSnippets = true) const;
    // Snippets for documents the vector lane found (no match markers when no word matches).
    Result<QHash<qint64, QString>> snippets(const QString &query, const QList<qint64> &documentIds) const;

    // The FTS5 MATCH expression for user input; empty when there is nothing to search for.
    static QString matchExpression(const QString &userInput);

private:
    // FTS5 snippets for the ids that match an already built expression (text window, else the title).
    Result<QHash<qint64, QString>> snippetsFor(const QString &expression, const QList<qint64> &ids) const;

    Database &m_database;
};

} // namespace lifeos
