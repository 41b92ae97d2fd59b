#include "pages/FinancePage.h"

#include "charts/FinanceCharts.h"
#include "dialogs/BudgetEditorDialog.h"
#include "dialogs/CsvImportDialog.h"
#include "dialogs/ImportHistoryDialog.h"
#include "dialogs/RecurringEditorDialog.h"
#include "dialogs/TransactionEditorDialog.h"
#include "finance/BudgetRepository.h"
#include "finance/BudgetTracker.h"
#include "finance/CategoryRepository.h"
#include "finance/FinanceStats.h"
#include "finance/MoneyFormat.h"
#include "finance/RecurringTransactions.h"
#include "finance/TransactionRepository.h"
#include "pages/finance/BudgetList.h"
#include "pages/finance/FinanceColors.h"
#include "pages/finance/MoneyEdit.h"
#include "pages/finance/TransactionTableModel.h"
#include "UiContext.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lifeos {

namespace {

constexpr int kIdRole = Qt::UserRole;
const QString kUncategorised = QStringLiteral("none");

QDate firstOfMonth(const QDate &day)
{
    return QDate(day.year(), day.month(), 1);
}

// A Delete (or other) key that acts on one list only, while it has focus.
template <typename Action>
void addListShortcut(QWidget *list, const QKeySequence &keys, QObject *context, Action &&action)
{
    auto *shortcut = new QShortcut(keys, list);
    shortcut->setContext(Qt::WidgetShortcut);
    QObject::connect(shortcut, &QShortcut::activated, context, std::forward<Action>(action));
}

QString periodWords(Cadence cadence)
{
    switch (cadence) {
    case Cadence::Weekly: return FinancePage::tr("Every week");
    case Cadence::Monthly: return FinancePage::tr("Every month");
    case Cadence::Yearly: return FinancePage::tr("Every year");
    }
    return {};
}

} // namespace

FinancePage::FinancePage(UiContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_month(firstOfMonth(context.today()))
    , m_tabs(new QTabWidget(this))
    , m_currency(new QComboBox(this))
    , m_import(new QPushButton(tr("&Import CSV…"), this))
    , m_history(new QPushButton(tr("Import &history…"), this))
{
    setObjectName(QStringLiteral("financePage"));
    m_tabs->setObjectName(QStringLiteral("financeTabs"));
    m_currency->setObjectName(QStringLiteral("financeCurrency"));
    m_import->setObjectName(QStringLiteral("financeImport"));
    m_history->setObjectName(QStringLiteral("financeImportHistory"));
    m_currency->setAccessibleName(tr("Currency of the summary and charts"));
    m_currency->setToolTip(tr("Amounts in different currencies are never added together"));
    m_import->setToolTip(tr("Import a bank statement or metrics CSV (Ctrl+I)"));

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, tr("Finance"), question) == QMessageBox::Yes;
    };

    m_tabs->addTab(buildTransactionsTab(), tr("&Transactions"));
    m_tabs->addTab(buildBudgetsTab(), tr("&Budgets"));
    m_tabs->addTab(buildRecurringTab(), tr("&Recurring"));
    m_tabs->addTab(buildChartsTab(), tr("&Charts"));

    auto *currencyLabel = new QLabel(tr("C&urrency:"), this);
    currencyLabel->setBuddy(m_currency);
    auto *header = new QHBoxLayout;
    header->addStretch(1);
    header->addWidget(currencyLabel);
    header->addWidget(m_currency);
    header->addSpacing(12);
    header->addWidget(m_import);
    header->addWidget(m_history);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addLayout(header);
    layout->addWidget(m_tabs, 1);

    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == ChartsTab && m_chartsStale)
            loadCharts();
    });
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        loadSummary();
        m_chartsStale = true;
        if (m_tabs->currentIndex() == ChartsTab)
            loadCharts();
    });
    connect(m_import, &QPushButton::clicked, this, &FinancePage::openImportDialog);
    connect(m_history, &QPushButton::clicked, this, &FinancePage::openImportHistory);

    addPageShortcut(QKeySequence::New, [this] { addForCurrentTab(); });
    addPageShortcut(QKeySequence(Qt::CTRL | Qt::Key_I), [this] { openImportDialog(); });
    addPageShortcut(QKeySequence(Qt::ALT | Qt::Key_Left), [this] { stepMonth(-1); });
    addPageShortcut(QKeySequence(Qt::ALT | Qt::Key_Right), [this] { stepMonth(1); });
    addPageShortcut(QKeySequence::Find, [this] {
        m_tabs->setCurrentIndex(TransactionsTab);
        m_filterText->setFocus();
        m_filterText->selectAll();
    });
    setFocusProxy(m_tabs);
}

