#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>

namespace lifeos {

// Prepares, binds (positionally) and runs one statement; a failure becomes an Error naming `what`.
Result<QSqlQuery> runQuery(const Database &database, const QString &sql, std::initializer_list<QVariant> values,
                           const QString &what);
Result<QSqlQuery> runQuery(const Database &database, const QString &sql, const QVariantList &values,
                           const QString &what);

} // namespace lifeos
