#include "search/SearchHitDelegate.h"

#include "capture/CapturePanel.h"
#include "search/SearchResultModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace lifeos {

namespace {

constexpr int kPadding = 8;
constexpr int kGap = 10;
constexpr int kSnippetLines = 2;

int iconSize(SearchHitDelegate::Style style)
{
    return style == SearchHitDelegate::Style::Full ? 20 : 16;
}

QFont titleFont(const QFont &base)
{
    QFont font = base;
    font.setWeight(QFont::DemiBold);
    return font;
}

QFont smallFont(const QFont &base)
{
    QFont font = base;
    font.setPointSizeF(base.pointSizeF() * 0.88);
    return font;
}

} // namespace

SearchHitDelegate::SearchHitDelegate(Style style, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_style(style)
{
}

QSize SearchHitDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const int titleHeight = QFontMetrics(titleFont(option.font)).height();
    const int smallHeight = QFontMetrics(smallFont(option.font)).height();
    if (m_style == Style::Compact)
        return {0, kPadding + titleHeight + 2 + smallHeight + kPadding};
    const int snippetHeight = QFontMetrics(option.font).lineSpacing() * kSnippetLines;
    return {0, kPadding + titleHeight + 3 + snippetHeight + kPadding};
}

void SearchHitDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    // The style draws the background and the selection; the content is drawn here.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const QPalette::ColorGroup group = option.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor text = option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    const QColor faint = withAlpha(text, selected ? 0.85 : 0.62);

    painter->save();
    const QRect area = option.rect.adjusted(kPadding + 2, kPadding, -kPadding - 2, -kPadding);
    const int icon = iconSize(m_style);
    const QFont title = titleFont(option.font);
    const QFont small = smallFont(option.font);
    const QFontMetrics titleMetrics(title);
    const QFontMetrics smallMetrics(small);

    // The kind's icon on a small rounded tile, so it stays legible on the selection colour too.
    const int tile = icon + 8;
    const QRect tileRect(area.left(), area.top() + (titleMetrics.height() - tile) / 2, tile, tile);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(selected ? withAlpha(option.palette.color(QPalette::HighlightedText), 0.92) : withAlpha(text, 0.07));
    painter->drawRoundedRect(tileRect, 5, 5);
    index.data(Qt::DecorationRole).value<QIcon>().paint(painter, tileRect.adjusted(4, 4, -4, -4));
    const int textLeft = tileRect.right() + kGap;
    const int textWidth = area.right() - textLeft;

    const QString kind = index.data(SearchResultModel::KindNameRole).toString();
    const QString day = index.data(SearchResultModel::DayTextRole).toString();
    // A journal hit's title is its day already.
    const bool dayInTitle = index.data(SearchResultModel::KindRole).toString() == u"journal";
    const QString meta = day.isEmpty() || dayInTitle ? kind : kind + QStringLiteral(" · ") + day;

    if (m_style == Style::Compact) {
        // In a narrow column a journal day reads better by its first words, with the day underneath.
        const QString heading = dayInTitle ? index.data(SearchResultModel::PreviewRole).toString()
                                           : index.data(Qt::DisplayRole).toString();
        const QString under = dayInTitle && !day.isEmpty() ? kind + QStringLiteral(" · ") + day : meta;
        painter->setFont(title);
        painter->setPen(text);
        const QRect titleRect(textLeft, area.top(), textWidth, titleMetrics.height());
        painter->drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter,
                          titleMetrics.elidedText(heading, Qt::ElideRight, textWidth));
        painter->setFont(small);
        painter->setPen(faint);
        const QRect metaRect(textLeft, titleRect.bottom() + 3, textWidth, smallMetrics.height());
        painter->drawText(metaRect, Qt::AlignLeft | Qt::AlignVCenter,
                          smallMetrics.elidedText(under, Qt::ElideRight, textWidth));
        painter->restore();
        return;
    }

    // First line: the title on the left, kind and day on the right (the day never elided away).
    // A pixel or two of slack: elidedText() can find a text one pixel wider than horizontalAdvance() says.
    const int metaWidth = qMin(smallMetrics.horizontalAdvance(meta) + 3, textWidth / 2);
    painter->setFont(small);
    painter->setPen(faint);
    const QRect metaRect(area.right() - metaWidth, area.top(), metaWidth, titleMetrics.height());
    painter->drawText(metaRect, Qt::AlignRight | Qt::AlignVCenter,
                      smallMetrics.elidedText(meta, Qt::ElideLeft, metaWidth));
    painter->setFont(title);
    painter->setPen(text);
    const int titleWidth = textWidth - metaWidth - kGap;
    painter->drawText(QRect(textLeft, area.top(), titleWidth, titleMetrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                      titleMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, titleWidth));

    // Under it, up to two lines of the snippet with the matched words in bold.
    QString html = index.data(SearchResultModel::SnippetHtmlRole).toString();
    // The matched words stand out in the full text colour as well as in bold.
    html.replace(QStringLiteral("<b>"), QStringLiteral("<b style=\"color:%1\">").arg(text.name(QColor::HexRgb)));
    if (!html.isEmpty()) {
        QTextDocument document;
        document.setDocumentMargin(0);
        document.setDefaultFont(option.font);
        document.setHtml(html);
        document.setTextWidth(textWidth);
        const int top = area.top() + titleMetrics.height() + 3;
        const int height = QFontMetrics(option.font).lineSpacing() * kSnippetLines;
        painter->translate(textLeft, top);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = option.palette;
        context.palette.setColor(QPalette::Text, faint);
        context.clip = QRectF(0, 0, textWidth, height);
        painter->setClipRect(context.clip);
        document.documentLayout()->draw(painter, context);
    }
    painter->restore();
}

} // namespace lifeos
