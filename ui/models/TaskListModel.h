#pragma once

#include "model/Task.h"
#include "storage/TaskRepository.h"

#include <QAbstractTableModel>
#include <QList>

namespace lifeos {

// Tasks of one view as rows; edits (done, title, due, priority, tags) are written straight to the database.
class TaskListModel final : public QAbstractTableModel {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListModel)

public:
    enum Column { DoneColumn, TitleColumn, DueColumn, PriorityColumn, TagsColumn, ColumnCount };
    enum Role { TaskIdRole = Qt::UserRole + 1 };

    TaskListModel(TaskRepository &tasks, std::function<QDate()> today, QObject *parent = nullptr);

    void setQuery(const TaskQuery &query);
    const TaskQuery &query() const { return m_query; }
    void reload();
    const Task &taskAt(int row) const { return m_rows.at(row); }
    // Deletes the task in the database and drops its row.
    bool removeTaskAt(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString priorityLabel(int priority);

Q_SIGNALS:
    // A change was refused or failed; the message is for the user.
    void errorOccurred(const QString &message);
    // A task changed in a way that may move it to another view (completed, reopened, re-dated).
    void tasksChanged();

private:
    bool save(int row, const Task &task);

    TaskRepository &m_tasks;
    std::function<QDate()> m_today;
    TaskQuery m_query;
    QList<Task> m_rows;
};

} // namespace lifeos
