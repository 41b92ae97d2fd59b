#include "storage/TaskRepository.h"

#include "storage/Query.h"
#include "storage/SqlValues.h"

namespace lifeos {

namespace {

const QString kColumns = QStringLiteral(
    "id, title, notes, due_date, due_time, priority, status, category_id, source, raw_input, created_at, updated_at, "
    "completed_at");

Task taskFromRow(const QSqlQuery &row)
{
    Task task;
    task.id = row.value(0).toLongLong();
    task.title = row.value(1).toString();
    task.notes = row.value(2).toString();
    task.dueDate = sql::toDay(row.value(3));
    task.dueTime = sql::toTimeOfDay(row.value(4));
    task.priority = row.value(5).toInt();
    task.status = taskStatusFromString(row.value(6).toString());
    if (!row.value(7).isNull())
        task.categoryId = row.value(7).toLongLong();
    task.source = row.value(8).toString();
    task.rawInput = row.value(9).toString();
    task.createdAt = sql::toInstant(row.value(10));
    task.updatedAt = sql::toInstant(row.value(11));
    task.completedAt = sql::toInstant(row.value(12));
    return task;
}

QString orderFor(TaskSort sort)
{
    const QString byDue = QStringLiteral("due_date IS NULL, due_date, due_time IS NULL, due_time");
    const QString byPriority = QStringLiteral("CASE priority WHEN 0 THEN 5 ELSE priority END");
    switch (sort) {
    case TaskSort::Due: return byDue + u", " + byPriority + u", id";
    case TaskSort::Priority: return byPriority + u", " + byDue + u", id";
    case TaskSort::Title: return QStringLiteral("title COLLATE NOCASE, id");
    case TaskSort::Created: return QStringLiteral("created_at DESC, id DESC");
    case TaskSort::Completed: return QStringLiteral("completed_at DESC, id DESC");
    }
    return QStringLiteral("id");
}

} // namespace

TaskRepository::TaskRepository(Database &database)
    : m_database(database)
    , m_tags(database, QStringLiteral("task_tags"), QStringLiteral("task_id"))
{
}

Result<void> TaskRepository::validate(const Task &task) const
{
    if (task.title.trimmed().isEmpty())
        return Error{ErrorCode::InvalidInput, tr("A task needs a title.")};
    if (task.priority < 0 || task.priority > 4)
        return Error{ErrorCode::InvalidInput, tr("Priority goes from 1 (most urgent) to 4, or none.")};
    if (task.dueTime.isValid() && !task.dueDate.isValid())
        return Error{ErrorCode::InvalidInput, tr("A due time needs a due date.")};
    return {};
}

Result<Task> TaskRepository::add(const Task &input)
{
    if (auto valid = validate(input); !valid)
        return valid.error();
    Task task = input;
    task.tags = TagLinks::normalise(task.tags);
    task.createdAt = task.updatedAt = sql::now();
    if (task.isDone() && !task.completedAt.isValid())
        task.completedAt = task.createdAt;
    if (!task.isDone())
        task.completedAt = {};
    auto written = m_database.write([&]() -> Result<void> {
        auto query = runQuery(m_database,
                              QStringLiteral("INSERT INTO tasks (title, notes, due_date, due_time, priority, status, "
                                             "category_id, source, raw_input, created_at, updated_at, completed_at) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {task.title, task.notes, sql::day(task.dueDate), sql::timeOfDay(task.dueTime),
                               task.priority, taskStatusToString(task.status), sql::optionalId(task.categoryId),
                               task.source, task.rawInput.isEmpty() ? QVariant() : QVariant(task.rawInput),
                               sql::instant(task.createdAt), sql::instant(task.updatedAt),
                               sql::instant(task.completedAt)},
                              tr("Adding the task"));
        if (!query)
            return query.error();
        task.id = query->lastInsertId().toLongLong();
        return m_tags.set(task.id, task.tags);
    });
    if (!written)
        return written.error();
    return task;
}

Result<Task> TaskRepository::update(const Task &input)
{
    if (auto valid = validate(input); !valid)
        return valid.error();
    Task task = input;
    task.tags = TagLinks::normalise(task.tags);
    task.updatedAt = sql::now();
    if (task.isDone() && !task.completedAt.isValid())
        task.completedAt = task.updatedAt;
    if (!task.isDone())
        task.completedAt = {};
    auto written = m_database.write([&]() -> Result<void> {
        auto query = runQuery(m_database,
                              QStringLiteral("UPDATE tasks SET title = ?, notes = ?, due_date = ?, due_time = ?, "
                                             "priority = ?, status = ?, category_id = ?, updated_at = ?, "
                                             "completed_at = ? WHERE id = ?"),
                              {task.title, task.notes, sql::day(task.dueDate), sql::timeOfDay(task.dueTime),
                               task.priority, taskStatusToString(task.status), sql::optionalId(task.categoryId),
                               sql::instant(task.updatedAt), sql::instant(task.completedAt), task.id},
                              tr("Saving the task"));
        if (!query)
            return query.error();
        if (query->numRowsAffected() != 1)
            return Error{ErrorCode::NotFound, tr("The task no longer exists.")};
        return m_tags.set(task.id, task.tags);
    });
    if (!written)
        return written.error();
    return task;
}

Result<void> TaskRepository::remove(qint64 id)
{
    auto query = runQuery(m_database, QStringLiteral("DELETE FROM tasks WHERE id = ?"), {id}, tr("Deleting the task"));
    if (!query)
        return query.error();
    return {};
}

Result<Task> TaskRepository::setDone(qint64 id, bool done, const QDateTime &when)
{
    auto existing = get(id);
    if (!existing)
        return existing.error();
    if (!existing->has_value())
        return Error{ErrorCode::NotFound, tr("The task no longer exists.")};
    Task task = **existing;
    task.status = done ? TaskStatus::Done : TaskStatus::Open;
    task.completedAt = done ? when : QDateTime();
    return update(task);
}

Result<std::optional<Task>> TaskRepository::get(qint64 id) const
{
    auto query = runQuery(m_database, QStringLiteral("SELECT %1 FROM tasks WHERE id = ?").arg(kColumns), {id},
                          tr("Reading the task"));
    if (!query)
        return query.error();
    if (!query->next())
        return std::optional<Task>();
    Task task = taskFromRow(*query);
    auto tags = m_tags.get(task.id);
    if (!tags)
        return tags.error();
    task.tags = *tags;
    return std::optional<Task>(task);
}

QString TaskRepository::whereFor(const TaskQuery &query, QVariantList &values)
{
    QStringList conditions;
    const QVariant today = sql::day(query.today.isValid() ? query.today : QDate::currentDate());
    switch (query.view) {
    case TaskView::Open:
        conditions << QStringLiteral("status = 'open'");
        break;
    case TaskView::Today:
        conditions << QStringLiteral("status = 'open' AND due_date = ?");
        values << today;
        break;
    case TaskView::Upcoming:
        conditions << QStringLiteral("status = 'open' AND due_date > ?");
        values << today;
        break;
    case TaskView::Overdue:
        conditions << QStringLiteral("status = 'open' AND due_date < ?");
        values << today;
        break;
    case TaskView::TodayAndOverdue:
        conditions << QStringLiteral("status = 'open' AND due_date <= ?");
        values << today;
        break;
    case TaskView::Done:
        conditions << QStringLiteral("status = 'done'");
        break;
    }
    if (!query.text.trimmed().isEmpty()) {
        conditions << QStringLiteral(
            "(title LIKE ? ESCAPE '\\' OR notes LIKE ? ESCAPE '\\' OR id IN (SELECT l.task_id FROM task_tags l "
            "JOIN tags t ON t.id = l.tag_id WHERE t.name LIKE ? ESCAPE '\\'))");
        const QString pattern = sql::likePattern(query.text.trimmed());
        values << pattern << pattern << pattern;
    }
    if (!query.tag.isEmpty()) {
        conditions << QStringLiteral(
            "id IN (SELECT l.task_id FROM task_tags l JOIN tags t ON t.id = l.tag_id WHERE t.name = ?)");
        values << query.tag;
    }
    return conditions.join(QStringLiteral(" AND "));
}

Result<QList<Task>> TaskRepository::list(const TaskQuery &taskQuery) const
{
    QVariantList values;
    const QString where = whereFor(taskQuery, values);
    auto query = runQuery(m_database,
                          QStringLiteral("SELECT %1 FROM tasks WHERE %2 ORDER BY %3")
                              .arg(kColumns, where, orderFor(taskQuery.sort)),
                          values, tr("Reading tasks"));
    if (!query)
        return query.error();
    QList<Task> tasks;
    QList<qint64> ids;
    while (query->next()) {
        tasks.append(taskFromRow(*query));
        ids.append(tasks.last().id);
    }
    auto tags = m_tags.getAll(ids);
    if (!tags)
        return tags.error();
    for (Task &task : tasks)
        task.tags = tags->value(task.id);
    return tasks;
}

Result<int> TaskRepository::count(const TaskQuery &taskQuery) const
{
    QVariantList values;
    const QString where = whereFor(taskQuery, values);
    auto query = runQuery(m_database, QStringLiteral("SELECT count(*) FROM tasks WHERE %1").arg(where), values,
                          tr("Counting tasks"));
    if (!query)
        return query.error();
    return query->next() ? query->value(0).toInt() : 0;
}

Result<QStringList> TaskRepository::tags() const
{
    return m_tags.allTagNames();
}

} // namespace lifeos
