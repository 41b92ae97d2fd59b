#include "pages/TasksPage.h"

#include "models/TaskListModel.h"
#include "storage/TagLinks.h"
#include "storage/TaskRepository.h"
#include "widgets/TaskListView.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QShortcut>
#include <QTabBar>
#include <QTimer>
#include <QVBoxLayout>

namespace lifeos {

namespace {

struct ViewChoice {
    TaskView view;
    const char *label;
};

// The views in tab order; labels are translated where they are shown.
constexpr ViewChoice kViews[] = {
    {TaskView::Open, QT_TRANSLATE_NOOP("lifeos::TasksPage", "All open")},
    {TaskView::Today, QT_TRANSLATE_NOOP("lifeos::TasksPage", "Today")},
    {TaskView::Upcoming, QT_TRANSLATE_NOOP("lifeos::TasksPage", "Upcoming")},
    {TaskView::Overdue, QT_TRANSLATE_NOOP("lifeos::TasksPage", "Overdue")},
    {TaskView::Done, QT_TRANSLATE_NOOP("lifeos::TasksPage", "Done")},
};

} // namespace

TasksPage::TasksPage(UiContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_views(new QTabBar(this))
    , m_newTask(new QLineEdit(this))
    , m_filter(new QLineEdit(this))
    , m_tag(new QComboBox(this))
    , m_sort(new QComboBox(this))
    , m_model(new TaskListModel(context.tasks, context.today, this))
    , m_view(new TaskListView(m_model, this))
    , m_emptyHint(new QLabel(this))
    , m_filterDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("tasksPage"));
    m_views->setObjectName(QStringLiteral("taskViews"));
    m_newTask->setObjectName(QStringLiteral("newTask"));
    m_filter->setObjectName(QStringLiteral("taskFilter"));
    m_tag->setObjectName(QStringLiteral("taskTagFilter"));
    m_sort->setObjectName(QStringLiteral("taskSort"));
    m_view->setObjectName(QStringLiteral("taskList"));

    for (const ViewChoice &choice : kViews)
        m_views->addTab(tr(choice.label));
    m_views->setDrawBase(false);
    m_views->setAccessibleName(tr("Task views"));
    m_newTask->setPlaceholderText(tr("Add a task and press Enter (Ctrl+N) — #tags work"));
    m_newTask->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter (Ctrl+F)"));
    m_filter->setClearButtonEnabled(true);
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_sort->setAccessibleName(tr("Sort by"));
    m_sort->addItem(tr("Sort by due date"), int(TaskSort::Due));
    m_sort->addItem(tr("Sort by priority"), int(TaskSort::Priority));
    m_sort->addItem(tr("Sort by title"), int(TaskSort::Title));
    m_sort->addItem(tr("Newest first"), int(TaskSort::Created));
    m_sort->addItem(tr("Recently completed"), int(TaskSort::Completed));
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_view->setAccessibleName(tr("Tasks"));

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(200);
    connect(m_filter, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &TasksPage::applyQuery);
    connect(m_views, &QTabBar::currentChanged, this, [this](int index) {
        // Done tasks read best newest-completed first; the other views by due date.
        const TaskSort preferred = kViews[index].view == TaskView::Done ? TaskSort::Completed : TaskSort::Due;
        const QSignalBlocker blocker(m_sort);
        m_sort->setCurrentIndex(m_sort->findData(int(preferred)));
        applyQuery();
    });
    connect(m_tag, &QComboBox::currentIndexChanged, this, &TasksPage::applyQuery);
    connect(m_sort, &QComboBox::currentIndexChanged, this, &TasksPage::applyQuery);
    connect(m_newTask, &QLineEdit::returnPressed, this, &TasksPage::addTask);
    connect(m_model, &TaskListModel::errorOccurred, this, &Page::message);
    connect(m_model, &QAbstractItemModel::modelReset, this, &TasksPage::updateEmptyHint);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &TasksPage::updateEmptyHint);

    addPageShortcut(QKeySequence::New, [this] { m_newTask->setFocus(); });
    addPageShortcut(QKeySequence::Find, [this] { m_filter->setFocus(); });
    // Ctrl+Tab / Ctrl+Shift+Tab move between the views from anywhere on the page.
    const auto stepView = [this](int step) {
        m_views->setCurrentIndex((m_views->currentIndex() + step + m_views->count()) % m_views->count());
    };
    addPageShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab), [stepView] { stepView(1); });
    addPageShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), [stepView] { stepView(-1); });

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 2);
    filters->addWidget(m_tag, 1);
    filters->addWidget(m_sort, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(m_views);
    layout->addWidget(m_newTask);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_emptyHint);
    setTabOrder(m_views, m_newTask);
    setTabOrder(m_newTask, m_filter);
    setTabOrder(m_filter, m_tag);
    setTabOrder(m_tag, m_sort);
    setTabOrder(m_sort, m_view);
    setFocusProxy(m_newTask);
}

