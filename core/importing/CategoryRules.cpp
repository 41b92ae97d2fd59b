#include "importing/CategoryRules.h"

#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QRegularExpression>
#include <QStringList>

#include <algorithm>

namespace lifeos {

namespace {

constexpr int kKeyWords = 3;

// The letters of a word, lower case: "grab*" → "grab", "mcdonald's" → "mcdonalds".
QString lettersOf(const QString &word)
{
    QString letters;
    for (const QChar c : word) {
        if (c.isLetter())
            letters.append(c);
    }
    return letters;
}

bool hasDigit(const QString &word)
{
    return std::any_of(word.begin(), word.end(), [](QChar c) { return c.isDigit(); });
}

// How a bank says what kind of payment it was ("KARTU DEBIT", "TRSF E-BANKING DB", "POS PURCHASE"): the same on
// every row, so it would make every card payment one merchant.
bool isBankWord(const QString &letters)
{
    static const QStringList words = {QStringLiteral("trsf"),
                                      QStringLiteral("trf"),
                                      QStringLiteral("transfer"),
                                      QStringLiteral("ebanking"),
                                      QStringLiteral("mbanking"),
                                      QStringLiteral("ibanking"),
                                      QStringLiteral("db"),
                                      QStringLiteral("cr"),
                                      QStringLiteral("kartu"),
                                      QStringLiteral("debit"),
                                      QStringLiteral("kredit"),
                                      QStringLiteral("card"),
                                      QStringLiteral("byr"),
                                      QStringLiteral("via"),
                                      QStringLiteral("pos"),
                                      QStringLiteral("purchase"),
                                      QStringLiteral("pembelian"),
                                      QStringLiteral("pembayaran")};
    return words.contains(letters);
}

} // namespace

CategoryRules::CategoryRules(Database &database)
    : m_database(database)
{}

QString CategoryRules::keyFor(const QString &description)
{
    const QStringList words =
        description.toLower().split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
    // A word with a digit in it is a card number, date, time, amount or reference: it differs every time.
    QStringList kept;
    for (const QString &word : words) {
        if (hasDigit(word))
            continue;
        const QString letters = lettersOf(word);
        if (!letters.isEmpty() && !isBankWord(letters))
            kept.append(letters);
        if (kept.size() == kKeyWords)
            break;
    }
    // "7-ELEVEN 0412", "KARTU DEBIT": every word had a digit or was the bank's; the letters still say something.
    if (kept.isEmpty()) {
        for (const QString &word : words) {
            const QString letters = lettersOf(word);
            if (!letters.isEmpty())
                kept.append(letters);
            if (kept.size() == kKeyWords)
                break;
        }
    }
    return kept.join(u' ');
}

Result<std::optional<qint64>> CategoryRules::suggest(const QString &description) const
{
    const QString key = keyFor(description);
    if (key.isEmpty())
        return std::optional<qint64>();
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT category_id FROM category_rules WHERE pattern = ?"),
                          {key},
                          tr("Reading category rules"));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<qint64>();
    return std::optional<qint64>(query->value(0).toLongLong());
}

Result<void> CategoryRules::learn(const QString &description, qint64 categoryId)
{
    const QString key = keyFor(description);
    if (key.isEmpty())
        return {};
    // The same choice again strengthens the rule; a different one replaces it and starts counting afresh.
    auto query =
        runQuery(m_database,
                 QStringLiteral("INSERT INTO category_rules (pattern, category_id, hits, updated_at) "
                                "VALUES (?, ?, 1, ?) ON CONFLICT (pattern) DO UPDATE SET "
                                "hits = CASE WHEN category_id = excluded.category_id THEN hits + 1 ELSE 1 END, "
                                "category_id = excluded.category_id, updated_at = excluded.updated_at"),
                 {key, categoryId, sql::instant(sql::now())},
                 tr("Remembering the category"));
    if (!query)
        return query.error();
    return {};
}

} // namespace lifeos
