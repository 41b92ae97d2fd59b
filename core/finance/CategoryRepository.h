#pragma once

#include "model/Category.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace lifeos {

// Categories of one kind ("expense", "income"; tasks and notes use the same table). Names are unique per
// kind regardless of case.
class CategoryRepository
{
    Q_DECLARE_TR_FUNCTIONS(CategoryRepository)

public:
    explicit CategoryRepository(Database &database);

    Result<QList<Category>> list(const QString &kind) const; // by name
    Result<std::optional<Category>> find(const QString &kind, const QString &name) const;
    // The category with this name (any case), created when missing.
    Result<Category> ensure(const QString &kind, const QString &name);
    Result<Category> add(const Category &category);
    Result<Category> rename(qint64 id, const QString &name);
    Result<void> remove(qint64 id); // transactions keep no category (ON DELETE SET NULL)

private:
    Database &m_database;
};

} // namespace lifeos