QWidget *FinancePage::buildTransactionsTab()
{
    auto *tab = new QWidget(this);
    m_previousMonth = new QToolButton(tab);
    m_monthLabel = new QLabel(tab);
    m_nextMonth = new QToolButton(tab);
    m_filterText = new QLineEdit(tab);
    m_filterCategory = new QComboBox(tab);
    m_filterKind = new QComboBox(tab);
    m_addTransaction = new QPushButton(tr("&Add…"), tab);
    m_editTransaction = new QPushButton(tr("&Edit…"), tab);
    m_deleteTransaction = new QPushButton(tr("&Delete"), tab);
    m_model = new TransactionTableModel(this);
    m_table = new QTableView(tab);
    m_emptyHint = new QLabel(tab);
    m_monthTotals = new QLabel(tab);
    m_summary = new QTreeWidget(tab);
    m_filterDelay = new QTimer(this);

    m_previousMonth->setObjectName(QStringLiteral("financePreviousMonth"));
    m_monthLabel->setObjectName(QStringLiteral("financeMonth"));
    m_nextMonth->setObjectName(QStringLiteral("financeNextMonth"));
    m_filterText->setObjectName(QStringLiteral("financeFilter"));
    m_filterCategory->setObjectName(QStringLiteral("financeCategoryFilter"));
    m_filterKind->setObjectName(QStringLiteral("financeKindFilter"));
    m_addTransaction->setObjectName(QStringLiteral("financeAddTransaction"));
    m_editTransaction->setObjectName(QStringLiteral("financeEditTransaction"));
    m_deleteTransaction->setObjectName(QStringLiteral("financeDeleteTransaction"));
    m_table->setObjectName(QStringLiteral("financeTransactions"));
    m_monthTotals->setObjectName(QStringLiteral("financeMonthTotals"));
    m_summary->setObjectName(QStringLiteral("financeSummary"));

    m_previousMonth->setArrowType(Qt::LeftArrow);
    m_previousMonth->setToolTip(tr("Previous month (Alt+Left)"));
    m_previousMonth->setAccessibleName(tr("Previous month"));
    m_nextMonth->setArrowType(Qt::RightArrow);
    m_nextMonth->setToolTip(tr("Next month (Alt+Right)"));
    m_nextMonth->setAccessibleName(tr("Next month"));
    QFont monthFont = m_monthLabel->font();
    monthFont.setPointSizeF(monthFont.pointSizeF() * 1.25);
    monthFont.setBold(true);
    m_monthLabel->setFont(monthFont);
    m_monthLabel->setMinimumWidth(180);
    m_monthLabel->setAlignment(Qt::AlignCenter);
    m_filterText->setPlaceholderText(tr("Filter merchant or note (Ctrl+F)"));
    m_filterText->setClearButtonEnabled(true);
    m_filterCategory->setAccessibleName(tr("Filter by category"));
    m_filterKind->setAccessibleName(tr("Filter by kind"));
    m_filterKind->addItem(tr("Expenses and income"), -1);
    m_filterKind->addItem(tr("Expenses"), int(TransactionKind::Expense));
    m_filterKind->addItem(tr("Income"), int(TransactionKind::Income));
    m_addTransaction->setToolTip(tr("Add a transaction (Ctrl+N)"));
    m_editTransaction->setToolTip(tr("Edit the selected transaction (Enter)"));
    m_deleteTransaction->setToolTip(tr("Delete the selected transaction (Delete)"));

    m_table->setModel(m_model);
    m_table->setAccessibleName(tr("Transactions"));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->horizontalHeader()->setSectionResizeMode(TransactionTableModel::DayColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TransactionTableModel::MerchantColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TransactionTableModel::CategoryColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(TransactionTableModel::NoteColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(TransactionTableModel::AmountColumn,
                                                      QHeaderView::ResizeToContents);
    m_emptyHint->setAlignment(Qt::AlignCenter);
    m_emptyHint->setForegroundRole(QPalette::PlaceholderText);
    m_emptyHint->setWordWrap(true);

    m_monthTotals->setWordWrap(true);
    m_monthTotals->setTextFormat(Qt::PlainText);
    m_summary->setColumnCount(3);
    m_summary->setHeaderLabels({tr("Category"), tr("Spent"), tr("Share")});
    m_summary->setRootIsDecorated(false);
    m_summary->setAccessibleName(tr("Spending by category this month"));
    m_summary->header()->setStretchLastSection(false);
    m_summary->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_summary->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_summary->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_summary->headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    m_summary->headerItem()->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);

    m_filterDelay->setSingleShot(true);
    m_filterDelay->setInterval(200);

    auto *navigator = new QHBoxLayout;
    navigator->addWidget(m_previousMonth);
    navigator->addWidget(m_monthLabel);
    navigator->addWidget(m_nextMonth);
    navigator->addStretch(1);
    navigator->addWidget(m_addTransaction);
    navigator->addWidget(m_editTransaction);
    navigator->addWidget(m_deleteTransaction);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filterText, 2);
    filters->addWidget(m_filterCategory, 1);
    filters->addWidget(m_filterKind, 1);

    auto *tableSide = new QWidget(tab);
    auto *tableLayout = new QVBoxLayout(tableSide);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(filters);
    tableLayout->addWidget(m_table, 1);
    tableLayout->addWidget(m_emptyHint);
    auto *summarySide = new QWidget(tab);
    auto *summaryLayout = new QVBoxLayout(summarySide);
    summaryLayout->setContentsMargins(0, 0, 0, 0);
    auto *summaryTitle = new QLabel(tr("This month by category"), summarySide);
    QFont titleFont = summaryTitle->font();
    titleFont.setBold(true);
    summaryTitle->setFont(titleFont);
    summaryLayout->addWidget(summaryTitle);
    summaryLayout->addWidget(m_monthTotals);
    summaryLayout->addWidget(m_summary, 1);
    auto *splitter = new QSplitter(Qt::Horizontal, tab);
    splitter->addWidget(tableSide);
    splitter->addWidget(summarySide);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    summarySide->setMinimumWidth(260);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(navigator);
    layout->addWidget(splitter, 1);

    QWidget::setTabOrder(m_previousMonth, m_nextMonth);
    QWidget::setTabOrder(m_nextMonth, m_addTransaction);
    QWidget::setTabOrder(m_addTransaction, m_editTransaction);
    QWidget::setTabOrder(m_editTransaction, m_deleteTransaction);
    QWidget::setTabOrder(m_deleteTransaction, m_filterText);
    QWidget::setTabOrder(m_filterText, m_filterCategory);
    QWidget::setTabOrder(m_filterCategory, m_filterKind);
    QWidget::setTabOrder(m_filterKind, m_table);
    QWidget::setTabOrder(m_table, m_summary);

    connect(m_previousMonth, &QToolButton::clicked, this, [this] { stepMonth(-1); });
    connect(m_nextMonth, &QToolButton::clicked, this, [this] { stepMonth(1); });
    connect(m_filterText, &QLineEdit::textChanged, m_filterDelay, qOverload<>(&QTimer::start));
    connect(m_filterDelay, &QTimer::timeout, this, &FinancePage::loadTransactions);
    connect(m_filterCategory, &QComboBox::currentIndexChanged, this, &FinancePage::loadTransactions);
    connect(m_filterKind, &QComboBox::currentIndexChanged, this, &FinancePage::loadTransactions);
    connect(m_addTransaction, &QPushButton::clicked, this, &FinancePage::addTransaction);
    connect(m_editTransaction, &QPushButton::clicked, this, &FinancePage::editTransaction);
    connect(m_deleteTransaction, &QPushButton::clicked, this, &FinancePage::deleteTransaction);
    // Enter and double-click both arrive as `activated`.
    connect(m_table, &QTableView::activated, this, &FinancePage::editTransaction);
    addListShortcut(m_table, QKeySequence::Delete, this, [this] { deleteTransaction(); });
    return tab;
}

