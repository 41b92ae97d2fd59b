#include "pages/calendar/EventList.h"

#include "pages/calendar/CalendarFormat.h"
#include "pages/calendar/EventItemDelegate.h"

#include <QFontMetrics>

namespace lifeos {

EventList::EventList(QWidget *parent)
    : QListWidget(parent)
{
    setItemDelegate(new EventItemDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setUniformItemSizes(false);
    setMouseTracking(true);
    clearRows();
}

void EventList::clearRows()
{
    clear();
    // Wide enough for the usual "10:30–11:30" in the locale's format; longer texts wrap onto the second line.
    const QString sample = CalendarFormat::timeRange(
        [] {
            CalendarEvent event;
            event.startsAt = QDateTime(QDate(2026, 1, 1), QTime(10, 30), QTimeZone::utc());
            event.endsAt = event.startsAt.addSecs(3600);
            return event;
        }(),
        QDate(2026, 1, 1), QTimeZone::utc());
    m_timeWidth = std::max(fontMetrics().horizontalAdvance(sample), fontMetrics().horizontalAdvance(tr("All day")) + 12)
        + 8;
}

void EventList::addDayHeader(const QDate &day, const QString &text, bool isToday)
{
    auto *item = new QListWidgetItem(text, this);
    item->setData(RowKindRole, int(RowKind::Header));
    item->setData(DayRole, day);
    item->setData(IsTodayRole, isToday);
    // Not enabled: keyboard moves skip it, and it cannot be selected or activated.
    item->setFlags(Qt::NoItemFlags);
}

void EventList::addEvent(const CalendarEvent &event, const QDate &day, const QTimeZone &zone)
{
    const QString time = CalendarFormat::timeRange(event, day, zone);
    const QString title = CalendarFormat::title(event);
    QStringList details;
    if (!event.location.trimmed().isEmpty())
        details.append(event.location.trimmed());
    details.append(CalendarFormat::origin(event));
    if (event.status == u"tentative")
        details.append(tr("tentative"));
    auto *item = new QListWidgetItem(CalendarFormat::agendaLine(event, day, zone), this);
    item->setData(RowKindRole, int(RowKind::Event));
    item->setData(EventIdRole, event.id);
    item->setData(TimeRole, time);
    item->setData(TitleRole, title);
    item->setData(DetailRole, details.join(QStringLiteral(" · ")));
    item->setData(AllDayRole, event.allDay);
    item->setData(DayRole, day);
    item->setToolTip(CalendarFormat::when(event, zone));
}

void EventList::addEmptyLine(const QString &text)
{
    auto *item = new QListWidgetItem(text, this);
    item->setData(RowKindRole, int(RowKind::Empty));
    item->setFlags(Qt::NoItemFlags);
}

int EventList::eventCount() const
{
    int events = 0;
    for (int row = 0; row < count(); ++row)
        events += item(row)->data(RowKindRole).toInt() == int(RowKind::Event) ? 1 : 0;
    return events;
}

qint64 EventList::currentEventId() const
{
    const QListWidgetItem *current = currentItem();
    if (!current || current->data(RowKindRole).toInt() != int(RowKind::Event) || !current->isSelected())
        return 0;
    return current->data(EventIdRole).toLongLong();
}

bool EventList::selectEvent(qint64 id, const QDate &day)
{
    // A multi-day event is listed under each of its days: the one asked for, else the first.
    if (day.isValid() && selectEvent(id, QDate()) && currentItem()->data(DayRole).toDate() == day)
        return true;
    for (int row = 0; row < count(); ++row) {
        QListWidgetItem *candidate = item(row);
        if (candidate->data(RowKindRole).toInt() == int(RowKind::Event)
            && candidate->data(EventIdRole).toLongLong() == id
            && (!day.isValid() || candidate->data(DayRole).toDate() == day)) {
            setCurrentItem(candidate);
            candidate->setSelected(true);
            scrollToItem(candidate, QAbstractItemView::PositionAtCenter);
            return true;
        }
    }
    return false;
}

QStringList EventList::rowTexts() const
{
    QStringList texts;
    for (int row = 0; row < count(); ++row)
        texts.append(item(row)->text());
    return texts;
}

} // namespace lifeos
