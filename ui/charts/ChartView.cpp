#include "charts/ChartView.h"

#include "charts/ChartTheme.h"

#include <QChart>
#include <QCoreApplication>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QLabel>
#include <QPainter>

namespace lifeos {

ChartView::ChartView(QChart *chart, QWidget *parent)
    : QChartView(chart, parent)
    , m_tip(new QLabel(this))
{
    setObjectName(QStringLiteral("chartView"));
    setRenderHint(QPainter::Antialiasing);
    setFocusPolicy(Qt::NoFocus);
    setFrameShape(QFrame::NoFrame);
    setMinimumSize(320, 220);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    // Room on the right for the last axis label, which Qt Charts centres on the edge.
    chart->setMargins(QMargins(8, 8, 40, 6));

    m_tip->setObjectName(QStringLiteral("chartTooltip"));
    m_tip->setForegroundRole(QPalette::ToolTipText);
    m_tip->setBackgroundRole(QPalette::ToolTipBase);
    m_tip->setAutoFillBackground(true);
    m_tip->setFrameShape(QFrame::Box);
    m_tip->setMargin(4);
    m_tip->setTextFormat(Qt::PlainText);
    m_tip->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_tip->hide();
    restyle();
}

void ChartView::restyle()
{
    chartTheme::apply(chart(), palette(), font());
    setBackgroundBrush(palette().color(QPalette::Base));
    Q_EMIT restyled();
}

void ChartView::showTip(const QPoint &viewPos, const QString &text)
{
    m_tip->setText(text);
    m_tip->adjustSize();
    // Above and to the right of the point, flipped when that would leave the view.
    QPoint pos = viewPos + QPoint(12, -12 - m_tip->height());
    if (pos.x() + m_tip->width() > width())
        pos.setX(viewPos.x() - 12 - m_tip->width());
    if (pos.y() < 0)
        pos.setY(viewPos.y() + 12);
    pos.setX(std::clamp(pos.x(), 0, std::max(0, width() - m_tip->width())));
    pos.setY(std::clamp(pos.y(), 0, std::max(0, height() - m_tip->height())));
    m_tip->move(pos);
    m_tip->show();
    m_tip->raise();
}

void ChartView::hideTip()
{
    m_tip->hide();
}

QString ChartView::tipText() const
{
    return m_tip->isVisible() ? m_tip->text() : QString();
}

QPoint ChartView::viewPosition(const QPointF &value, QAbstractSeries *series) const
{
    return mapFromScene(chart()->mapToScene(chart()->mapToPosition(value, series)));
}

QImage ChartView::renderImage(const QSize &hiddenSize)
{
    const QSize size = isVisible() ? this->size() : hiddenSize;
    if (!isVisible()) {
        // QChartView sizes its chart on resize events, which a hidden widget does not get yet.
        resize(size);
        chart()->resize(size);
        scene()->setSceneRect(QRectF(QPointF(0, 0), size));
    }
    // The chart lays itself out on posted layout requests.
    QCoreApplication::sendPostedEvents();
    const qreal ratio = devicePixelRatioF();
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene()->render(&painter, QRectF(QPointF(0, 0), size), chart()->geometry());
    painter.end();
    return image;
}

bool ChartView::exportPng(const QString &filePath)
{
    const QImage image = renderImage();
    return !image.isNull() && image.save(filePath, "PNG");
}

void ChartView::changeEvent(QEvent *event)
{
    QChartView::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        restyle();
}

} // namespace lifeos