QWidget *FinancePage::buildBudgetsTab()
{
    auto *tab = new QWidget(this);
    m_budgets = new BudgetList(tab);
    m_budgets->setObjectName(QStringLiteral("financeBudgets"));
    m_budgets->setAccessibleName(tr("Budgets"));
    auto *add = new QPushButton(tr("&Add budget…"), tab);
    m_editBudget = new QPushButton(tr("&Edit…"), tab);
    m_deleteBudget = new QPushButton(tr("&Delete"), tab);
    add->setObjectName(QStringLiteral("financeAddBudget"));
    add->setToolTip(tr("Add a budget (Ctrl+N)"));
    auto *hint = new QLabel(tr("A notification appears when a budget reaches 80% and again at 100%."), tab);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(add);
    buttons->addWidget(m_editBudget);
    buttons->addWidget(m_deleteBudget);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(buttons);
    layout->addWidget(m_budgets, 1);

    connect(add, &QPushButton::clicked, this, &FinancePage::addBudget);
    connect(m_editBudget, &QPushButton::clicked, this, &FinancePage::editBudget);
    connect(m_deleteBudget, &QPushButton::clicked, this, &FinancePage::deleteBudget);
    connect(m_budgets, &QTreeWidget::itemActivated, this, &FinancePage::editBudget);
    connect(m_budgets, &QTreeWidget::currentItemChanged, this, [this] {
        const bool any = m_budgets->currentItem() != nullptr;
        m_editBudget->setEnabled(any);
        m_deleteBudget->setEnabled(any);
    });
    addListShortcut(m_budgets, QKeySequence::Delete, this, [this] { deleteBudget(); });
    return tab;
}

