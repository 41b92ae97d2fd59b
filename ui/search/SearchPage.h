#pragma once

#include "pages/Page.h"
#include "search/SearchTypes.h"
#include "UiContext.h"

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;
class QToolButton;

namespace lifeos {

class IndexStatusView;
class SearchRequester;
class SearchResultModel;

// Search: one query over everything, with the mode (words, meaning or both), a kind and a date range to narrow
// it, the results with their snippets (Enter or a double click opens one), and the state of the index.
class SearchPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPage)

public:
    static constexpr int kTypingDelayMs = 120;

    explicit SearchPage(UiContext &context, QWidget *parent = nullptr);
    void activate() override;
    // Fills in the query (e.g. from the palette) and searches at once.
    void setQuery(const QString &query);
    SearchRequest request() const;
    const SearchResultModel &results() const { return *m_model; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void search(bool soon);
    void showResults(const SearchResults &results);
    void showState(const QString &text);
    void clearDates();
    void setUpDateEdit(QDateEdit *edit);

    UiContext &m_context;
    SearchRequester *m_requester = nullptr;
    SearchResultModel *m_model = nullptr;
    QLineEdit *m_query = nullptr;
    QComboBox *m_mode = nullptr;
    QComboBox *m_kind = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QToolButton *m_anyTime = nullptr;
    QLabel *m_summary = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_state = nullptr;
    IndexStatusView *m_status = nullptr;
};

} // namespace lifeos
