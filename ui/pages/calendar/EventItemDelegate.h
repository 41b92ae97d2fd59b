#pragma once

#include <QStyledItemDelegate>

namespace lifeos {

// Draws EventList's rows: day headings, events (time column, title, muted details) and the empty-day line, in
// the palette's colours so light and dark themes both read.
class EventItemDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace lifeos
