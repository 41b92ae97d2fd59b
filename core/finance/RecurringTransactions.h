#pragma once

#include "model/RecurringTransaction.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

namespace lifeos {

// Recurring expenses and income: the templates, and posting what is due. Posting is idempotent: each
// occurrence is a transaction with source "recurring" and external id "<template id>:<day>".
class RecurringTransactions
{
    Q_DECLARE_TR_FUNCTIONS(RecurringTransactions)

public:
    explicit RecurringTransactions(Database &database);

    Result<RecurringTransaction> add(const RecurringTransaction &recurring);
    Result<RecurringTransaction> update(const RecurringTransaction &recurring);
    Result<void> remove(qint64 id); // posted transactions stay
    Result<QList<RecurringTransaction>> list() const;

    // The days a template falls on within [from, to]; monthly on the 29th–31st falls on the last day of
    // shorter months; nothing before firstDay or after lastDay.
    static QList<QDate> occurrences(const RecurringTransaction &recurring, const QDate &from, const QDate &to);
    // Posts every occurrence up to and including `today` that was not posted yet; returns how many were posted.
    Result<int> postDue(const QDate &today);

private:
    Database &m_database;
};

} // namespace lifeos
