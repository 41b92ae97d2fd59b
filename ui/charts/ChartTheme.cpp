#include "charts/ChartTheme.h"

#include <QAbstractAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QLegend>
#include <QLocale>
#include <QValueAxis>

#include <cmath>

namespace lifeos::chartTheme {

QColor seriesColor(int index)
{
    static const QColor colors[] = {QColor(0x64, 0x8f, 0xff), QColor(0xfe, 0x61, 0x00), QColor(0xdc, 0x26, 0x7f),
                                    QColor(0x00, 0x9e, 0x73), QColor(0xff, 0xb0, 0x00), QColor(0x78, 0x5e, 0xf0),
                                    QColor(0x56, 0xb4, 0xe9)};
    constexpr int count = int(std::size(colors));
    return colors[((index % count) + count) % count];
}

QColor otherColor()
{
    return QColor(0x8e, 0x8e, 0x8e);
}

QColor overColor()
{
    return QColor(0xe0, 0x3c, 0x31);
}

void apply(QChart *chart, const QPalette &palette, const QFont &font)
{
    const QColor text = palette.color(QPalette::Text);
    QColor grid = text;
    grid.setAlphaF(0.14f);
    QColor axisLine = text;
    axisLine.setAlphaF(0.45f);

    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(font.pointSizeF() * 1.1);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(text);

    QLegend *legend = chart->legend();
    legend->setLabelColor(text);
    legend->setFont(font);
    legend->setBrush(Qt::NoBrush);
    legend->setPen(Qt::NoPen);

    QFont labelFont = font;
    labelFont.setPointSizeF(font.pointSizeF() * 0.9);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setLabelsFont(labelFont);
        axis->setTitleBrush(text);
        axis->setTitleFont(labelFont);
        axis->setLinePenColor(axisLine);
        axis->setGridLineColor(grid);
        axis->setMinorGridLineColor(grid);
        axis->setShadesVisible(false);
    }
}

NiceRange niceRange(double low, double high, int ticks)
{
    if (!std::isfinite(low) || !std::isfinite(high))
        return {};
    if (high < low)
        std::swap(low, high);
    if (high - low < 1e-9) {
        // One value: centre it in a small range rather than on an edge.
        const double pad = std::abs(low) > 1e-9 ? std::abs(low) * 0.1 : 1.0;
        low -= pad;
        high += pad;
    }
    const double rough = (high - low) / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    double step = magnitude * 10;
    for (double factor : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (magnitude * factor >= rough) {
            step = magnitude * factor;
            break;
        }
    }
    NiceRange range;
    range.step = step;
    range.min = std::floor(low / step + 1e-9) * step;
    range.max = std::ceil(high / step - 1e-9) * step;
    if (range.max <= range.min)
        range.max = range.min + step;
    range.decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    if (step < 1 && std::abs(step * std::pow(10.0, range.decimals) - std::round(step * std::pow(10.0, range.decimals)))
                        > 1e-6)
        ++range.decimals; // 0.25
    return range;
}

void applyNiceRange(QValueAxis *axis, const NiceRange &range)
{
    axis->setRange(range.min, range.max);
    // Fixed ticks land exactly on the nice steps (dynamic ticks drop the last one to rounding).
    axis->setTickType(QValueAxis::TicksFixed);
    axis->setTickCount(int(std::llround((range.max - range.min) / range.step)) + 1);
    axis->setMinorTickCount(0);
    axis->setLabelFormat(QStringLiteral("%.") + QString::number(range.decimals) + QStringLiteral("f"));
}

void applyNiceRange(QCategoryAxis *axis, const NiceRange &range)
{
    const QStringList old = axis->categoriesLabels();
    for (const QString &label : old)
        axis->remove(label);
    const QLocale locale;
    // The start sits a hair below the first tick so that the first tick gets a label too.
    axis->setStartValue(range.min - range.step * 1e-6);
    const int count = int(std::llround((range.max - range.min) / range.step));
    for (int i = 0; i <= count; ++i) {
        const double value = range.min + range.step * i;
        const double shown = std::abs(value) < range.step * 1e-6 ? 0.0 : value;
        axis->append(locale.toString(shown, 'f', range.decimals), value);
    }
    axis->setRange(range.min, range.max);
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
}

} // namespace lifeos::chartTheme
