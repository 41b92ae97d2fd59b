#pragma once

#include <QTreeView>

namespace lifeos {

class TaskListModel;

// A list of tasks with a checkbox to complete each. Space completes or reopens the current task,
// F2 or a double click edits a cell, Delete removes the task after asking.
class TaskListView final : public QTreeView {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TaskListView)

public:
    explicit TaskListView(TaskListModel *model, QWidget *parent = nullptr);
    void toggleCurrentDone();
    void deleteCurrent();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    TaskListModel *m_model = nullptr;
};

} // namespace lifeos
