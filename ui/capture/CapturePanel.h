#pragma once

#include "PaletteColors.h"

#include <QColor>
#include <QPainter>
#include <QPalette>
#include <QRectF>
#include <QString>

namespace lifeos {

// The look the capture window and the undo toast share: a rounded panel drawn from palette colours, so it
// reads well in light and dark palettes alike.

// A colour with its alpha for a style sheet: "rgba(r, g, b, a)".
inline QString cssColor(const QColor &colour)
{
    return QStringLiteral("rgba(%1, %2, %3, %4)")
        .arg(colour.red())
        .arg(colour.green())
        .arg(colour.blue())
        .arg(colour.alpha());
}

inline QColor withAlpha(QColor colour, qreal alpha)
{
    colour.setAlphaF(float(alpha));
    return colour;
}

inline void paintPanel(QPainter &painter, const QRectF &rect, const QPalette &palette, QPalette::ColorRole fill)
{
    constexpr qreal radius = 10;
    painter.setRenderHint(QPainter::Antialiasing);
    QColor border = palette.color(QPalette::WindowText);
    border.setAlphaF(isDarkPalette(palette) ? 0.28F : 0.22F);
    painter.setPen(QPen(border, 1));
    painter.setBrush(palette.color(fill));
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
}

} // namespace lifeos
