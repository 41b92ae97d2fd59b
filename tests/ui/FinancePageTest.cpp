#include "dialogs/BudgetEditorDialog.h"
#include "dialogs/CsvImportDialog.h"
#include "dialogs/ImportHistoryDialog.h"
#include "dialogs/TransactionEditorDialog.h"
#include "finance/BudgetRepository.h"
#include "finance/CategoryRepository.h"
#include "finance/MoneyFormat.h"
#include "finance/TransactionRepository.h"
#include "importing/ImportHistory.h"
#include "pages/FinancePage.h"
#include "pages/finance/BudgetList.h"
#include "pages/finance/TransactionTableModel.h"
#include "support/UiFixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

const QDate kToday(2026, 11, 22);

// Shortcuts reach only an active window.
void showAndActivate(QWidget &page)
{
    page.resize(1200, 800);
    page.show();
    page.activateWindow();
    REQUIRE(QTest::qWaitForWindowExposed(&page));
    REQUIRE(QTest::qWaitForWindowActive(&page));
}

template <typename T>
T *findIn(QObject *parent, const char *objectName)
{
    T *child = parent->findChild<T *>(QLatin1StringView(objectName));
    INFO("looking for " << objectName);
    REQUIRE(child);
    return child;
}

QString rupiah(qint64 minor)
{
    return MoneyFormat::format(Money{minor, QStringLiteral("IDR")});
}

struct Categories {
    qint64 food = 0;
    qint64 transport = 0;
    qint64 salary = 0;
};

Categories addCategories(UiFixture &fixture)
{
    CategoryRepository categories(*fixture.database);
    Categories ids;
    auto food = categories.ensure(QStringLiteral("expense"), QStringLiteral("Food"));
    auto transport = categories.ensure(QStringLiteral("expense"), QStringLiteral("Transport"));
    auto salary = categories.ensure(QStringLiteral("income"), QStringLiteral("Salary"));
    REQUIRE(food.ok());
    REQUIRE(transport.ok());
    REQUIRE(salary.ok());
    ids.food = food->id;
    ids.transport = transport->id;
    ids.salary = salary->id;
    return ids;
}

qint64 addTransaction(UiFixture &fixture, TransactionKind kind, qint64 minor, const QString &currency, const QDate &day,
                      std::optional<qint64> category, const QString &merchant)
{
    Transaction transaction;
    transaction.kind = kind;
    transaction.amount = Money{minor, currency};
    transaction.day = day;
    transaction.categoryId = category;
    transaction.merchant = merchant;
    TransactionRepository transactions(*fixture.database);
    auto added = transactions.add(transaction);
    INFO((added.ok() ? QString() : added.error().message).toStdString());
    REQUIRE(added.ok());
    return added->id;
}

qint64 addBudget(UiFixture &fixture, qint64 category, qint64 limitMinor)
{
    Budget budget;
    budget.categoryId = category;
    budget.period = BudgetPeriod::Month;
    budget.limit = Money{limitMinor, QStringLiteral("IDR")};
    budget.startsOn = QDate(2026, 11, 1);
    BudgetRepository budgets(*fixture.database);
    auto added = budgets.add(budget);
    REQUIRE(added.ok());
    return added->id;
}