QWidget *FinancePage::buildRecurringTab()
{
    auto *tab = new QWidget(this);
    m_recurring = new QTreeWidget(tab);
    m_recurring->setObjectName(QStringLiteral("financeRecurring"));
    m_recurring->setAccessibleName(tr("Recurring transactions"));
    m_recurring->setColumnCount(6);
    m_recurring->setHeaderLabels({tr("Merchant"), tr("Category"), tr("Amount"), tr("Repeats"), tr("From"),
                                  tr("Until")});
    m_recurring->setRootIsDecorated(false);
    m_recurring->setAlternatingRowColors(true);
    m_recurring->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_recurring->header()->setStretchLastSection(false);
    for (int column = 1; column < 6; ++column)
        m_recurring->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_recurring->headerItem()->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    auto *add = new QPushButton(tr("&Add recurring…"), tab);
    m_editRecurring = new QPushButton(tr("&Edit…"), tab);
    m_deleteRecurring = new QPushButton(tr("&Delete"), tab);
    add->setObjectName(QStringLiteral("financeAddRecurring"));
    add->setToolTip(tr("Add a recurring transaction (Ctrl+N)"));
    auto *hint = new QLabel(tr("Due occurrences are added to the transactions each time this page opens."), tab);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(add);
    buttons->addWidget(m_editRecurring);
    buttons->addWidget(m_deleteRecurring);
    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->addLayout(buttons);
    layout->addWidget(m_recurring, 1);

    connect(add, &QPushButton::clicked, this, &FinancePage::addRecurring);
    connect(m_editRecurring, &QPushButton::clicked, this, &FinancePage::editRecurring);
    connect(m_deleteRecurring, &QPushButton::clicked, this, &FinancePage::deleteRecurring);
    connect(m_recurring, &QTreeWidget::itemActivated, this, &FinancePage::editRecurring);
    connect(m_recurring, &QTreeWidget::currentItemChanged, this, [this] {
        const bool any = m_recurring->currentItem() != nullptr;
        m_editRecurring->setEnabled(any);
        m_deleteRecurring->setEnabled(any);
    });
    addListShortcut(m_recurring, QKeySequence::Delete, this, [this] { deleteRecurring(); });
    return tab;
}

