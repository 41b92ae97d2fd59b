#include "charts/FinanceCharts.h"

#include "charts/ChartTheme.h"
#include "charts/ChartView.h"
#include "finance/MoneyFormat.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCursor>
#include <QHash>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QStackedBarSeries>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace lifeos {

namespace {

constexpr int kTopCategories = 7;

ChartView *makeView(QWidget *owner, QChart *chart)
{
    auto *view = new ChartView(chart, owner);
    auto *layout = new QVBoxLayout(owner);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view);
    return view;
}

void clearChart(QChart *chart)
{
    chart->removeAllSeries();
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        chart->removeAxis(axis);
        delete axis;
    }
}

QString monthLabel(const QDate &month, int monthCount)
{
    // Short labels when many months share the axis.
    return QLocale().toString(month, monthCount > 6 ? QStringLiteral("MMM yy") : QStringLiteral("MMM yyyy"));
}

QString monthName(const QDate &month)
{
    return QLocale().toString(month, QStringLiteral("MMMM yyyy"));
}

QPoint cursorIn(const QWidget *view)
{
    return view->mapFromGlobal(QCursor::pos());
}

// A category axis with locale-formatted amounts, attached to every series of `chart`.
QCategoryAxis *amountAxis(QChart *chart, double low, double high, Qt::Alignment alignment, const QString &title)
{
    auto *axis = new QCategoryAxis;
    // 4% headroom so that the largest bar does not touch the frame.
    const double room = (std::max(0.0, high) - std::min(0.0, low)) * 0.04;
    chartTheme::applyNiceRange(axis, chartTheme::niceRange(std::min(0.0, low - (low < 0 ? room : 0.0)),
                                                           std::max(0.0, high + room), 5));
    axis->setTitleText(title);
    chart->addAxis(axis, alignment);
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *series : all)
        series->attachAxis(axis);
    return axis;
}

QBarCategoryAxis *categoryAxis(QChart *chart, const QStringList &labels, Qt::Alignment alignment)
{
    auto *axis = new QBarCategoryAxis;
    axis->append(labels);
    chart->addAxis(axis, alignment);
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *series : all)
        series->attachAxis(axis);
    return axis;
}

} // namespace

// ---- CategorySpendingChart ----

struct CategorySpendingChart::Private
{
    QChart *chart = new QChart;
    ChartView *view = nullptr;
    QString currency;
    QList<QDate> months;
    QHash<QBarSet *, QList<qint64>> minor; // the exact amounts behind each bar
};

CategorySpendingChart::CategorySpendingChart(QWidget *parent)
    : QWidget(parent)
    , d(new Private)
{
    setObjectName(QStringLiteral("categorySpendingChart"));
    d->view = makeView(this, d->chart);
    d->chart->setTitle(tr("Spending by category per month"));
    d->chart->legend()->setAlignment(Qt::AlignRight);
}

void CategorySpendingChart::setData(const QList<MonthCategoryTotal> &totals, const QString &currency)
{
    clearChart(d->chart);
    d->minor.clear();
    d->currency = currency;

    // Months in order, and categories ranked by their total over all months.
    QList<QDate> months;
    QHash<QString, qint64> totalByCategory;
    for (const MonthCategoryTotal &t : totals) {
        if (!months.contains(t.month))
            months.append(t.month);
        totalByCategory[t.categoryName] += t.minor;
    }
    std::sort(months.begin(), months.end());
    d->months = months;
    QStringList ranked = totalByCategory.keys();
    std::sort(ranked.begin(), ranked.end(), [&](const QString &a, const QString &b) {
        const qint64 ta = totalByCategory.value(a);
        const qint64 tb = totalByCategory.value(b);
        return ta != tb ? ta > tb : a.localeAwareCompare(b) < 0;
    });
    const bool needOther = ranked.size() > kTopCategories;
    const QStringList top = needOther ? ranked.mid(0, kTopCategories) : ranked;

    QList<QList<qint64>> amounts(top.size() + (needOther ? 1 : 0), QList<qint64>(months.size(), 0));
    for (const MonthCategoryTotal &t : totals) {
        const qsizetype row = top.indexOf(t.categoryName);
        const qsizetype column = months.indexOf(t.month);
        amounts[row >= 0 ? row : top.size()][column] += t.minor;
    }

    auto *series = new QStackedBarSeries;
    double high = 0;
    QList<double> stackHeights(months.size(), 0);
    for (qsizetype row = 0; row < amounts.size(); ++row) {
        const bool other = row == top.size();
        const QString name = other ? tr("Other") : top[row].isEmpty() ? tr("Uncategorised") : top[row];
        auto *set = new QBarSet(name);
        const QColor color = other ? chartTheme::otherColor() : chartTheme::seriesColor(int(row));
        set->setColor(color);
        set->setPen(Qt::NoPen);
        for (qsizetype column = 0; column < months.size(); ++column) {
            const double major = MoneyFormat::toMajor(Money{amounts[row][column], currency});
            set->append(major);
            stackHeights[column] += major;
        }
        d->minor.insert(set, amounts[row]);
        series->append(set);
    }
    for (double h : std::as_const(stackHeights))
        high = std::max(high, h);
    series->setBarWidth(0.7);
    d->chart->addSeries(series);
    QStringList labels;
    for (const QDate &month : std::as_const(months))
        labels.append(monthLabel(month, int(months.size())));
    categoryAxis(d->chart, labels, Qt::AlignBottom);
    amountAxis(d->chart, 0, high, Qt::AlignLeft, currency);
    d->chart->legend()->setVisible(!amounts.isEmpty());

    connect(series, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *set) {
        if (!status || index < 0 || index >= d->months.size() || !d->minor.contains(set)) {
            d->view->hideTip();
            return;
        }
        const Money money{d->minor.value(set).value(index), d->currency};
        d->view->showTip(cursorIn(d->view), tr("%1 · %2: %3")
                                                .arg(set->label(), monthName(d->months[index]),
                                                     MoneyFormat::format(money)));
    });
    d->view->restyle();
}