// November 2026 in rupiah, plus one October meal and one November coffee in dollars.
void addMonth(UiFixture &fixture, const Categories &ids)
{
    addTransaction(fixture, TransactionKind::Income, 10'000'000, QStringLiteral("IDR"), QDate(2026, 11, 1), ids.salary,
                   QStringLiteral("Acme"));
    addTransaction(fixture, TransactionKind::Expense, 50'000, QStringLiteral("IDR"), QDate(2026, 11, 3), ids.food,
                   QStringLiteral("Warung Bu Sri"));
    addTransaction(fixture, TransactionKind::Expense, 150'000, QStringLiteral("IDR"), QDate(2026, 11, 10), ids.food,
                   QStringLiteral("Supermarket"));
    addTransaction(fixture, TransactionKind::Expense, 25'000, QStringLiteral("IDR"), QDate(2026, 11, 12), ids.transport,
                   QStringLiteral("Grab"));
    addTransaction(fixture, TransactionKind::Expense, 99'000, QStringLiteral("IDR"), QDate(2026, 10, 30), ids.food,
                   QStringLiteral("October dinner"));
    addTransaction(fixture, TransactionKind::Expense, 450, QStringLiteral("USD"), QDate(2026, 11, 5), std::nullopt,
                   QStringLiteral("Coffee abroad"));
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

template <typename Dialog>
Dialog *openedDialog(QWidget *page)
{
    Dialog *dialog = nullptr;
    for (Dialog *candidate : page->findChildren<Dialog *>()) {
        if (candidate->isVisible())
            dialog = candidate;
    }
    REQUIRE(dialog);
    return dialog;
}

QPushButton *okButton(QDialog *dialog)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>();
    REQUIRE(buttons);
    return buttons->button(QDialogButtonBox::Ok);
}

QString writeFile(const QString &dir, const QString &name, const QByteArray &content)
{
    const QString path = dir + u'/' + name;
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(content);
    return path;
}

int transactionCount(UiFixture &fixture)
{
    TransactionRepository transactions(*fixture.database);
    auto list = transactions.list();
    REQUIRE(list.ok());
    return int(list->size());
}

} // namespace

