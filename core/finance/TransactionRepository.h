#pragma once

#include "model/Transaction.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace lifeos {

struct TransactionFilter
{
    QDate from; // inclusive; null: open
    QDate to;   // inclusive; null: open
    std::optional<TransactionKind> kind;
    std::optional<qint64> categoryId;
    bool uncategorisedOnly = false;
    QString text; // matched in merchant and note
    int limit = 0;
};

// Expenses and income in SQLite. Amounts are positive minor units; the currency is a 3-letter upper-case code.
class TransactionRepository
{
    Q_DECLARE_TR_FUNCTIONS(TransactionRepository)

public:
    explicit TransactionRepository(Database &database);

    Result<Transaction> add(const Transaction &transaction);
    Result<Transaction> update(const Transaction &transaction);
    Result<void> remove(qint64 id);
    Result<std::optional<Transaction>> get(qint64 id) const;
    Result<Transaction> upsert(const Transaction &transaction); // by (source, externalId)
    // Newest day first (then newest id); categoryName filled.
    Result<QList<Transaction>> list(const TransactionFilter &filter = {}) const;
    // Currencies in use, the most used first.
    Result<QStringList> currencies() const;

private:
    Database &m_database;
};

} // namespace lifeos
