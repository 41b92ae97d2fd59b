#include "search/SearchPage.h"

#include "search/IndexStatusView.h"
#include "search/SearchFormat.h"
#include "search/SearchHitDelegate.h"
#include "search/SearchRequester.h"
#include "search/SearchResultModel.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QToolButton>
#include <QVBoxLayout>

namespace lifeos {

namespace {

// A date edit at this date shows "Any": the range is open on that side.
const QDate kAnyDate(1900, 1, 1);

QDate dateOrOpen(const QDateEdit *edit)
{
    return edit->date() == kAnyDate ? QDate() : edit->date();
}

} // namespace

SearchPage::SearchPage(UiContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_requester(new SearchRequester(context.search, kTypingDelayMs, this))
    , m_model(new SearchResultModel(this))
    , m_query(new QLineEdit(this))
    , m_mode(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_anyTime(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_list(new QListView(this))
    , m_state(new QLabel(this))
    , m_status(new IndexStatusView(context.search, this))
{
    setObjectName(QStringLiteral("searchPage"));
    m_query->setObjectName(QStringLiteral("searchQuery"));
    m_mode->setObjectName(QStringLiteral("searchMode"));
    m_kind->setObjectName(QStringLiteral("searchKind"));
    m_from->setObjectName(QStringLiteral("searchFrom"));
    m_to->setObjectName(QStringLiteral("searchTo"));
    m_anyTime->setObjectName(QStringLiteral("searchAnyTime"));
    m_summary->setObjectName(QStringLiteral("searchSummary"));
    m_list->setObjectName(QStringLiteral("searchResults"));
    m_state->setObjectName(QStringLiteral("searchState"));

    m_query->setPlaceholderText(tr("Search everything you recorded (Ctrl+F)"));
    m_query->setAccessibleName(tr("Search"));
    m_query->setClearButtonEnabled(true);
    m_query->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);
    QFont queryFont = m_query->font();
    queryFont.setPointSizeF(queryFont.pointSizeF() * 1.15);
    m_query->setFont(queryFont);

    m_mode->setAccessibleName(tr("Search mode"));
    m_mode->addItem(tr("Words and meaning"), int(SearchMode::Hybrid));
    m_mode->addItem(tr("Words only"), int(SearchMode::Text));
    m_mode->addItem(tr("Meaning only"), int(SearchMode::Vector));
    m_mode->setToolTip(tr("Words finds the words you type (and their forms); meaning also finds entries that say "
                          "the same thing in other words."));

    m_kind->setAccessibleName(tr("Kind of entry"));
    m_kind->addItem(tr("All kinds"), QStringList());
    for (const QString &kind : searchKinds())
        m_kind->addItem(SearchFormat::kindIcon(kind), SearchFormat::kindName(kind), QStringList{kind});

    setUpDateEdit(m_from);
    setUpDateEdit(m_to);
    m_from->setAccessibleName(tr("From date"));
    m_to->setAccessibleName(tr("To date"));
    m_anyTime->setText(tr("Any time"));
    m_anyTime->setToolTip(tr("Search all dates"));
    m_anyTime->setEnabled(false);
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&to"), this);
    toLabel->setBuddy(m_to);

    m_list->setModel(m_model);
    m_list->setItemDelegate(new SearchHitDelegate(SearchHitDelegate::Style::Full, m_list));
    m_list->setAccessibleName(tr("Search results"));
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setUniformItemSizes(true);
    m_list->setAlternatingRowColors(false);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setTextFormat(Qt::PlainText);
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setForegroundRole(QPalette::PlaceholderText);

    connect(m_query, &QLineEdit::textChanged, this, [this] { search(true); });
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        // Enter in the query goes to the results, where Enter again opens the first one.
        if (m_model->rowCount() > 0) {
            m_list->setFocus();
            m_list->setCurrentIndex(m_model->index(0));
        }
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] { search(false); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { search(false); });
    for (QDateEdit *edit : {m_from, m_to}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            m_anyTime->setEnabled(dateOrOpen(m_from).isValid() || dateOrOpen(m_to).isValid());
            search(true);
        });
    }
    connect(m_anyTime, &QToolButton::clicked, this, &SearchPage::clearDates);
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT hitChosen(m_model->hitAt(index.row())); });
    connect(m_requester, &SearchRequester::answered, this, &SearchPage::showResults);
    connect(m_requester, &SearchRequester::failed, this, [this](const QString &message) {
        m_model->clear();
        showState(tr("Search failed: %1").arg(message));
    });

    addPageShortcut(QKeySequence::Find, [this] {
        m_query->setFocus();
        m_query->selectAll();
    });

    auto *queryRow = new QHBoxLayout;
    queryRow->addWidget(m_query, 1);
    queryRow->addWidget(m_mode);
    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_kind);
    filterRow->addSpacing(12);
    filterRow->addWidget(fromLabel);
    filterRow->addWidget(m_from);
    filterRow->addWidget(toLabel);
    filterRow->addWidget(m_to);
    filterRow->addWidget(m_anyTime);
    filterRow->addStretch(1);
    filterRow->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addLayout(queryRow);
    layout->addLayout(filterRow);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_state, 1);
    layout->addWidget(m_status);
    setTabOrder(m_query, m_mode);
    setTabOrder(m_mode, m_kind);
    setTabOrder(m_kind, m_from);
    setTabOrder(m_from, m_to);
    setTabOrder(m_to, m_anyTime);
    setTabOrder(m_anyTime, m_list);
    setFocusProxy(m_query);
    search(false);
}

