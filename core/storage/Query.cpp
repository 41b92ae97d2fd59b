#include "storage/Query.h"

#include <QSqlError>

namespace lifeos {

Result<QSqlQuery> runQuery(const Database &database, const QString &sql, const QVariantList &values,
                           const QString &what)
{
    QSqlQuery query(database.connection());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Database::errorFrom(query.lastError(), what);
    for (const QVariant &value : values) {
        // Qt binds a null QString as SQL NULL. LifeOS passes QVariant() for NULL, so a null QString here is
        // text the caller never set (a default-constructed body or notes) and is stored as '' (NOT NULL columns).
        if (value.typeId() == QMetaType::QString && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return Database::errorFrom(query.lastError(), what);
    return query;
}

Result<QSqlQuery> runQuery(const Database &database, const QString &sql, std::initializer_list<QVariant> values,
                           const QString &what)
{
    return runQuery(database, sql, QVariantList(values), what);
}

} // namespace lifeos
