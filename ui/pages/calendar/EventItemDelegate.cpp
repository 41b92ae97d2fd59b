#include "pages/calendar/EventItemDelegate.h"

#include "pages/calendar/EventList.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace lifeos {

namespace {

constexpr int kPadX = 10;
constexpr int kPadY = 6;
constexpr int kGap = 14;

EventList::RowKind kindOf(const QModelIndex &index)
{
    return EventList::RowKind(index.data(EventList::RowKindRole).toInt());
}

QColor muted(const QPalette &palette, bool selected)
{
    if (selected) {
        QColor colour = palette.color(QPalette::HighlightedText);
        colour.setAlphaF(0.8f);
        return colour;
    }
    return palette.color(QPalette::PlaceholderText);
}

QFont headerFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

} // namespace

QSize EventItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int line = option.fontMetrics.height();
    switch (kindOf(index)) {
    case EventList::RowKind::Header:
        return {0, line + 2 * kPadY + 8};
    case EventList::RowKind::Empty:
        return {0, line + 2 * kPadY};
    case EventList::RowKind::Event:
        break;
    }
    const bool twoLines = !index.data(EventList::DetailRole).toString().isEmpty();
    return {0, (twoLines ? 2 * line + 2 : line) + 2 * kPadY};
}

void EventItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QPalette &palette = option.palette;
    const QRect rect = option.rect;
    const QFontMetrics metrics(option.font);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);

    const EventList::RowKind kind = kindOf(index);
    if (kind == EventList::RowKind::Header) {
        // Headings are disabled items (so keys skip them) but must not look greyed out.
        const bool today = index.data(EventList::IsTodayRole).toBool();
        const QFont font = headerFont(option.font);
        painter->setFont(font);
        painter->setPen(palette.color(QPalette::Active, today ? QPalette::Highlight : QPalette::Text));
        const QRect textRect = rect.adjusted(kPadX, 8 + kPadY / 2, -kPadX, -kPadY / 2);
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                          QFontMetrics(font).elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                        textRect.width()));
        QColor rule = palette.color(QPalette::Active, QPalette::Mid);
        rule.setAlphaF(0.5f);
        painter->setPen(rule);
        painter->drawLine(rect.left() + kPadX, rect.bottom(), rect.right() - kPadX, rect.bottom());
        painter->restore();
        return;
    }
    if (kind == EventList::RowKind::Empty) {
        painter->setPen(palette.color(QPalette::Active, QPalette::PlaceholderText));
        const auto *list = qobject_cast<const EventList *>(option.widget);
        const int indent = kPadX + (list ? list->timeColumnWidth() + kGap : 0);
        painter->drawText(rect.adjusted(indent, 0, -kPadX, 0), Qt::AlignLeft | Qt::AlignVCenter,
                          metrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                             rect.width() - indent - kPadX));
        painter->restore();
        return;
    }

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const bool hovered = option.state.testFlag(QStyle::State_MouseOver);
    const QRect card = rect.adjusted(4, 1, -4, -1);
    if (selected) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(option.state.testFlag(QStyle::State_Active) ? QPalette::Active
                                                                                    : QPalette::Inactive,
                                        QPalette::Highlight));
        painter->drawRoundedRect(card, 5, 5);
    } else if (hovered) {
        QColor hover = palette.color(QPalette::Highlight);
        hover.setAlphaF(0.12f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(hover);
        painter->drawRoundedRect(card, 5, 5);
    }
    if (option.state.testFlag(QStyle::State_HasFocus) && selected) {
        QColor ring = palette.color(QPalette::HighlightedText);
        ring.setAlphaF(0.6f);
        painter->setPen(QPen(ring, 1, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(card.adjusted(1, 1, -1, -1), 4, 4);
    }

    const auto *list = qobject_cast<const EventList *>(option.widget);
    const int timeWidth = list ? list->timeColumnWidth() : metrics.horizontalAdvance(QStringLiteral("00:00–00:00"));
    const int line = metrics.height();
    const QRect timeRect(rect.left() + kPadX, rect.top() + kPadY, timeWidth, line);
    const QColor text = palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    const QString time = index.data(EventList::TimeRole).toString();
    if (index.data(EventList::AllDayRole).toBool()) {
        // A chip, so all-day events stand apart from timed ones at a glance.
        const int chipWidth = std::min(timeWidth, metrics.horizontalAdvance(time) + 12);
        const QRect chip(timeRect.left(), timeRect.top() - 1, chipWidth, line + 2);
        QColor fill = selected ? palette.color(QPalette::HighlightedText) : palette.color(QPalette::Highlight);
        fill.setAlphaF(selected ? 0.25f : 0.18f);
        painter->setPen(Qt::NoPen);
        painter->setBrush(fill);
        painter->drawRoundedRect(chip, 4, 4);
        painter->setPen(text);
        painter->drawText(chip, Qt::AlignCenter, time);
    } else {
        // "22:40–01:30 (next day)" wraps onto the line under the time rather than widening the column.
        painter->setPen(muted(palette, selected));
        const QRect twoLines(timeRect.left(), timeRect.top(), timeRect.width(), rect.bottom() - timeRect.top());
        painter->drawText(twoLines, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, time);
    }

    const int textLeft = timeRect.right() + kGap;
    const int textWidth = rect.right() - kPadX - textLeft;
    QFont titleFont = option.font;
    titleFont.setWeight(QFont::Medium);
    painter->setFont(titleFont);
    painter->setPen(text);
    painter->drawText(QRect(textLeft, rect.top() + kPadY, textWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(titleFont).elidedText(index.data(EventList::TitleRole).toString(), Qt::ElideRight,
                                                         textWidth));
    const QString detail = index.data(EventList::DetailRole).toString();
    if (!detail.isEmpty()) {
        painter->setFont(option.font);
        painter->setPen(muted(palette, selected));
        painter->drawText(QRect(textLeft, rect.top() + kPadY + line + 2, textWidth, line),
                          Qt::AlignLeft | Qt::AlignVCenter, metrics.elidedText(detail, Qt::ElideRight, textWidth));
    }
    painter->restore();
}

} // namespace lifeos
