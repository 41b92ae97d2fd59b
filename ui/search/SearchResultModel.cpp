#include "search/SearchResultModel.h"

#include "search/SearchFormat.h"

#include <QRegularExpression>

namespace lifeos {

SearchResultModel::SearchResultModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SearchResultModel::setHits(const QList<SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

void SearchResultModel::clear()
{
    setHits({});
}

int SearchResultModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_hits.size())
        return {};
    const SearchHit &hit = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return SearchFormat::title(hit);
    case Qt::AccessibleTextRole:
        // What a screen reader says for the row: kind, title, day and the matched words.
        return tr("%1: %2, %3. %4")
            .arg(SearchFormat::kindName(hit.kind), SearchFormat::title(hit), SearchFormat::day(hit.day),
                 snippetPlain(hit.snippet));
    case Qt::ToolTipRole:
        return snippetPlain(hit.snippet);
    case Qt::DecorationRole:
        return SearchFormat::kindIcon(hit.kind);
    case KindRole:
        return hit.kind;
    case KindNameRole:
        return SearchFormat::kindName(hit.kind);
    case SnippetHtmlRole:
        return snippetAsHtml(hit.snippet);
    case DayTextRole:
        return SearchFormat::day(hit.day);
    case OriginRole:
        return hit.origin;
    case PreviewRole: {
        // Markdown marks (headings, bold) are noise in a one-line preview.
        static const QRegularExpression marks(QStringLiteral("(^|\\s)#{1,6}(?=\\s)|\\*\\*|__"));
        QString words = snippetPlain(hit.snippet).remove(marks).simplified();
        if (words.startsWith(QChar(0x2026)) || words.startsWith(QStringLiteral("...")))
            words = words.mid(words.startsWith(QChar(0x2026)) ? 1 : 3).trimmed();
        return words.isEmpty() ? SearchFormat::title(hit) : words;
    }
    default:
        return {};
    }
}

} // namespace lifeos
