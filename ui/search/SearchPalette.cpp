#include "search/SearchPalette.h"

#include "capture/CapturePanel.h"
#include "search/SearchHitDelegate.h"
#include "search/SearchRequester.h"
#include "search/SearchResultModel.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QScreen>
#include <QVBoxLayout>

#include <utility>

namespace lifeos {

SearchPalette::SearchPalette(SearchService *service, QWidget *window)
    : QWidget(window, Qt::Popup | Qt::FramelessWindowHint)
    , m_requester(new SearchRequester(service, kTypingDelayMs, this))
    , m_model(new SearchResultModel(this))
    , m_input(new QLineEdit(this))
    , m_separator(new QWidget(this))
    , m_list(new QListView(this))
    , m_state(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_keys(new QLabel(this))
{
    setObjectName(QStringLiteral("searchPalette"));
    setWindowTitle(tr("Search"));
    setAccessibleName(tr("Search everything"));
    setAccessibleDescription(tr("Type to search your journal, notes, tasks and everything else you recorded. "
                                "Up and Down choose a result, Enter opens it, Escape closes."));
    setAttribute(Qt::WA_TranslucentBackground); // the rounded corners

    m_input->setObjectName(QStringLiteral("searchPaletteInput"));
    m_input->setAccessibleName(tr("Search"));
    m_input->setPlaceholderText(tr("Search journal, notes, tasks…"));
    m_input->setFrame(false);
    QFont inputFont = m_input->font();
    inputFont.setPointSizeF(inputFont.pointSizeF() * 1.3);
    m_input->setFont(inputFont);
    m_input->installEventFilter(this);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/search.svg")).pixmap(QSize(22, 22), devicePixelRatio()));

    m_separator->setFixedHeight(1);
    m_separator->setAutoFillBackground(true);

    m_list->setObjectName(QStringLiteral("searchPaletteResults"));
    m_list->setAccessibleName(tr("Results"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new SearchHitDelegate(SearchHitDelegate::Style::Full, m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setFocusPolicy(Qt::NoFocus); // the input keeps the focus; Up/Down move the selection from there
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setUniformItemSizes(true);
    m_list->setMouseTracking(true);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        m_list->setCurrentIndex(index);
        activateCurrent();
    });

    for (QLabel *label : {m_state, m_hint, m_keys}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_state->setObjectName(QStringLiteral("searchPaletteState"));
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setMinimumHeight(72);
    m_hint->setObjectName(QStringLiteral("searchPaletteHint"));
    m_keys->setObjectName(QStringLiteral("searchPaletteKeys"));
    m_keys->setText(tr("↑ ↓ to choose · Enter to open · Esc to close"));
    QFont small = m_keys->font();
    small.setPointSizeF(small.pointSizeF() * 0.88);
    m_hint->setFont(small);
    m_keys->setFont(small);

    auto *inputRow = new QHBoxLayout;
    inputRow->setContentsMargins(18, 14, 18, 12);
    inputRow->setSpacing(10);
    inputRow->addWidget(icon);
    inputRow->addWidget(m_input, 1);
    auto *footer = new QVBoxLayout;
    footer->setContentsMargins(18, 6, 18, 10);
    footer->setSpacing(4);
    footer->addWidget(m_hint);
    footer->addWidget(m_keys);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(inputRow);
    layout->addWidget(m_separator);
    auto *listMargin = new QVBoxLayout;
    listMargin->setContentsMargins(8, 6, 8, 0);
    listMargin->addWidget(m_list);
    listMargin->addWidget(m_state);
    layout->addLayout(listMargin);
    layout->addLayout(footer);
    setFixedWidth(kWidth);
    applyStyle();

    connect(m_input, &QLineEdit::textChanged, this, &SearchPalette::queryChanged);
    connect(m_requester, &SearchRequester::answered, this, &SearchPalette::showResults);
    connect(m_requester, &SearchRequester::failed, this, [this](const QString &message) {
        m_model->clear();
        showState(tr("Search failed: %1").arg(message), true);
    });
    queryChanged();
}

SearchPalette::~SearchPalette() = default;

void SearchPalette::open()
{
    if (QWidget *window = parentWidget() ? parentWidget()->window() : nullptr) {
        // Centred on the window, near its top, narrower than the window when the window is small.
        const QRect frame = window->frameGeometry();
        setFixedWidth(qMin(kWidth, qMax(360, window->width() - 48)));
        move(frame.center().x() - width() / 2, window->mapToGlobal(QPoint(0, 0)).y() + 56);
    }
    fitToContent();
    show();
    raise();
    activateWindow();
    m_input->setFocus(Qt::PopupFocusReason);
    m_input->selectAll();
    if (!m_input->text().trimmed().isEmpty())
        queryChanged(); // the records may have changed since the palette was last open
}

void SearchPalette::queryChanged()
{
    const QString query = m_input->text().trimmed();
    if (!m_requester->isAvailable()) {
        m_model->clear();
        showHint(QString());
        showState(tr("Search is not available right now."), false);
        return;
    }
    if (query.isEmpty()) {
        m_requester->cancel();
        m_model->clear();
        m_askedQuery.clear();
        m_answeredQuery.clear();
        m_openWhenAnswered = false;
        showHint(QString());
        showState(tr("Type to search everything you recorded."), false);
        return;
    }
    // The results of the previous query stay until the new ones arrive, so typing does not flicker.
    m_askedQuery = query;
    m_requester->searchSoon(requestFor(query));
}

SearchRequest SearchPalette::requestFor(const QString &query)
{
    SearchRequest request;
    request.query = query;
    request.limit = 20;
    return request;
}

void SearchPalette::showResults(const SearchResults &results)
{
    m_answeredQuery = m_askedQuery;
    m_model->setHits(results.hits);
    showHint(results.vectorsReady ? QString() : tr("Meaning search is still indexing — showing word matches."));
    if (results.hits.isEmpty()) {
        showState(tr("No results for “%1”.").arg(m_answeredQuery), false);
        return;
    }
    m_state->hide();
    m_list->show();
    m_list->setCurrentIndex(m_model->index(0));
    fitToContent();
    if (std::exchange(m_openWhenAnswered, false))
        activateCurrent();
}

void SearchPalette::showState(const QString &text, bool error)
{
    m_list->hide();
    m_state->setText(text);
    m_state->setAccessibleDescription(text);
    m_state->setProperty("error", error);
    QPalette pal = palette();
    const QColor colour = error ? errorColor(pal) : withAlpha(pal.color(QPalette::WindowText), 0.6);
    pal.setColor(QPalette::WindowText, colour);
    m_state->setPalette(pal);
    m_state->show();
    fitToContent();
}

void SearchPalette::showHint(const QString &text)
{
    m_hint->setText(text);
    m_hint->setVisible(!text.isEmpty());
}

void SearchPalette::fitToContent()
{
    if (m_list->isVisibleTo(this)) {
        const int rows = qBound(1, m_model->rowCount(), kVisibleRows);
        const int rowHeight = m_list->sizeHintForRow(0) > 0 ? m_list->sizeHintForRow(0) : 60;
        m_list->setFixedHeight(rows * rowHeight + 2);
    }
    adjustSize();
}

void SearchPalette::moveSelection(int step)
{
    const int count = m_model->rowCount();
    if (count == 0)
        return;
    const int row = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
    m_list->setCurrentIndex(m_model->index(qBound(0, row + step, count - 1)));
}

void SearchPalette::activateCurrent()
{
    // The list still shows the answer to an earlier query: ask now and open the first hit of the right one.
    const QString query = m_input->text().trimmed();
    if (!query.isEmpty() && query != m_answeredQuery && m_requester->isAvailable()) {
        m_openWhenAnswered = true;
        m_askedQuery = query;
        m_requester->searchNow(requestFor(query));
        return;
    }
    QModelIndex current = m_list->currentIndex();
    if (!current.isValid() && m_model->rowCount() > 0)
        current = m_model->index(0);
    if (!current.isValid() || !m_list->isVisibleTo(this))
        return;
    const SearchHit hit = m_model->hitAt(current.row());
    hide();
    Q_EMIT hitActivated(hit);
}

bool SearchPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_input || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Up:
        moveSelection(-1);
        return true;
    case Qt::Key_Down:
        moveSelection(+1);
        return true;
    case Qt::Key_PageUp:
        moveSelection(-kVisibleRows);
        return true;
    case Qt::Key_PageDown:
        moveSelection(+kVisibleRows);
        return true;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        activateCurrent();
        return true;
    case Qt::Key_Escape:
        hide();
        return true;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPalette::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintPanel(painter, rect(), palette(), QPalette::Base);
}

void SearchPalette::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void SearchPalette::applyStyle()
{
    const QPalette &pal = palette();
    QPalette line = m_separator->palette();
    line.setColor(QPalette::Window, withAlpha(pal.color(QPalette::WindowText), isDarkPalette(pal) ? 0.22 : 0.14));
    m_separator->setPalette(line);
    QPalette faint = m_keys->palette();
    faint.setColor(QPalette::WindowText, withAlpha(pal.color(QPalette::WindowText), 0.55));
    m_keys->setPalette(faint);
    m_hint->setPalette(faint);
    m_input->setStyleSheet(QStringLiteral("QLineEdit#searchPaletteInput { background: transparent; padding: 2px 0; }"));
    // Rounded, inset rows on the panel's own colour.
    m_list->setStyleSheet(QStringLiteral("QListView#searchPaletteResults { background: transparent; }"
                                         "QListView#searchPaletteResults::item { border-radius: 6px; }"
                                         "QListView#searchPaletteResults::item:selected {"
                                         "  background: %1; color: palette(highlighted-text); }"
                                         "QListView#searchPaletteResults::item:hover:!selected { background: %2; }")
                              .arg(cssColor(pal.color(QPalette::Highlight)),
                                   cssColor(withAlpha(pal.color(QPalette::Highlight), 0.12))));
}

} // namespace lifeos
