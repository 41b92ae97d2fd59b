#pragma once

#include "model/Task.h"
#include "storage/Database.h"
#include "storage/TagLinks.h"
#include "util/Result.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace lifeos {

enum class TaskView { Open, Today, Upcoming, Overdue, Done, TodayAndOverdue };
enum class TaskSort { Due, Priority, Title, Created, Completed };

struct TaskQuery {
    TaskView view = TaskView::Open;
    QDate today;        // the user's local day, which Today/Upcoming/Overdue are relative to
    QString text;       // matched in title, notes and tags
    QString tag;        // exact tag (case-insensitive)
    TaskSort sort = TaskSort::Due;
};

class TaskRepository {
    Q_DECLARE_TR_FUNCTIONS(TaskRepository)

public:
    explicit TaskRepository(Database &database);

    Result<Task> add(const Task &task);
    Result<Task> update(const Task &task);
    Result<void> remove(qint64 id);
    // Marks done (stamping completed_at with `when`) or reopens.
    Result<Task> setDone(qint64 id, bool done, const QDateTime &when);
    Result<std::optional<Task>> get(qint64 id) const;
    Result<QList<Task>> list(const TaskQuery &query) const;
    Result<int> count(const TaskQuery &query) const;
    Result<QStringList> tags() const;

private:
    Result<void> validate(const Task &task) const;
    static QString whereFor(const TaskQuery &query, QVariantList &values);

    Database &m_database;
    TagLinks m_tags;
};

} // namespace lifeos
