#include "finance/TransactionRepository.h"

#include "finance/FinanceValidation.h"
#include "storage/Query.h"
#include "storage/SqlValues.h"

namespace lifeos {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT t.id, t.kind, t.amount_minor, t.currency, t.day, t.instant, t.category_id, c.name, t.merchant, t.note, "
    "t.recurring_id, t.source, t.external_id, t.import_batch, t.raw_input "
    "FROM transactions t LEFT JOIN categories c ON c.id = t.category_id");

Transaction transactionFromRow(const QSqlQuery &row)
{
    Transaction t;
    t.id = row.value(0).toLongLong();
    t.kind = transactionKindFromName(row.value(1).toString()).value_or(TransactionKind::Expense);
    t.amount.minor = row.value(2).toLongLong();
    t.amount.currency = row.value(3).toString();
    t.day = sql::toDay(row.value(4));
    t.instant = sql::toInstant(row.value(5));
    if (!row.value(6).isNull())
        t.categoryId = row.value(6).toLongLong();
    t.categoryName = row.value(7).toString();
    t.merchant = row.value(8).toString();
    t.note = row.value(9).toString();
    if (!row.value(10).isNull())
        t.recurringId = row.value(10).toLongLong();
    t.source = row.value(11).toString();
    t.externalId = row.value(12).toString();
    t.importBatch = row.value(13).toString();
    t.rawInput = row.value(14).toString();
    return t;
}

QVariant textOrNull(const QString &text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

// Trims what the user typed and fills the defaults the table expects.
Transaction normalised(const Transaction &input)
{
    Transaction t = input;
    t.merchant = t.merchant.trimmed();
    t.note = t.note.trimmed();
    t.source = t.source.trimmed();
    if (t.source.isEmpty())
        t.source = QStringLiteral("manual");
    return t;
}

} // namespace

TransactionRepository::TransactionRepository(Database &database)
    : m_database(database)
{}

namespace {

Result<void> validate(const Database &database, const Transaction &t)
{
    if (auto ok = FinanceValidation::checkAmount(t.amount.minor); !ok)
        return ok;
    if (auto ok = FinanceValidation::checkCurrency(t.amount.currency); !ok)
        return ok;
    if (auto ok = FinanceValidation::checkDay(t.day); !ok)
        return ok;
    return FinanceValidation::checkCategory(database, t.categoryId, transactionKindName(t.kind));
}

// The values of every written column but created_at/updated_at, in kColumns order.
QVariantList columnValues(const Transaction &t)
{
    return {transactionKindName(t.kind),
            t.amount.minor,
            t.amount.currency,
            sql::day(t.day),
            sql::instant(t.instant),
            sql::optionalId(t.categoryId),
            t.merchant,
            t.note,
            sql::optionalId(t.recurringId),
            t.source,
            textOrNull(t.externalId),
            textOrNull(t.importBatch),
            textOrNull(t.rawInput)};
}

const QString kColumns = QStringLiteral("kind, amount_minor, currency, day, instant, category_id, merchant, note, "
                                        "recurring_id, source, external_id, import_batch, raw_input");

} // namespace

Result<Transaction> TransactionRepository::add(const Transaction &input)
{
    Transaction t = normalised(input);
    auto written = m_database.write([&]() -> Result<void> {
        if (auto valid = validate(m_database, t); !valid)
            return valid;
        const QString now = sql::instant(sql::now()).toString();
        QVariantList values = columnValues(t);
        values << now << now;
        auto query = runQuery(m_database,
                              QStringLiteral("INSERT INTO transactions (") + kColumns
                                  + QStringLiteral(", created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                                                   "?, ?, ?, ?)"),
                              values,
                              tr("Adding the transaction"));
        if (!query)
            return query.error();
        t.id = query->lastInsertId().toLongLong();
        return {};
    });
    if (!written)
        return written.error();
    // Read back so the category name is filled in as list() fills it.
    auto stored = get(t.id);
    if (!stored)
        return stored.error();
    return stored->value_or(t);
}