void SearchPage::setUpDateEdit(QDateEdit *edit)
{
    edit->setCalendarPopup(true);
    edit->setMinimumDate(kAnyDate);
    edit->setSpecialValueText(tr("Any"));
    edit->setDate(kAnyDate);
    edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    // An open range opens the calendar at today's month, not at the sentinel's 1900.
    edit->calendarWidget()->installEventFilter(this);
    connect(edit, &QDateEdit::dateChanged, this, [this, edit](const QDate &date) {
        // Stepping up from "Any" jumps to today instead of crawling from 1900.
        if (date == kAnyDate.addDays(1)) {
            const QSignalBlocker blocker(edit);
            edit->setDate(m_context.today());
        }
    });
}

bool SearchPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        for (QDateEdit *edit : {m_from, m_to}) {
            if (watched == edit->calendarWidget() && edit->date() == kAnyDate) {
                const QDate today = m_context.today();
                edit->calendarWidget()->setCurrentPage(today.year(), today.month());
            }
        }
    }
    return Page::eventFilter(watched, event);
}

void SearchPage::activate()
{
    m_status->refresh();
    if (!m_query->text().trimmed().isEmpty())
        search(false); // records may have changed since the page was last shown
}

void SearchPage::setQuery(const QString &query)
{
    m_query->setText(query);
    search(false);
}

SearchRequest SearchPage::request() const
{
    SearchRequest request;
    request.query = m_query->text().trimmed();
    request.mode = SearchMode(m_mode->currentData().toInt());
    request.filter.kinds = m_kind->currentData().toStringList();
    request.filter.from = dateOrOpen(m_from);
    request.filter.to = dateOrOpen(m_to);
    request.limit = 50;
    return request;
}

void SearchPage::search(bool soon)
{
    const SearchRequest request = this->request();
    if (!m_requester->isAvailable()) {
        m_model->clear();
        m_summary->clear();
        showState(tr("Search is not available right now."));
        return;
    }
    if (request.query.isEmpty()) {
        m_requester->cancel();
        m_model->clear();
        m_summary->clear();
        showState(tr("Type above to search your journal, notes, tasks and everything else you recorded, by "
                     "words or by meaning."));
        return;
    }
    if (soon)
        m_requester->searchSoon(request);
    else
        m_requester->searchNow(request);
}

void SearchPage::showResults(const SearchResults &results)
{
    m_model->setHits(results.hits);
    QString summary = tr("%n result(s)", nullptr, int(results.hits.size()));
    if (!results.vectorsReady && m_mode->currentData().toInt() != int(SearchMode::Text))
        summary += QStringLiteral(" · ") + tr("meaning search is still indexing, showing word matches");
    m_summary->setText(summary);
    if (results.hits.isEmpty()) {
        const bool filtered = m_kind->currentIndex() > 0 || m_anyTime->isEnabled();
        showState(filtered ? tr("No results for “%1” with these filters.").arg(m_query->text().trimmed())
                           : tr("No results for “%1”.").arg(m_query->text().trimmed()));
        return;
    }
    m_state->hide();
    m_list->show();
    if (!m_list->currentIndex().isValid())
        m_list->setCurrentIndex(m_model->index(0));
}

void SearchPage::showState(const QString &text)
{
    m_list->hide();
    m_state->setText(text);
    m_state->show();
}

void SearchPage::clearDates()
{
    {
        const QSignalBlocker fromBlocker(m_from);
        const QSignalBlocker toBlocker(m_to);
        m_from->setDate(kAnyDate);
        m_to->setDate(kAnyDate);
    }
    m_anyTime->setEnabled(false);
    search(false);
}

} // namespace lifeos
