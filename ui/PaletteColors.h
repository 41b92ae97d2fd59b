#pragma once

#include <QColor>
#include <QPalette>

namespace lifeos {

// Colours the palette has no role for, chosen so they read on the light and the dark palette alike.
inline bool isDarkPalette(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Errors and overdue dates: a red that keeps its contrast on either background.
inline QColor errorColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
}

} // namespace lifeos
