#pragma once

// Shared by the finance tests: a fresh database, checked results, and short builders for money rows.

#include "StorageTestSupport.h"
#include "finance/CategoryRepository.h"
#include "finance/TransactionRepository.h"
#include "support/TempDataDir.h"

#include <QDate>

#include <memory>
#include <optional>
#include <utility>

namespace financetest {

// The value of a Result the test needs, failing with the product's message when there is none.
template<typename T>
T require(lifeos::Result<T> result)
{
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
    return std::move(result).value();
}

inline void requireOk(const lifeos::Result<void> &result)
{
    INFO((result.ok() ? QString() : result.error().message).toStdString());
    REQUIRE(result.ok());
}

inline QDate day(const char *iso)
{
    const QDate parsed = QDate::fromString(QLatin1StringView(iso), Qt::ISODate);
    REQUIRE(parsed.isValid());
    return parsed;
}

inline QStringList isoDays(const QList<QDate> &days)
{
    QStringList out;
    for (const QDate &d : days)
        out.append(d.toString(Qt::ISODate));
    return out;
}

struct FinanceDb
{
    TempDataDir dir;
    std::unique_ptr<lifeos::Database> db = testsupport::openDatabase(dir.databasePath());

    qint64 category(const QString &name, const QString &kind = QStringLiteral("expense"))
    {
        lifeos::CategoryRepository categories(*db);
        return require(categories.ensure(kind, name)).id;
    }

    sqlite3 *handle() const { return db->handle(); }
    qint64 count(const QString &table) const { return testsupport::count(db->handle(), table); }
};

inline lifeos::Transaction money(lifeos::TransactionKind kind,
                                 qint64 minor,
                                 const QString &currency,
                                 const QDate &on,
                                 std::optional<qint64> categoryId = std::nullopt,
                                 const QString &merchant = {})
{
    lifeos::Transaction t;
    t.kind = kind;
    t.amount = lifeos::Money{minor, currency};
    t.day = on;
    t.categoryId = categoryId;
    t.merchant = merchant;
    return t;
}

inline lifeos::Transaction expense(qint64 minor,
                                   const QString &currency,
                                   const QDate &on,
                                   std::optional<qint64> categoryId = std::nullopt,
                                   const QString &merchant = {})
{
    return money(lifeos::TransactionKind::Expense, minor, currency, on, categoryId, merchant);
}

inline lifeos::Transaction income(qint64 minor,
                                  const QString &currency,
                                  const QDate &on,
                                  std::optional<qint64> categoryId = std::nullopt,
                                  const QString &merchant = {})
{
    return money(lifeos::TransactionKind::Income, minor, currency, on, categoryId, merchant);
}

inline lifeos::Transaction added(lifeos::Database &db, const lifeos::Transaction &t)
{
    lifeos::TransactionRepository transactions(db);
    return require(transactions.add(t));
}

} // namespace financetest
