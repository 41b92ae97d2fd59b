#include "models/TaskListModel.h"

#include "DisplayFormat.h"
#include "PaletteColors.h"
#include "storage/TagLinks.h"

#include <QColor>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>

namespace lifeos {

TaskListModel::TaskListModel(TaskRepository &tasks, std::function<QDate()> today, QObject *parent)
    : QAbstractTableModel(parent)
    , m_tasks(tasks)
    , m_today(std::move(today))
{
}

void TaskListModel::setQuery(const TaskQuery &query)
{
    m_query = query;
    reload();
}

void TaskListModel::reload()
{
    TaskQuery query = m_query;
    query.today = m_today();
    auto tasks = m_tasks.list(query);
    beginResetModel();
    m_rows = tasks ? *tasks : QList<Task>();
    endResetModel();
    if (!tasks)
        Q_EMIT errorOccurred(tasks.error().message);
}

int TaskListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int TaskListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TaskListModel::priorityLabel(int priority)
{
    return priority == 0 ? QString() : tr("P%1").arg(priority);
}

QVariant TaskListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Task &task = m_rows.at(index.row());
    if (role == TaskIdRole)
        return task.id;
    const QDate today = m_today();
    switch (index.column()) {
    case DoneColumn:
        if (role == Qt::CheckStateRole)
            return task.isDone() ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return task.isDone() ? tr("Done — click to reopen") : tr("Click to mark done");
        if (role == Qt::AccessibleTextRole)
            return task.isDone() ? tr("Done") : tr("Not done");
        break;
    case TitleColumn:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return task.title;
        if (role == Qt::ToolTipRole && !task.notes.isEmpty())
            return task.notes;
        if (role == Qt::FontRole && task.isDone()) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case DueColumn:
        if (role == Qt::EditRole)
            return task.dueDate.isValid() ? task.dueDate : today;
        if (role == Qt::DisplayRole) {
            if (!task.dueDate.isValid())
                return QString();
            QString text = task.dueDate == today               ? tr("Today")
                           : task.dueDate == today.addDays(1)  ? tr("Tomorrow")
                           : task.dueDate == today.addDays(-1) ? tr("Yesterday")
                                                               : QLocale().toString(task.dueDate, QLocale::ShortFormat);
            if (task.dueTime.isValid())
                text += u' ' + shortTime(task.dueTime);
            return text;
        }
        if (role == Qt::ForegroundRole && !task.isDone() && task.dueDate.isValid() && task.dueDate < today)
            return errorColor(QGuiApplication::palette());
        if (role == Qt::ToolTipRole && task.dueDate.isValid() && task.dueDate < today && !task.isDone())
            return tr("Overdue since %1").arg(QLocale().toString(task.dueDate, QLocale::LongFormat));
        break;
    case PriorityColumn:
        if (role == Qt::DisplayRole)
            return priorityLabel(task.priority);
        if (role == Qt::EditRole)
            return task.priority;
        break;
    case TagsColumn:
        if (role == Qt::DisplayRole)
            return task.tags.isEmpty() ? QString() : u'#' + task.tags.join(QStringLiteral("  #"));
        if (role == Qt::EditRole)
            return task.tags.join(QStringLiteral(", "));
        break;
    default:
        break;
    }
    return {};
}

bool TaskListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return false;
    Task task = m_rows.at(index.row());
    if (index.column() == DoneColumn && role == Qt::CheckStateRole) {
        const bool done = value.toInt() == Qt::Checked;
        auto updated = m_tasks.setDone(task.id, done, QDateTime::currentDateTimeUtc());
        if (!updated) {
            Q_EMIT errorOccurred(updated.error().message);
            return false;
        }
        m_rows[index.row()] = *updated;
        Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
        Q_EMIT tasksChanged();
        return true;
    }
    if (role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case TitleColumn:
        if (value.toString().trimmed().isEmpty()) {
            Q_EMIT errorOccurred(tr("A task needs a title; the old one was kept."));
            return false;
        }
        task.title = value.toString().trimmed();
        break;
    case DueColumn:
        task.dueDate = value.toDate();
        if (!task.dueDate.isValid())
            task.dueTime = {};
        break;
    case PriorityColumn:
        task.priority = value.toInt();
        break;
    case TagsColumn:
        task.tags = TagLinks::parse(value.toString());
        break;
    default:
        return false;
    }
    if (!save(index.row(), task))
        return false;
    if (index.column() == DueColumn)
        Q_EMIT tasksChanged();
    return true;
}

bool TaskListModel::save(int row, const Task &task)
{
    auto updated = m_tasks.update(task);
    if (!updated) {
        Q_EMIT errorOccurred(updated.error().message);
        return false;
    }
    m_rows[row] = *updated;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool TaskListModel::removeTaskAt(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    if (auto removed = m_tasks.remove(m_rows.at(row).id); !removed) {
        Q_EMIT errorOccurred(removed.error().message);
        return false;
    }
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT tasksChanged();
    return true;
}

Qt::ItemFlags TaskListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == DoneColumn)
        flags |= Qt::ItemIsUserCheckable;
    else
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant TaskListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DoneColumn: return QString();
    case TitleColumn: return tr("Task");
    case DueColumn: return tr("Due");
    case PriorityColumn: return tr("Priority");
    case TagsColumn: return tr("Tags");
    default: return {};
    }
}

} // namespace lifeos
