#include "search/IndexStatusView.h"

#include "PaletteColors.h"
#include "search/SearchFormat.h"
#include "search/SearchService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace lifeos {

IndexStatusView::IndexStatusView(SearchService *service, QWidget *parent)
    : QWidget(parent)
    , m_service(service)
    , m_text(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_rebuild(new QPushButton(tr("Re&build index"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    m_text->setObjectName(QStringLiteral("indexStatusText"));
    m_progress->setObjectName(QStringLiteral("indexStatusProgress"));
    m_rebuild->setObjectName(QStringLiteral("indexRebuild"));
    m_cancel->setObjectName(QStringLiteral("indexCancel"));
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_progress->setAccessibleName(tr("Indexing progress"));
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_rebuild->setToolTip(tr("Index everything again from your records. Stored embeddings are reused, so this "
                             "never calls an online service again."));
    m_cancel->setToolTip(tr("Stop indexing for now; it carries on later from where it stopped."));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);
    layout->addWidget(m_rebuild);

    if (!m_service) {
        m_text->setText(tr("Search is not available right now."));
        m_progress->hide();
        m_cancel->hide();
        m_rebuild->setEnabled(false);
        return;
    }
    connect(m_rebuild, &QPushButton::clicked, m_service, &SearchService::rebuild);
    connect(m_cancel, &QPushButton::clicked, m_service, &SearchService::cancelIndexing);
    connect(m_service, &SearchService::indexStatusChanged, this, &IndexStatusView::showStatus);
    connect(m_service, &SearchService::indexProgress, this, &IndexStatusView::showProgress);
    refresh();
}

void IndexStatusView::refresh()
{
    if (m_service)
        showStatus(m_service->status());
}

void IndexStatusView::showStatus(const IndexStatus &status)
{
    const bool indexing = SearchFormat::isIndexing(status);
    m_text->setText(SearchFormat::statusLine(status));
    m_text->setToolTip(status.model);
    QPalette pal;
    if (status.state == IndexStatus::State::Failed)
        pal.setColor(QPalette::WindowText, errorColor(palette()));
    m_text->setPalette(pal);
    m_progress->setVisible(indexing);
    m_cancel->setVisible(indexing);
    m_rebuild->setEnabled(status.state != IndexStatus::State::Rebuilding);
    if (indexing)
        showProgress(status.done, status.total);
}

void IndexStatusView::showProgress(qint64 done, qint64 total)
{
    // Counts can pass what an int holds only in theory; the bar shows per mille.
    if (total <= 0) {
        m_progress->setRange(0, 0); // busy: the total is not known yet
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
        m_progress->setFormat(tr("%L1 of %L2").arg(done).arg(total));
    }
    m_progress->setVisible(done < total || total <= 0);
    m_cancel->setVisible(m_progress->isVisibleTo(this));
}

} // namespace lifeos
