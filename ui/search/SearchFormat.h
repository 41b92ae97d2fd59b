#pragma once

#include "search/IndexStatus.h"
#include "search/SearchTypes.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace lifeos {

// The words and icons search shows for kinds, days and the indexer's state; shared by the palette, the Search
// page, the Related panel, the status bar and Settings so they all say the same thing.
class SearchFormat
{
    Q_DECLARE_TR_FUNCTIONS(SearchFormat)

public:
    // "Journal", "Note", "Task", … for a kind from searchKinds(); the kind itself when unknown.
    static QString kindName(const QString &kind);
    static QIcon kindIcon(const QString &kind);
    // The day in the user's locale ("22 Nov 2026"), empty for an invalid day.
    static QString day(const QDate &day);
    // The title to show: the hit's title, else its first words, else "Untitled".
    static QString title(const SearchHit &hit);
    // "Offline model · 1,204 of 1,300 entries indexed", or what went wrong.
    static QString statusLine(const IndexStatus &status);
    // "Built-in offline model" for the offline embedder's ids, else the model's own name.
    static QString modelName(const QString &model);
    static bool isIndexing(const IndexStatus &status);
};

} // namespace lifeos
