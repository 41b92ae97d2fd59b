#pragma once

#include "finance/BudgetTracker.h"
#include "finance/FinanceStats.h"

#include <QWidget>

class QChart;

namespace lifeos {

// The Finance page's charts. Each follows the palette, shows exact amounts on hover, and exports a PNG.
// Amounts are formatted with MoneyFormat in the chart's currency.

// Spending by category per month, as stacked bars (the 7 largest categories, the rest as "Other").
class CategorySpendingChart : public QWidget
{
    Q_OBJECT

public:
    explicit CategorySpendingChart(QWidget *parent = nullptr);
    ~CategorySpendingChart() override;
    void setData(const QList<MonthCategoryTotal> &totals, const QString &currency);
    QChart *chart() const;
    bool exportPng(const QString &filePath);

private:
    struct Private;
    Private *d;
};

// Budget against actual spending for the current period of every budget (horizontal bars).
class BudgetChart : public QWidget
{
    Q_OBJECT

public:
    explicit BudgetChart(QWidget *parent = nullptr);
    ~BudgetChart() override;
    void setData(const QList<BudgetProgress> &progress);
    QChart *chart() const;
    bool exportPng(const QString &filePath);

private:
    struct Private;
    Private *d;
};

// Income against expenses per month (grouped bars) with the net as a line.
class CashFlowChart : public QWidget
{
    Q_OBJECT

public:
    explicit CashFlowChart(QWidget *parent = nullptr);
    ~CashFlowChart() override;
    void setData(const QList<MonthFlow> &flow, const QString &currency);
    QChart *chart() const;
    bool exportPng(const QString &filePath);

private:
    struct Private;
    Private *d;
};

} // namespace lifeos
