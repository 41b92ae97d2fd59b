#include "search/IndexProgressIndicator.h"

#include "PaletteColors.h"
#include "search/SearchFormat.h"
#include "search/SearchService.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>

namespace lifeos {

IndexProgressIndicator::IndexProgressIndicator(SearchService *service, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_bar(new QProgressBar(this))
{
    setObjectName(QStringLiteral("indexProgress"));
    m_label->setObjectName(QStringLiteral("indexProgressLabel"));
    m_bar->setObjectName(QStringLiteral("indexProgressBar"));
    m_bar->setAccessibleName(tr("Indexing progress"));
    m_bar->setFixedWidth(140);
    m_bar->setMaximumHeight(m_label->fontMetrics().height() + 2);
    m_bar->setTextVisible(false);
    m_label->setTextFormat(Qt::PlainText);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addWidget(m_label);
    layout->addWidget(m_bar);
    setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed); // at the right end, not spread over the bar
    hide();
    if (!service)
        return;
    connect(service, &SearchService::indexStatusChanged, this, &IndexProgressIndicator::showStatus);
    connect(service, &SearchService::indexProgress, this, &IndexProgressIndicator::showProgress);
    showStatus(service->status());
}

void IndexProgressIndicator::showStatus(const IndexStatus &status)
{
    QPalette pal;
    if (status.state == IndexStatus::State::Failed) {
        m_label->setText(status.lastError.isEmpty() ? tr("Search indexing stopped after an error.")
                                                    : tr("Search indexing stopped: %1").arg(status.lastError));
        pal.setColor(QPalette::WindowText, errorColor(palette()));
        m_label->setPalette(pal);
        m_bar->hide();
        show();
        return;
    }
    m_label->setPalette(pal);
    if (!SearchFormat::isIndexing(status)) {
        hide();
        return;
    }
    showProgress(status.done, status.total);
}

void IndexProgressIndicator::showProgress(qint64 done, qint64 total)
{
    if (total > 0 && done >= total) {
        hide();
        return;
    }
    if (total <= 0) {
        m_bar->setRange(0, 0);
        m_label->setText(tr("Indexing for search…"));
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(1000))));
        m_label->setText(tr("Indexing for search: %L1 of %L2").arg(done).arg(total));
    }
    m_bar->setToolTip(m_label->text());
    m_bar->show();
    show();
}

} // namespace lifeos
