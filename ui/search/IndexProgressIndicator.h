#pragma once

#include "search/IndexStatus.h"

#include <QWidget>

class QLabel;
class QProgressBar;

namespace lifeos {

class SearchService;

// For the status bar: "Indexing for search" with a small progress bar while the indexer runs, what went wrong
// when it stopped on an error, and nothing at all while it is idle.
class IndexProgressIndicator final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndexProgressIndicator)

public:
    explicit IndexProgressIndicator(SearchService *service, QWidget *parent = nullptr);

private:
    void showStatus(const IndexStatus &status);
    void showProgress(qint64 done, qint64 total);

    QLabel *m_label = nullptr;
    QProgressBar *m_bar = nullptr;
};

} // namespace lifeos
