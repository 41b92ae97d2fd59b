#pragma once

#include "pages/Page.h"
#include "UiContext.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QTabBar;
class QTimer;

namespace lifeos {

class TaskListModel;
class TaskListView;

// Tasks: views for open / today / upcoming / overdue / done, inline add, filters, sorting and in-place editing.
class TasksPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TasksPage)

public:
    explicit TasksPage(UiContext &context, QWidget *parent = nullptr);
    void activate() override;
    // Shows the task in a view that holds it (open or done), with filters cleared, and selects it.
    bool selectTask(qint64 id);

private:
    void addTask();
    void applyQuery();
    void reloadTags();
    void updateEmptyHint();

    UiContext &m_context;
    QTabBar *m_views = nullptr;
    QLineEdit *m_newTask = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_tag = nullptr;
    QComboBox *m_sort = nullptr;
    TaskListModel *m_model = nullptr;
    TaskListView *m_view = nullptr;
    QLabel *m_emptyHint = nullptr;
    QTimer *m_filterDelay = nullptr;
};

} // namespace lifeos
