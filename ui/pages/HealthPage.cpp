#include "pages/HealthPage.h"

#include "UiContext.h"
#include "analytics/SeriesLoader.h"
#include "charts/TimeSeriesChart.h"
#include "pages/health/HealthFormat.h"
#include "pages/health/MetricEditorDialog.h"
#include "pages/health/MetricTableModel.h"
#include "pages/health/WorkoutEditorDialog.h"
#include "pages/health/WorkoutTableModel.h"
#include "util/Settings.h"
#include "widgets/SectionHeader.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace lifeos {

namespace {

// The table shows at most this many rows at once (newest first); a metric filter shows all of one metric.
constexpr int kTableLimit = 5000;
// The chart overlays the chosen metric and up to this many more.
constexpr int kMaxCompared = 3;

enum class TableKind { Metrics, Workouts };

// The day's lists: rows with room to breathe, Tab leaves the list, no grid.
void setUpList(QTableView *view)
{
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setHighlightSections(false);
}

void setUpTable(QTableView *view, QSortFilterProxyModel *proxy, int dayColumn)
{
    view->setModel(proxy);
    view->setSortingEnabled(true);
    view->sortByColumn(dayColumn, Qt::DescendingOrder);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setShowGrid(false);
    view->setWordWrap(false);
    view->setTabKeyNavigation(false); // Tab leaves the table, as everywhere else on the page
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->horizontalHeader()->setHighlightSections(false);
}

QSortFilterProxyModel *sortingProxy(QAbstractItemModel *source, int sortRole, QObject *parent)
{
    auto *proxy = new QSortFilterProxyModel(parent);
    proxy->setSourceModel(source);
    proxy->setSortRole(sortRole);
    proxy->setSortLocaleAware(true);
    proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    return proxy;
}

// The source row a view's selected (or current) row shows; -1 when none.
int selectedSourceRow(QAbstractItemView *view)
{
    if (!view || !view->selectionModel())
        return -1;
    QModelIndex index = view->selectionModel()->selectedRows().value(0);
    if (!index.isValid())
        return -1;
    if (auto *proxy = qobject_cast<QSortFilterProxyModel *>(view->model()))
        index = proxy->mapToSource(index);
    return index.row();
}

} // namespace

HealthPage::HealthPage(UiContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_metrics(context.database)
    , m_workouts(context.database)
    , m_tabs(new QTabWidget(this))
{
    setObjectName(QStringLiteral("healthPage"));
    m_tabs->setObjectName(QStringLiteral("healthTabs"));
    m_tabs->setDocumentMode(true);
    m_day = m_context.today();
    m_choosePngPath = [this](const QString &suggested) {
        return QFileDialog::getSaveFileName(this, tr("Export chart"), suggested, tr("PNG images (*.png)"));
    };

    m_tabs->addTab(buildDayTab(), tr("&Day"));
    m_tabs->addTab(buildTableTab(), tr("T&able"));
    m_tabs->addTab(buildChartTab(), tr("C&harts"));
    m_tabs->setTabToolTip(0, tr("One day's metrics and workouts"));
    m_tabs->setTabToolTip(1, tr("Every value, sortable and filtered by metric"));
    m_tabs->setTabToolTip(2, tr("A metric over time"));
    connect(m_tabs, &QTabWidget::currentChanged, this, &HealthPage::reloadCurrentTab);

    addPageShortcut(QKeySequence::New, [this] { addMetric(); });
    addPageShortcut(QKeySequence(Qt::CTRL | Qt::Key_M), [this] { addMetric(); });
    addPageShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { addWorkout(); });
    addPageShortcut(QKeySequence::Undo, [this] { undoDelete(); });
    const auto stepTab = [this](int step) {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + step + m_tabs->count()) % m_tabs->count());
    };
    addPageShortcut(QKeySequence(Qt::CTRL | Qt::Key_Tab), [stepTab] { stepTab(1); });
    addPageShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), [stepTab] { stepTab(-1); });
    // Day steps work on every tab: they move the Day tab's date, and show it.
    const auto stepDay = [this](int days) {
        m_tabs->setCurrentIndex(0);
        showDay(m_day.addDays(days));
    };
    addPageShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), [stepDay] { stepDay(-1); });
    addPageShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), [stepDay] { stepDay(1); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 12);
    layout->addWidget(m_tabs);
    setFocusProxy(m_tabs);
}

