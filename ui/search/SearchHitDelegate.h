#pragma once

#include <QStyledItemDelegate>

namespace lifeos {

// Paints a search hit from SearchResultModel: the kind's icon, the title, kind and day on the right, and under
// them the snippet with the matched words in bold. Compact rows (the Related panel) show title and "kind · day".
class SearchHitDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchHitDelegate)

public:
    enum class Style { Full, Compact };

    explicit SearchHitDelegate(Style style, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    Style m_style = Style::Full;
};

} // namespace lifeos
