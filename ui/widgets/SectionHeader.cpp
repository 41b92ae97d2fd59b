#include "widgets/SectionHeader.h"

namespace lifeos {

SectionHeader::SectionHeader(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    QFont bold = font();
    bold.setWeight(QFont::DemiBold);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    setFont(bold);
    setContentsMargins(0, 4, 0, 2);
}

} // namespace lifeos
