#include "pages/CalendarPage.h"

#include "UiContext.h"
#include "pages/calendar/CalendarFormat.h"
#include "pages/calendar/EventList.h"
#include "pages/calendar/IcsImportTask.h"
#include "storage/Database.h"
#include "pages/health/HealthFormat.h"

#include <QDateEdit>
#include <QDesktopServices>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTabBar>
#include <QTextBrowser>
#include <QTextDocument>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <utility>

namespace lifeos {

namespace {

// All-day first, then what continues from the day before, then by start, then by title.
void sortForDay(QList<CalendarEvent> &events, const QDate &day, const QTimeZone &zone)
{
    std::stable_sort(events.begin(), events.end(), [&day, &zone](const CalendarEvent &a, const CalendarEvent &b) {
        if (a.allDay != b.allDay)
            return a.allDay;
        if (a.allDay)
            return CalendarFormat::title(a).localeAwareCompare(CalendarFormat::title(b)) < 0;
        const bool aEarlier = a.startsAt.toTimeZone(zone).date() < day;
        const bool bEarlier = b.startsAt.toTimeZone(zone).date() < day;
        if (aEarlier != bEarlier)
            return aEarlier;
        if (a.startsAt != b.startsAt)
            return a.startsAt < b.startsAt;
        return CalendarFormat::title(a).localeAwareCompare(CalendarFormat::title(b)) < 0;
    });
}

// Event descriptions come from other people's calendars: their HTML may name images, style sheets or files, which
// must not be fetched or read. Only inline data: URLs load (QTextDocument decodes them when this returns nothing);
// anything else gets an empty resource, which also stops QTextDocument from reading local files by itself.
class DescriptionBrowser final : public QTextBrowser
{
public:
    using QTextBrowser::QTextBrowser;
    QVariant loadResource(int, const QUrl &name) override
    {
        if (name.scheme().compare(u"data", Qt::CaseInsensitive) == 0)
            return {};
        return QByteArray();
    }
};

QLabel *wrappingLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(objectName));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

CalendarPage::CalendarPage(UiContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_events(context.database)
    , m_day(context.today())
    , m_viewBar(new QTabBar(this))
    , m_dayEdit(new QDateEdit(this))
    , m_title(new QLabel(this))
    , m_list(new EventList(this))
    , m_hint(new QLabel(this))
    , m_details(new QFrame(this))
{
    setObjectName(QStringLiteral("calendarPage"));
    m_viewBar->setObjectName(QStringLiteral("calendarView"));
    m_viewBar->setAccessibleName(tr("Show a day or a week"));
    m_viewBar->setDocumentMode(true);
    m_viewBar->setDrawBase(false);
    m_viewBar->addTab(tr("&Day"));
    m_viewBar->addTab(tr("&Week"));
    m_viewBar->setTabToolTip(0, tr("One day's events (Ctrl+Tab switches)"));
    m_viewBar->setTabToolTip(1, tr("Seven days, each with its events (Ctrl+Tab switches)"));
    connect(m_viewBar, &QTabBar::currentChanged, this, [this] { reloadIfShown(); });

    m_dayEdit->setObjectName(QStringLiteral("calendarDay"));
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_dayEdit->setAccessibleName(tr("Day"));
    m_dayEdit->setDate(m_day);
    connect(m_dayEdit, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (date != m_day)
            showDay(date);
    });
    m_title->setObjectName(QStringLiteral("calendarTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    auto *previous = new QToolButton(this);
    m_previous = previous;
    previous->setObjectName(QStringLiteral("calendarPrevious"));
    previous->setArrowType(Qt::LeftArrow);
    auto *next = new QToolButton(this);
    m_next = next;
    next->setObjectName(QStringLiteral("calendarNext"));
    next->setArrowType(Qt::RightArrow);
    auto *todayButton = new QPushButton(tr("&Today"), this);
    todayButton->setObjectName(QStringLiteral("calendarToday"));
    todayButton->setToolTip(tr("Go to today"));
    connect(previous, &QToolButton::clicked, this, [this] { step(-1); });
    connect(next, &QToolButton::clicked, this, [this] { step(1); });
    connect(todayButton, &QPushButton::clicked, this, [this] { showDay(m_context.today()); });
    // The offline alternative to Google sync: any calendar app's .ics export, imported off the GUI thread.
    auto *importButton = new QPushButton(tr("&Import .ics…"), this);
    importButton->setObjectName(QStringLiteral("calendarImportIcs"));
    importButton->setToolTip(tr("Import the events of an .ics file exported from any calendar app"));
    auto *importTask = new IcsImportTask(this);
    connect(importButton, &QPushButton::clicked, this, [this, importTask, importButton] {
        const QString file = QFileDialog::getOpenFileName(this, tr("Import a calendar file"), QString(),
                                                          tr("Calendar files (*.ics);;All files (*)"));
        if (file.isEmpty())
            return;
        IcsImportOptions options;
        options.today = m_context.today();
        options.zone = m_context.timeZone();
        importButton->setEnabled(false);
        Q_EMIT message(tr("Importing %1…").arg(QFileInfo(file).fileName()));
        importTask->start(m_context.database.filePath(), file, options);
    });
    connect(importTask, &IcsImportTask::finished, this, [this, importButton](const QString &text, bool) {
        importButton->setEnabled(true);
        Q_EMIT message(text);
        reload();
    });

    m_list->setObjectName(QStringLiteral("calendarEvents"));
    m_list->setAccessibleName(tr("Events"));
    m_list->setFrameShape(QFrame::NoFrame);
    connect(m_list, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        if (item->data(EventList::RowKindRole).toInt() == int(EventList::RowKind::Event))
            showDetails(item->data(EventList::EventIdRole).toLongLong());
    });
    connect(m_list, &QListWidget::currentItemChanged, this, [this] {
        if (m_detailsOpen)
            updateDetails();
    });
    m_hint->setObjectName(QStringLiteral("calendarHint"));
    m_hint->setWordWrap(true);
    m_hint->setForegroundRole(QPalette::PlaceholderText);
    m_hint->setText(tr("Your calendar is empty. Connect Google Calendar in Settings → Connections, or import an "
                       ".ics file with “lifeos import FILE --format ics”."));
    m_hint->hide();

    // The details panel: what the list has no room for.
    m_details->setObjectName(QStringLiteral("calendarDetails"));
    auto *detailsFrame = static_cast<QFrame *>(m_details);
    detailsFrame->setFrameShape(QFrame::StyledPanel);
    m_details->setAutoFillBackground(true);
    m_details->setBackgroundRole(QPalette::Base);
    m_details->setMinimumWidth(260);
    m_details->setMaximumWidth(380);
    m_detailTitle = wrappingLabel(m_details, "calendarDetailTitle");
    QFont detailTitleFont = m_detailTitle->font();
    detailTitleFont.setPointSizeF(detailTitleFont.pointSizeF() * 1.2);
    detailTitleFont.setWeight(QFont::DemiBold);
    m_detailTitle->setFont(detailTitleFont);
    m_detailWhen = wrappingLabel(m_details, "calendarDetailWhen");
    m_detailWhere = wrappingLabel(m_details, "calendarDetailWhere");
    m_detailOrigin = wrappingLabel(m_details, "calendarDetailOrigin");
    m_detailOrigin->setForegroundRole(QPalette::PlaceholderText);
    m_detailDescription = new DescriptionBrowser(m_details);
    m_detailDescription->setObjectName(QStringLiteral("calendarDetailDescription"));
    m_detailDescription->setAccessibleName(tr("Event description"));
    m_detailDescription->setFrameShape(QFrame::NoFrame);
    // Links open in the browser; never inside the panel, which would read a file: or relative link.
    m_detailDescription->setOpenLinks(false);
    connect(m_detailDescription, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == u"https" || url.scheme() == u"http" || url.scheme() == u"mailto")
            QDesktopServices::openUrl(url);
    });
    m_detailDescription->document()->setDocumentMargin(0);
    m_detailDescription->setPlaceholderText(tr("No description."));
    auto *closeDetails = new QPushButton(tr("&Close details"), m_details);
    closeDetails->setObjectName(QStringLiteral("calendarCloseDetails"));
    closeDetails->setToolTip(tr("Close the details (Esc)"));
    connect(closeDetails, &QPushButton::clicked, this, &CalendarPage::hideDetails);
    auto *detailsLayout = new QVBoxLayout(m_details);
    detailsLayout->setContentsMargins(14, 12, 14, 12);
    detailsLayout->setSpacing(6);
    detailsLayout->addWidget(m_detailTitle);
    detailsLayout->addWidget(m_detailWhen);
    detailsLayout->addWidget(m_detailWhere);
    detailsLayout->addWidget(m_detailOrigin);
    detailsLayout->addSpacing(4);
    detailsLayout->addWidget(m_detailDescription, 1);
    detailsLayout->addWidget(closeDetails, 0, Qt::AlignRight);
    m_details->hide();

