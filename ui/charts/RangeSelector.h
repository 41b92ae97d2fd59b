#pragma once

#include "charts/ChartRange.h"

#include <QWidget>

class QButtonGroup;

namespace lifeos {

// The "7 d 30 d 90 d 1 y All" row above a time-series chart: checkable buttons in one exclusive group, reached
// with Tab, moved through with the arrow keys, and chosen directly with Alt+1 … Alt+5 while the chart has focus.
class RangeSelector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RangeSelector)

public:
    explicit RangeSelector(QWidget *parent = nullptr);

    ChartRange range() const { return m_range; }
    // Checks the button for `range` without emitting rangeSelected.
    void setRange(ChartRange range);

Q_SIGNALS:
    void rangeSelected(lifeos::ChartRange range);

private:
    void select(ChartRange range);

    QButtonGroup *m_group = nullptr;
    ChartRange m_range = ChartRange::Month;
};

} // namespace lifeos