QWidget *HealthPage::buildDayTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("healthDayTab"));
    m_dayEdit = new QDateEdit(tab);
    m_dayEdit->setObjectName(QStringLiteral("healthDay"));
    m_dayEdit->setCalendarPopup(true);
    m_dayEdit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    m_dayEdit->setAccessibleName(tr("Day"));
    m_dayEdit->setDate(m_day);
    m_dayTitle = new QLabel(tab);
    m_dayTitle->setObjectName(QStringLiteral("healthDayTitle"));
    QFont titleFont = m_dayTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setWeight(QFont::DemiBold);
    m_dayTitle->setFont(titleFont);

    auto *previous = new QToolButton(tab);
    previous->setObjectName(QStringLiteral("healthPreviousDay"));
    previous->setArrowType(Qt::LeftArrow);
    previous->setToolTip(tr("Previous day (Alt+Left)"));
    previous->setAccessibleName(tr("Previous day"));
    auto *next = new QToolButton(tab);
    next->setObjectName(QStringLiteral("healthNextDay"));
    next->setArrowType(Qt::RightArrow);
    next->setToolTip(tr("Next day (Alt+Right)"));
    next->setAccessibleName(tr("Next day"));
    auto *todayButton = new QPushButton(tr("&Today"), tab);
    todayButton->setObjectName(QStringLiteral("healthToday"));
    todayButton->setToolTip(tr("Go to today"));
    connect(previous, &QToolButton::clicked, this, [this] { showDay(m_day.addDays(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { showDay(m_day.addDays(1)); });
    connect(todayButton, &QPushButton::clicked, this, [this] { showDay(m_context.today()); });
    connect(m_dayEdit, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (date != m_day)
            showDay(date);
    });

    auto *dayBar = new QHBoxLayout;
    dayBar->addWidget(previous);
    dayBar->addWidget(m_dayEdit);
    dayBar->addWidget(next);
    dayBar->addWidget(todayButton);
    dayBar->addSpacing(16);
    dayBar->addWidget(m_dayTitle, 1);

    // Metrics: the list, a hint when empty, and the buttons under it.
    m_dayMetricModel = new MetricTableModel(this);
    m_dayMetrics = new QTableView(tab);
    m_dayMetrics->setObjectName(QStringLiteral("healthDayMetrics"));
    m_dayMetrics->setAccessibleName(tr("Metrics of the day"));
    m_dayMetrics->setModel(m_dayMetricModel);
    setUpList(m_dayMetrics);
    m_dayMetrics->setColumnHidden(MetricTableModel::DayColumn, true);
    m_dayMetrics->horizontalHeader()->setSectionResizeMode(MetricTableModel::NameColumn, QHeaderView::Stretch);
    m_dayMetrics->horizontalHeader()->setSectionResizeMode(MetricTableModel::ValueColumn, QHeaderView::ResizeToContents);
    m_dayMetrics->horizontalHeader()->setSectionResizeMode(MetricTableModel::SourceColumn, QHeaderView::ResizeToContents);
    m_dayMetricsEmpty = new QLabel(tr("No metrics on this day. Add one with Ctrl+N."), tab);
    m_dayMetricsEmpty->setObjectName(QStringLiteral("healthDayMetricsEmpty"));

    auto *addMetricButton = new QPushButton(tr("Add &metric…"), tab);
    addMetricButton->setObjectName(QStringLiteral("healthAddMetric"));
    addMetricButton->setToolTip(tr("Log a value for this day (Ctrl+N)"));
    m_editMetric = new QPushButton(tr("&Edit…"), tab);
    m_editMetric->setObjectName(QStringLiteral("healthEditMetric"));
    m_editMetric->setToolTip(tr("Edit the selected value (Enter)"));
    m_deleteMetric = new QPushButton(tr("De&lete"), tab);
    m_deleteMetric->setObjectName(QStringLiteral("healthDeleteMetric"));
    m_deleteMetric->setToolTip(tr("Delete the selected value (Delete); Ctrl+Z brings it back"));
    connect(addMetricButton, &QPushButton::clicked, this, &HealthPage::addMetric);
    connect(m_editMetric, &QPushButton::clicked, this, [this] {
        if (auto metric = selectedMetric(m_dayMetrics))
            editMetric(*metric);
    });
    connect(m_deleteMetric, &QPushButton::clicked, this, [this] {
        if (auto metric = selectedMetric(m_dayMetrics))
            deleteMetric(*metric);
    });

    // Workouts, the same way.
    m_dayWorkoutModel = new WorkoutTableModel(this);
    m_dayWorkouts = new QTableView(tab);
    m_dayWorkouts->setObjectName(QStringLiteral("healthDayWorkouts"));
    m_dayWorkouts->setAccessibleName(tr("Workouts of the day"));
    m_dayWorkouts->setModel(m_dayWorkoutModel);
    setUpList(m_dayWorkouts);
    for (int column : {int(WorkoutTableModel::DayColumn), int(WorkoutTableModel::NotesColumn),
                       int(WorkoutTableModel::SourceColumn)})
        m_dayWorkouts->setColumnHidden(column, true);
    m_dayWorkouts->horizontalHeader()->setSectionResizeMode(WorkoutTableModel::ActivityColumn, QHeaderView::Stretch);
    for (int column : {int(WorkoutTableModel::DurationColumn), int(WorkoutTableModel::DistanceColumn),
                       int(WorkoutTableModel::CaloriesColumn)})
        m_dayWorkouts->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_dayWorkoutsEmpty = new QLabel(tr("No workouts on this day. Add one with Ctrl+Shift+N."), tab);
    m_dayWorkoutsEmpty->setObjectName(QStringLiteral("healthDayWorkoutsEmpty"));

    auto *addWorkoutButton = new QPushButton(tr("Add &workout…"), tab);
    addWorkoutButton->setObjectName(QStringLiteral("healthAddWorkout"));
    addWorkoutButton->setToolTip(tr("Log a workout for this day (Ctrl+Shift+N)"));
    m_editWorkout = new QPushButton(tr("Ed&it…"), tab);
    m_editWorkout->setObjectName(QStringLiteral("healthEditWorkout"));
    m_editWorkout->setToolTip(tr("Edit the selected workout (Enter)"));
    m_deleteWorkout = new QPushButton(tr("Dele&te"), tab);
    m_deleteWorkout->setObjectName(QStringLiteral("healthDeleteWorkout"));
    m_deleteWorkout->setToolTip(tr("Delete the selected workout (Delete); Ctrl+Z brings it back"));
    connect(addWorkoutButton, &QPushButton::clicked, this, &HealthPage::addWorkout);
    connect(m_editWorkout, &QPushButton::clicked, this, [this] {
        if (auto workout = selectedWorkout(m_dayWorkouts))
            editWorkout(*workout);
    });
    connect(m_deleteWorkout, &QPushButton::clicked, this, [this] {
        if (auto workout = selectedWorkout(m_dayWorkouts))
            deleteWorkout(*workout);
    });

    for (QLabel *hint : {m_dayMetricsEmpty, m_dayWorkoutsEmpty}) {
        hint->setWordWrap(true);
        hint->setAlignment(Qt::AlignCenter);
        hint->setForegroundRole(QPalette::PlaceholderText);
        hint->setMinimumHeight(80);
    }

    // Enter or a double-click edits; Delete deletes.
    for (QTableView *view : {m_dayMetrics, m_dayWorkouts}) {
        connect(view, &QTableView::activated, this, [this, view] {
            if (view == m_dayMetrics) {
                if (auto metric = selectedMetric(view))
                    editMetric(*metric);
            } else if (auto workout = selectedWorkout(view)) {
                editWorkout(*workout);
            }
        });
        auto *remove = new QShortcut(QKeySequence::Delete, view, nullptr, nullptr, Qt::WidgetShortcut);
        connect(remove, &QShortcut::activated, this, [this, view] {
            if (view == m_dayMetrics) {
                if (auto metric = selectedMetric(view))
                    deleteMetric(*metric);
            } else if (auto workout = selectedWorkout(view)) {
                deleteWorkout(*workout);
            }
        });
    }
    connect(m_dayMetricModel, &QAbstractItemModel::modelReset, this, &HealthPage::updateDayButtons);
    connect(m_dayWorkoutModel, &QAbstractItemModel::modelReset, this, &HealthPage::updateDayButtons);
    connect(m_dayMetrics->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HealthPage::updateDayButtons);
    connect(m_dayWorkouts->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HealthPage::updateDayButtons);

    const auto column = [tab](const QString &title, QTableView *view, QLabel *empty,
                              std::initializer_list<QPushButton *> buttons) {
        auto *box = new QVBoxLayout;
        box->setSpacing(6);
        box->addWidget(new SectionHeader(title, tab));
        box->addWidget(view, 1);
        box->addWidget(empty, 1);
        auto *row = new QHBoxLayout;
        for (QPushButton *button : buttons)
            row->addWidget(button);
        row->addStretch(1);
        box->addLayout(row);
        return box;
    };
    auto *lists = new QHBoxLayout;
    lists->setSpacing(24);
    lists->addLayout(column(tr("Metrics"), m_dayMetrics, m_dayMetricsEmpty,
                            {addMetricButton, m_editMetric, m_deleteMetric}),
                     1);
    lists->addLayout(column(tr("Workouts"), m_dayWorkouts, m_dayWorkoutsEmpty,
                            {addWorkoutButton, m_editWorkout, m_deleteWorkout}),
                     1);

    // "Deleted … Undo": the way back from a delete, until the next one.
    m_undoBar = new QWidget(tab);
    m_undoBar->setObjectName(QStringLiteral("healthUndoBar"));
    m_undoText = new QLabel(m_undoBar);
    m_undoText->setObjectName(QStringLiteral("healthUndoText"));
    m_undoText->setTextFormat(Qt::PlainText);
    auto *undo = new QPushButton(tr("&Undo"), m_undoBar);
    undo->setObjectName(QStringLiteral("healthUndo"));
    undo->setToolTip(tr("Bring it back (Ctrl+Z)"));
    connect(undo, &QPushButton::clicked, this, &HealthPage::undoDelete);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(m_undoText);
    undoLayout->addWidget(undo);
    undoLayout->addStretch(1);
    m_undoBar->hide();

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->setSpacing(12);
    layout->addLayout(dayBar);
    layout->addLayout(lists, 1);
    layout->addWidget(m_undoBar);
    setTabOrder(previous, m_dayEdit);
    setTabOrder(m_dayEdit, next);
    setTabOrder(next, todayButton);
    setTabOrder(todayButton, m_dayMetrics);
    setTabOrder(m_dayMetrics, addMetricButton);
    setTabOrder(addMetricButton, m_editMetric);
    setTabOrder(m_editMetric, m_deleteMetric);
    setTabOrder(m_deleteMetric, m_dayWorkouts);
    setTabOrder(m_dayWorkouts, addWorkoutButton);
    setTabOrder(addWorkoutButton, m_editWorkout);
    setTabOrder(m_editWorkout, m_deleteWorkout);
    setTabOrder(m_deleteWorkout, undo);
    return tab;
}

QWidget *HealthPage::buildTableTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("healthTableTab"));
    m_tableKind = new QComboBox(tab);
    m_tableKind->setObjectName(QStringLiteral("healthTableKind"));
    m_tableKind->setAccessibleName(tr("Show"));
    m_tableKind->addItem(tr("Metrics"), int(TableKind::Metrics));
    m_tableKind->addItem(tr("Workouts"), int(TableKind::Workouts));
    m_tableFilter = new QComboBox(tab);
    m_tableFilter->setObjectName(QStringLiteral("healthTableFilter"));
    m_tableFilter->setAccessibleName(tr("Filter by metric"));
    m_tableFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tableSummary = new QLabel(tab);
    m_tableSummary->setObjectName(QStringLiteral("healthTableSummary"));
    m_tableSummary->setForegroundRole(QPalette::PlaceholderText);
    auto *kindLabel = new QLabel(tr("&Show:"), tab);
    kindLabel->setBuddy(m_tableKind);
    auto *filterLabel = new QLabel(tr("&Metric:"), tab);
    filterLabel->setBuddy(m_tableFilter);

    m_tableMetricModel = new MetricTableModel(this);
    m_tableWorkoutModel = new WorkoutTableModel(this);
    m_tableMetricProxy = sortingProxy(m_tableMetricModel, MetricTableModel::SortRole, this);
    m_tableWorkoutProxy = sortingProxy(m_tableWorkoutModel, WorkoutTableModel::SortRole, this);
    m_tableMetrics = new QTableView(tab);
    m_tableMetrics->setObjectName(QStringLiteral("healthTableMetrics"));
    m_tableMetrics->setAccessibleName(tr("All metric values"));
    setUpTable(m_tableMetrics, m_tableMetricProxy, MetricTableModel::DayColumn);
    m_tableMetrics->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_tableMetrics->horizontalHeader()->setSectionResizeMode(MetricTableModel::NameColumn, QHeaderView::Stretch);
    m_tableWorkouts = new QTableView(tab);
    m_tableWorkouts->setObjectName(QStringLiteral("healthTableWorkouts"));
    m_tableWorkouts->setAccessibleName(tr("All workouts"));
    setUpTable(m_tableWorkouts, m_tableWorkoutProxy, WorkoutTableModel::DayColumn);
    m_tableWorkouts->horizontalHeader()->setSectionResizeMode(WorkoutTableModel::NotesColumn, QHeaderView::Stretch);
    const int dateWidth = fontMetrics().horizontalAdvance(QLocale().toString(QDate(2026, 12, 28),
                                                                             QLocale::ShortFormat)) + 48;
    m_tableMetrics->setColumnWidth(MetricTableModel::DayColumn, dateWidth);
    m_tableMetrics->setColumnWidth(MetricTableModel::ValueColumn, 160);
    m_tableMetrics->setColumnWidth(MetricTableModel::SourceColumn, 140);
    m_tableWorkouts->setColumnWidth(WorkoutTableModel::DayColumn, dateWidth);
    m_tableWorkouts->setColumnWidth(WorkoutTableModel::ActivityColumn, 160);
    auto *stack = new QStackedWidget(tab);
    stack->addWidget(m_tableMetrics);
    stack->addWidget(m_tableWorkouts);

    connect(m_tableKind, &QComboBox::currentIndexChanged, this, [this, stack, filterLabel](int index) {
        stack->setCurrentIndex(index);
        const bool metrics = TableKind(m_tableKind->currentData().toInt()) == TableKind::Metrics;
        m_tableFilter->setVisible(metrics);
        filterLabel->setVisible(metrics);
        reloadTable();
    });
    connect(m_tableFilter, &QComboBox::currentIndexChanged, this, [this] { reloadTable(false); });
    connect(m_tableMetrics, &QTableView::activated, this, [this] {
        if (auto metric = selectedMetric(m_tableMetrics))
            editMetric(*metric);
    });
    connect(m_tableWorkouts, &QTableView::activated, this, [this] {
        if (auto workout = selectedWorkout(m_tableWorkouts))
            editWorkout(*workout);
    });
    auto *removeMetric = new QShortcut(QKeySequence::Delete, m_tableMetrics, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeMetric, &QShortcut::activated, this, [this] {
        if (auto metric = selectedMetric(m_tableMetrics))
            deleteMetric(*metric);
    });
    auto *removeWorkout = new QShortcut(QKeySequence::Delete, m_tableWorkouts, nullptr, nullptr, Qt::WidgetShortcut);
    connect(removeWorkout, &QShortcut::activated, this, [this] {
        if (auto workout = selectedWorkout(m_tableWorkouts))
            deleteWorkout(*workout);
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(kindLabel);
    bar->addWidget(m_tableKind);
    bar->addSpacing(12);
    bar->addWidget(filterLabel);
    bar->addWidget(m_tableFilter);
    bar->addStretch(1);
    bar->addWidget(m_tableSummary);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(stack, 1);
    return tab;
}

QWidget *HealthPage::buildChartTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("healthChartTab"));
    m_chartMetric = new QComboBox(tab);
    m_chartMetric->setObjectName(QStringLiteral("healthChartMetric"));
    m_chartMetric->setAccessibleName(tr("Metric to chart"));
    m_chartMetric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *metricLabel = new QLabel(tr("&Metric:"), tab);
    metricLabel->setBuddy(m_chartMetric);
    m_compareMenu = new QMenu(tab);
    m_compareMenu->setObjectName(QStringLiteral("healthCompareMenu"));
    m_compare = new QPushButton(tab);
    m_compare->setObjectName(QStringLiteral("healthCompare"));
    m_compare->setText(tr("C&ompare with"));
    m_compare->setToolTip(tr("Draw up to %n more metric(s) on the same chart", nullptr, kMaxCompared));
    m_compare->setMenu(m_compareMenu);
    m_exportPng = new QPushButton(tr("E&xport PNG…"), tab);
    m_exportPng->setObjectName(QStringLiteral("healthExportPng"));
    m_exportPng->setToolTip(tr("Save the chart as an image"));
    m_chart = new TimeSeriesChart(tab);
    m_chart->setObjectName(QStringLiteral("healthChart"));
    m_chartEmpty = new QLabel(tr("Charts appear here once you have logged a metric."), tab);
    m_chartEmpty->setObjectName(QStringLiteral("healthChartEmpty"));
    m_chartEmpty->setAlignment(Qt::AlignCenter);
    m_chartEmpty->setWordWrap(true);
    m_chartEmpty->setForegroundRole(QPalette::PlaceholderText);
    m_chartEmpty->hide();

    connect(m_chartMetric, &QComboBox::currentIndexChanged, this, [this] {
        updateCompareMenu();
        reloadChart();
    });
    connect(m_exportPng, &QPushButton::clicked, this, &HealthPage::exportChart);

    auto *bar = new QHBoxLayout;
    bar->addWidget(metricLabel);
    bar->addWidget(m_chartMetric);
    bar->addWidget(m_compare);
    bar->addStretch(1);
    bar->addWidget(m_exportPng);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 12, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_chartEmpty, 1);
    setTabOrder(m_chartMetric, m_compare);
    setTabOrder(m_compare, m_exportPng);
    setTabOrder(m_exportPng, m_chart);
    return tab;
}

