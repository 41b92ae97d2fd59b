#pragma once

#include "search/SearchTypes.h"

#include <QAbstractListModel>

namespace lifeos {

// Search hits as rows for SearchHitDelegate. DisplayRole is the title, ToolTipRole the plain snippet.
class SearchResultModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchResultModel)

public:
    enum Role { KindRole = Qt::UserRole + 1, KindNameRole, SnippetHtmlRole, DayTextRole, OriginRole, PreviewRole };

    explicit SearchResultModel(QObject *parent = nullptr);

    void setHits(const QList<SearchHit> &hits);
    void clear();
    const QList<SearchHit> &hits() const { return m_hits; }
    const SearchHit &hitAt(int row) const { return m_hits.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

private:
    QList<SearchHit> m_hits;
};

} // namespace lifeos
