#pragma once

#include "analytics/DailySeries.h"
#include "charts/ChartRange.h"
#include "health/MetricCatalog.h"

#include <QWidget>

class QChart;
class QChartView;

namespace lifeos {

class RangeSelector;

// One line of a time-series chart: a metric (or spending) per day.
struct ChartSeriesInput
{
    QString label;  // translated, shown in the legend and tooltips
    QString unit;   // shown in tooltips and on the axis
    int decimals = 1;
    MetricAggregate aggregate = MetricAggregate::Mean;
    DailySeries daily;
};

// A time-series chart with a range selector (7 d … all). Daily points up to 120 days, weekly or monthly
// buckets beyond; missing days break the line (never drawn as zero). With one series it also shows the 7-day
// moving average and the 90-day baseline band (mean ± sd). Hover or the arrow keys show a point's exact value
// and date; Home/End jump to the ends. Follows the palette, so it reads in light and dark themes.
class TimeSeriesChart : public QWidget
{
    Q_OBJECT

public:
    explicit TimeSeriesChart(QWidget *parent = nullptr);
    ~TimeSeriesChart() override;

    void setToday(const QDate &today);
    void setTitle(const QString &title);
    void setSeries(const QList<ChartSeriesInput> &series);
    void setRange(ChartRange range);
    ChartRange range() const;

    QChart *chart() const;
    // The point the keyboard cursor is on, as the tooltip shows it ("12 Mar 2025 · Sleep 7.4 h"); empty if none.
    QString cursorText() const;
    // Renders at the widget's size (or 1200×600 when hidden) to a PNG file.
    bool exportPng(const QString &filePath);

Q_SIGNALS:
    void rangeChanged(lifeos::ChartRange range);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void rebuild();

    struct Private;
    Private *d;
};

} // namespace lifeos