Result<Transaction> TransactionRepository::update(const Transaction &input)
{
    Transaction t = normalised(input);
    auto written = m_database.write([&]() -> Result<void> {
        if (auto valid = validate(m_database, t); !valid)
            return valid;
        QVariantList values = columnValues(t);
        values << sql::instant(sql::now()) << t.id;
        auto query =
            runQuery(m_database,
                     QStringLiteral("UPDATE transactions SET kind = ?, amount_minor = ?, currency = ?, day = ?, "
                                    "instant = ?, category_id = ?, merchant = ?, note = ?, recurring_id = ?, "
                                    "source = ?, external_id = ?, import_batch = ?, raw_input = ?, "
                                    "updated_at = ? WHERE id = ?"),
                     values,
                     tr("Saving the transaction"));
        if (!query)
            return query.error();
        if (query->numRowsAffected() != 1)
            return Error{ErrorCode::NotFound, tr("The transaction no longer exists.")};
        return {};
    });
    if (!written)
        return written.error();
    // Read back so the category name is filled in as list() fills it.
    auto stored = get(t.id);
    if (!stored)
        return stored.error();
    return stored->value_or(t);
}

Result<void> TransactionRepository::remove(qint64 id)
{
    auto query = runQuery(m_database,
                          QStringLiteral("DELETE FROM transactions WHERE id = ?"),
                          {id},
                          tr("Deleting the transaction"));
    if (!query)
        return query.error();
    return {};
}

Result<std::optional<Transaction>> TransactionRepository::get(qint64 id) const
{
    auto query = runQuery(m_database, kSelect + QStringLiteral(" WHERE t.id = ?"), {id}, tr("Reading the transaction"));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Transaction>();
    return std::optional<Transaction>(transactionFromRow(*query));
}

Result<Transaction> TransactionRepository::upsert(const Transaction &input)
{
    Transaction t = normalised(input);
    if (t.externalId.isEmpty())
        return add(t);
    Result<Transaction> stored = Error{};
    auto written = m_database.write([&]() -> Result<void> {
        auto existing = runQuery(m_database,
                                 QStringLiteral("SELECT id FROM transactions WHERE source = ? AND external_id = ?"),
                                 {t.source, t.externalId},
                                 tr("Reading the transaction"));
        if (!existing)
            return existing.error();
        if (existing->next()) {
            t.id = existing->value(0).toLongLong();
            existing->finish();
            stored = update(t);
        } else {
            existing->finish();
            stored = add(t);
        }
        if (!stored)
            return stored.error();
        return {};
    });
    if (!written)
        return written.error();
    return stored;
}

Result<QList<Transaction>> TransactionRepository::list(const TransactionFilter &filter) const
{
    QStringList conditions;
    QVariantList values;
    if (filter.from.isValid()) {
        conditions << QStringLiteral("t.day >= ?");
        values << sql::day(filter.from);
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("t.day <= ?");
        values << sql::day(filter.to);
    }
    if (filter.kind) {
        conditions << QStringLiteral("t.kind = ?");
        values << transactionKindName(*filter.kind);
    }
    if (filter.uncategorisedOnly) {
        conditions << QStringLiteral("t.category_id IS NULL");
    } else if (filter.categoryId) {
        conditions << QStringLiteral("t.category_id = ?");
        values << *filter.categoryId;
    }
    const QString text = filter.text.trimmed();
    if (!text.isEmpty()) {
        conditions << QStringLiteral("(t.merchant LIKE ? ESCAPE '\\' OR t.note LIKE ? ESCAPE '\\')");
        const QString pattern = sql::likePattern(text);
        values << pattern << pattern;
    }
    QString statement = kSelect;
    if (!conditions.isEmpty())
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY t.day DESC, t.id DESC");
    if (filter.limit > 0) {
        statement += QStringLiteral(" LIMIT ?");
        values << filter.limit;
    }
    auto query = runQuery(m_database, statement, values, tr("Reading transactions"));
    if (!query)
        return query.error();
    QList<Transaction> transactions;
    while (query->next())
        transactions.append(transactionFromRow(*query));
    return transactions;
}

Result<QStringList> TransactionRepository::currencies() const
{
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT currency FROM transactions GROUP BY currency "
                                         "ORDER BY count(*) DESC, currency"),
                          QVariantList(),
                          tr("Reading currencies"));
    if (!query)
        return query.error();
    QStringList codes;
    while (query->next())
        codes.append(query->value(0).toString());
    return codes;
}

} // namespace lifeos
