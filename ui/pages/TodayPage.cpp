#include "pages/TodayPage.h"

#include "models/TaskListModel.h"
#include "pages/calendar/EventList.h"
#include "search/RelatedPanel.h"
#include "storage/JournalRepository.h"
#include "storage/TaskRepository.h"
#include "widgets/JournalEditor.h"
#include "widgets/SectionHeader.h"
#include "widgets/TaskListView.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace lifeos {

TodayPage::TodayPage(UiContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_events(context.database)
    , m_title(new QLabel(this))
    , m_agenda(new EventList(this))
    , m_agendaEmpty(new QLabel(tr("Nothing on your calendar today."), this))
    , m_dayWatch(new QTimer(this))
    , m_editor(new JournalEditor(context.journal, this))
    , m_newTask(new QLineEdit(this))
    , m_taskModel(new TaskListModel(context.tasks, context.today, this))
    , m_taskView(new TaskListView(m_taskModel, this))
    , m_tasksEmpty(new QLabel(tr("Nothing due today. Add a task above, or enjoy the free time."), this))
    , m_onThisDay(new QListWidget(this))
    , m_onThisDayEmpty(new QLabel(tr("Entries you write on this date will come back here in the years ahead."), this))
    , m_related(new RelatedPanel(context.search, context.settings, RelatedPanel::Placement::Section, this))
{
    setObjectName(QStringLiteral("todayPage"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_newTask->setObjectName(QStringLiteral("todayNewTask"));
    m_taskView->setObjectName(QStringLiteral("todayTasks"));
    m_onThisDay->setObjectName(QStringLiteral("onThisDay"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setWeight(QFont::DemiBold);
    m_title->setFont(titleFont);

    m_newTask->setPlaceholderText(tr("Add a task for today and press Enter"));
    m_newTask->setClearButtonEnabled(true);
    connect(m_newTask, &QLineEdit::returnPressed, this, &TodayPage::addTask);

    TaskQuery query;
    query.view = TaskView::TodayAndOverdue;
    query.sort = TaskSort::Due;
    m_taskModel->setQuery(query);
    m_taskView->setColumnHidden(TaskListModel::TagsColumn, true);
    m_taskView->setColumnHidden(TaskListModel::PriorityColumn, true);
    m_taskView->setAccessibleName(tr("Tasks due today and overdue"));
    connect(m_taskModel, &TaskListModel::errorOccurred, this, &Page::message);
    connect(m_taskModel, &QAbstractItemModel::modelReset, this,
            [this] {
                m_tasksEmpty->setVisible(m_taskModel->rowCount() == 0);
                m_taskView->setVisible(m_taskModel->rowCount() > 0);
            });

    m_agenda->setObjectName(QStringLiteral("todayAgenda"));
    m_agenda->setAccessibleName(tr("Today's agenda"));
    m_agendaEmpty->setObjectName(QStringLiteral("todayAgendaEmpty"));
    // Enter opens the event on the Calendar page, with its details.
    connect(m_agenda, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        SearchHit hit;
        hit.kind = QStringLiteral("event");
        hit.recordId = item->data(EventList::EventIdRole).toLongLong();
        hit.origin = QStringLiteral("event:%1").arg(hit.recordId);
        hit.title = item->data(EventList::TitleRole).toString();
        hit.day = item->data(EventList::DayRole).toDate();
        Q_EMIT hitChosen(hit);
    });
    // Past midnight the page moves on to the new day by itself (the window may stay open for days); the journal
    // entry follows only when that cannot interrupt the user (see checkDayChange).
    m_dayWatch->setObjectName(QStringLiteral("todayDayWatch"));
    m_dayWatch->setInterval(60 * 1000);
    connect(m_dayWatch, &QTimer::timeout, this, &TodayPage::checkDayChange);
    m_dayWatch->start();

    for (QLabel *hint : {m_tasksEmpty, m_onThisDayEmpty, m_agendaEmpty}) {
        hint->setWordWrap(true);
        hint->setForegroundRole(QPalette::PlaceholderText);
    }
    m_onThisDay->setAccessibleName(tr("On this day in earlier years"));
    m_onThisDay->setWordWrap(true);
    m_onThisDay->setAlternatingRowColors(true);
    connect(m_onThisDay, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT openJournalDay(item->data(Qt::UserRole).toDate()); });
    m_editor->setAccessibleName(tr("Today's journal entry"));
    connect(m_related, &RelatedPanel::hitActivated, this, &Page::hitChosen);
    connect(m_editor, &JournalEditor::saved, this, [this] {
        if (m_editor->entryId() > 0)
            m_related->setOrigin(QStringLiteral("journal:%1").arg(m_editor->entryId()));
        m_related->entrySaved();
    });

    auto *journalColumn = new QVBoxLayout;
    journalColumn->addWidget(new SectionHeader(tr("Journal"), this));
    journalColumn->addWidget(m_editor, 1);

    auto *sideColumn = new QVBoxLayout;
    sideColumn->addWidget(new SectionHeader(tr("Agenda"), this));
    sideColumn->addWidget(m_agenda);
    sideColumn->addWidget(m_agendaEmpty);
    sideColumn->addSpacing(8);
    sideColumn->addWidget(new SectionHeader(tr("Tasks"), this));
    sideColumn->addWidget(m_newTask);
    sideColumn->addWidget(m_taskView, 3);
    sideColumn->addWidget(m_tasksEmpty);
    sideColumn->addSpacing(8);
    sideColumn->addWidget(new SectionHeader(tr("On this day"), this));
    sideColumn->addWidget(m_onThisDay, 2);
    sideColumn->addWidget(m_onThisDayEmpty);
    sideColumn->addSpacing(8);
    sideColumn->addWidget(new SectionHeader(tr("Related to today's entry"), this));
    sideColumn->addWidget(m_related, 1);
    sideColumn->addStretch(); // keeps the sections at the top while their lists are hidden

    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(journalColumn, 3);
    columns->addLayout(sideColumn, 2);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(m_title);
    layout->addSpacing(6);
    layout->addLayout(columns, 1);
    setTabOrder(m_editor, m_agenda);
    setTabOrder(m_agenda, m_newTask);
    setTabOrder(m_newTask, m_taskView);
    setTabOrder(m_taskView, m_onThisDay);
    setTabOrder(m_onThisDay, m_related);
}

void TodayPage::activate()
{
    showDay(m_context.today());
    moveEditorToShownDay();
}

void TodayPage::showDay(const QDate &today)
{
    // Everything but the journal entry, which only reads and cannot lose anything.
    m_shownDay = today;
    m_title->setText(QLocale().toString(today, QLocale::LongFormat));
    reloadAgenda();
    m_taskModel->reload();
    reloadOnThisDay();
}

void TodayPage::moveEditorToShownDay()
{
    m_editor->setDay(m_shownDay); // saves the day it leaves first; the same day is read again
    m_related->setOrigin(m_editor->entryId() > 0 ? QStringLiteral("journal:%1").arg(m_editor->entryId()) : QString());
}

void TodayPage::reloadAgenda()
{
    const QDate today = m_shownDay.isValid() ? m_shownDay : m_context.today();
    const QTimeZone zone = m_context.timeZone();
    m_agenda->clearRows();
    auto events = m_events.onDay(today, zone);
    if (!events) {
        Q_EMIT message(events.error().message);
        events = QList<CalendarEvent>();
    }
    // The repository lists by start, where an event from the night before comes ahead of today's all-day ones;
    // the agenda puts all-day events first, as the Calendar page does.
    std::stable_partition(events->begin(), events->end(), [](const CalendarEvent &event) { return event.allDay; });
    for (const CalendarEvent &event : std::as_const(*events))
        m_agenda->addEvent(event, today, zone);
    const bool empty = events->isEmpty();
    m_agenda->setVisible(!empty);
    m_agendaEmpty->setVisible(empty);
    // Tall enough for five events without scrolling; a busier day scrolls.
    int height = 2 * m_agenda->frameWidth();
    for (int row = 0; row < std::min(5, m_agenda->count()); ++row)
        height += m_agenda->sizeHintForRow(row);
    m_agenda->setFixedHeight(height);
}

void TodayPage::checkDayChange()
{
    if (!isVisible() || !m_shownDay.isValid())
        return;
    if (m_context.today() != m_shownDay)
        showDay(m_context.today());
    // Someone writing at midnight keeps their entry (of the day they started it) while they are in the editor; it
    // moves on once they have left it and its edits are saved, or when the page is shown again (activate).
    if (m_editor->day() == m_shownDay)
        return;
    QWidget *focus = window()->focusWidget();
    const bool editing = focus && (focus == m_editor || m_editor->isAncestorOf(focus));
    if (!editing && m_editor->saveNow())
        moveEditorToShownDay();
}

void TodayPage::addTask()
{
    const QString title = m_newTask->text().trimmed();
    if (title.isEmpty())
        return;
    Task task;
    task.title = title;
    task.dueDate = m_context.today();
    auto added = m_context.tasks.add(task);
    if (!added) {
        Q_EMIT message(added.error().message); // the text stays in the field
        return;
    }
    m_newTask->clear();
    m_taskModel->reload();
}

void TodayPage::reloadOnThisDay()
{
    m_onThisDay->clear();
    auto entries = m_context.journal.onThisDay(m_context.today());
    if (!entries) {
        Q_EMIT message(entries.error().message);
        return;
    }
    const QDate today = m_context.today();
    for (const JournalEntry &entry : *entries) {
        const int years = today.year() - entry.day.year();
        const QString when = tr("%n year(s) ago", nullptr, years);
        auto *item = new QListWidgetItem(when + QStringLiteral(" — ") + JournalRepository::previewOf(entry.body), m_onThisDay);
        item->setData(Qt::UserRole, entry.day);
        item->setToolTip(QLocale().toString(entry.day, QLocale::LongFormat));
    }
    m_onThisDayEmpty->setVisible(entries->isEmpty());
    m_onThisDay->setVisible(!entries->isEmpty());
}

} // namespace lifeos