CategorySpendingChart::~CategorySpendingChart()
{
    delete d;
}

QChart *CategorySpendingChart::chart() const
{
    return d->chart;
}

bool CategorySpendingChart::exportPng(const QString &filePath)
{
    return d->view->exportPng(filePath);
}

// ---- BudgetChart ----

struct BudgetChart::Private
{
    QChart *chart = new QChart;
    ChartView *view = nullptr;
    QList<BudgetProgress> rows; // in axis order (bottom first)
};

BudgetChart::BudgetChart(QWidget *parent)
    : QWidget(parent)
    , d(new Private)
{
    setObjectName(QStringLiteral("budgetChart"));
    d->view = makeView(this, d->chart);
    d->chart->setTitle(tr("Budgets: spent against the limit (over budget in red)"));
    d->chart->legend()->setAlignment(Qt::AlignBottom);
}

void BudgetChart::setData(const QList<BudgetProgress> &progress)
{
    clearChart(d->chart);
    // Horizontal bars draw the first category at the bottom; the first budget belongs on top.
    d->rows = progress;
    std::reverse(d->rows.begin(), d->rows.end());

    // Amounts share an axis only when every budget is in one currency; otherwise bars show percent of the limit.
    bool oneCurrency = true;
    for (const BudgetProgress &p : std::as_const(d->rows))
        oneCurrency = oneCurrency && p.budget.limit.currency == d->rows.first().budget.limit.currency;

    auto *limit = new QBarSet(tr("Budget"));
    auto *spent = new QBarSet(tr("Spent"));
    limit->setColor(chartTheme::otherColor());
    limit->setPen(Qt::NoPen);
    spent->setColor(chartTheme::seriesColor(0));
    spent->setPen(Qt::NoPen);
    spent->setSelectedColor(chartTheme::overColor());
    QStringList labels;
    QList<int> over;
    double high = 0;
    for (int i = 0; i < d->rows.size(); ++i) {
        const BudgetProgress &p = d->rows[i];
        const QString name = p.budget.categoryName.isEmpty() ? tr("Uncategorised") : p.budget.categoryName;
        labels.append(p.budget.period == BudgetPeriod::Week ? tr("%1 (week)").arg(name)
                                                            : tr("%1 (month)").arg(name));
        const double limitValue = oneCurrency ? MoneyFormat::toMajor(p.budget.limit) : 100.0;
        const double spentValue = oneCurrency ? MoneyFormat::toMajor(Money{p.spentMinor, p.budget.limit.currency})
                                              : p.fraction * 100.0;
        limit->append(limitValue);
        spent->append(spentValue);
        high = std::max({high, limitValue, spentValue});
        if (p.spentMinor > p.budget.limit.minor)
            over.append(i);
    }
    // Over-budget bars in the warning colour.
    spent->selectBars(over);

    auto *series = new QHorizontalBarSeries;
    series->append(limit);
    series->append(spent);
    series->setBarWidth(0.75);
    d->chart->addSeries(series);
    categoryAxis(d->chart, labels, Qt::AlignLeft);
    const QString title = oneCurrency && !d->rows.isEmpty() ? d->rows.first().budget.limit.currency
                                                             : tr("% of budget");
    amountAxis(d->chart, 0, high, Qt::AlignBottom, title);
    d->chart->legend()->setVisible(!d->rows.isEmpty());

    connect(series, &QAbstractBarSeries::hovered, this, [this](bool status, int index, QBarSet *) {
        if (!status || index < 0 || index >= d->rows.size()) {
            d->view->hideTip();
            return;
        }
        const BudgetProgress &p = d->rows[index];
        const Money spentMoney{p.spentMinor, p.budget.limit.currency};
        d->view->showTip(cursorIn(d->view), tr("%1: %2 spent of %3 (%4%)")
                                                .arg(p.budget.categoryName, MoneyFormat::format(spentMoney),
                                                     MoneyFormat::format(p.budget.limit))
                                                .arg(std::lround(p.fraction * 100)));
    });
    d->view->restyle();
}

