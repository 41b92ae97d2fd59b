#include "pages/finance/BudgetList.h"

#include "finance/MoneyFormat.h"
#include "pages/finance/FinanceColors.h"

#include <QEvent>
#include <QHeaderView>
#include <QLocale>
#include <QProgressBar>
#include <QVBoxLayout>

namespace lifeos {

namespace {
constexpr int kBudgetIdRole = Qt::UserRole;
}

BudgetList::BudgetList(QWidget *parent)
    : QTreeWidget(parent)
{
    setColumnCount(4);
    setHeaderLabels({tr("Category"), tr("Period"), tr("Spent"), tr("Status")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(CategoryColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(PeriodColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(ProgressColumn, QHeaderView::Stretch);
    header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
}

int BudgetList::percent(qint64 spentMinor, qint64 limitMinor)
{
    if (limitMinor <= 0)
        return 0;
    return int(spentMinor * 100 / limitMinor);
}

QString BudgetList::progressText(const BudgetProgress &progress)
{
    const Money spent{progress.spentMinor, progress.budget.limit.currency};
    return tr("%1 of %2 (%3%)")
        .arg(MoneyFormat::format(spent), MoneyFormat::format(progress.budget.limit))
        .arg(percent(progress.spentMinor, progress.budget.limit.minor));
}

void BudgetList::setProgress(const QList<BudgetProgress> &progress)
{
    const std::optional<Budget> current = currentBudget();
    m_progress = progress;
    clear();
    const QLocale locale;
    for (const BudgetProgress &entry : progress) {
        auto *item = new QTreeWidgetItem(this);
        item->setData(CategoryColumn, kBudgetIdRole, entry.budget.id);
        item->setText(CategoryColumn, entry.budget.categoryName);
        const QString range = entry.budget.period == BudgetPeriod::Week
            ? tr("Week of %1").arg(locale.toString(entry.period.first, QStringLiteral("d MMM")))
            : locale.toString(entry.period.first, QStringLiteral("MMMM yyyy"));
        item->setText(PeriodColumn, range);
        const QString text = progressText(entry);
        item->setData(ProgressColumn, Qt::AccessibleTextRole, text);
        const qint64 leftMinor = entry.budget.limit.minor - entry.spentMinor;
        const Money left{qAbs(leftMinor), entry.budget.limit.currency};
        if (entry.threshold >= 100)
            item->setText(StatusColumn, leftMinor < 0 ? tr("Over by %1").arg(MoneyFormat::format(left))
                                                      : tr("Limit reached"));
        else if (entry.threshold >= 80)
            item->setText(StatusColumn, tr("Near the limit: %1 left").arg(MoneyFormat::format(left)));
        else
            item->setText(StatusColumn, tr("%1 left").arg(MoneyFormat::format(left)));

        // A little air around the bar, so rows do not run into each other.
        auto *cell = new QWidget;
        auto *cellLayout = new QVBoxLayout(cell);
        cellLayout->setContentsMargins(4, 3, 4, 3);
        auto *bar = new QProgressBar(cell);
        cellLayout->addWidget(bar);
        item->setSizeHint(ProgressColumn, QSize(0, bar->sizeHint().height() + 10));
        bar->setObjectName(QStringLiteral("budgetProgress_%1").arg(entry.budget.id));
        bar->setRange(0, 100);
        bar->setValue(qMin(100, percent(entry.spentMinor, entry.budget.limit.minor)));
        bar->setFormat(text);
        bar->setTextVisible(true);
        bar->setAlignment(Qt::AlignCenter);
        bar->setProperty("threshold", entry.threshold);
        bar->setFocusPolicy(Qt::NoFocus); // the row is what takes focus
        setItemWidget(item, ProgressColumn, cell);
        if (current && current->id == entry.budget.id)
            setCurrentItem(item);
    }
    if (!currentItem() && topLevelItemCount() > 0)
        setCurrentItem(topLevelItem(0));
    paintBars();
}

std::optional<Budget> BudgetList::currentBudget() const
{
    const QTreeWidgetItem *item = currentItem();
    if (!item)
        return std::nullopt;
    const qint64 id = item->data(CategoryColumn, kBudgetIdRole).toLongLong();
    for (const BudgetProgress &entry : m_progress) {
        if (entry.budget.id == id)
            return entry.budget;
    }
    return std::nullopt;
}

QProgressBar *BudgetList::progressBarFor(qint64 budgetId) const
{
    return findChild<QProgressBar *>(QStringLiteral("budgetProgress_%1").arg(budgetId));
}

void BudgetList::changeEvent(QEvent *event)
{
    QTreeWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        paintBars();
}

void BudgetList::paintBars()
{
    for (QProgressBar *bar : findChildren<QProgressBar *>()) {
        const int threshold = bar->property("threshold").toInt();
        QPalette pal = palette();
        if (threshold >= 80) {
            pal.setColor(QPalette::Highlight, threshold >= 100 ? errorColor(pal) : warningColor(pal));
            // The dark palette's amber and red are light: dark text reads on them.
            if (isDarkPalette(pal))
                pal.setColor(QPalette::HighlightedText, pal.color(QPalette::Base));
        }
        bar->setPalette(pal);
    }
}

} // namespace lifeos
