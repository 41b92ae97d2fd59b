#include "search/SearchTypes.h"

namespace lifeos {

QString searchModeName(SearchMode mode)
{
    switch (mode) {
    case SearchMode::Text:
        return QStringLiteral("text");
    case SearchMode::Vector:
        return QStringLiteral("vector");
    case SearchMode::Hybrid:
        break;
    }
    return QStringLiteral("hybrid");
}

bool searchModeFromName(const QString &name, SearchMode *mode)
{
    for (const SearchMode candidate : {SearchMode::Hybrid, SearchMode::Text, SearchMode::Vector}) {
        if (name.compare(searchModeName(candidate), Qt::CaseInsensitive) == 0) {
            *mode = candidate;
            return true;
        }
    }
    return false;
}

const QStringList &searchKinds()
{
    static const QStringList kinds = {QStringLiteral("journal"), QStringLiteral("note"),    QStringLiteral("task"),
                                      QStringLiteral("expense"), QStringLiteral("income"),  QStringLiteral("workout"),
                                      QStringLiteral("event"),   QStringLiteral("health")};
    return kinds;
}

bool SearchFilter::accepts(const QString &kind, const QDate &day) const
{
    if (!kinds.isEmpty() && !kinds.contains(kind))
        return false;
    if ((from.isValid() || to.isValid()) && !day.isValid())
        return false;
    if (from.isValid() && day < from)
        return false;
    if (to.isValid() && day > to)
        return false;
    return true;
}

QString snippetAsHtml(const QString &snippet)
{
    QString html = snippet.toHtmlEscaped();
    html.replace(kHighlightStart, QStringLiteral("<b>"));
    html.replace(kHighlightEnd, QStringLiteral("</b>"));
    return html;
}

QString snippetMarked(const QString &snippet, const QString &open, const QString &close)
{
    QString marked = snippet;
    marked.replace(kHighlightStart, open);
    marked.replace(kHighlightEnd, close);
    return marked;
}

QString snippetPlain(const QString &snippet)
{
    return snippetMarked(snippet, QString(), QString());
}

} // namespace lifeos