void HealthPage::activate()
{
    reloadDefinitions();
    m_tableStale = true;
    m_chartStale = true;
    reloadDay();
    reloadCurrentTab();
}

QDate HealthPage::day() const
{
    return m_day;
}

void HealthPage::showDay(const QDate &day)
{
    if (!day.isValid())
        return;
    m_day = day;
    m_tabs->setCurrentIndex(0); // the Day tab: whoever asks for a day wants to see it
    reloadDay();
}

void HealthPage::setExportPathChooser(std::function<QString(const QString &)> chooser)
{
    m_choosePngPath = std::move(chooser);
}

void HealthPage::reloadDefinitions()
{
    m_definitions = MetricCatalog::all(m_context.settings);
    m_dayMetricModel->setDefinitions(m_definitions);
    m_tableMetricModel->setDefinitions(m_definitions);
}

void HealthPage::reloadDay()
{
    {
        const QSignalBlocker blocker(m_dayEdit);
        m_dayEdit->setDate(m_day);
    }
    m_dayTitle->setText(HealthFormat::dayTitle(m_day, m_context.today()));
    auto metrics = m_metrics.onDay(m_day);
    if (!metrics) {
        Q_EMIT message(metrics.error().message);
        m_dayMetricModel->setMetrics({});
    } else {
        // The catalog's order (sleep first, weight, …) reads better than the alphabet.
        QList<Metric> sorted = *metrics;
        const auto rank = [this](const QString &name) {
            for (qsizetype i = 0; i < m_definitions.size(); ++i) {
                if (m_definitions.at(i).name == name)
                    return i;
            }
            return m_definitions.size();
        };
        std::stable_sort(sorted.begin(), sorted.end(),
                         [&rank](const Metric &a, const Metric &b) { return rank(a.name) < rank(b.name); });
        m_dayMetricModel->setMetrics(sorted);
    }
    auto workouts = m_workouts.onDay(m_day);
    if (!workouts) {
        Q_EMIT message(workouts.error().message);
        m_dayWorkoutModel->setWorkouts({});
    } else {
        m_dayWorkoutModel->setWorkouts(*workouts);
    }
}

