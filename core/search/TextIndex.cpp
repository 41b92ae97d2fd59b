#include "search/TextIndex.h"

#include "storage/Database.h"
#include "storage/Query.h"
#include "util/Logging.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <limits>

namespace lifeos {

namespace {

// Title hits count three times a text hit: a title names what the record is about.
constexpr auto kRankFunction = "bm25(3.0, 1.0)";
// Snippet window in tokens (FTS5 allows up to 64) and the fallback length when no word matches.
constexpr int kSnippetTokens = 14;
// At most this many matches are scored with BM25 (the newest), more when a filter will drop some; see search().
constexpr int kCandidates = 1000;
constexpr int kFilteredCandidates = 3000;
constexpr int kPlainSnippetChars = 160;
// Bounds on what one query may cost, whatever is pasted into the box.
constexpr int kMaxInputChars = 1000;
constexpr int kMaxTerms = 16;
constexpr int kMaxTermChars = 64;
// documents_fts indexes prefixes of 2 to 6 letters (schema 5). A longer unfinished word is matched in full: FTS5
// then merges every term that starts with it, which is cheap because few terms share 7 or more letters (cutting
// it to 6 letters would be faster still, but "marker5" would find "marker0").

struct Term {
    QString text;     // one word, or a phrase's words separated by spaces
    bool phrase = false;
};

bool isWordChar(char32_t c)
{
    // unicode61 keeps letters and numbers (and private-use characters); everything else separates words. Marks
    // stay with their letter so a decomposed "cafe\u0301" stays one word (the tokenizer strips the accent).
    return QChar::isLetterOrNumber(c) || QChar::isMark(c) || QChar::category(c) == QChar::Other_PrivateUse;
}

// The words of a piece of input, split as the tokenizer would split them.
QStringList wordsOf(QStringView text)
{
    QStringList words;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        if (text[i].isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
            ++i;
        }
        if (isWordChar(c)) {
            if (current.size() < kMaxTermChars)
                current.append(QChar::fromUcs4(c));
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

QList<Term> termsOf(const QString &input)
{
    const QStringView text = QStringView(input).left(kMaxInputChars);
    QList<Term> terms;
    // Quotes make phrases only when they pair up; a lone quote is just a separator.
    const bool phrases = text.count(u'"') % 2 == 0;
    qsizetype start = 0;
    bool inPhrase = false;
    auto flush = [&](qsizetype end) {
        const QStringView piece = text.mid(start, end - start);
        const QStringList words = wordsOf(piece);
        if (inPhrase && phrases) {
            if (words.size() > 1)
                terms.append({words.mid(0, kMaxTerms).join(u' '), true});
            else if (words.size() == 1)
                terms.append({words.first(), false});
        } else {
            for (const QString &word : words)
                terms.append({word, false});
        }
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == u'"' && phrases) {
            flush(i);
            inPhrase = !inPhrase;
            start = i + 1;
        }
    }
    flush(text.size());
    if (terms.size() > kMaxTerms)
        terms.resize(kMaxTerms);
    return terms;
}

QString quoted(const QString &text)
{
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

// The FTS5 expression: every term must match (all = true) or any may (snippets for vector hits).
QString expressionOf(const QString &input, bool all)
{
    const QList<Term> terms = termsOf(input);
    if (terms.isEmpty())
        return {};
    // While typing, the last word is unfinished: it matches as itself (with its stems) or as a prefix.
    const bool typing = !input.isEmpty() && !input.back().isSpace() && input.back() != u'"';
    QStringList parts;
    for (qsizetype i = 0; i < terms.size(); ++i) {
        const Term &term = terms[i];
        const bool last = i == terms.size() - 1;
        if (last && typing && !term.phrase && term.text.size() >= 2)
            parts.append(QStringLiteral("(%1 OR %2*)").arg(quoted(term.text), quoted(term.text)));
        else
            parts.append(quoted(term.text));
    }
    // Explicit AND: FTS5 3.40 rejects an implicit AND before a parenthesised group ('"a" ("b" OR "b"*)').
    return parts.join(all ? QStringLiteral(" AND ") : QStringLiteral(" OR "));
}

QString placeholders(qsizetype count)
{
    QStringList marks;
    marks.reserve(count);
    for (qsizetype i = 0; i < count; ++i)
        marks.append(QStringLiteral("?"));
    return marks.join(u',');
}

// The start of a text, cut at a word boundary, for a document no query word reaches.
QString plainStart(const QString &text)
{
    const QString simplified = text.simplified();
    if (simplified.size() <= kPlainSnippetChars)
        return simplified;
    qsizetype cut = simplified.lastIndexOf(u' ', kPlainSnippetChars);
    if (cut < kPlainSnippetChars / 2)
        cut = kPlainSnippetChars;
    return simplified.left(cut) + QStringLiteral("…");
}

QString snippetSql(int column)
{
    return QStringLiteral("snippet(documents_fts, %1, char(2), char(3), '…', %2)").arg(column).arg(kSnippetTokens);
}

} // namespace

TextIndex::TextIndex(Database &database) : m_database(database) {}

QString TextIndex::matchExpression(const QString &userInput)
{
    return expressionOf(userInput, true);
}

Result<QList<TextHit>> TextIndex::search(const QString &query, const SearchFilter &filter, int limit,
                                         bool withSnippets) const
{
    QList<TextHit> hits;
    const QString expression = matchExpression(query);
    if (expression.isEmpty() || limit <= 0)
        return hits;

    // Filters go into SQL by joining documents. CROSS JOIN keeps FTS5 the outer loop: otherwise SQLite may walk
    // documents by (kind, day) and run the MATCH once per row. Without filters there is no join: the triggers keep
    // documents_fts in step with documents, so every rowid it returns exists.
    const bool filtered = !filter.kinds.isEmpty() || filter.from.isValid() || filter.to.isValid();
    QString filterSql;
    QVariantList filterValues;
    if (!filter.kinds.isEmpty()) {
        filterSql += QStringLiteral(" AND d.kind IN (%1)").arg(placeholders(filter.kinds.size()));
        for (const QString &kind : filter.kinds)
            filterValues.append(kind);
    }
    if (filter.from.isValid()) {
        filterSql += QStringLiteral(" AND d.day >= ?");
        filterValues.append(filter.from.toString(Qt::ISODate));
    }
    if (filter.to.isValid()) {
        filterSql += QStringLiteral(" AND d.day <= ?");
        filterValues.append(filter.to.toString(Qt::ISODate));
    }

    // Step 1: FTS5 scores every match with BM25 (a few microseconds each) before sorting, so a word in 40,000
    // documents would cost ~100 ms. Only the newest matches (highest ids) are scored: a cheap walk from the end
    // finds where the kCandidates-th newest match is. A word that common ranks by little more than length
    // anyway, and the vector lane still sees every document. With filters, the walk goes further (the filter
    // drops some), and if the newest matches leave fewer than limit hits the older ones are ranked too.
    auto probe = runQuery(m_database,
                          QStringLiteral("SELECT rowid FROM documents_fts WHERE documents_fts MATCH ? "
                                         "ORDER BY rowid DESC LIMIT 1 OFFSET ?"),
                          {expression, (filtered ? kFilteredCandidates : kCandidates) - 1}, tr("Searching"));
    if (!probe) {
        qCWarning(lcSearch) << "text search failed:" << probe.error().message;
        return probe.error();
    }
    const qint64 cutoff = probe->next() ? probe->value(0).toLongLong() : 0;
    probe->finish();

    auto rank = [&](qint64 fromId, qint64 belowId, int count) -> Result<void> {
        const QString sql =
            filtered ? QStringLiteral("SELECT f.rowid, f.rank FROM documents_fts f CROSS JOIN documents d "
                                      "ON d.id = f.rowid WHERE f.documents_fts MATCH ? AND f.rank MATCH '%1' "
                                      "AND f.rowid >= ? AND f.rowid < ?%2 ORDER BY f.rank LIMIT ?")
                           .arg(QLatin1StringView(kRankFunction), filterSql)
                     : QStringLiteral("SELECT rowid, rank FROM documents_fts WHERE documents_fts MATCH ? "
                                      "AND rank MATCH '%1' AND rowid >= ? AND rowid < ? ORDER BY rank LIMIT ?")
                           .arg(QLatin1StringView(kRankFunction));
        QVariantList values{expression, fromId, belowId};
        values.append(filterValues);
        values.append(count);
        auto ranked = runQuery(m_database, sql, values, tr("Searching"));
        if (!ranked) {
            qCWarning(lcSearch) << "text search failed:" << ranked.error().message;
            return ranked.error();
        }
        while (ranked->next()) {
            TextHit hit;
            hit.documentId = ranked->value(0).toLongLong();
            hit.bm25 = -ranked->value(1).toDouble();
            hits.append(hit);
        }
        return {};
    };
    constexpr qint64 kNoId = std::numeric_limits<qint64>::max();
    if (auto ranked = rank(cutoff, kNoId, limit); !ranked)
        return ranked.error();
    if (filtered && cutoff > 0 && hits.size() < limit) {
        // Older matches rank below every newer one: they only fill the list up.
        if (auto older = rank(0, cutoff, limit - int(hits.size())); !older)
            return older.error();
    }
    QList<qint64> ids;
    for (const TextHit &hit : hits)
        ids.append(hit.documentId);
    if (hits.isEmpty() || !withSnippets)
        return hits;

    // Step 2: snippets for the returned hits only.
    auto snippets = snippetsFor(expression, ids);
    if (!snippets)
        return snippets.error();
    for (TextHit &hit : hits)
        hit.snippet = snippets->value(hit.documentId);
    return hits;
}

Result<QHash<qint64, QString>> TextIndex::snippets(const QString &query, const QList<qint64> &documentIds) const
{
    QHash<qint64, QString> result;
    if (documentIds.isEmpty())
        return result;
    // Any word will do here: a vector hit shares some words with the query, rarely all of them.
    const QString expression = expressionOf(query, false);
    if (!expression.isEmpty()) {
        auto matched = snippetsFor(expression, documentIds);
        if (!matched)
            return matched.error();
        result = std::move(matched).value();
    }
    QList<qint64> missing;
    for (const qint64 id : documentIds) {
        if (!result.contains(id))
            missing.append(id);
    }
    if (missing.isEmpty())
        return result;
    QVariantList values;
    for (const qint64 id : missing)
        values.append(id);
    auto plain = runQuery(m_database,
                          QStringLiteral("SELECT id, title, substr(text, 1, %1) FROM documents WHERE id IN (%2)")
                              .arg(kPlainSnippetChars * 2)
                              .arg(placeholders(missing.size())),
                          values, tr("Searching"));
    if (!plain)
        return plain.error();
    while (plain->next()) {
        const QString text = plain->value(2).toString();
        result.insert(plain->value(0).toLongLong(), plainStart(text.trimmed().isEmpty() ? plain->value(1).toString()
                                                                                        : text));
    }
    return result;
}

Result<QHash<qint64, QString>> TextIndex::snippetsFor(const QString &expression, const QList<qint64> &ids) const
{
    QHash<qint64, QString> result;
    QVariantList values{expression};
    for (const qint64 id : ids)
        values.append(id);
    // The text's best window; the title (short, so whole) when no query word is in the text.
    auto rows = runQuery(m_database,
                         QStringLiteral("SELECT rowid, %1, highlight(documents_fts, 0, char(2), char(3)) "
                                        "FROM documents_fts WHERE documents_fts MATCH ? AND rowid IN (%2)")
                             .arg(snippetSql(1), placeholders(ids.size())),
                         values, tr("Searching"));
    if (!rows) {
        qCWarning(lcSearch) << "snippets failed:" << rows.error().message;
        return rows.error();
    }
    while (rows->next()) {
        const QString text = rows->value(1).toString();
        const QString title = rows->value(2).toString();
        const bool textMatched = text.contains(kHighlightStart);
        result.insert(rows->value(0).toLongLong(),
                      textMatched || !title.contains(kHighlightStart) ? (text.isEmpty() ? title : text) : title);
    }
    return result;
}

} // namespace lifeos