    const auto switchView = [this] { m_viewBar->setCurrentIndex(1 - m_viewBar->currentIndex()); };
    addPageShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab), switchView);
    addPageShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), switchView);
    addPageShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { step(-1); });
    addPageShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), [this] { step(1); });
    // Only while the details are open, so Esc keeps its meaning elsewhere.
    m_closeDetailsShortcut = addPageShortcut(QKeySequence(Qt::Key_Escape), [this] { hideDetails(); });
    m_closeDetailsShortcut->setEnabled(false);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_viewBar);
    bar->addSpacing(16);
    bar->addWidget(previous);
    bar->addWidget(m_dayEdit);
    bar->addWidget(next);
    bar->addWidget(todayButton);
    bar->addSpacing(16);
    bar->addWidget(m_title, 1);
    bar->addWidget(importButton);

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_hint);
    listColumn->addWidget(m_list, 1);
    auto *body = new QHBoxLayout;
    body->setSpacing(16);
    body->addLayout(listColumn, 1);
    body->addWidget(m_details);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 12);
    layout->addLayout(bar);
    layout->addSpacing(6);
    layout->addLayout(body, 1);
    setTabOrder(m_viewBar, previous);
    setTabOrder(previous, m_dayEdit);
    setTabOrder(m_dayEdit, next);
    setTabOrder(next, todayButton);
    setTabOrder(todayButton, m_list);
    setTabOrder(m_list, m_detailDescription);
    setTabOrder(m_detailDescription, closeDetails);
    setFocusProxy(m_list);
}

