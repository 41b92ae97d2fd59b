#include "charts/RangeSelector.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QShortcut>
#include <QToolButton>

namespace lifeos {

namespace {

constexpr ChartRange kRanges[] = {ChartRange::Week, ChartRange::Month, ChartRange::Quarter, ChartRange::Year,
                                  ChartRange::All};
constexpr const char *kButtonNames[] = {"range7d", "range30d", "range90d", "range1y", "rangeAll"};

} // namespace

RangeSelector::RangeSelector(QWidget *parent)
    : QWidget(parent)
    , m_group(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("rangeSelector"));
    setAccessibleName(tr("Chart range"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_group->setExclusive(true);
    for (int i = 0; i < 5; ++i) {
        auto *button = new QToolButton(this);
        button->setObjectName(QLatin1StringView(kButtonNames[i]));
        button->setText(chartRangeLabel(kRanges[i]));
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setFocusPolicy(Qt::StrongFocus);
        button->setToolTip(tr("Show %1 (Alt+%2)").arg(chartRangeLabel(kRanges[i])).arg(i + 1));
        button->setAccessibleName(tr("Range %1").arg(chartRangeLabel(kRanges[i])));
        m_group->addButton(button, i);
        layout->addWidget(button);
        // Alt+digit works wherever the focus is inside the chart that owns this row.
        auto *shortcut = new QShortcut(QKeySequence(Qt::ALT | Qt::Key(Qt::Key_1 + i)), parent ? parent : this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        const ChartRange range = kRanges[i];
        connect(shortcut, &QShortcut::activated, this, [this, range] { select(range); });
    }
    layout->addStretch(1);
    connect(m_group, &QButtonGroup::idClicked, this, [this](int id) {
        if (id >= 0 && id < 5)
            select(kRanges[id]);
    });
    setRange(m_range);
}

void RangeSelector::setRange(ChartRange range)
{
    m_range = range;
    for (int i = 0; i < 5; ++i) {
        if (kRanges[i] == range)
            m_group->button(i)->setChecked(true);
    }
}

void RangeSelector::select(ChartRange range)
{
    const bool changed = range != m_range;
    setRange(range);
    if (changed)
        Q_EMIT rangeSelected(range);
}

} // namespace lifeos
