#pragma once

#include "calendar/CalendarRepository.h"
#include "pages/Page.h"
#include "UiContext.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace lifeos {

class EventList;
class JournalEditor;
class RelatedPanel;
class TaskListModel;
class TaskListView;

// Today: the day's journal entry, its agenda (calendar events), the tasks due today or overdue, and entries from
// this day in earlier years.
class TodayPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TodayPage)

public:
    explicit TodayPage(UiContext &context, QWidget *parent = nullptr);
    void activate() override;
    // Reads today's events again (after a calendar sync); the rest of the page is left as it is.
    void reloadAgenda();

Q_SIGNALS:
    void openJournalDay(const QDate &day);

private:
    void addTask();
    void reloadOnThisDay();
    void checkDayChange();
    void showDay(const QDate &today);
    void moveEditorToShownDay();

    UiContext &m_context;
    CalendarRepository m_events;
    QDate m_shownDay;
    QLabel *m_title = nullptr;
    EventList *m_agenda = nullptr;
    QLabel *m_agendaEmpty = nullptr;
    QTimer *m_dayWatch = nullptr;
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
