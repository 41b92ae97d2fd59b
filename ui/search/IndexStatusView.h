#pragma once

#include "search/IndexStatus.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace lifeos {

class SearchService;

// The search index at a glance, for the Search page and Settings: the model and how much is indexed, a progress
// bar while the indexer runs, and Rebuild / Cancel. Without a service it says search is unavailable.
class IndexStatusView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IndexStatusView)

public:
    explicit IndexStatusView(SearchService *service, QWidget *parent = nullptr);

    void refresh();
    QPushButton *rebuildButton() const { return m_rebuild; }

private:
    void showStatus(const IndexStatus &status);
    void showProgress(qint64 done, qint64 total);

    SearchService *m_service = nullptr;
    QLabel *m_text = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_rebuild = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace lifeos
