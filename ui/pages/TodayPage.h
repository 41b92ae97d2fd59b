#pragma once

#include "pages/Page.h"
#include "UiContext.h"

class QLabel;
class QLineEdit;
class QListWidget;

namespace lifeos {

class JournalEditor;
class RelatedPanel;
class TaskListModel;
class TaskListView;

// Today: the day's journal entry, the tasks due today or overdue, and entries from this day in earlier years.
class TodayPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayPage)

public:
    explicit TodayPage(UiContext &context, QWidget *parent = nullptr);
    void activate() override;

Q_SIGNALS:
    void openJournalDay(const QDate &day);

private:
    void addTask();
    void reloadOnThisDay();

    UiContext &m_context;
    QLabel *m_title = nullptr;
    JournalEditor *m_editor = nullptr;
    QLineEdit *m_newTask = nullptr;
    TaskListModel *m_taskModel = nullptr;
    TaskListView *m_taskView = nullptr;
    QLabel *m_tasksEmpty = nullptr;
    QListWidget *m_onThisDay = nullptr;
    QLabel *m_onThisDayEmpty = nullptr;
    RelatedPanel *m_related = nullptr;
};

} // namespace lifeos
