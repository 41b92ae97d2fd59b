#include "search/RelatedPanel.h"

#include "search/SearchHitDelegate.h"
#include "search/SearchRequester.h"
#include "search/SearchResultModel.h"
#include "search/SearchService.h"
#include "util/Settings.h"

#include <QLabel>
#include <QListView>
#include <QStyleOptionViewItem>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace lifeos {

RelatedPanel::RelatedPanel(SearchService *service, Settings &settings, Placement placement, QWidget *parent)
    : QWidget(parent)
    , m_requester(new SearchRequester(service, 0, this))
    , m_settings(settings)
    , m_model(new SearchResultModel(this))
    , m_toggle(new QToolButton(this))
    , m_body(new QWidget(this))
    , m_list(new QListView(this))
    , m_state(new QLabel(this))
    , m_delay(new QTimer(this))
    , m_placement(placement)
{
    setObjectName(QStringLiteral("relatedPanel"));
    setAccessibleName(tr("Related entries"));
    m_toggle->setObjectName(QStringLiteral("relatedToggle"));
    m_list->setObjectName(QStringLiteral("relatedList"));
    m_state->setObjectName(QStringLiteral("relatedState"));

    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true); // flat, like a heading, with the arrow saying whether it is open
    QFont headerFont = m_toggle->font();
    headerFont.setWeight(QFont::DemiBold);
    m_toggle->setFont(headerFont);
    connect(m_toggle, &QToolButton::clicked, this, [this] {
        setCollapsed(!m_collapsed);
        m_settings.setValue(SettingKeys::RelatedPanelCollapsed, m_collapsed);
        m_settings.sync();
    });

    m_list->setModel(m_model);
    m_list->setItemDelegate(new SearchHitDelegate(SearchHitDelegate::Style::Compact, m_list));
    m_list->setAccessibleName(tr("Related entries"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setUniformItemSizes(true);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setBackgroundRole(QPalette::Window);
    m_list->viewport()->setBackgroundRole(QPalette::Window);
    m_list->setMouseTracking(true);
    // A click opens, like a link; Enter opens the current one.
    connect(m_list, &QListView::clicked, this,
            [this](const QModelIndex &index) { Q_EMIT hitActivated(m_model->hitAt(index.row())); });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        if (m_list->hasFocus())
            Q_EMIT hitActivated(m_model->hitAt(index.row()));
    });

    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_state->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_state->setContentsMargins(4, 4, 4, 4);

    auto *bodyLayout = new QVBoxLayout(m_body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->addWidget(m_list, 1);
    bodyLayout->addWidget(m_state);
    bodyLayout->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_body, 1);

    m_delay->setSingleShot(true);
    connect(m_delay, &QTimer::timeout, this, &RelatedPanel::refresh);
    connect(m_requester, &SearchRequester::answered, this, &RelatedPanel::showResults);
    if (service) {
        // Asked before the vectors were ready: ask again once the indexer has finished a run.
        connect(service, &SearchService::indexStatusChanged, this, [this](const IndexStatus &status) {
            if (m_awaitingVectors && status.state == IndexStatus::State::Idle) {
                m_stale = true;
                if (canAsk())
                    m_delay->start(0);
            }
        });
    }
    connect(m_requester, &SearchRequester::failed, this, [this](const QString &message) {
        m_model->clear();
        showState(tr("Related entries could not be found: %1").arg(message));
    });
    if (m_placement == Placement::Side) {
        setCollapsed(m_settings.value(SettingKeys::RelatedPanelCollapsed));
    } else {
        m_toggle->hide();
        m_list->setBackgroundRole(QPalette::Base);
        m_list->viewport()->setBackgroundRole(QPalette::Base);
        m_list->setFrameShape(QFrame::StyledPanel);
        // Beside other sections it shows a few entries in full rather than a scrolled sliver.
        QStyleOptionViewItem option;
        option.initFrom(m_list);
        const int rowHeight = m_list->itemDelegate()->sizeHint(option, {}).height();
        m_list->setFixedHeight(rowHeight * kSectionRows + 2 * m_list->frameWidth());
    }
    showState(m_requester->isAvailable() ? tr("Write something, and entries about the same things will appear here.")
                                         : tr("Search is not available right now."));
}

void RelatedPanel::setCollapsed(bool collapsed)
{
    if (m_placement == Placement::Section)
        return;
    m_collapsed = collapsed;
    m_toggle->setArrowType(collapsed ? Qt::LeftArrow : Qt::DownArrow);
    m_toggle->setText(collapsed ? QString() : tr("Related"));
    m_toggle->setToolTip(collapsed ? tr("Show related entries") : tr("Hide related entries"));
    m_toggle->setAccessibleName(collapsed ? tr("Show related entries") : tr("Hide related entries"));
    m_body->setVisible(!collapsed);
    if (collapsed)
        setFixedWidth(m_toggle->sizeHint().width());
    else
        setFixedWidth(kWidth);
    if (!collapsed && m_stale)
        m_delay->start(0);
}

void RelatedPanel::setOrigin(const QString &origin)
{
    if (origin == m_origin)
        return;
    m_origin = origin;
    m_stale = true;
    m_requester->cancel();
    if (m_origin.isEmpty()) {
        m_delay->stop();
        m_model->clear();
        showState(m_requester->isAvailable()
                      ? tr("Write something, and entries about the same things will appear here.")
                      : tr("Search is not available right now."));
        return;
    }
    // Until the new answer comes the old list stays, but never with the entry now shown in it.
    QList<SearchHit> kept = m_model->hits();
    kept.removeIf([this](const SearchHit &hit) { return hit.origin == m_origin; });
    if (kept.size() != m_model->hits().size())
        m_model->setHits(kept);
    // Stepping through days quickly asks once, for the day the user stops at.
    if (canAsk())
        m_delay->start(kAfterSwitchDelayMs);
}

void RelatedPanel::entrySaved()
{
    m_stale = true;
    if (SearchService *service = m_requester->service())
        service->reindexSoon();
    if (canAsk())
        m_delay->start(kAfterSaveDelayMs);
}

void RelatedPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && canAsk())
        m_delay->start(0);
}

bool RelatedPanel::canAsk() const
{
    return m_requester->isAvailable() && !m_collapsed && isVisible() && !m_origin.isEmpty();
}

void RelatedPanel::refresh()
{
    if (!canAsk())
        return;
    m_stale = false;
    if (m_model->rowCount() == 0)
        showState(tr("Looking for related entries…"));
    m_requester->relatedNow(m_origin, kLimit + 1); // one more, in case the entry itself comes back
}

void RelatedPanel::showResults(const SearchResults &results)
{
    QList<SearchHit> hits;
    const int limit = m_placement == Placement::Section ? kSectionRows : kLimit;
    for (const SearchHit &hit : results.hits) {
        if (hit.origin != m_origin && hits.size() < limit)
            hits.append(hit);
    }
    m_model->setHits(hits);
    m_awaitingVectors = !results.vectorsReady;
    if (hits.isEmpty()) {
        showState(results.vectorsReady ? tr("Nothing related yet. Entries about the same things will appear here.")
                                       : tr("Still indexing; related entries appear when it is done."));
        return;
    }
    m_state->hide();
    m_list->show();
}

void RelatedPanel::showState(const QString &text)
{
    m_list->hide();
    m_state->setText(text);
    m_state->show();
}

} // namespace lifeos
