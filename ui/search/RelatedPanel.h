#pragma once

#include "search/SearchTypes.h"

#include <QWidget>

class QLabel;
class QListView;
class QTimer;
class QToolButton;

namespace lifeos {

class SearchRequester;
class SearchResultModel;
class SearchService;
class Settings;

// "Related": a narrow panel beside an editor listing entries that are about the same things as the one shown
// (SearchService::related). It follows the entry (setOrigin), looks again a little after the entry is saved,
// opens a hit on click or Enter, and folds away to a thin strip; the folded state is remembered.
class RelatedPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RelatedPanel)

public:
    static constexpr int kLimit = 8;
    static constexpr int kWidth = 250;
    static constexpr int kSectionRows = 3;
    static constexpr int kAfterSaveDelayMs = 1500;
    static constexpr int kAfterSwitchDelayMs = 250;

    // Side: a foldable column beside an editor. Section: a plain list under a heading the page draws (Today).
    enum class Placement { Side, Section };

    RelatedPanel(SearchService *service, Settings &settings, Placement placement, QWidget *parent = nullptr);

    // The entry shown in the editor ("note:12", "journal:40"); empty for an entry not saved yet.
    void setOrigin(const QString &origin);
    QString origin() const { return m_origin; }
    // The entry was saved: its index entry changes shortly, so look again after a pause.
    void entrySaved();
    bool isCollapsed() const { return m_collapsed; }
    void setCollapsed(bool collapsed);
    const SearchResultModel &results() const { return *m_model; }

Q_SIGNALS:
    void hitActivated(const lifeos::SearchHit &hit);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void showResults(const SearchResults &results);
    void showState(const QString &text);
    bool canAsk() const;

    SearchRequester *m_requester = nullptr;
    Settings &m_settings;
    SearchResultModel *m_model = nullptr;
    QToolButton *m_toggle = nullptr;
    QWidget *m_body = nullptr;
    QListView *m_list = nullptr;
    QLabel *m_state = nullptr;
    QTimer *m_delay = nullptr;
    QString m_origin;
    Placement m_placement = Placement::Side;
    bool m_collapsed = false;
    bool m_stale = true;
    bool m_awaitingVectors = false; // the last answer came before the vector index was ready
};

} // namespace lifeos
