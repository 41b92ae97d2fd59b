#pragma once

#include "model/CalendarEvent.h"

#include <QListWidget>
#include <QTimeZone>

namespace lifeos {

// A list of calendar events, optionally under day headings (the week view), drawn by EventItemDelegate: the
// time on the left ("All day" as a chip), the title, and under it the location and calendar in a muted colour.
// Headings and the empty-day line cannot be selected, so Up/Down move from event to event.
class EventList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EventList)

public:
    enum Role {
        EventIdRole = Qt::UserRole + 1,
        RowKindRole,
        TimeRole,
        TitleRole,
        DetailRole,
        AllDayRole,
        DayRole,
        IsTodayRole,
    };
    enum class RowKind { Event, Header, Empty };

    explicit EventList(QWidget *parent = nullptr);

    void clearRows();
    void addDayHeader(const QDate &day, const QString &text, bool isToday);
    void addEvent(const CalendarEvent &event, const QDate &day, const QTimeZone &zone);
    void addEmptyLine(const QString &text);

    int eventCount() const;
    qint64 currentEventId() const; // 0 when no event is current
    // Makes the first row of the event current and scrolls to it; false when it is not listed.
    bool selectEvent(qint64 id, const QDate &day = {});
    // The width of the time column, fitted to the widest time listed.
    int timeColumnWidth() const { return m_timeWidth; }
    // The accessible texts of the rows (what a screen reader reads), for tests and the agenda.
    QStringList rowTexts() const;

private:
    int m_timeWidth = 0;
};

} // namespace lifeos
