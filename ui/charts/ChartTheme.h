#pragma once

#include <QColor>
#include <QPalette>

class QChart;
class QCategoryAxis;
class QValueAxis;

namespace lifeos {

// Colours and axes shared by every chart: the chart follows the widget palette (so it reads in light and dark
// themes); series take a fixed colour-blind-friendly palette of mid-luminance hues that read on either.
namespace chartTheme {

// The i-th series colour (IBM / Okabe–Ito hues, cycling after 7).
QColor seriesColor(int index);
// The neutral grey used for "Other" and for budget limits.
QColor otherColor();
// A warning colour for "over budget" that reads on light and dark backgrounds.
QColor overColor();

// Background, title, legend, axis lines, labels and grid from `palette`, for the chart and every axis it has.
void apply(QChart *chart, const QPalette &palette, const QFont &font);

struct NiceRange
{
    double min = 0;
    double max = 1;
    double step = 1;
    int decimals = 0; // decimals a tick label needs
};
// A range covering [low, high] with about `ticks` intervals on round numbers (1, 2, 2.5, 5 × 10^n).
NiceRange niceRange(double low, double high, int ticks = 5);
// A value axis on nice round ticks with labels in the current locale.
void applyNiceRange(QValueAxis *axis, const NiceRange &range);
// Amount axes: labels with the locale's group separators ("1,500,000"), which QValueAxis' printf format lacks.
void applyNiceRange(QCategoryAxis *axis, const NiceRange &range);

} // namespace chartTheme

} // namespace lifeos