void HealthPage::updateDayButtons()
{
    const bool hasMetrics = m_dayMetricModel->rowCount() > 0;
    const bool hasWorkouts = m_dayWorkoutModel->rowCount() > 0;
    m_dayMetrics->setVisible(hasMetrics);
    m_dayMetricsEmpty->setVisible(!hasMetrics);
    m_dayWorkouts->setVisible(hasWorkouts);
    m_dayWorkoutsEmpty->setVisible(!hasWorkouts);
    const bool metricSelected = selectedSourceRow(m_dayMetrics) >= 0;
    const bool workoutSelected = selectedSourceRow(m_dayWorkouts) >= 0;
    m_editMetric->setEnabled(metricSelected);
    m_deleteMetric->setEnabled(metricSelected);
    m_editWorkout->setEnabled(workoutSelected);
    m_deleteWorkout->setEnabled(workoutSelected);
}

void HealthPage::reloadTable(bool refreshChoices)
{
    m_tableStale = false;
    const bool metrics = TableKind(m_tableKind->currentData().toInt()) == TableKind::Metrics;
    if (!metrics) {
        auto workouts = m_workouts.list();
        if (!workouts) {
            Q_EMIT message(workouts.error().message);
            return;
        }
        m_tableWorkoutModel->setWorkouts(*workouts);
        m_tableSummary->setText(tr("%n workout(s)", nullptr, int(workouts->size())));
        return;
    }
    // The filter's choices: every metric with a value, by label. Choosing one does not change them.
    if (refreshChoices) {
        auto names = m_metrics.names();
        if (!names) {
            Q_EMIT message(names.error().message);
        } else {
            const QString current = m_tableFilter->currentData().toString();
            const QSignalBlocker blocker(m_tableFilter);
            m_tableFilter->clear();
            m_tableFilter->addItem(tr("All metrics"), QString());
            for (const QString &name : std::as_const(*names))
                m_tableFilter->addItem(MetricCatalog::label(name), name);
            m_tableFilter->setCurrentIndex(qMax(0, m_tableFilter->findData(current)));
        }
    }
    MetricFilter filter;
    filter.name = m_tableFilter->currentData().toString();
    filter.limit = kTableLimit + 1; // one more tells whether there are more
    auto rows = m_metrics.list(filter);
    if (!rows) {
        Q_EMIT message(rows.error().message);
        return;
    }
    QList<Metric> shown = *rows;
    const bool more = shown.size() > kTableLimit;
    if (more)
        shown.resize(kTableLimit);
    m_tableMetricModel->setMetrics(shown);
    m_tableSummary->setText(more ? tr("The newest %1 values; choose a metric to see all of its values.")
                                       .arg(QLocale().toString(kTableLimit))
                                 : tr("%n value(s)", nullptr, int(shown.size())));
}