void TasksPage::activate()
{
    reloadTags();
    applyQuery();
}

bool TasksPage::selectTask(qint64 id)
{
    auto task = m_context.tasks.get(id);
    if (!task || !task->has_value()) {
        Q_EMIT message(task ? tr("The task no longer exists.") : task.error().message);
        return false;
    }
    const TaskView view = (*task)->completedAt.isValid() ? TaskView::Done : TaskView::Open;
    for (int index = 0; index < int(std::size(kViews)); ++index) {
        if (kViews[index].view == view)
            m_views->setCurrentIndex(index); // re-queries when it changes
    }
    {
        const QSignalBlocker filterBlocker(m_filter);
        const QSignalBlocker tagBlocker(m_tag);
        m_filter->clear();
        m_tag->setCurrentIndex(0);
    }
    m_filterDelay->stop();
    applyQuery();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->taskAt(row).id == id) {
            const QModelIndex index = m_model->index(row, TaskListModel::TitleColumn);
            m_view->setCurrentIndex(index);
            m_view->scrollTo(index);
            m_view->setFocus();
            return true;
        }
    }
    return false;
}

void TasksPage::applyQuery()
{
    TaskQuery query;
    query.view = kViews[qBound(0, m_views->currentIndex(), int(std::size(kViews)) - 1)].view;
    query.text = m_filter->text();
    query.tag = m_tag->currentData().toString();
    query.sort = TaskSort(m_sort->currentData().toInt());
    m_model->setQuery(query);
}

void TasksPage::reloadTags()
{
    const QString current = m_tag->currentData().toString();
    auto tags = m_context.tasks.tags();
    const QSignalBlocker blocker(m_tag);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    if (tags) {
        for (const QString &tag : *tags)
            m_tag->addItem(u'#' + tag, tag);
    }
    m_tag->setCurrentIndex(qMax(0, m_tag->findData(current)));
}

void TasksPage::addTask()
{
    // "#word" in the line becomes a tag; the rest is the title.
    QStringList tags;
    QStringList words;
    for (const QString &word : m_newTask->text().split(u' ', Qt::SkipEmptyParts)) {
        if (word.startsWith(u'#') && word.size() > 1)
            tags.append(word);
        else
            words.append(word);
    }
    Task task;
    task.title = words.join(u' ');
    task.tags = TagLinks::normalise(tags);
    task.rawInput = m_newTask->text();
    if (task.title.isEmpty())
        return;
    const TaskView view = kViews[m_views->currentIndex()].view;
    if (view == TaskView::Today || view == TaskView::Overdue)
        task.dueDate = m_context.today();
    else if (view == TaskView::Upcoming)
        task.dueDate = m_context.today().addDays(1);
    auto added = m_context.tasks.add(task);
    if (!added) {
        Q_EMIT message(added.error().message); // the text stays in the field
        return;
    }
    m_newTask->clear();
    if (view == TaskView::Done || view == TaskView::Overdue)
        m_views->setCurrentIndex(view == TaskView::Done ? 0 : 1); // show where the new task went
    if (!tags.isEmpty())
        reloadTags();
    applyQuery();
}

void TasksPage::updateEmptyHint()
{
    const bool empty = m_model->rowCount() == 0;
    m_emptyHint->setVisible(empty);
    if (!empty)
        return;
    if (!m_filter->text().isEmpty() || !m_tag->currentData().toString().isEmpty()) {
        m_emptyHint->setText(tr("No tasks match the filter."));
        return;
    }
    switch (m_model->query().view) {
    case TaskView::Today: m_emptyHint->setText(tr("Nothing due today.")); break;
    case TaskView::Upcoming: m_emptyHint->setText(tr("Nothing scheduled ahead.")); break;
    case TaskView::Overdue: m_emptyHint->setText(tr("Nothing overdue. Well done.")); break;
    case TaskView::Done: m_emptyHint->setText(tr("Completed tasks will appear here.")); break;
    default: m_emptyHint->setText(tr("No open tasks. Type one above and press Enter.")); break;
    }
}

} // namespace lifeos