void CalendarPage::activate()
{
    reload();
    // Asked for while the page was hidden (a search hit): opened now, in the one load activate() does.
    if (const qint64 id = std::exchange(m_pendingEvent, 0); id > 0) {
        m_list->selectEvent(id, m_day);
        showDetails(id);
    }
}

void CalendarPage::reloadIfShown()
{
    // A hidden page is read when it is next shown (activate), not twice on the way there.
    if (isVisible())
        reload();
}

void CalendarPage::updateStepNames(bool week)
{
    m_previous->setAccessibleName(week ? tr("Previous week") : tr("Previous day"));
    m_previous->setToolTip(week ? tr("Previous week (Alt+Left)") : tr("Previous day (Alt+Left)"));
    m_next->setAccessibleName(week ? tr("Next week") : tr("Next day"));
    m_next->setToolTip(week ? tr("Next week (Alt+Right)") : tr("Next day (Alt+Right)"));
}

CalendarPage::View CalendarPage::view() const
{
    return m_viewBar->currentIndex() == 1 ? View::Week : View::Day;
}

void CalendarPage::setView(View view)
{
    m_viewBar->setCurrentIndex(view == View::Week ? 1 : 0); // reloads through currentChanged
}

void CalendarPage::showDay(const QDate &day)
{
    if (!day.isValid())
        return;
    m_day = day;
    m_pendingEvent = 0;
    reloadIfShown();
}

QDate CalendarPage::weekStart(const QDate &day)
{
    const int first = int(QLocale().firstDayOfWeek());
    return day.addDays(-((day.dayOfWeek() - first + 7) % 7));
}

void CalendarPage::step(int direction)
{
    showDay(m_day.addDays(direction * (view() == View::Week ? 7 : 1)));
}

