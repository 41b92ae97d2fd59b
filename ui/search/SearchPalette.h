#pragma once

#include "search/SearchTypes.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;

namespace lifeos {

class SearchRequester;
class SearchResultModel;
class SearchService;

// Ctrl+K: a popup near the top of the main window with one line of input and the results as you type. Up/Down
// move, Enter (or a click) opens the hit and closes the palette, Esc or a click elsewhere closes it. The last
// query stays, selected, for the next time.
class SearchPalette final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPalette)

public:
    static constexpr int kWidth = 640;
    static constexpr int kVisibleRows = 6;
    static constexpr int kTypingDelayMs = 80;

    SearchPalette(SearchService *service, QWidget *window);
    ~SearchPalette() override;

    // Shows the palette over its window with the query selected, and searches again (records may have changed).
    void open();
    QLineEdit *input() const { return m_input; }
    QListView *resultList() const { return m_list; }
    const SearchResultModel &results() const { return *m_model; }

Q_SIGNALS:
    void hitActivated(const lifeos::SearchHit &hit);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    static SearchRequest requestFor(const QString &query);
    void queryChanged();
    void showResults(const SearchResults &results);
    void showState(const QString &text, bool error);
    void showHint(const QString &text);
    void moveSelection(int step);
    void activateCurrent();
    void applyStyle();
    void fitToContent();

    SearchRequester *m_requester = nullptr;
    SearchResultModel *m_model = nullptr;
    QLineEdit *m_input = nullptr;
    QWidget *m_separator = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_hint = nullptr;
    QLabel *m_keys = nullptr;
    QString m_askedQuery;    // the newest query sent; its answer is the only one the requester passes on
    QString m_answeredQuery; // the query the shown results belong to
    bool m_openWhenAnswered = false; // Enter came before the answer to what is typed
};

} // namespace lifeos
