#include "charts/TimeSeriesChart.h"

#include "charts/ChartTheme.h"
#include "charts/ChartView.h"
#include "charts/RangeSelector.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLocale>
#include <QMap>
#include <QScatterSeries>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>
#include <limits>

namespace lifeos {

namespace {

constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;

// Charts place a day at its local midnight (DST days are 23 or 25 hours long, which is right on a time axis).
double dayX(const QDate &day)
{
    return double(day.startOfDay().toMSecsSinceEpoch());
}

QDate nextBucket(const QDate &start, BucketSize size)
{
    switch (size) {
    case BucketSize::Day:
        return start.addDays(1);
    case BucketSize::Week:
        return start.addDays(7);
    case BucketSize::Month:
        break;
    }
    return start.addMonths(1);
}

struct Point
{
    QDate day;
    double value = 0;
};

// Present points split where a day (or bucket) is missing: each run is one line segment.
QList<QList<Point>> runsOf(const QList<std::pair<QDate, std::optional<double>>> &sequence, BucketSize size)
{
    QList<QList<Point>> runs;
    QList<Point> current;
    QDate expected;
    for (const auto &[day, value] : sequence) {
        if (!value || !std::isfinite(*value) || (!current.isEmpty() && day != expected)) {
            if (!current.isEmpty())
                runs.append(std::exchange(current, {}));
        }
        if (value && std::isfinite(*value))
            current.append({day, *value});
        expected = nextBucket(day, size);
    }
    if (!current.isEmpty())
        runs.append(current);
    return runs;
}

QList<QPointF> toPoints(const QList<Point> &run)
{
    QList<QPointF> points;
    points.reserve(run.size());
    for (const Point &p : run)
        points.append(QPointF(dayX(p.day), p.value));
    return points;
}

} // namespace

struct TimeSeriesChart::Private
{
    QChart *chart = nullptr;
    ChartView *view = nullptr;
    RangeSelector *selector = nullptr;
    QLabel *cursorLabel = nullptr;
    QDateTimeAxis *axisX = nullptr;
    QValueAxis *axisY = nullptr;
    QScatterSeries *cursorMarker = nullptr;

    QList<ChartSeriesInput> inputs;
    QDate today = QDate::currentDate();
    ChartRange range = ChartRange::Month;
    BucketSize bucket = BucketSize::Day;

    // What is drawn, by input: the value of each shown day or bucket start, and the 7-day average (one input).
    QList<QMap<QDate, double>> shown;
    QMap<QDate, double> average;
    QList<QDate> cursorDays; // every x that has a value, in order
    int cursor = -1;
    QString hint;