QWidget *FinancePage::buildChartsTab()
{
    auto *content = new QWidget(this);
    m_spendingChart = new CategorySpendingChart(content);
    m_budgetChart = new BudgetChart(content);
    m_cashFlowChart = new CashFlowChart(content);
    m_spendingChart->setObjectName(QStringLiteral("financeSpendingChart"));
    m_budgetChart->setObjectName(QStringLiteral("financeBudgetChart"));
    m_cashFlowChart->setObjectName(QStringLiteral("financeCashFlowChart"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(12, 12, 12, 12);
    layout->setSpacing(18);
    const auto addChart = [&](QWidget *chart, const QString &title, const QString &baseName) {
        auto *heading = new QLabel(title, content);
        QFont font = heading->font();
        font.setBold(true);
        heading->setFont(font);
        auto *exportButton = new QPushButton(tr("Export PNG…"), content);
        exportButton->setObjectName(chart->objectName() + QStringLiteral("Export"));
        exportButton->setAccessibleName(tr("Export %1 as PNG").arg(title));
        auto *row = new QHBoxLayout;
        row->addWidget(heading, 1);
        row->addWidget(exportButton);
        layout->addLayout(row);
        chart->setMinimumHeight(320);
        layout->addWidget(chart);
        connect(exportButton, &QPushButton::clicked, this, [this, chart, baseName] { exportChart(chart, baseName); });
    };
    addChart(m_spendingChart, tr("Spending by category, last 12 months"), QStringLiteral("spending-by-category"));
    addChart(m_budgetChart, tr("Budgets this period"), QStringLiteral("budgets"));
    addChart(m_cashFlowChart, tr("Income and expenses, last 12 months"), QStringLiteral("cash-flow"));
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    return scroll;
}

void FinancePage::activate()
{
    // Recurring transactions due by today are posted first, so the month and the budgets include them.
    RecurringTransactions recurring(m_context.database);
    if (auto posted = recurring.postDue(m_context.today()); !posted)
        Q_EMIT message(posted.error().message);
    reloadAll();
    announceBudgetAlerts();
}

void FinancePage::reloadAll()
{
    reloadCurrencies();
    reloadCategoryFilter();
    loadTransactions();
    loadSummary();
    loadBudgets();
    loadRecurring();
    m_chartsStale = true;
    if (m_tabs->currentIndex() == ChartsTab)
        loadCharts();
}

QStringList FinancePage::currencyChoices() const
{
    QStringList choices;
    for (int index = 0; index < m_currency->count(); ++index)
        choices.append(m_currency->itemText(index));
    return MoneyEdit::currencyChoices(choices);
}

QString FinancePage::currency() const
{
    return m_currency->currentText();
}

void FinancePage::reloadCurrencies()
{
    TransactionRepository transactions(m_context.database);
    auto inUse = transactions.currencies();
    QStringList currencies = inUse ? *inUse : QStringList();
    if (currencies.isEmpty()) {
        const QString local = QLocale().currencySymbol(QLocale::CurrencyIsoCode);
        currencies.append(local.size() == 3 ? local : QStringLiteral("IDR"));
    }
    const QString current = m_currency->currentText();
    const QSignalBlocker blocker(m_currency);
    m_currency->clear();
    m_currency->addItems(currencies);
    m_currency->setCurrentIndex(qMax(0, m_currency->findText(current)));
}

void FinancePage::reloadCategoryFilter()
{
    const QVariant current = m_filterCategory->currentData();
    const QSignalBlocker blocker(m_filterCategory);
    m_filterCategory->clear();
    m_filterCategory->addItem(tr("All categories"));
    m_filterCategory->addItem(tr("Uncategorised"), kUncategorised);
    CategoryRepository categories(m_context.database);
    for (const QString &kind : {QStringLiteral("expense"), QStringLiteral("income")}) {
        auto list = categories.list(kind);
        if (!list) {
            Q_EMIT message(list.error().message);
            continue;
        }
        for (const Category &category : *list) {
            const QString label = kind == u"income" ? tr("%1 (income)").arg(category.name) : category.name;
            m_filterCategory->addItem(label, QVariant::fromValue<qint64>(category.id));
        }
    }
    const int index = current.isValid() ? m_filterCategory->findData(current) : 0;
    m_filterCategory->setCurrentIndex(qMax(0, index));
}

void FinancePage::loadTransactions()
{
    m_monthLabel->setText(QLocale().toString(m_month, QStringLiteral("MMMM yyyy")));
    TransactionFilter filter;
    filter.from = m_month;
    filter.to = m_month.addMonths(1).addDays(-1);
    filter.text = m_filterText->text().trimmed();
    if (const int kind = m_filterKind->currentData().toInt(); kind >= 0)
        filter.kind = TransactionKind(kind);
    const QVariant category = m_filterCategory->currentData();
    if (category.toString() == kUncategorised)
        filter.uncategorisedOnly = true;
    else if (category.typeId() == QMetaType::LongLong)
        filter.categoryId = category.toLongLong();

    const std::optional<Transaction> selected = currentTransaction();
    TransactionRepository transactions(m_context.database);
    auto list = transactions.list(filter);
    if (!list) {
        Q_EMIT message(list.error().message);
        m_model->setTransactions({});
    } else {
        m_model->setTransactions(*list);
    }
    const bool filtered = !filter.text.isEmpty() || filter.kind || filter.categoryId || filter.uncategorisedOnly;
    m_emptyHint->setText(filtered ? tr("No transactions match the filter in this month.")
                                  : tr("No transactions in this month. Add one with Ctrl+N or import a bank "
                                       "statement with Ctrl+I."));
    m_emptyHint->setVisible(m_model->rowCount() == 0);
    const int row = selected ? m_model->rowOf(selected->id) : -1;
    if (m_model->rowCount() > 0)
        m_table->selectRow(row >= 0 ? row : 0);
    const bool any = m_model->rowCount() > 0;
    m_editTransaction->setEnabled(any);
    m_deleteTransaction->setEnabled(any);
}

void FinancePage::loadSummary()
{
    const QString code = currency();
    const QDate last = m_month.addMonths(1).addDays(-1);
    FinanceStats stats(m_context.database);
    auto byCategory = stats.expensesByCategory(m_month, last, code);
    auto flow = stats.monthlyFlow(m_month, m_month, code);
    m_summary->clear();
    if (!byCategory || !flow) {
        Q_EMIT message(!byCategory ? byCategory.error().message : flow.error().message);
        m_monthTotals->clear();
        return;
    }
    qint64 spent = 0;
    for (const CategoryTotal &total : *byCategory)
        spent += total.minor;
    const qint64 income = flow->isEmpty() ? 0 : flow->constFirst().incomeMinor;
    const qint64 net = income - spent;
    const QString netText = (net < 0 ? QStringLiteral("−") : QString()) + MoneyFormat::format(Money{qAbs(net), code});
    m_monthTotals->setText(tr("Spent: %1\nIncome: %2\nNet: %3")
                               .arg(MoneyFormat::format(Money{spent, code}), MoneyFormat::format(Money{income, code}),
                                    netText));
    const QLocale locale;
    for (const CategoryTotal &total : *byCategory) {
        auto *item = new QTreeWidgetItem(m_summary);
        item->setText(0, total.categoryName.isEmpty() ? tr("Uncategorised") : total.categoryName);
        item->setText(1, MoneyFormat::format(Money{total.minor, code}));
        // Tenths of a percent in integers; the double is only for printing.
        const qint64 permille = spent > 0 ? total.minor * 1000 / spent : 0;
        item->setText(2, locale.toString(double(permille) / 10.0, 'f', 1) + u'%');
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        item->setToolTip(0, tr("%n transaction(s)", "", total.count));
    }
    if (byCategory->isEmpty()) {
        auto *item = new QTreeWidgetItem(m_summary);
        item->setText(0, tr("No spending in %1").arg(code));
        item->setForeground(0, palette().color(QPalette::PlaceholderText));
        item->setFlags(Qt::ItemIsEnabled);
    }
}

void FinancePage::loadBudgets()
{
    BudgetTracker tracker(m_context.database);
    auto progress = tracker.progress(m_context.today());
    if (!progress) {
        Q_EMIT message(progress.error().message);
        return;
    }
    m_budgets->setProgress(*progress);
    const bool any = m_budgets->currentItem() != nullptr;
    m_editBudget->setEnabled(any);
    m_deleteBudget->setEnabled(any);
}

void FinancePage::loadRecurring()
{
    RecurringTransactions recurring(m_context.database);
    auto list = recurring.list();
    const qint64 current = m_recurring->currentItem() ? m_recurring->currentItem()->data(0, kIdRole).toLongLong() : 0;
    m_recurring->clear();
    if (!list) {
        Q_EMIT message(list.error().message);
        return;
    }
    const QLocale locale;
    const QPalette pal = palette();
    for (const RecurringTransaction &entry : *list) {
        auto *item = new QTreeWidgetItem(m_recurring);
        item->setData(0, kIdRole, entry.id);
        item->setText(0, entry.merchant.isEmpty() ? entry.note : entry.merchant);
        item->setText(1, entry.categoryName.isEmpty() ? tr("Uncategorised") : entry.categoryName);
        const QString amount = MoneyFormat::format(entry.amount);
        const bool income = entry.kind == TransactionKind::Income;
        item->setText(2, income ? QString(u'+' + amount) : amount);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
        if (income)
            item->setForeground(2, incomeColor(pal));
        item->setText(3, periodWords(entry.cadence));
        const QString dayFormat = QStringLiteral("d MMM yyyy");
        item->setText(4, locale.toString(entry.firstDay, dayFormat));
        item->setText(5, entry.lastDay.isValid() ? locale.toString(entry.lastDay, dayFormat) : tr("No end"));
        if (entry.id == current)
            m_recurring->setCurrentItem(item);
    }
    if (!m_recurring->currentItem() && m_recurring->topLevelItemCount() > 0)
        m_recurring->setCurrentItem(m_recurring->topLevelItem(0));
    const bool any = m_recurring->currentItem() != nullptr;
    m_editRecurring->setEnabled(any);
    m_deleteRecurring->setEnabled(any);
}

void FinancePage::loadCharts()
{
    m_chartsStale = false;
    const QString code = currency();
    const QDate thisMonth = firstOfMonth(m_context.today());
    const QDate firstMonth = thisMonth.addMonths(-11);
    FinanceStats stats(m_context.database);
    if (auto totals = stats.monthlyExpensesByCategory(firstMonth, thisMonth, code))
        m_spendingChart->setData(*totals, code);
    else
        Q_EMIT message(totals.error().message);
    BudgetTracker tracker(m_context.database);
    if (auto progress = tracker.progress(m_context.today()))
        m_budgetChart->setData(*progress);
    else
        Q_EMIT message(progress.error().message);
    if (auto flow = stats.monthlyFlow(firstMonth, thisMonth, code))
        m_cashFlowChart->setData(*flow, code);
    else
        Q_EMIT message(flow.error().message);
}

void FinancePage::afterTransactionsChanged()
{
    reloadCurrencies();
    reloadCategoryFilter();
    loadTransactions();
    loadSummary();
    loadBudgets();
    m_chartsStale = true;
    announceBudgetAlerts();
}

void FinancePage::announceBudgetAlerts()
{
    BudgetTracker tracker(m_context.database);
    auto alerts = tracker.takeNewAlerts(m_context.today());
    if (!alerts) {
        Q_EMIT message(alerts.error().message);
        return;
    }
    for (const BudgetAlert &alert : *alerts) {
        const QString text = BudgetTracker::alertText(alert);
        if (m_context.notify)
            m_context.notify(tr("Budget"), text);
        else
            Q_EMIT message(text);
    }
}

void FinancePage::setMonth(const QDate &day)
{
    if (!day.isValid())
        return;
    m_month = firstOfMonth(day);
    loadTransactions();
    loadSummary();
}

void FinancePage::selectTransaction(qint64 id)
{
    m_tabs->setCurrentIndex(TransactionsTab);
    if (const int row = m_model->rowOf(id); row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_table->currentIndex());
    }
    m_table->setFocus();
}

void FinancePage::stepMonth(int months)
{
    m_tabs->setCurrentIndex(TransactionsTab);
    setMonth(m_month.addMonths(months));
}

void FinancePage::addForCurrentTab()
{
    switch (m_tabs->currentIndex()) {
    case BudgetsTab: addBudget(); break;
    case RecurringTab: addRecurring(); break;
    default:
        m_tabs->setCurrentIndex(TransactionsTab);
        addTransaction();
        break;
    }
}

std::optional<Transaction> FinancePage::currentTransaction() const
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid() || index.row() >= m_model->rowCount())
        return std::nullopt;
    return m_model->transactionAt(index.row());
}

