#include "finance/CategoryRepository.h"

#include "storage/Query.h"
#include "storage/SqlValues.h"

#include <QRegularExpression>

namespace lifeos {

namespace {

const QString kSelect = QStringLiteral("SELECT id, name, kind, color FROM categories");

Category categoryFromRow(const QSqlQuery &row)
{
    Category category;
    category.id = row.value(0).toLongLong();
    category.name = row.value(1).toString();
    category.kind = row.value(2).toString();
    category.color = row.value(3).toString();
    return category;
}

bool isKnownKind(const QString &kind)
{
    return kind == u"expense" || kind == u"income" || kind == u"task" || kind == u"note";
}

} // namespace

CategoryRepository::CategoryRepository(Database &database)
    : m_database(database)
{}

Result<QList<Category>> CategoryRepository::list(const QString &kind) const
{
    auto query = runQuery(m_database,
                          kSelect + QStringLiteral(" WHERE kind = ? ORDER BY name COLLATE NOCASE, id"),
                          {kind},
                          tr("Reading categories"));
    if (!query)
        return query.error();
    QList<Category> categories;
    while (query->next())
        categories.append(categoryFromRow(*query));
    return categories;
}

Result<std::optional<Category>> CategoryRepository::find(const QString &kind, const QString &name) const
{
    auto query = runQuery(m_database,
                          kSelect + QStringLiteral(" WHERE kind = ? AND name = ? COLLATE NOCASE"),
                          {kind, name.trimmed()},
                          tr("Reading the category"));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Category>();
    return std::optional<Category>(categoryFromRow(*query));
}

Result<Category> CategoryRepository::ensure(const QString &kind, const QString &name)
{
    Category category;
    auto written = m_database.write([&]() -> Result<void> {
        auto found = find(kind, name);
        if (!found)
            return found.error();
        if (*found) {
            category = **found;
            return {};
        }
        Category wanted;
        wanted.kind = kind;
        wanted.name = name;
        auto added = add(wanted);
        if (!added)
            return added.error();
        category = *added;
        return {};
    });
    if (!written)
        return written.error();
    return category;
}

Result<Category> CategoryRepository::add(const Category &input)
{
    Category category = input;
    category.name = category.name.trimmed();
    if (!isKnownKind(category.kind))
        return Error{ErrorCode::InvalidInput, tr("“%1” is not a kind of category.").arg(category.kind)};
    if (category.name.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The category needs a name.")};
    static const QRegularExpression colorPattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!category.color.isEmpty() && !colorPattern.match(category.color).hasMatch())
        return Error{ErrorCode::InvalidInput,
                     tr("“%1” is not a colour: use the form #rrggbb, such as #3a7bd5.").arg(category.color)};
    auto written = m_database.write([&]() -> Result<void> {
        auto existing = find(category.kind, category.name);
        if (!existing)
            return existing.error();
        if (*existing)
            return Error{ErrorCode::InvalidInput, tr("There is already a category named “%1”.").arg((*existing)->name)};
        auto query =
            runQuery(m_database,
                     QStringLiteral("INSERT INTO categories (name, kind, color, created_at) VALUES (?, ?, ?, ?)"),
                     {category.name,
                      category.kind,
                      category.color.isEmpty() ? QVariant() : QVariant(category.color),
                      sql::instant(sql::now())},
                     tr("Adding the category"));
        if (!query)
            return query.error();
        category.id = query->lastInsertId().toLongLong();
        return {};
    });
    if (!written)
        return written.error();
    return category;
}

Result<Category> CategoryRepository::rename(qint64 id, const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("The category needs a name.")};
    Category category;
    auto written = m_database.write([&]() -> Result<void> {
        auto current =
            runQuery(m_database, kSelect + QStringLiteral(" WHERE id = ?"), {id}, tr("Reading the category"));
        if (!current)
            return current.error();
        if (!current->next())
            return Error{ErrorCode::NotFound, tr("The category no longer exists.")};
        category = categoryFromRow(*current);
        auto clash = runQuery(m_database,
                              QStringLiteral("SELECT name FROM categories WHERE kind = ? AND name = ? COLLATE NOCASE "
                                             "AND id <> ?"),
                              {category.kind, trimmed, id},
                              tr("Reading the category"));
        if (!clash)
            return clash.error();
        if (clash->next())
            return Error{ErrorCode::InvalidInput,
                         tr("There is already a category named “%1”.").arg(clash->value(0).toString())};
        auto query = runQuery(m_database,
                              QStringLiteral("UPDATE categories SET name = ? WHERE id = ?"),
                              {trimmed, id},
                              tr("Renaming the category"));
        if (!query)
            return query.error();
        category.name = trimmed;
        return {};
    });
    if (!written)
        return written.error();
    return category;
}

Result<void> CategoryRepository::remove(qint64 id)
{
    auto query =
        runQuery(m_database, QStringLiteral("DELETE FROM categories WHERE id = ?"), {id}, tr("Deleting the category"));
    if (!query)
        return query.error();
    return {};
}

} // namespace lifeos
