#include "widgets/TaskListView.h"

#include "models/TaskListModel.h"
#include "widgets/TaskDelegates.h"

#include <QHeaderView>
#include <QKeyEvent>
#include <QMessageBox>

namespace lifeos {

TaskListView::TaskListView(TaskListModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
{
    setModel(model);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setAllColumnsShowFocus(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    setItemDelegateForColumn(TaskListModel::PriorityColumn, new PriorityDelegate(this));
    setItemDelegateForColumn(TaskListModel::DueColumn, new DueDateDelegate(this));
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(TaskListModel::DoneColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(TaskListModel::TitleColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(TaskListModel::DueColumn, QHeaderView::Interactive);
    header()->setSectionResizeMode(TaskListModel::PriorityColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(TaskListModel::TagsColumn, QHeaderView::Interactive);
    header()->resizeSection(TaskListModel::DueColumn, fontMetrics().horizontalAdvance(QStringLiteral("Wed 00/00/0000 00:00")));
    header()->resizeSection(TaskListModel::TagsColumn, fontMetrics().horizontalAdvance(QStringLiteral("#family #health")));
}

void TaskListView::toggleCurrentDone()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex check = m_model->index(current.row(), TaskListModel::DoneColumn);
    const bool done = check.data(Qt::CheckStateRole).toInt() == Qt::Checked;
    m_model->setData(check, done ? Qt::Unchecked : Qt::Checked, Qt::CheckStateRole);
}

void TaskListView::deleteCurrent()
{
    const QModelIndex current = currentIndex();
    if (!current.isValid())
        return;
    const QString title = m_model->index(current.row(), TaskListModel::TitleColumn).data().toString();
    const auto answer = QMessageBox::question(this, tr("Delete task"), tr("Delete the task \"%1\"?").arg(title),
                                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        m_model->removeTaskAt(current.row());
}

void TaskListView::keyPressEvent(QKeyEvent *event)
{
    if (state() != QAbstractItemView::EditingState) {
        if (event->key() == Qt::Key_Space) {
            toggleCurrentDone();
            return;
        }
        if (event->key() == Qt::Key_Delete) {
            deleteCurrent();
            return;
        }
    }
    QTreeView::keyPressEvent(event);
}

} // namespace lifeos