void FinancePage::addTransaction()
{
    Transaction transaction;
    transaction.amount.currency = currency();
    // A new entry lands in the month on screen: today when it is this month, else its first day.
    const QDate today = m_context.today();
    transaction.day = firstOfMonth(today) == m_month ? today : m_month;
    auto *dialog = new TransactionEditorDialog(m_context.database, transaction, currencyChoices(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Saved before the dialog closes: a refused save keeps the dialog open with what was typed.
    dialog->setSave([this](const Transaction &edited) -> Result<void> {
        TransactionRepository transactions(m_context.database);
        auto added = transactions.add(edited);
        if (!added)
            return added.error();
        setMonth(added->day);
        afterTransactionsChanged();
        if (const int row = m_model->rowOf(added->id); row >= 0)
            m_table->selectRow(row);
        return {};
    });
    dialog->open();
}

void FinancePage::editTransaction()
{
    const std::optional<Transaction> current = currentTransaction();
    if (!current)
        return;
    auto *dialog = new TransactionEditorDialog(m_context.database, *current, currencyChoices(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSave([this](const Transaction &edited) -> Result<void> {
        TransactionRepository transactions(m_context.database);
        auto updated = transactions.update(edited);
        if (!updated)
            return updated.error();
        setMonth(updated->day);
        afterTransactionsChanged();
        if (const int row = m_model->rowOf(updated->id); row >= 0)
            m_table->selectRow(row);
        return {};
    });
    dialog->open();
}

void FinancePage::deleteTransaction()
{
    const std::optional<Transaction> current = currentTransaction();
    if (!current)
        return;
    const QString what = current->merchant.isEmpty() ? MoneyFormat::format(current->amount)
                                                     : tr("%1, %2").arg(current->merchant,
                                                                        MoneyFormat::format(current->amount));
    if (m_confirm && !m_confirm(tr("Delete the transaction “%1”?").arg(what)))
        return;
    const int row = m_table->currentIndex().row();
    TransactionRepository transactions(m_context.database);
    if (auto removed = transactions.remove(current->id); !removed) {
        Q_EMIT message(removed.error().message);
        return;
    }
    afterTransactionsChanged();
    if (m_model->rowCount() > 0)
        m_table->selectRow(qMin(row, m_model->rowCount() - 1));
    m_table->setFocus();
}

void FinancePage::addBudget()
{
    m_tabs->setCurrentIndex(BudgetsTab);
    Budget budget;
    budget.limit.currency = currency();
    auto *dialog = new BudgetEditorDialog(m_context.database, budget, currencyChoices(), m_context.today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSave([this](const Budget &edited) -> Result<void> {
        BudgetRepository budgets(m_context.database);
        if (auto added = budgets.add(edited); !added)
            return added.error();
        loadBudgets();
        reloadCategoryFilter();
        m_chartsStale = true;
        announceBudgetAlerts();
        return {};
    });
    dialog->open();
}

void FinancePage::editBudget()
{
    const std::optional<Budget> current = m_budgets->currentBudget();
    if (!current)
        return;
    auto *dialog = new BudgetEditorDialog(m_context.database, *current, currencyChoices(), m_context.today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSave([this](const Budget &edited) -> Result<void> {
        BudgetRepository budgets(m_context.database);
        if (auto updated = budgets.update(edited); !updated)
            return updated.error();
        loadBudgets();
        m_chartsStale = true;
        announceBudgetAlerts();
        return {};
    });
    dialog->open();
}

void FinancePage::deleteBudget()
{
    const std::optional<Budget> current = m_budgets->currentBudget();
    if (!current)
        return;
    if (m_confirm && !m_confirm(tr("Delete the budget for %1?").arg(current->categoryName)))
        return;
    BudgetRepository budgets(m_context.database);
    if (auto removed = budgets.remove(current->id); !removed)
        Q_EMIT message(removed.error().message);
    loadBudgets();
    m_chartsStale = true;
}

void FinancePage::addRecurring()
{
    m_tabs->setCurrentIndex(RecurringTab);
    RecurringTransaction recurring;
    recurring.amount.currency = currency();
    recurring.firstDay = m_context.today();
    auto *dialog = new RecurringEditorDialog(m_context.database, recurring, currencyChoices(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSave([this](const RecurringTransaction &edited) -> Result<void> {
        RecurringTransactions templates(m_context.database);
        if (auto added = templates.add(edited); !added)
            return added.error();
        // What is already due appears at once, as it would on the next visit.
        if (auto posted = templates.postDue(m_context.today()); !posted)
            Q_EMIT message(posted.error().message);
        loadRecurring();
        afterTransactionsChanged();
        return {};
    });
    dialog->open();
}

void FinancePage::editRecurring()
{
    if (!m_recurring->currentItem())
        return;
    const qint64 id = m_recurring->currentItem()->data(0, kIdRole).toLongLong();
    RecurringTransactions templates(m_context.database);
    auto list = templates.list();
    if (!list) {
        Q_EMIT message(list.error().message);
        return;
    }
    const auto found = std::find_if(list->cbegin(), list->cend(), [id](const auto &entry) { return entry.id == id; });
    if (found == list->cend())
        return;
    auto *dialog = new RecurringEditorDialog(m_context.database, *found, currencyChoices(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setSave([this](const RecurringTransaction &edited) -> Result<void> {
        RecurringTransactions recurring(m_context.database);
        if (auto updated = recurring.update(edited); !updated)
            return updated.error();
        if (auto posted = recurring.postDue(m_context.today()); !posted)
            Q_EMIT message(posted.error().message);
        loadRecurring();
        afterTransactionsChanged();
        return {};
    });
    dialog->open();
}

void FinancePage::deleteRecurring()
{
    QTreeWidgetItem *item = m_recurring->currentItem();
    if (!item)
        return;
    if (m_confirm
        && !m_confirm(tr("Stop “%1”? Transactions it already added stay.").arg(item->text(0))))
        return;
    RecurringTransactions recurring(m_context.database);
    if (auto removed = recurring.remove(item->data(0, kIdRole).toLongLong()); !removed)
        Q_EMIT message(removed.error().message);
    loadRecurring();
}

void FinancePage::openImportDialog()
{
    auto *dialog = new CsvImportDialog(m_context.database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFallbackCurrency(currency());
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        Q_EMIT message(dialog->resultText());
        afterTransactionsChanged();
    });
    dialog->open();
}

void FinancePage::openImportHistory()
{
    auto *dialog = new ImportHistoryDialog(m_context.database, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportHistoryDialog::importUndone, this, [this](const QString &text) {
        Q_EMIT message(text);
        afterTransactionsChanged();
    });
    dialog->open();
}

void FinancePage::exportChart(QWidget *chart, const QString &baseName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"),
                                                      QDir(folder).filePath(baseName + QStringLiteral(".png")),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    bool saved = false;
    if (auto *spending = qobject_cast<CategorySpendingChart *>(chart))
        saved = spending->exportPng(path);
    else if (auto *budget = qobject_cast<BudgetChart *>(chart))
        saved = budget->exportPng(path);
    else if (auto *flow = qobject_cast<CashFlowChart *>(chart))
        saved = flow->exportPng(path);
    Q_EMIT message(saved ? tr("Saved the chart to %1.").arg(QDir::toNativeSeparators(path))
                         : tr("Could not save the chart to %1.").arg(QDir::toNativeSeparators(path)));
}

} // namespace lifeos