void CalendarPage::reload()
{
    const qint64 selected = m_list->currentEventId();
    const QDate selectedDay = m_list->currentItem() ? m_list->currentItem()->data(EventList::DayRole).toDate() : QDate();
    {
        const QSignalBlocker blocker(m_dayEdit);
        m_dayEdit->setDate(m_day);
    }
    const QDate today = m_context.today();
    const QTimeZone zone = m_context.timeZone();
    const bool week = view() == View::Week;
    updateStepNames(week);
    const QDate first = week ? weekStart(m_day) : m_day;
    const QDate last = week ? first.addDays(6) : m_day;
    m_title->setText(week ? CalendarFormat::weekTitle(first, today) : HealthFormat::dayTitle(m_day, today));

    const QSignalBlocker blocker(m_list);
    m_list->clearRows();
    auto events = m_events.between(first, last, zone);
    if (!events) {
        Q_EMIT message(events.error().message);
        m_list->addEmptyLine(tr("The events could not be read."));
        return;
    }
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        QList<CalendarEvent> onDay;
        for (const CalendarEvent &event : std::as_const(*events)) {
            const auto [from, to] = CalendarFormat::localDays(event, zone);
            if (from <= day && day <= to)
                onDay.append(event);
        }
        sortForDay(onDay, day, zone);
        if (week) {
            QString heading = CalendarFormat::dayHeading(day);
            if (day == today)
                heading = tr("Today · %1").arg(heading);
            m_list->addDayHeader(day, heading, day == today);
        }
        for (const CalendarEvent &event : std::as_const(onDay))
            m_list->addEvent(event, day, zone);
        if (onDay.isEmpty())
            m_list->addEmptyLine(week ? tr("Nothing planned") : tr("Nothing on your calendar this day."));
    }
    // Once, while there is nothing at all: where events come from.
    const auto total = m_events.count();
    m_hint->setVisible(total && *total == 0);
    // The same event again; else the first of the day asked for, so Up/Down start where the user looks.
    if (selected <= 0 || !m_list->selectEvent(selected, selectedDay)) {
        for (int row = 0; row < m_list->count(); ++row) {
            QListWidgetItem *item = m_list->item(row);
            if (item->data(EventList::RowKindRole).toInt() == int(EventList::RowKind::Event)
                && item->data(EventList::DayRole).toDate() == m_day) {
                m_list->setCurrentItem(item);
                break;
            }
        }
    }
    if (m_detailsOpen)
        updateDetails();
}

bool CalendarPage::openEvent(qint64 id)
{
    auto event = m_events.get(id);
    if (!event || !event->has_value()) {
        Q_EMIT message(event ? tr("That event is no longer in your calendar.") : event.error().message);
        return false;
    }
    const auto [first, last] = CalendarFormat::localDays(**event, m_context.timeZone());
    m_day = first;
    {
        const QSignalBlocker blocker(m_viewBar);
        m_viewBar->setCurrentIndex(0);
    }
    if (!isVisible()) {
        m_pendingEvent = id;
        return true;
    }
    reload();
    m_list->selectEvent(id, first);
    showDetails(id);
    return true;
}

void CalendarPage::showDetails(qint64 id)
{
    if (id <= 0)
        return;
    if (m_list->currentEventId() != id)
        m_list->selectEvent(id);
    m_detailsOpen = true;
    m_closeDetailsShortcut->setEnabled(true);
    m_details->show();
    updateDetails();
}

void CalendarPage::hideDetails()
{
    m_detailsOpen = false;
    m_closeDetailsShortcut->setEnabled(false);
    m_details->hide();
    m_list->setFocus();
}

void CalendarPage::updateDetails()
{
    const qint64 id = m_list->currentEventId();
    auto event = id > 0 ? m_events.get(id) : Result<std::optional<CalendarEvent>>(std::optional<CalendarEvent>());
    if (!event || !event->has_value()) {
        m_detailTitle->setText(tr("No event chosen"));
        m_detailWhen->setText(tr("Choose an event in the list to see its details."));
        m_detailWhere->hide();
        m_detailOrigin->hide();
        m_detailDescription->clear();
        return;
    }
    const CalendarEvent &shown = **event;
    const QTimeZone zone = m_context.timeZone();
    m_detailTitle->setText(CalendarFormat::title(shown));
    QString when = CalendarFormat::when(shown, zone);
    if (!shown.allDay && !shown.timeZone.isEmpty() && QTimeZone(shown.timeZone.toUtf8()).isValid()
        && QTimeZone(shown.timeZone.toUtf8()) != zone)
        when += QLatin1Char('\n') + tr("Written in the time zone %1").arg(shown.timeZone);
    if (shown.status == u"tentative")
        when += QLatin1Char('\n') + tr("Tentative");
    m_detailWhen->setText(when);
    m_detailWhere->setText(shown.location.trimmed());
    m_detailWhere->setVisible(!shown.location.trimmed().isEmpty());
    m_detailOrigin->setText(CalendarFormat::origin(shown));
    m_detailOrigin->show();
    // Google descriptions may hold simple HTML; .ics and typed ones are plain text.
    if (Qt::mightBeRichText(shown.description))
        m_detailDescription->setHtml(shown.description);
    else
        m_detailDescription->setPlainText(shown.description);
}

} // namespace lifeos