void HealthPage::reloadChartChoices()
{
    const QString current = m_chartMetric->currentData().toString();
    auto names = m_metrics.names();
    if (!names) {
        Q_EMIT message(names.error().message);
        return;
    }
    const QSignalBlocker blocker(m_chartMetric);
    m_chartMetric->clear();
    // Built-ins in the catalog's order, then the rest by name.
    QStringList ordered;
    for (const MetricDefinition &definition : std::as_const(m_definitions)) {
        if (names->contains(definition.name))
            ordered.append(definition.name);
    }
    for (const QString &name : std::as_const(*names)) {
        if (!ordered.contains(name))
            ordered.append(name);
    }
    for (const QString &name : std::as_const(ordered))
        m_chartMetric->addItem(MetricCatalog::label(name), name);
    m_chartMetric->setCurrentIndex(qMax(0, m_chartMetric->findData(current)));
    updateCompareMenu();
}

void HealthPage::updateCompareMenu()
{
    // Keep what is still possible to compare; never the chosen metric with itself.
    QStringList checked;
    for (QAction *action : m_compareMenu->actions()) {
        if (action->isChecked())
            checked.append(action->data().toString());
    }
    m_compareMenu->clear();
    const QString primary = m_chartMetric->currentData().toString();
    for (int i = 0; i < m_chartMetric->count(); ++i) {
        const QString name = m_chartMetric->itemData(i).toString();
        if (name == primary)
            continue;
        QAction *action = m_compareMenu->addAction(m_chartMetric->itemText(i));
        action->setCheckable(true);
        action->setData(name);
        action->setChecked(checked.contains(name));
        // Only the state changes here: rebuilding the menu would delete the action that is signalling.
        connect(action, &QAction::toggled, this, [this] {
            updateCompareState();
            reloadChart();
        });
    }
    updateCompareState();
}

