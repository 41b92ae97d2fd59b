#pragma once

#include "finance/BudgetTracker.h"

#include <QTreeWidget>

class QProgressBar;

namespace lifeos {

// Budgets with a progress bar each: spent of the limit in the current week or month. At 80% the bar turns amber
// and at 100% red, and the status column says it in words too.
class BudgetList final : public QTreeWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BudgetList)

public:
    enum Column { CategoryColumn, PeriodColumn, ProgressColumn, StatusColumn };

    explicit BudgetList(QWidget *parent = nullptr);

    void setProgress(const QList<BudgetProgress> &progress);
    std::optional<Budget> currentBudget() const;
    QProgressBar *progressBarFor(qint64 budgetId) const;
    // "Rp 820.000 of Rp 1.000.000 (82%)"
    static QString progressText(const BudgetProgress &progress);
    static int percent(qint64 spentMinor, qint64 limitMinor); // rounded down, exact

protected:
    void changeEvent(QEvent *event) override;

private:
    void paintBars();

    QList<BudgetProgress> m_progress;
};

} // namespace lifeos
