#include "storage/TagLinks.h"

#include "storage/Query.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

namespace lifeos {

TagLinks::TagLinks(Database &database, QString linkTable, QString ownerColumn)
    : m_database(database)
    , m_linkTable(std::move(linkTable))
    , m_ownerColumn(std::move(ownerColumn))
{
}

QStringList TagLinks::normalise(const QStringList &tags)
{
    QStringList result;
    QSet<QString> seen;
    for (QString tag : tags) {
        tag = tag.trimmed();
        while (tag.startsWith(u'#'))
            tag.remove(0, 1);
        tag = tag.trimmed();
        if (tag.isEmpty() || seen.contains(tag.toCaseFolded()))
            continue;
        seen.insert(tag.toCaseFolded());
        result.append(tag);
    }
    return result;
}

QStringList TagLinks::parse(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    return normalise(text.split(separators, Qt::SkipEmptyParts));
}

Result<void> TagLinks::set(qint64 ownerId, const QStringList &tags)
{
    auto removed = runQuery(m_database, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(m_linkTable, m_ownerColumn),
                            {ownerId}, QCoreApplication::translate("Database", "Saving tags"));
    if (!removed)
        return removed.error();
    for (const QString &tag : normalise(tags)) {
        auto inserted = runQuery(m_database, QStringLiteral("INSERT INTO tags (name) VALUES (?) ON CONFLICT (name) DO NOTHING"),
                                 {tag}, QCoreApplication::translate("Database", "Saving tags"));
        if (!inserted)
            return inserted.error();
        auto linked = runQuery(m_database,
                               QStringLiteral("INSERT OR IGNORE INTO %1 (%2, tag_id) SELECT ?, id FROM tags WHERE name = ?")
                                   .arg(m_linkTable, m_ownerColumn),
                               {ownerId, tag}, QCoreApplication::translate("Database", "Saving tags"));
        if (!linked)
            return linked.error();
    }
    return {};
}

Result<QStringList> TagLinks::get(qint64 ownerId) const
{
    auto all = getAll({ownerId});
    if (!all)
        return all.error();
    return all->value(ownerId);
}

Result<QHash<qint64, QStringList>> TagLinks::getAll(const QList<qint64> &ownerIds) const
{
    QHash<qint64, QStringList> result;
    if (ownerIds.isEmpty())
        return result;
    // Owner ids are integers we produced ourselves, so joining them into the statement is safe.
    QStringList idTexts;
    idTexts.reserve(ownerIds.size());
    for (qint64 id : ownerIds)
        idTexts.append(QString::number(id));
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT l.%2, t.name FROM %1 l JOIN tags t ON t.id = l.tag_id "
                                         "WHERE l.%2 IN (%3) ORDER BY t.name COLLATE NOCASE")
                              .arg(m_linkTable, m_ownerColumn, idTexts.join(u',')),
                          {}, QCoreApplication::translate("Database", "Reading tags"));
    if (!query)
        return query.error();
    while (query->next())
        result[query->value(0).toLongLong()].append(query->value(1).toString());
    return result;
}

Result<QStringList> TagLinks::allTagNames() const
{
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT DISTINCT t.name FROM %1 l JOIN tags t ON t.id = l.tag_id "
                                         "ORDER BY t.name COLLATE NOCASE")
                              .arg(m_linkTable),
                          {}, QCoreApplication::translate("Database", "Reading tags"));
    if (!query)
        return query.error();
    QStringList names;
    while (query->next())
        names.append(query->value(0).toString());
    return names;
}

} // namespace lifeos
