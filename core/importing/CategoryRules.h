#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>

#include <optional>

namespace lifeos {

// Category suggestions learned from the user's own corrections. A description is reduced to a key (lower
// case, card numbers, dates, reference numbers and punctuation removed, the first three words kept:
// "GRAB* A-6XK2 JAKARTA 12/03" → "grab jakarta"; the bank's own payment words such as "KARTU DEBIT" or
// "TRSF E-BANKING DB" are skipped too), and the key remembers the category last chosen for it.
class CategoryRules
{
    Q_DECLARE_TR_FUNCTIONS(CategoryRules)

public:
    explicit CategoryRules(Database &database);

    static QString keyFor(const QString &description);
    Result<std::optional<qint64>> suggest(const QString &description) const;
    // The user filed `description` under `categoryId`: remember it (replacing an older choice).
    Result<void> learn(const QString &description, qint64 categoryId);

private:
    Database &m_database;
};

} // namespace lifeos