void HealthPage::updateCompareState()
{
    int count = 0;
    for (QAction *action : m_compareMenu->actions())
        count += action->isChecked() ? 1 : 0;
    for (QAction *action : m_compareMenu->actions())
        action->setEnabled(action->isChecked() || count < kMaxCompared);
    m_compare->setEnabled(!m_compareMenu->actions().isEmpty());
    m_compare->setText(count > 0 ? tr("C&ompare with (%1)").arg(count) : tr("C&ompare with"));
}

void HealthPage::reloadChart()
{
    m_chartStale = false;
    QStringList names;
    if (m_chartMetric->currentIndex() >= 0)
        names.append(m_chartMetric->currentData().toString());
    for (QAction *action : m_compareMenu->actions()) {
        if (action->isChecked() && names.size() <= kMaxCompared)
            names.append(action->data().toString());
    }
    const SeriesLoader loader(m_context.database);
    const QDate today = m_context.today();
    QList<ChartSeriesInput> inputs;
    QStringList labels;
    for (const QString &name : std::as_const(names)) {
        auto span = loader.metricSpan(name);
        if (!span) {
            Q_EMIT message(span.error().message);
            continue;
        }
        if (!span->has_value())
            continue;
        const MetricDefinition definition = MetricCatalog::resolve(m_definitions, name);
        auto daily = loader.metric(definition, (*span)->first, std::max((*span)->second, today));
        if (!daily) {
            Q_EMIT message(daily.error().message);
            continue;
        }
        ChartSeriesInput input;
        input.label = MetricCatalog::label(name);
        input.unit = definition.unit;
        input.decimals = definition.decimals;
        input.aggregate = definition.aggregate;
        input.daily = *daily;
        labels.append(input.label);
        inputs.append(input);
    }
    const bool empty = inputs.isEmpty();
    m_chart->setVisible(!empty);
    m_chartEmpty->setVisible(empty);
    m_exportPng->setEnabled(!empty);
    m_chart->setToday(today);
    m_chart->setTitle(labels.join(QStringLiteral(" · ")));
    m_chart->setSeries(inputs);
}