BudgetChart::~BudgetChart()
{
    delete d;
}

QChart *BudgetChart::chart() const
{
    return d->chart;
}

bool BudgetChart::exportPng(const QString &filePath)
{
    return d->view->exportPng(filePath);
}

// ---- CashFlowChart ----

struct CashFlowChart::Private
{
    QChart *chart = new QChart;
    ChartView *view = nullptr;
    QString currency;
    QList<MonthFlow> flow;
};

CashFlowChart::CashFlowChart(QWidget *parent)
    : QWidget(parent)
    , d(new Private)
{
    setObjectName(QStringLiteral("cashFlowChart"));
    d->view = makeView(this, d->chart);
    d->chart->setTitle(tr("Income and expenses per month"));
    d->chart->legend()->setAlignment(Qt::AlignBottom);
}

void CashFlowChart::setData(const QList<MonthFlow> &flow, const QString &currency)
{
    clearChart(d->chart);
    d->currency = currency;
    d->flow = flow;
    std::sort(d->flow.begin(), d->flow.end(), [](const MonthFlow &a, const MonthFlow &b) { return a.month < b.month; });

    auto *income = new QBarSet(tr("Income"));
    auto *expenses = new QBarSet(tr("Expenses"));
    income->setColor(chartTheme::seriesColor(3));
    income->setPen(Qt::NoPen);
    expenses->setColor(chartTheme::seriesColor(1));
    expenses->setPen(Qt::NoPen);
    auto *net = new QLineSeries;
    net->setName(tr("Net"));
    net->setPen(QPen(chartTheme::seriesColor(0), 2.5));
    net->setPointsVisible(true);
    QStringList labels;
    double low = 0;
    double high = 0;
    for (int i = 0; i < d->flow.size(); ++i) {
        const MonthFlow &m = d->flow[i];
        const double in = MoneyFormat::toMajor(Money{m.incomeMinor, currency});
        const double out = MoneyFormat::toMajor(Money{m.expenseMinor, currency});
        const double balance = MoneyFormat::toMajor(Money{m.incomeMinor - m.expenseMinor, currency});
        income->append(in);
        expenses->append(out);
        net->append(i, balance);
        low = std::min({low, balance});
        high = std::max({high, in, out, balance});
        labels.append(monthLabel(m.month, int(d->flow.size())));
    }
    auto *bars = new QBarSeries;
    bars->append(income);
    bars->append(expenses);
    bars->setBarWidth(0.8);
    d->chart->addSeries(bars);
    d->chart->addSeries(net);
    categoryAxis(d->chart, labels, Qt::AlignBottom);
    amountAxis(d->chart, low, high, Qt::AlignLeft, currency);
    d->chart->legend()->setVisible(!d->flow.isEmpty());

    const auto tip = [this](int index) {
        if (index < 0 || index >= d->flow.size()) {
            d->view->hideTip();
            return;
        }
        const MonthFlow &m = d->flow[index];
        d->view->showTip(cursorIn(d->view),
                         tr("%1\nIncome %2\nExpenses %3\nNet %4")
                             .arg(monthName(m.month), MoneyFormat::format(Money{m.incomeMinor, d->currency}),
                                  MoneyFormat::format(Money{m.expenseMinor, d->currency}),
                                  MoneyFormat::format(Money{m.incomeMinor - m.expenseMinor, d->currency})));
    };
    connect(bars, &QAbstractBarSeries::hovered, this, [this, tip](bool status, int index, QBarSet *) {
        if (status)
            tip(index);
        else
            d->view->hideTip();
    });
    connect(net, &QXYSeries::hovered, this, [this, tip](const QPointF &point, bool state) {
        if (state)
            tip(int(std::lround(point.x())));
        else
            d->view->hideTip();
    });
    d->view->restyle();
}

CashFlowChart::~CashFlowChart()
{
    delete d;
}

QChart *CashFlowChart::chart() const
{
    return d->chart;
}

bool CashFlowChart::exportPng(const QString &filePath)
{
    return d->view->exportPng(filePath);
}

} // namespace lifeos
