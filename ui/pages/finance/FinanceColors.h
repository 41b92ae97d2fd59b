#pragma once

#include "PaletteColors.h"

#include <QColor>
#include <QPalette>

namespace lifeos {

// Money colours the palette has no role for, readable on the light and the dark palette alike.
inline QColor incomeColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0x7c, 0xd6, 0x92) : QColor(0x1b, 0x7a, 0x3a);
}

// A budget at 80%: amber, between the normal highlight and the error red of a budget at 100%.
inline QColor warningColor(const QPalette &palette)
{
    return isDarkPalette(palette) ? QColor(0xf2, 0xb9, 0x4b) : QColor(0xb0, 0x6a, 0x00);
}

} // namespace lifeos
