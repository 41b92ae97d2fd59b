#pragma once

#include "model/Transaction.h"
#include "pages/Page.h"

#include <QDate>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace lifeos {

class BudgetChart;
class BudgetList;
class CashFlowChart;
class CategorySpendingChart;
class TransactionTableModel;
struct UiContext;

// Money: a month of transactions with a summary by category, budgets with progress bars, recurring
// transactions, charts, and CSV import with its undo history.
class FinancePage : public Page
{
    Q_OBJECT

public:
    enum Tab { TransactionsTab, BudgetsTab, RecurringTab, ChartsTab };

    explicit FinancePage(UiContext &context, QWidget *parent = nullptr);
    void activate() override;

    QDate month() const { return m_month; }
    void setMonth(const QDate &day); // shows the month containing `day`
    // Shows the transactions tab with the row of transaction `id` selected, when the month on screen has it.
    void selectTransaction(qint64 id);
    QString currency() const;
    // The yes/no question before deleting (a seam for tests).
    void setConfirm(std::function<bool(const QString &question)> confirm) { m_confirm = std::move(confirm); }

    void addTransaction();
    void editTransaction();
    void deleteTransaction();
    void openImportDialog();
    void openImportHistory();
    // Shows a notification for each budget threshold newly reached today (each once per period). Also called by
    // the window after quick capture files an expense, so an alert does not wait for this page to be opened.
    void announceBudgetAlerts();

private:
    QWidget *buildTransactionsTab();
    QWidget *buildBudgetsTab();
    QWidget *buildRecurringTab();
    QWidget *buildChartsTab();

    void reloadAll();
    void reloadCurrencies();
    void reloadCategoryFilter();
    void loadTransactions();
    void loadSummary();
    void loadBudgets();
    void loadRecurring();
    void loadCharts();
    void afterTransactionsChanged();
    void stepMonth(int months);
    void addForCurrentTab();
    QStringList currencyChoices() const;
    std::optional<Transaction> currentTransaction() const;

    void addBudget();
    void editBudget();
    void deleteBudget();
    void addRecurring();
    void editRecurring();
    void deleteRecurring();
    void exportChart(QWidget *chart, const QString &baseName);

    UiContext &m_context;
    QDate m_month;
    bool m_chartsStale = true;
    std::function<bool(const QString &)> m_confirm;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_currency = nullptr;
    QPushButton *m_import = nullptr;
    QPushButton *m_history = nullptr;
    // Transactions
    QToolButton *m_previousMonth = nullptr;
    QLabel *m_monthLabel = nullptr;
    QToolButton *m_nextMonth = nullptr;
    QLineEdit *m_filterText = nullptr;
    QComboBox *m_filterCategory = nullptr;
    QComboBox *m_filterKind = nullptr;
    QPushButton *m_addTransaction = nullptr;
    QPushButton *m_editTransaction = nullptr;
    QPushButton *m_deleteTransaction = nullptr;
    TransactionTableModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_emptyHint = nullptr;
    QLabel *m_monthTotals = nullptr;
    QTreeWidget *m_summary = nullptr;
    QTimer *m_filterDelay = nullptr;
    // Budgets
    BudgetList *m_budgets = nullptr;
    QPushButton *m_editBudget = nullptr;
    QPushButton *m_deleteBudget = nullptr;
    // Recurring
    QTreeWidget *m_recurring = nullptr;
    QPushButton *m_editRecurring = nullptr;
    QPushButton *m_deleteRecurring = nullptr;
    // Charts
    CategorySpendingChart *m_spendingChart = nullptr;
    BudgetChart *m_budgetChart = nullptr;
    CashFlowChart *m_cashFlowChart = nullptr;
};

} // namespace lifeos
