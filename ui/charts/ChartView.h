#pragma once

#include <QChartView>
#include <QImage>

class QLabel;

namespace lifeos {

// The view every LifeOS chart draws in: antialiased, never takes focus itself (the chart widget does), keeps the
// chart in the palette's colours when the palette changes, shows a tooltip label for hovered or keyboard-chosen
// points, and renders the chart alone (no tooltip) to an image or PNG.
class ChartView final : public QChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChartView)

public:
    explicit ChartView(QChart *chart, QWidget *parent = nullptr);

    // Re-applies the palette's colours to the chart and its current axes.
    void restyle();
    // Shows `text` next to `viewPos` (view coordinates), kept inside the view.
    void showTip(const QPoint &viewPos, const QString &text);
    void hideTip();
    QString tipText() const;
    // The view position of a value point of `series`.
    QPoint viewPosition(const QPointF &value, QAbstractSeries *series) const;

    // The chart at the view's size, or at `hiddenSize` when the view is not shown.
    QImage renderImage(const QSize &hiddenSize = QSize(1200, 600));
    bool exportPng(const QString &filePath);

Q_SIGNALS:
    // After restyle(): owners re-colour what depends on the palette.
    void restyled();

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *m_tip = nullptr;
};

} // namespace lifeos
