#include "finance/RecurringTransactions.h"

#include "finance/FinanceValidation.h"
#include "finance/TransactionRepository.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <algorithm>
#include <utility>

namespace lifeos {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT r.id, r.kind, r.amount_minor, r.currency, r.category_id, c.name, r.merchant, r.note, r.cadence, "
    "r.first_day, r.last_day, r.posted_until "
    "FROM recurring_transactions r LEFT JOIN categories c ON c.id = r.category_id");

const QString kRecurringSource = QStringLiteral("recurring");

RecurringTransaction recurringFromRow(const QSqlQuery &row)
{
    RecurringTransaction r;
    r.id = row.value(0).toLongLong();
    r.kind = transactionKindFromName(row.value(1).toString()).value_or(TransactionKind::Expense);
    r.amount.minor = row.value(2).toLongLong();
    r.amount.currency = row.value(3).toString();
    if (!row.value(4).isNull())
        r.categoryId = row.value(4).toLongLong();
    r.categoryName = row.value(5).toString();
    r.merchant = row.value(6).toString();
    r.note = row.value(7).toString();
    r.cadence = cadenceFromName(row.value(8).toString()).value_or(Cadence::Monthly);
    r.firstDay = sql::toDay(row.value(9));
    r.lastDay = sql::toDay(row.value(10));
    r.postedUntil = sql::toDay(row.value(11));
    return r;
}

// The day `dayOfMonth` in the given month, or the month's last day when it is shorter.
QDate clampedDay(int year, int month, int dayOfMonth)
{
    const QDate first(year, month, 1);
    return QDate(year, month, std::min(dayOfMonth, first.daysInMonth()));
}

Result<void> validate(const Database &database, const RecurringTransaction &r)
{
    if (auto ok = FinanceValidation::checkAmount(r.amount.minor); !ok)
        return ok;
    if (auto ok = FinanceValidation::checkCurrency(r.amount.currency); !ok)
        return ok;
    if (auto ok = FinanceValidation::checkDay(r.firstDay); !ok)
        return ok;
    if (!r.lastDay.isNull()) {
        if (auto ok = FinanceValidation::checkDay(r.lastDay); !ok)
            return ok;
        if (r.lastDay < r.firstDay)
            return Error{ErrorCode::InvalidInput,
                         RecurringTransactions::tr("The last day comes before the first day.")};
    }
    return FinanceValidation::checkCategory(database, r.categoryId, transactionKindName(r.kind));
}

QVariantList columnValues(const RecurringTransaction &r)
{
    return {transactionKindName(r.kind),
            r.amount.minor,
            r.amount.currency,
            sql::optionalId(r.categoryId),
            r.merchant.trimmed(),
            r.note.trimmed(),
            cadenceName(r.cadence),
            sql::day(r.firstDay),
            sql::day(r.lastDay),
            sql::day(r.postedUntil)};
}

} // namespace

RecurringTransactions::RecurringTransactions(Database &database)
    : m_database(database)
{}