void HealthPage::reloadCurrentTab()
{
    if (m_tabs->currentIndex() == 1 && m_tableStale)
        reloadTable();
    if (m_tabs->currentIndex() == 2 && m_chartStale) {
        reloadChartChoices();
        reloadChart();
    }
}

void HealthPage::dataChanged()
{
    m_tableStale = true;
    m_chartStale = true;
    reloadDay();
    reloadCurrentTab();
}

std::optional<Metric> HealthPage::selectedMetric(QAbstractItemView *view) const
{
    const int row = selectedSourceRow(view);
    const MetricTableModel *model = view == m_dayMetrics ? m_dayMetricModel : m_tableMetricModel;
    if (row < 0 || row >= model->rowCount())
        return std::nullopt;
    return model->metricAt(row);
}

std::optional<Workout> HealthPage::selectedWorkout(QAbstractItemView *view) const
{
    const int row = selectedSourceRow(view);
    const WorkoutTableModel *model = view == m_dayWorkouts ? m_dayWorkoutModel : m_tableWorkoutModel;
    if (row < 0 || row >= model->rowCount())
        return std::nullopt;
    return model->workoutAt(row);
}

void HealthPage::addMetric()
{
    Metric metric;
    metric.day = m_day;
    editMetric(metric);
}

void HealthPage::editMetric(const Metric &metric)
{
    const bool adding = metric.id == 0;
    auto *dialog = new MetricEditorDialog(
        m_context.settings, m_definitions, metric,
        [this, adding](const Metric &edited) -> Result<void> {
            Result<Metric> saved = adding ? m_metrics.add(edited) : m_metrics.update(edited);
            if (!saved)
                return saved.error();
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MetricEditorDialog::metricTypeAdded, this, [this] {
        reloadDefinitions();
        m_chartStale = true;
    });
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        // Show the day the value went to, so the user sees it land.
        m_day = dialog->metric().day;
        dataChanged();
    });
    dialog->open();
}

