#pragma once

#include "calendar/CalendarRepository.h"
#include "pages/Page.h"

#include <QDate>

class QDateEdit;
class QLabel;
class QShortcut;
class QTabBar;
class QTextBrowser;
class QToolButton;

namespace lifeos {

struct UiContext;
class EventList;

// Calendar: the events of a day or of a week (seven day headings, the locale's first day first), from Google
// Calendar sync, .ics imports or typed in. Alt+Left/Right step a day or a week, Today comes back, Ctrl+Tab
// switches Day and Week; Enter on an event opens its details beside the list (Esc closes them).
class CalendarPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarPage)

public:
    enum class View { Day, Week };

    explicit CalendarPage(UiContext &context, QWidget *parent = nullptr);
    void activate() override;

    View view() const;
    void setView(View view);
    QDate day() const { return m_day; }
    void showDay(const QDate &day);
    // Shows the event's (first local) day in the Day view with the event selected and its details open;
    // false (and a message) when it no longer exists.
    bool openEvent(qint64 id);
    // Reads the events again, keeping the selection (after a sync wrote new ones).
    void reload();

    // The first day of the week that holds `day`, by the locale's first day of the week.
    static QDate weekStart(const QDate &day);

private:
    void step(int direction);
    void showDetails(qint64 id);
    void hideDetails();
    void updateDetails();
    void reloadIfShown();
    void updateStepNames(bool week);

    UiContext &m_context;
    CalendarRepository m_events;
    QDate m_day;
    bool m_detailsOpen = false;
    qint64 m_pendingEvent = 0; // openEvent() while hidden: selected and opened by activate()

    QTabBar *m_viewBar = nullptr;
    QDateEdit *m_dayEdit = nullptr;
    QLabel *m_title = nullptr;
    QToolButton *m_previous = nullptr;
    QToolButton *m_next = nullptr;
    EventList *m_list = nullptr;
    QLabel *m_hint = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailWhen = nullptr;
    QLabel *m_detailWhere = nullptr;
    QLabel *m_detailOrigin = nullptr;
    QTextBrowser *m_detailDescription = nullptr;
    QShortcut *m_closeDetailsShortcut = nullptr;
};

} // namespace lifeos