    QString dayText(const QDate &day) const;
    QString valueText(int input, double value) const;
    QString textAt(const QDate &day) const;
    void updateCursor(bool showTip);
};

QString TimeSeriesChart::Private::dayText(const QDate &day) const
{
    const QLocale locale;
    switch (bucket) {
    case BucketSize::Day:
        break;
    case BucketSize::Week:
        return TimeSeriesChart::tr("Week of %1").arg(locale.toString(day, TimeSeriesChart::tr("d MMM yyyy")));
    case BucketSize::Month:
        return locale.toString(day, TimeSeriesChart::tr("MMMM yyyy"));
    }
    return locale.toString(day, TimeSeriesChart::tr("d MMM yyyy"));
}

QString TimeSeriesChart::Private::valueText(int input, double value) const
{
    const ChartSeriesInput &in = inputs[input];
    const QString number = QLocale().toString(value, 'f', std::max(0, in.decimals));
    if (in.unit.isEmpty())
        return number;
    // "7.4 h", but "8/10" for a score out of ten.
    return in.unit.startsWith(u'/') ? QString(number + in.unit) : QString(number + u' ' + in.unit);
}

QString TimeSeriesChart::Private::textAt(const QDate &day) const
{
    QStringList parts{dayText(day)};
    for (int i = 0; i < shown.size(); ++i) {
        const auto it = shown[i].constFind(day);
        if (it != shown[i].cend())
            parts.append(inputs[i].label + u' ' + valueText(i, *it));
    }
    const auto avg = average.constFind(day);
    if (avg != average.cend())
        parts.append(TimeSeriesChart::tr("7-day average %1").arg(valueText(0, *avg)));
    return parts.join(QStringLiteral(" · "));
}

void TimeSeriesChart::Private::updateCursor(bool showTip)
{
    QList<QPointF> marks;
    if (cursor >= 0 && cursor < cursorDays.size()) {
        const QDate day = cursorDays[cursor];
        for (const QMap<QDate, double> &values : std::as_const(shown)) {
            const auto it = values.constFind(day);
            if (it != values.cend())
                marks.append(QPointF(dayX(day), *it));
        }
        const QString text = textAt(day);
        cursorLabel->setText(text);
        cursorLabel->setAccessibleDescription(text);
        if (showTip && cursorMarker && !marks.isEmpty() && view->isVisible())
            view->showTip(view->viewPosition(marks.first(), cursorMarker), text);
    } else {
        cursorLabel->setText(hint);
        cursorLabel->setAccessibleDescription(QString());
        view->hideTip();
    }
    if (cursorMarker)
        cursorMarker->replace(marks);
}

TimeSeriesChart::TimeSeriesChart(QWidget *parent)
    : QWidget(parent)
    , d(new Private)
{
    setObjectName(QStringLiteral("timeSeriesChart"));
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Chart"));

    d->chart = new QChart;
    d->chart->legend()->setAlignment(Qt::AlignBottom);
    d->axisX = new QDateTimeAxis(d->chart);
    d->axisY = new QValueAxis(d->chart);
    d->chart->addAxis(d->axisX, Qt::AlignBottom);
    d->chart->addAxis(d->axisY, Qt::AlignLeft);
    d->view = new ChartView(d->chart, this);
    d->selector = new RangeSelector(this);
    d->selector->setRange(d->range);
    d->cursorLabel = new QLabel(this);
    d->cursorLabel->setObjectName(QStringLiteral("chartCursor"));
    d->cursorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    d->cursorLabel->setWordWrap(true);
    d->hint = tr("Hover a point, or use ← → Home End for exact values; Alt+1…5 change the range.");

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(d->selector);
    layout->addWidget(d->view, 1);
    layout->addWidget(d->cursorLabel);

    connect(d->selector, &RangeSelector::rangeSelected, this, &TimeSeriesChart::setRange);
    connect(d->view, &ChartView::restyled, this, [this] {
        if (d->cursorMarker) {
            d->cursorMarker->setColor(palette().color(QPalette::Base));
            d->cursorMarker->setBorderColor(palette().color(QPalette::Text));
        }
    });
    rebuild();
}

TimeSeriesChart::~TimeSeriesChart()
{
    delete d;
}

void TimeSeriesChart::setToday(const QDate &today)
{
    d->today = today;
    rebuild();
}

void TimeSeriesChart::setTitle(const QString &title)
{
    d->chart->setTitle(title);
    setAccessibleName(title);
}

void TimeSeriesChart::setSeries(const QList<ChartSeriesInput> &series)
{
    d->inputs = series;
    rebuild();
}

void TimeSeriesChart::setRange(ChartRange range)
{
    if (range == d->range)
        return;
    d->range = range;
    d->selector->setRange(range);
    rebuild();
    Q_EMIT rangeChanged(range);
}

ChartRange TimeSeriesChart::range() const
{
    return d->range;
}

QChart *TimeSeriesChart::chart() const
{
    return d->chart;
}

QString TimeSeriesChart::cursorText() const
{
    if (d->cursor < 0 || d->cursor >= d->cursorDays.size())
        return {};
    return d->textAt(d->cursorDays[d->cursor]);
}

bool TimeSeriesChart::exportPng(const QString &filePath)
{
    return d->view->exportPng(filePath);
}

void TimeSeriesChart::keyPressEvent(QKeyEvent *event)
{
    const int count = int(d->cursorDays.size());
    if (count == 0 || event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
        QWidget::keyPressEvent(event);
        return;
    }
    int cursor = d->cursor;
    switch (event->key()) {
    case Qt::Key_Left:
        cursor = cursor < 0 ? count - 1 : std::max(0, cursor - 1);
        break;
    case Qt::Key_Right:
        cursor = cursor < 0 ? count - 1 : std::min(count - 1, cursor + 1);
        break;
    case Qt::Key_Home:
        cursor = 0;
        break;
    case Qt::Key_End:
        cursor = count - 1;
        break;
    case Qt::Key_Escape:
        if (cursor < 0) {
            QWidget::keyPressEvent(event);
            return;
        }
        cursor = -1;
        break;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    d->cursor = cursor;
    d->updateCursor(true);
    event->accept();
}

void TimeSeriesChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        d->view->restyle();
}

void TimeSeriesChart::rebuild()
{
    const QDate keepDay = d->cursor >= 0 && d->cursor < d->cursorDays.size() ? d->cursorDays[d->cursor] : QDate();
    d->view->hideTip();
    d->chart->removeAllSeries();
    d->cursorMarker = nullptr;
    d->shown.clear();
    d->average.clear();
    d->cursorDays.clear();
    d->cursor = -1;

    QDate dataStart;
    for (const ChartSeriesInput &input : std::as_const(d->inputs)) {
        if (input.daily.first.isValid() && input.daily.size() > 0
            && (!dataStart.isValid() || input.daily.first < dataStart))
            dataStart = input.daily.first;
    }
    const QDate end = d->today;
    const QDate start = chartRangeStart(d->range, end, dataStart);
    d->bucket = series::bucketSizeFor(int(start.daysTo(end)) + 1);
    const QDate axisStart = series::bucketStart(start, d->bucket);
    const QDate axisEnd = series::bucketStart(end, d->bucket);

    double low = std::numeric_limits<double>::infinity();
    double high = -low;
    const auto widen = [&](double v) {
        low = std::min(low, v);
        high = std::max(high, v);
    };
    const auto attach = [this](QAbstractSeries *s) {
        d->chart->addSeries(s);
        s->attachAxis(d->axisX);
        s->attachAxis(d->axisY);
    };
    const auto hideFromLegend = [this](QAbstractSeries *s) {
        const QList<QLegendMarker *> markers = d->chart->legend()->markers(s);
        for (QLegendMarker *marker : markers)
            marker->setVisible(false);
    };
    int legendEntries = 0;
    const bool single = d->inputs.size() == 1;
    const bool fewPoints = d->bucket == BucketSize::Day && start.daysTo(end) < 45;

    // The 90-day baseline goes first so that it lies under the lines.
    // Week and month sums are not comparable with a daily baseline, so Sum metrics show it for daily points only.
    if (single && d->inputs[0].daily.size() > 0
        && (d->bucket == BucketSize::Day || d->inputs[0].aggregate != MetricAggregate::Sum)) {
        const QList<BandPoint> band = series::baselineBand(d->inputs[0].daily);
        QMap<QDate, BandPoint> byDay;
        for (const BandPoint &p : band)
            byDay.insert(p.day, p);
        // Between day points the band is the daily one; for week and month buckets it is sampled at each start.
        QList<std::pair<QDate, std::optional<double>>> sequence;
        for (QDate day = axisStart; day <= axisEnd; day = nextBucket(day, d->bucket))
            sequence.append({day, byDay.contains(day) ? std::optional<double>(byDay[day].mean) : std::nullopt});
        const QList<QList<Point>> runs = runsOf(sequence, d->bucket);
        bool first = true;
        for (const QList<Point> &run : runs) {
            auto *upper = new QLineSeries;
            auto *lower = new QLineSeries;
            QList<QPointF> up;
            QList<QPointF> down;
            for (const Point &p : run) {
                const BandPoint &b = byDay[p.day];
                up.append(QPointF(dayX(p.day), b.high));
                down.append(QPointF(dayX(p.day), b.low));
                widen(b.low);
                widen(b.high);
            }
            if (run.size() == 1) { // a lone day still shows as a thin sliver
                up.append(QPointF(up.first().x() + kDayMs / 4.0, up.first().y()));
                down.append(QPointF(down.first().x() + kDayMs / 4.0, down.first().y()));
            }
            upper->replace(up);
            lower->replace(down);
            auto *area = new QAreaSeries(upper, lower);
            upper->setParent(area);
            lower->setParent(area);
            area->setName(tr("90-day baseline"));
            QColor fill = chartTheme::seriesColor(0);
            fill.setAlphaF(0.18f);
            area->setBrush(fill);
            area->setPen(Qt::NoPen);
            attach(area);
            if (!first)
                hideFromLegend(area);
            legendEntries += first ? 1 : 0;
            first = false;
        }
    }

    for (int i = 0; i < d->inputs.size(); ++i) {
        const ChartSeriesInput &input = d->inputs[i];
        const QColor color = chartTheme::seriesColor(i);
        QList<std::pair<QDate, std::optional<double>>> sequence;
        if (input.daily.size() > 0) {
            const DailySeries slice = input.daily.slice(start, end);
            if (d->bucket == BucketSize::Day) {
                sequence.reserve(slice.size());
                for (qsizetype k = 0; k < slice.size(); ++k)
                    sequence.append({slice.first.addDays(k), slice.values[k]});
            } else {
                const QList<Bucket> buckets = series::buckets(slice, d->bucket, input.aggregate);
                for (const Bucket &b : buckets)
                    sequence.append({b.start, b.value});
            }
        }
        const QList<QList<Point>> runs = runsOf(sequence, d->bucket);
        QMap<QDate, double> values;
        QList<QPointF> lone;
        bool inLegend = false;
        for (const QList<Point> &run : runs) {
            for (const Point &p : run) {
                values.insert(p.day, p.value);
                widen(p.value);
            }
            if (run.size() == 1) {
                lone.append(QPointF(dayX(run.first().day), run.first().value));
                continue;
            }
            auto *line = new QLineSeries;
            line->setName(input.label);
            line->replace(toPoints(run));
            QPen pen(color, single ? 1.6 : 2.2);
            if (single)
                pen.setColor(QColor(color.red(), color.green(), color.blue(), 200));
            line->setPen(pen);
            line->setPointsVisible(fewPoints);
            attach(line);
            if (inLegend)
                hideFromLegend(line);
            legendEntries += inLegend ? 0 : 1;
            inLegend = true;
            connect(line, &QXYSeries::hovered, this, [this, line](const QPointF &point, bool state) {
                if (!state) {
                    d->view->hideTip();
                    return;
                }
                // Snap to the nearest day (or bucket) that has a value.
                const auto it = std::min_element(d->cursorDays.cbegin(), d->cursorDays.cend(),
                                                 [&](const QDate &a, const QDate &b) {
                                                     return std::abs(dayX(a) - point.x())
                                                            < std::abs(dayX(b) - point.x());
                                                 });
                if (it == d->cursorDays.cend())
                    return;
                d->cursor = int(it - d->cursorDays.cbegin());
                d->updateCursor(false);
                d->view->showTip(d->view->viewPosition(QPointF(dayX(*it), point.y()), line), cursorText());
            });
        }
        if (!lone.isEmpty()) {
            // A day with no neighbours is a dot: a line needs two points, and a gap must never become a zero.
            auto *dots = new QScatterSeries;
            dots->setName(input.label);
            dots->replace(lone);
            dots->setColor(color);
            dots->setBorderColor(color);
            dots->setMarkerSize(7);
            attach(dots);
            if (inLegend)
                hideFromLegend(dots);
            legendEntries += inLegend ? 0 : 1;
            connect(dots, &QXYSeries::hovered, this, [this, dots](const QPointF &point, bool state) {
                if (!state) {
                    d->view->hideTip();
                    return;
                }
                const QDate day = QDateTime::fromMSecsSinceEpoch(qint64(point.x())).date();
                const qsizetype index = d->cursorDays.indexOf(day);
                if (index < 0)
                    return;
                d->cursor = int(index);
                d->updateCursor(false);
                d->view->showTip(d->view->viewPosition(point, dots), cursorText());
            });
        }
        d->shown.append(values);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            d->cursorDays.append(it.key());
    }

    // The 7-day average over daily points, for a single series: computed on the whole series so that the first
    // days of the range have their history.
    if (single && d->bucket == BucketSize::Day && d->inputs[0].daily.size() > 0) {
        const DailySeries average = series::movingAverage(d->inputs[0].daily).slice(start, end);
        QList<std::pair<QDate, std::optional<double>>> sequence;
        for (qsizetype k = 0; k < average.size(); ++k)
            sequence.append({average.first.addDays(k), average.values[k]});
        const QList<QList<Point>> runs = runsOf(sequence, BucketSize::Day);
        bool first = true;
        for (const QList<Point> &run : runs) {
            for (const Point &p : run) {
                d->average.insert(p.day, p.value);
                widen(p.value);
            }
            if (run.size() < 2)
                continue;
            auto *line = new QLineSeries;
            line->setName(tr("7-day average"));
            line->replace(toPoints(run));
            line->setPen(QPen(chartTheme::seriesColor(1), 2.6));
            attach(line);
            if (!first)
                hideFromLegend(line);
            legendEntries += first ? 1 : 0;
            first = false;
        }
    }

    std::sort(d->cursorDays.begin(), d->cursorDays.end());
    d->cursorDays.erase(std::unique(d->cursorDays.begin(), d->cursorDays.end()), d->cursorDays.end());

    d->cursorMarker = new QScatterSeries;
    d->cursorMarker->setName(tr("Cursor"));
    d->cursorMarker->setMarkerSize(12);
    d->cursorMarker->setColor(palette().color(QPalette::Base));
    d->cursorMarker->setBorderColor(palette().color(QPalette::Text));
    attach(d->cursorMarker);
    hideFromLegend(d->cursorMarker);

    const qint64 days = axisStart.daysTo(axisEnd);
    if (d->bucket == BucketSize::Day) {
        // QDateTimeAxis spaces its ticks evenly over the range, so the range is made a whole number of tick steps
        // of whole days, from 01:00 the day before the first: every tick then lands on its own day (DST moves it
        // by at most an hour), and each day's point sits at its tick.
        const qint64 step = std::max<qint64>(1, (days + 2 + 7) / 8);
        const qint64 intervals = (days + 2 + step - 1) / step;
        const qint64 min = axisStart.addDays(-1).startOfDay().toMSecsSinceEpoch() + kDayMs / 24;
        d->axisX->setRange(QDateTime::fromMSecsSinceEpoch(min),
                           QDateTime::fromMSecsSinceEpoch(min + intervals * step * kDayMs));
        d->axisX->setTickCount(int(intervals) + 1);
        d->axisX->setFormat(tr("d MMM"));
    } else {
        // Half a bucket of room on either side so the end points are not cut by the frame.
        const double pad = d->bucket == BucketSize::Week ? 3.5 * kDayMs : 15.0 * kDayMs;
        d->axisX->setRange(QDateTime::fromMSecsSinceEpoch(qint64(dayX(axisStart) - pad)),
                           QDateTime::fromMSecsSinceEpoch(qint64(dayX(axisEnd) + pad)));
        d->axisX->setTickCount(7);
        d->axisX->setFormat(tr("MMM yyyy"));
    }
    if (!std::isfinite(low)) {
        low = 0;
        high = 1;
    }
    // A little room above and below so that no point sits on the frame.
    const double room = (high - low) * 0.04;
    chartTheme::applyNiceRange(d->axisY, chartTheme::niceRange(low - room, high + room, 5));
    QStringList units;
    for (const ChartSeriesInput &input : std::as_const(d->inputs))
        if (!units.contains(input.unit))
            units.append(input.unit);
    d->axisY->setTitleText(units.size() == 1 ? units.first() : QString());

    d->chart->legend()->setVisible(legendEntries > 1);

    if (keepDay.isValid()) {
        const qsizetype index = d->cursorDays.indexOf(keepDay);
        d->cursor = int(index);
    }
    d->view->restyle();
    d->updateCursor(false);
    if (d->cursorDays.isEmpty())
        d->cursorLabel->setText(tr("No values in this range."));
}

} // namespace lifeos