void HealthPage::deleteMetric(const Metric &metric)
{
    if (auto removed = m_metrics.remove(metric.id); !removed) {
        Q_EMIT message(removed.error().message);
        return;
    }
    m_deletedWorkout.reset();
    m_deletedMetric = metric;
    const MetricDefinition definition = MetricCatalog::resolve(m_definitions, metric.name, metric.unit);
    showUndo(tr("Deleted %1 %2 on %3.")
                 .arg(MetricCatalog::label(metric.name), HealthFormat::metricValue(metric.value, definition),
                      QLocale().toString(metric.day, QLocale::ShortFormat)));
    dataChanged();
}

void HealthPage::addWorkout()
{
    Workout workout;
    workout.day = m_day;
    editWorkout(workout);
}

void HealthPage::editWorkout(const Workout &workout)
{
    const bool adding = workout.id == 0;
    // The user's own activities from the last year, offered after the usual ones.
    QStringList known;
    if (auto recent = m_workouts.list(m_context.today().addYears(-1), {})) {
        for (const Workout &each : std::as_const(*recent)) {
            if (!known.contains(each.activity))
                known.append(each.activity);
        }
    }
    auto *dialog = new WorkoutEditorDialog(
        workout, known,
        [this, adding](const Workout &edited) -> Result<void> {
            Result<Workout> saved = adding ? m_workouts.add(edited) : m_workouts.update(edited);
            if (!saved)
                return saved.error();
            return {};
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_day = dialog->workout().day;
        dataChanged();
    });
    dialog->open();
}

void HealthPage::deleteWorkout(const Workout &workout)
{
    if (auto removed = m_workouts.remove(workout.id); !removed) {
        Q_EMIT message(removed.error().message);
        return;
    }
    m_deletedMetric.reset();
    m_deletedWorkout = workout;
    showUndo(tr("Deleted %1 on %2.")
                 .arg(HealthFormat::workoutSummary(workout), QLocale().toString(workout.day, QLocale::ShortFormat)));
    dataChanged();
}

void HealthPage::showUndo(const QString &text)
{
    m_undoText->setText(text);
    m_undoBar->show();
}

void HealthPage::undoDelete()
{
    if (m_deletedMetric) {
        Metric metric = *m_deletedMetric;
        metric.id = 0;
        // A synced row comes back under its own (source, external id), so the next sync does not add it twice.
        auto restored = metric.externalId.isEmpty() ? m_metrics.add(metric) : m_metrics.upsert(metric);
        if (!restored) {
            Q_EMIT message(restored.error().message);
            return;
        }
    } else if (m_deletedWorkout) {
        Workout workout = *m_deletedWorkout;
        workout.id = 0;
        auto restored = workout.externalId.isEmpty() ? m_workouts.add(workout) : m_workouts.upsert(workout);
        if (!restored) {
            Q_EMIT message(restored.error().message);
            return;
        }
    } else {
        return;
    }
    m_deletedMetric.reset();
    m_deletedWorkout.reset();
    m_undoBar->hide();
    dataChanged();
}

void HealthPage::exportChart()
{
    const QString name = m_chartMetric->currentData().toString();
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString suggested = QDir(folder.isEmpty() ? QDir::homePath() : folder)
                                  .filePath(QStringLiteral("lifeos-%1-%2.png")
                                                .arg(name.isEmpty() ? QStringLiteral("chart") : name,
                                                     m_context.today().toString(Qt::ISODate)));
    QString path = m_choosePngPath ? m_choosePngPath(suggested) : QString();
    if (path.isEmpty())
        return; // cancelled
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    if (!m_chart->exportPng(path))
        Q_EMIT message(tr("Could not write the chart to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace lifeos
