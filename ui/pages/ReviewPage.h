#pragma once

#include "analytics/Review.h"
#include "pages/Page.h"

#include <optional>

class QFrame;
class QGridLayout;
class QLabel;
class QListWidget;
class QListWidgetItem;
class QTreeWidget;

namespace lifeos {

struct UiContext;

// "How am I doing" at a glance: each tracked metric this week against last week, the 90-day baseline and the
// usual weekday; spending per category the same way; what happened on this day in earlier years; streaks.
// Everything comes from ReviewCalculator, computed afresh each time the page is shown (it is fast by design).
class ReviewPage final : public Page
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReviewPage)

public:
    explicit ReviewPage(UiContext &context, QWidget *parent = nullptr);
    void activate() override;

    // The report shown now (tests and the screenshot tool read it).
    const std::optional<ReviewReport> &report() const { return m_report; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void render();
    void renderMetrics();
    void renderSpending();
    void renderOnThisDay();
    void renderStreaks();
    QFrame *metricCard(const MetricReview &review);
    void openOnThisDay(QListWidgetItem *item);

    UiContext &m_context;
    std::optional<ReviewReport> m_report;
    QLabel *m_date = nullptr;
    QLabel *m_error = nullptr;
    QWidget *m_cards = nullptr;
    QGridLayout *m_cardGrid = nullptr;
    QLabel *m_noMetrics = nullptr;
    QTreeWidget *m_spending = nullptr;
    QLabel *m_noSpending = nullptr;
    QListWidget *m_onThisDay = nullptr;
    QLabel *m_noOnThisDay = nullptr;
    QLabel *m_streaks = nullptr;
};

} // namespace lifeos
