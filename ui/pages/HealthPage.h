#pragma once

#include "health/MetricCatalog.h"
#include "health/MetricRepository.h"
#include "health/WorkoutRepository.h"
#include "pages/Page.h"

#include <functional>
#include <optional>

class QAbstractItemView;
class QComboBox;
class QDateEdit;
class QLabel;
class QMenu;
class QPushButton;
class QSortFilterProxyModel;
class QTabWidget;
class QTableView;

namespace lifeos {

struct UiContext;
class MetricTableModel;
class TimeSeriesChart;
class WorkoutTableModel;

// Health: a day's metrics and workouts (add, edit, delete with undo), a sortable table of everything, and a
// chart of any metric over time. Tabs "Day", "Table" and "Charts" (Ctrl+Tab); each loads when it is shown.
class HealthPage : public Page
{
    Q_OBJECT

public:
    explicit HealthPage(UiContext &context, QWidget *parent = nullptr);
    void activate() override;

    // The day the Day tab shows.
    QDate day() const;
    void showDay(const QDate &day);
    // Where "Export PNG…" writes; the default asks with a QFileDialog (tests answer without one).
    void setExportPathChooser(std::function<QString(const QString &suggestedPath)> chooser);

    void addMetric();
    void addWorkout();

private:
    QWidget *buildDayTab();
    QWidget *buildTableTab();
    QWidget *buildChartTab();
    void reloadDefinitions();
    void reloadDay();
    void reloadTable(bool refreshChoices = true);
    void reloadChartChoices();
    void reloadChart();
    void reloadCurrentTab();
    void updateDayButtons();
    void updateCompareMenu();
    void updateCompareState();

    void editMetric(const Metric &metric);
    void deleteMetric(const Metric &metric);
    void editWorkout(const Workout &workout);
    void deleteWorkout(const Workout &workout);
    void undoDelete();
    void showUndo(const QString &text);
    void exportChart();
    // The rows selected in the Day tab's lists or the table, whichever has focus.
    std::optional<Metric> selectedMetric(QAbstractItemView *view) const;
    std::optional<Workout> selectedWorkout(QAbstractItemView *view) const;
    // After a write: the day again, and the other tabs when next shown.
    void dataChanged();

    UiContext &m_context;
    MetricRepository m_metrics;
    WorkoutRepository m_workouts;
    QList<MetricDefinition> m_definitions;
    QDate m_day;
    bool m_tableStale = true;
    bool m_chartStale = true;
    std::optional<Metric> m_deletedMetric;
    std::optional<Workout> m_deletedWorkout;
    std::function<QString(const QString &)> m_choosePngPath;

    QTabWidget *m_tabs = nullptr;
    // Day
    QDateEdit *m_dayEdit = nullptr;
    QLabel *m_dayTitle = nullptr;
    MetricTableModel *m_dayMetricModel = nullptr;
    WorkoutTableModel *m_dayWorkoutModel = nullptr;
    QTableView *m_dayMetrics = nullptr;
    QTableView *m_dayWorkouts = nullptr;
    QLabel *m_dayMetricsEmpty = nullptr;
    QLabel *m_dayWorkoutsEmpty = nullptr;
    QPushButton *m_editMetric = nullptr;
    QPushButton *m_deleteMetric = nullptr;
    QPushButton *m_editWorkout = nullptr;
    QPushButton *m_deleteWorkout = nullptr;
    QWidget *m_undoBar = nullptr;
    QLabel *m_undoText = nullptr;
    // Table
    QComboBox *m_tableKind = nullptr;
    QComboBox *m_tableFilter = nullptr;
    QLabel *m_tableSummary = nullptr;
    MetricTableModel *m_tableMetricModel = nullptr;
    WorkoutTableModel *m_tableWorkoutModel = nullptr;
    QSortFilterProxyModel *m_tableMetricProxy = nullptr;
    QSortFilterProxyModel *m_tableWorkoutProxy = nullptr;
    QTableView *m_tableMetrics = nullptr;
    QTableView *m_tableWorkouts = nullptr;
    // Charts
    QComboBox *m_chartMetric = nullptr;
    QPushButton *m_compare = nullptr;
    QMenu *m_compareMenu = nullptr;
    QPushButton *m_exportPng = nullptr;
    QLabel *m_chartEmpty = nullptr;
    TimeSeriesChart *m_chart = nullptr;
};

} // namespace lifeos
