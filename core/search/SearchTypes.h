#pragma once

#include <QDate>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace lifeos {

// How a query is answered: words (FTS5 BM25), meaning (FAISS), or both fused by reciprocal rank.
enum class SearchMode { Hybrid, Text, Vector };

QString searchModeName(SearchMode mode);                          // "hybrid" | "text" | "vector"
bool searchModeFromName(const QString &name, SearchMode *mode);   // false for an unknown name

// Document kinds, as stored in documents.kind: journal, note, task, expense, income, workout, event, health.
const QStringList &searchKinds();

struct SearchFilter {
    QStringList kinds;  // empty: every kind
    QDate from;         // inclusive; invalid: open
    QDate to;           // inclusive; invalid: open

    bool accepts(const QString &kind, const QDate &day) const;
};

struct SearchRequest {
    QString query;
    SearchMode mode = SearchMode::Hybrid;
    SearchFilter filter;
    int limit = 20;
};

// One record found. Several chunks of one record collapse into its best chunk.
struct SearchHit {
    qint64 documentId = 0;   // the best chunk (documents.id)
    QString kind;            // see searchKinds()
    QString origin;          // "note:12", "health:2026-01-02": what the UI opens
    qint64 recordId = -1;    // row id in the record's table; -1 for a health summary
    QString ref;             // the external reference an import brought, else the origin
    QString title;
    QString snippet;         // plain text with kHighlightStart/kHighlightEnd around matched words
    QDate day;
    int anchor = 0;          // where the chunk starts in the record's text, to scroll the editor there
    double score = 0;        // fused score (hybrid), BM25 (text, higher is better) or cosine (vector)
};

struct SearchResults {
    QList<SearchHit> hits;
    double tookMs = 0;
    bool vectorsReady = true; // false: the vector index was missing or still building; text results only
};

// Markers FTS5's snippet() puts around matched words; control characters never appear in stored text.
inline constexpr QChar kHighlightStart = QChar(0x02);
inline constexpr QChar kHighlightEnd = QChar(0x03);

QString snippetAsHtml(const QString &snippet);                       // escaped, matches in <b>…</b>
QString snippetMarked(const QString &snippet, const QString &open, const QString &close); // e.g. "**"
QString snippetPlain(const QString &snippet);

} // namespace lifeos

Q_DECLARE_METATYPE(lifeos::SearchResults)