TEST_CASE("the month's table lists its transactions with formatted amounts and the summary totals them by category")
{
    UiFixture fixture(kToday);
    const Categories ids = addCategories(fixture);
    addMonth(fixture, ids);
    FinancePage page(*fixture.context);
    showAndActivate(page);
    page.activate();

    auto *table = findIn<QTableView>(&page, "financeTransactions");
    const QAbstractItemModel *model = table->model();
    CHECK(model->rowCount() == 5);
    const QStringList merchants = column(model, TransactionTableModel::MerchantColumn);
    CHECK(merchants
          == QStringList({QStringLiteral("Grab"), QStringLiteral("Supermarket"), QStringLiteral("Coffee abroad"),
                          QStringLiteral("Warung Bu Sri"), QStringLiteral("Acme")}));
    const QStringList amounts = column(model, TransactionTableModel::AmountColumn);
    CHECK(amounts.at(0) == rupiah(25'000));
    CHECK(amounts.at(2) == MoneyFormat::format(Money{450, QStringLiteral("USD")}));
    CHECK(amounts.at(4) == u'+' + rupiah(10'000'000));
    CHECK(column(model, TransactionTableModel::CategoryColumn).at(2) == QStringLiteral("Uncategorised"));
    // Amounts line up on the right; income has its own colour.
    const QModelIndex expense = model->index(0, TransactionTableModel::AmountColumn);
    const QModelIndex income = model->index(4, TransactionTableModel::AmountColumn);
    CHECK((expense.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight));
    CHECK(income.data(Qt::ForegroundRole).value<QColor>().isValid());
    CHECK(income.data(Qt::ForegroundRole) != expense.data(Qt::ForegroundRole));

    // The summary is in the most used currency: rupiah, the dollar coffee not added to it.
    auto *summary = findIn<QTreeWidget>(&page, "financeSummary");
    REQUIRE(summary->topLevelItemCount() == 2);
    CHECK(summary->topLevelItem(0)->text(0) == QStringLiteral("Food"));
    CHECK(summary->topLevelItem(0)->text(1) == rupiah(200'000));
    CHECK(summary->topLevelItem(0)->text(2) == QLocale().toString(88.8, 'f', 1) + u'%');
    CHECK(summary->topLevelItem(1)->text(0) == QStringLiteral("Transport"));
    CHECK(summary->topLevelItem(1)->text(1) == rupiah(25'000));
    const QString totals = findIn<QLabel>(&page, "financeMonthTotals")->text();
    CHECK(totals.contains(rupiah(225'000)));
    CHECK(totals.contains(rupiah(10'000'000)));

    SECTION("the kind and text filters narrow the table")
    {
        auto *kind = findIn<QComboBox>(&page, "financeKindFilter");
        kind->setCurrentIndex(kind->findData(int(TransactionKind::Income)));
        CHECK(column(model, TransactionTableModel::MerchantColumn) == QStringList{QStringLiteral("Acme")});
        kind->setCurrentIndex(0);
        auto *text = findIn<QLineEdit>(&page, "financeFilter");
        text->setText(QStringLiteral("warung"));
        QTRY_COMPARE(model->rowCount(), 1);
        CHECK(model->index(0, TransactionTableModel::MerchantColumn).data() == QStringLiteral("Warung Bu Sri"));
    }

    SECTION("Alt+Left shows the previous month and Alt+Right comes back")
    {
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Left, Qt::AltModifier);
        CHECK(page.month() == QDate(2026, 10, 1));
        CHECK(column(model, TransactionTableModel::MerchantColumn) == QStringList{QStringLiteral("October dinner")});
        CHECK(summary->topLevelItem(0)->text(1) == rupiah(99'000));
        QTest::keyClick(table, Qt::Key_Right, Qt::AltModifier);
        CHECK(page.month() == QDate(2026, 11, 1));
        CHECK(model->rowCount() == 5);
    }

    SECTION("Delete on the table removes the selected transaction after asking")
    {
        int asked = 0;
        page.setConfirm([&asked](const QString &) {
            ++asked;
            return true;
        });
        table->setFocus();
        table->selectRow(0); // Grab
        QTest::keyClick(table, Qt::Key_Delete);
        CHECK(asked == 1);
        CHECK(model->rowCount() == 4);
        CHECK_FALSE(column(model, TransactionTableModel::MerchantColumn).contains(QStringLiteral("Grab")));
    }
}

TEST_CASE("an expense added through the dialog is written and shown")
{
    UiFixture fixture(kToday);
    const Categories ids = addCategories(fixture);
    FinancePage page(*fixture.context);
    showAndActivate(page);
    page.activate();

    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    auto *dialog = openedDialog<TransactionEditorDialog>(&page);
    auto *amount = findIn<QLineEdit>(dialog, "moneyAmount");
    findIn<QComboBox>(dialog, "moneyCurrency")->setCurrentText(QStringLiteral("IDR"));
    QTest::keyClicks(amount, QStringLiteral("75000"));
    auto *category = findIn<QComboBox>(dialog, "transactionCategory");
    category->setCurrentIndex(category->findText(QStringLiteral("Food")));
    findIn<QLineEdit>(dialog, "transactionMerchant")->setText(QStringLiteral("Bakery"));
    REQUIRE(okButton(dialog)->isEnabled());
    okButton(dialog)->click();

    TransactionRepository transactions(*fixture.database);
    auto list = transactions.list();
    REQUIRE(list.ok());
    REQUIRE(list->size() == 1);
    const Transaction &written = list->constFirst();
    CHECK(written.kind == TransactionKind::Expense);
    CHECK(written.amount == Money{75'000, QStringLiteral("IDR")});
    CHECK(written.day == kToday);
    CHECK(written.categoryId == ids.food);
    CHECK(written.merchant == QStringLiteral("Bakery"));
    auto *table = findIn<QTableView>(&page, "financeTransactions");
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, TransactionTableModel::AmountColumn).data() == rupiah(75'000));
}

TEST_CASE("an amount that cannot be read keeps OK disabled, says why, and keeps the typed text")
{
    UiFixture fixture(kToday);
    FinancePage page(*fixture.context);
    showAndActivate(page);
    page.activate();

    struct Case {
        const char *currency;
        const char *typed;
        bool valid;
    };
    const Case input = GENERATE(Case{"IDR", "", false}, Case{"IDR", "abc", false}, Case{"IDR", "12x", false},
                                Case{"IDR", "-5000", false}, Case{"IDR", "0", false}, Case{"USD", "12.505", false},
                                Case{"IDR", "75000", true}, Case{"USD", "12.50", true}, Case{"EUR", "3", true});
    INFO(input.currency << " " << input.typed);
    page.addTransaction();
    auto *dialog = openedDialog<TransactionEditorDialog>(&page);
    findIn<QComboBox>(dialog, "moneyCurrency")->setCurrentText(QLatin1StringView(input.currency));
    auto *amount = findIn<QLineEdit>(dialog, "moneyAmount");
    QTest::keyClicks(amount, QLatin1StringView(input.typed));
    auto *error = findIn<QLabel>(dialog, "moneyError");
    CHECK(okButton(dialog)->isEnabled() == input.valid);
    CHECK(amount->text() == QLatin1StringView(input.typed));
    if (!input.valid && qstrlen(input.typed) > 0) {
        CHECK(error->isVisible());
        CHECK(error->text().contains(QLatin1StringView(input.typed)) != error->text().contains(u"zero"));
    }
    if (input.valid)
        CHECK(error->text().isEmpty());
    dialog->reject();
    CHECK(transactionCount(fixture) == 0);
}

TEST_CASE("a second budget for the same category and month keeps the dialog open with the reason")
{
    UiFixture fixture(kToday);
    const Categories ids = addCategories(fixture);
    addBudget(fixture, ids.food, 1'000'000);
    FinancePage page(*fixture.context);
    showAndActivate(page);
    page.activate();

    findIn<QTabWidget>(&page, "financeTabs")->setCurrentIndex(FinancePage::BudgetsTab);
    QTest::keyClick(&page, Qt::Key_N, Qt::ControlModifier);
    auto *dialog = openedDialog<BudgetEditorDialog>(&page);
    auto *category = findIn<QComboBox>(dialog, "budgetCategory");
    category->setCurrentIndex(category->findText(QStringLiteral("Food")));
    findIn<QComboBox>(dialog, "moneyCurrency")->setCurrentText(QStringLiteral("IDR"));
    auto *amount = findIn<QLineEdit>(dialog, "moneyAmount");
    amount->clear();
    QTest::keyClicks(amount, QStringLiteral("500000"));
    REQUIRE(okButton(dialog)->isEnabled());
    okButton(dialog)->click();

    CHECK(dialog->isVisible());
    auto *error = findIn<QLabel>(dialog, "budgetSaveError");
    CHECK(error->isVisible());
    CHECK(error->text().contains(QStringLiteral("already has a monthly budget")));
    CHECK(amount->text() == QStringLiteral("500000"));
    BudgetRepository budgets(*fixture.database);
    auto list = budgets.list();
    REQUIRE(list.ok());
    CHECK(list->size() == 1);

    // Weekly is allowed beside the monthly one: the same dialog then saves and closes.
    auto *period = findIn<QComboBox>(dialog, "budgetPeriod");
    period->setCurrentIndex(period->findData(int(BudgetPeriod::Week)));
    okButton(dialog)->click();
    CHECK_FALSE(dialog->isVisible());
    list = budgets.list();
    REQUIRE(list.ok());
    CHECK(list->size() == 2);
}

TEST_CASE("budget progress bars show spent of the limit and mark 80% and 100% differently")
{
    UiFixture fixture(kToday);
    const Categories ids = addCategories(fixture);
    addMonth(fixture, ids);
    const qint64 food = addBudget(fixture, ids.food, 250'000);      // 200,000 spent: 80%
    const qint64 transport = addBudget(fixture, ids.transport, 20'000); // 25,000 spent: 125%
    CategoryRepository categories(*fixture.database);
    auto fun = categories.ensure(QStringLiteral("expense"), QStringLiteral("Fun"));
    REQUIRE(fun.ok());
    const qint64 salaryless = addBudget(fixture, fun->id, 1'000'000); // no expenses: 0%
    FinancePage page(*fixture.context);
    showAndActivate(page);
    page.activate();

    auto *list = findIn<BudgetList>(&page, "financeBudgets");
    QProgressBar *foodBar = list->progressBarFor(food);
    QProgressBar *transportBar = list->progressBarFor(transport);
    QProgressBar *emptyBar = list->progressBarFor(salaryless);
    REQUIRE(foodBar);
    REQUIRE(transportBar);
    REQUIRE(emptyBar);
    CHECK(foodBar->value() == 80);
    CHECK(foodBar->text() == rupiah(200'000) + QStringLiteral(" of ") + rupiah(250'000) + QStringLiteral(" (80%)"));
    CHECK(transportBar->value() == 100);
    CHECK(transportBar->text() == rupiah(25'000) + QStringLiteral(" of ") + rupiah(20'000) + QStringLiteral(" (125%)"));
    CHECK(emptyBar->value() == 0);
    const QColor normal = emptyBar->palette().color(QPalette::Highlight);
    const QColor warning = foodBar->palette().color(QPalette::Highlight);
    const QColor over = transportBar->palette().color(QPalette::Highlight);
    CHECK(normal != warning);
    CHECK(warning != over);
    CHECK(normal != over);
}

TEST_CASE("spending past 80% of a budget notifies once")
{
    UiFixture fixture(kToday);
    const Categories ids = addCategories(fixture);
    addTransaction(fixture, TransactionKind::Expense, 150'000, QStringLiteral("IDR"), QDate(2026, 11, 10), ids.food,
                   QStringLiteral("Supermarket"));
    addBudget(fixture, ids.food, 250'000);
    QStringList notified;
    fixture.context->notify = [&notified](const QString &title, const QString &text) {
        notified.append(title + u'|' + text);
    };
    FinancePage page(*fixture.context);
    showAndActivate(page);
    page.activate();
    CHECK(notified.isEmpty()); // 60%

    page.addTransaction();
    auto *dialog = openedDialog<TransactionEditorDialog>(&page);
    findIn<QComboBox>(dialog, "moneyCurrency")->setCurrentText(QStringLiteral("IDR"));
    QTest::keyClicks(findIn<QLineEdit>(dialog, "moneyAmount"), QStringLiteral("60000"));
    auto *category = findIn<QComboBox>(dialog, "transactionCategory");
    category->setCurrentIndex(category->findText(QStringLiteral("Food")));
    okButton(dialog)->click();

    REQUIRE(notified.size() == 1); // 84%
    CHECK(notified.first().startsWith(QStringLiteral("Budget|")));
    CHECK(notified.first().contains(QStringLiteral("Food")));
    page.activate();
    CHECK(notified.size() == 1);
}

TEST_CASE("a bank CSV is previewed, imported, found again as duplicates, and undone as one step")
{
    UiFixture fixture(kToday);
    addCategories(fixture);
    FinancePage page(*fixture.context);
    QSignalSpy messages(&page, &Page::message);
    showAndActivate(page);
    page.activate();
    const QString path = writeFile(fixture.dataDir, QStringLiteral("statement.csv"),
                                   "Date,Description,Amount,Currency\n"
                                   "2026-11-02,GRAB* RIDE JAKARTA,-25000,IDR\n"
                                   "2026-11-03,SALARY ACME,5000000,IDR\n"
                                   "2026-11-04,INDOMARET 123,-42500,IDR\n");

    QTest::keyClick(&page, Qt::Key_I, Qt::ControlModifier);
    auto *dialog = openedDialog<CsvImportDialog>(&page);
    REQUIRE(dialog->openFile(path));
    CHECK_FALSE(dialog->isMetricsFile());
    auto *preview = findIn<QTableWidget>(dialog, "csvBankPreview");
    REQUIRE(preview->rowCount() == 3);
    CHECK(preview->item(0, 0)->text() == QStringLiteral("2"));
    CHECK(preview->item(0, 2)->text().contains(QStringLiteral("GRAB")));
    CHECK(preview->item(0, 3)->text() == rupiah(25'000));
    CHECK(preview->item(1, 3)->text() == u'+' + rupiah(5'000'000));
    CHECK(dialog->bankPreview().newCount() == 3);
    CHECK(findIn<QLabel>(dialog, "csvStatus")->text().contains(QStringLiteral("3 new, 0 already imported")));
    auto *import = findIn<QPushButton>(dialog, "csvImportButton");
    CHECK_FALSE(import->isEnabled()); // the mapping has no name yet
    findIn<QLineEdit>(dialog, "csvMappingName")->setText(QStringLiteral("Test bank"));
    REQUIRE(import->isEnabled());
    import->click();
    CHECK(transactionCount(fixture) == 3);
    REQUIRE_FALSE(messages.isEmpty());
    CHECK(messages.last().at(0).toString().startsWith(QStringLiteral("Imported 3 transaction")));
    CHECK(findIn<QTableView>(&page, "financeTransactions")->model()->rowCount() == 3);

    // The same file again: the mapping is remembered and every row is already there.
    page.openImportDialog();
    auto *again = openedDialog<CsvImportDialog>(&page);
    REQUIRE(again->openFile(path));
    CHECK(findIn<QComboBox>(again, "csvSavedMapping")->currentText() == QStringLiteral("Test bank"));
    CHECK(again->bankPreview().newCount() == 0);
    CHECK(again->bankPreview().duplicateCount() == 3);
    CHECK(findIn<QLabel>(again, "csvStatus")->text().contains(QStringLiteral("0 new, 3 already imported")));
    CHECK_FALSE(findIn<QPushButton>(again, "csvImportButton")->isEnabled());
    again->reject();
    CHECK(transactionCount(fixture) == 3);

    // Undo takes the whole import back.
    page.openImportHistory();
    auto *history = openedDialog<ImportHistoryDialog>(&page);
    history->setConfirm([](const ImportBatch &) { return true; });
    auto *list = findIn<QTreeWidget>(history, "importHistoryList");
    REQUIRE(list->topLevelItemCount() == 1);
    list->setCurrentItem(list->topLevelItem(0));
    findIn<QPushButton>(history, "undoImportButton")->click();
    CHECK(transactionCount(fixture) == 0);
    CHECK(findIn<QTableView>(&page, "financeTransactions")->model()->rowCount() == 0);
    CHECK_FALSE(findIn<QPushButton>(history, "undoImportButton")->isEnabled());
    history->reject();
}

TEST_CASE("a bank CSV row that cannot be read is listed by line and blocks the import")
{
    UiFixture fixture(kToday);
    FinancePage page(*fixture.context);
    showAndActivate(page);
    page.activate();
    const QString path = writeFile(fixture.dataDir, QStringLiteral("broken.csv"),
                                   "Date,Description,Amount\n"
                                   "2026-11-02,GRAB RIDE,-25000\n"
                                   "2026-11-03,MYSTERY,lots\n");
    page.openImportDialog();
    auto *dialog = openedDialog<CsvImportDialog>(&page);
    REQUIRE(dialog->openFile(path));
    findIn<QLineEdit>(dialog, "csvMappingName")->setText(QStringLiteral("Broken bank"));
    // The user points the amount at the third column (the guess may not, with a value it cannot read).
    auto *amountColumn = findIn<QComboBox>(dialog, "csvAmountColumn");
    amountColumn->setCurrentIndex(amountColumn->findData(2));
    REQUIRE(findIn<QTableWidget>(dialog, "csvBankPreview")->rowCount() == 1);
    auto *problems = findIn<QListWidget>(dialog, "csvProblems");
    for (int row = 0; row < problems->count(); ++row)
        UNSCOPED_INFO(problems->item(row)->text().toStdString());
    REQUIRE(problems->count() == 1);
    CHECK(problems->item(0)->text().startsWith(QStringLiteral("Line 3")));
    CHECK_FALSE(findIn<QPushButton>(dialog, "csvImportButton")->isEnabled());
    dialog->reject();
    CHECK(transactionCount(fixture) == 0);
}