Result<RecurringTransaction> RecurringTransactions::add(const RecurringTransaction &input)
{
    RecurringTransaction r = input;
    auto written = m_database.write([&]() -> Result<void> {
        if (auto valid = validate(m_database, r); !valid)
            return valid;
        const QVariant now = sql::instant(sql::now());
        QVariantList values = columnValues(r);
        values << now << now;
        auto query = runQuery(m_database,
                              QStringLiteral("INSERT INTO recurring_transactions (kind, amount_minor, currency, "
                                             "category_id, merchant, note, cadence, first_day, last_day, posted_until, "
                                             "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              values,
                              tr("Adding the recurring transaction"));
        if (!query)
            return query.error();
        r.id = query->lastInsertId().toLongLong();
        return {};
    });
    if (!written)
        return written.error();
    return r;
}

Result<RecurringTransaction> RecurringTransactions::update(const RecurringTransaction &input)
{
    RecurringTransaction r = input;
    auto written = m_database.write([&]() -> Result<void> {
        if (auto valid = validate(m_database, r); !valid)
            return valid;
        QVariantList values = columnValues(r);
        values << sql::instant(sql::now()) << r.id;
        auto query = runQuery(m_database,
                              QStringLiteral("UPDATE recurring_transactions SET kind = ?, amount_minor = ?, "
                                             "currency = ?, category_id = ?, merchant = ?, note = ?, cadence = ?, "
                                             "first_day = ?, last_day = ?, posted_until = ?, updated_at = ? "
                                             "WHERE id = ?"),
                              values,
                              tr("Saving the recurring transaction"));
        if (!query)
            return query.error();
        if (query->numRowsAffected() != 1)
            return Error{ErrorCode::NotFound, tr("The recurring transaction no longer exists.")};
        return {};
    });
    if (!written)
        return written.error();
    return r;
}

Result<void> RecurringTransactions::remove(qint64 id)
{
    auto query = runQuery(m_database,
                          QStringLiteral("DELETE FROM recurring_transactions WHERE id = ?"),
                          {id},
                          tr("Deleting the recurring transaction"));
    if (!query)
        return query.error();
    return {};
}

Result<QList<RecurringTransaction>> RecurringTransactions::list() const
{
    auto query = runQuery(m_database,
                          kSelect + QStringLiteral(" ORDER BY r.merchant COLLATE NOCASE, r.id"),
                          QVariantList(),
                          tr("Reading recurring transactions"));
    if (!query)
        return query.error();
    QList<RecurringTransaction> all;
    while (query->next())
        all.append(recurringFromRow(*query));
    return all;
}

QList<QDate>
RecurringTransactions::occurrences(const RecurringTransaction &recurring, const QDate &from, const QDate &to)
{
    QList<QDate> days;
    const QDate first = recurring.firstDay;
    if (!first.isValid() || !from.isValid() || !to.isValid())
        return days;
    const QDate start = std::max(from, first);
    const QDate end = recurring.lastDay.isValid() ? std::min(to, recurring.lastDay) : to;
    if (start > end)
        return days;

    switch (recurring.cadence) {
    case Cadence::Weekly: {
        const qint64 weeksIn = (first.daysTo(start) + 6) / 7; // the first occurrence on or after start
        for (QDate day = first.addDays(7 * weeksIn); day <= end; day = day.addDays(7))
            days.append(day);
        break;
    }
    case Cadence::Monthly: {
        // Counted from the first day's month so the 31st stays the 31st after a short month.
        for (QDate month(start.year(), start.month(), 1); month <= end; month = month.addMonths(1)) {
            const QDate day = clampedDay(month.year(), month.month(), first.day());
            if (day >= start && day <= end)
                days.append(day);
        }
        break;
    }
    case Cadence::Yearly: {
        for (int year = start.year(); year <= end.year(); ++year) {
            const QDate day = clampedDay(year, first.month(), first.day()); // Feb 29 → Feb 28 in other years
            if (day >= start && day <= end)
                days.append(day);
        }
        break;
    }
    }
    return days;
}

Result<int> RecurringTransactions::postDue(const QDate &today)
{
    if (!today.isValid())
        return Error{ErrorCode::InvalidInput, tr("The date is missing or is not a real day.")};
    int posted = 0;
    auto written = m_database.write([&]() -> Result<void> {
        posted = 0;
        auto templates = list();
        if (!templates)
            return templates.error();
        TransactionRepository transactions(m_database);
        for (const RecurringTransaction &r : std::as_const(*templates)) {
            if (r.postedUntil.isValid() && r.postedUntil >= today)
                continue;
            const QDate from = r.postedUntil.isValid() ? r.postedUntil.addDays(1) : r.firstDay;
            for (const QDate &day : occurrences(r, from, today)) {
                const QString externalId = QStringLiteral("%1:%2").arg(r.id).arg(day.toString(Qt::ISODate));
                auto existing = runQuery(m_database,
                                         QStringLiteral("SELECT 1 FROM transactions WHERE source = ? AND "
                                                        "external_id = ?"),
                                         {kRecurringSource, externalId},
                                         tr("Reading transactions"));
                if (!existing)
                    return existing.error();
                const bool alreadyPosted = existing->next();
                existing->finish();
                if (alreadyPosted)
                    continue;
                Transaction t;
                t.kind = r.kind;
                t.amount = r.amount;
                t.day = day;
                t.categoryId = r.categoryId;
                t.merchant = r.merchant;
                t.note = r.note;
                t.source = kRecurringSource;
                t.externalId = externalId;
                // recurring_id stays NULL: that column references transactions, not the templates; the external
                // id names the template instead.
                auto added = transactions.add(t);
                if (!added)
                    return added.error();
                ++posted;
            }
            auto marked = runQuery(m_database,
                                   QStringLiteral("UPDATE recurring_transactions SET posted_until = ? WHERE id = ?"),
                                   {sql::day(today), r.id},
                                   tr("Saving the recurring transaction"));
            if (!marked)
                return marked.error();
        }
        return {};
    });
    if (!written)
        return written.error();
    return posted;
}

} // namespace lifeos
