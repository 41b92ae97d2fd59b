#include "pages/ReviewPage.h"

#include "UiContext.h"
#include "finance/MoneyFormat.h"
#include "health/MetricCatalog.h"

#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <cmath>

namespace lifeos {

namespace {

constexpr int kCardColumns = 3;

QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setContentsMargins(0, 12, 0, 2);
    return label;
}

QLabel *hint(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A list shown whole inside the page's scroll area: as tall as its rows, so only the page scrolls.
void fitHeightToRows(QAbstractItemView *view, int rows, int headerHeight = 0)
{
    const int rowHeight =
        rows > 0 && view->sizeHintForRow(0) > 0 ? view->sizeHintForRow(0) : view->fontMetrics().height() + 6;
    view->setFixedHeight(headerHeight + qMax(rows, 1) * rowHeight + 2 * view->frameWidth() + 2);
}

QString withUnit(const QString &number, const QString &unit)
{
    if (unit.isEmpty())
        return number;
    if (unit.startsWith(u'/') || unit == u"%")
        return number + unit;
    return number + QChar(0x00A0) + unit;
}

QString metricValue(double value, const MetricDefinition &definition)
{
    return withUnit(QLocale().toString(value, 'f', definition.decimals), definition.unit);
}

// "+12%", "−3%", "±0%": the size and direction of a relative change.
QString percent(double change)
{
    const double rounded = std::round(change * 100);
    if (rounded == 0)
        return QStringLiteral("±0%");
    const QString size = QLocale().toString(std::fabs(rounded), 'f', 0);
    return (rounded > 0 ? QStringLiteral("+") : QStringLiteral("−")) + size + u'%';
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

// Green for better, red for worse, each light enough on a dark palette and dark enough on a light one.
QColor judgementColour(bool good, const QPalette &palette)
{
    if (isDark(palette))
        return good ? QColor(0x81, 0xc7, 0x84) : QColor(0xef, 0x9a, 0x9a);
    return good ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28);
}

QString arrow(Trend trend)
{
    switch (trend) {
    case Trend::Up:
        return QStringLiteral("▲");
    case Trend::Down:
        return QStringLiteral("▼");
    case Trend::Flat:
        return QStringLiteral("▬");
    case Trend::Unknown:
        break;
    }
    return QStringLiteral("·");
}

// Whether a rise is good news: more sleep, steps or HRV is; a higher resting heart rate is not.
bool upIsGood(const QString &metricName)
{
    return metricName != u"resting_hr";
}

QString kindLabel(const QString &kind)
{
    if (kind == u"journal")
        return ReviewPage::tr("Journal");
    if (kind == u"note")
        return ReviewPage::tr("Note");
    if (kind == u"task")
        return ReviewPage::tr("Task");
    if (kind == u"expense")
        return ReviewPage::tr("Expense");
    if (kind == u"income")
        return ReviewPage::tr("Income");
    if (kind == u"workout")
        return ReviewPage::tr("Workout");
    if (kind == u"metric" || kind == u"health")
        return ReviewPage::tr("Health");
    return kind;
}

} // namespace

ReviewPage::ReviewPage(UiContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("reviewPage"));

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("reviewContent"));

    auto *title = new QLabel(tr("Review"), content);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    title->setFont(titleFont);
    m_date = new QLabel(content);
    m_date->setObjectName(QStringLiteral("reviewDate"));
    auto *explanation = hint(content);
    explanation->setText(tr("The last 7 days against the 7 before them, your baseline of the 90 days before that, and "
                            "today against your usual day of the week. Health values are daily averages."));
    m_error = new QLabel(content);
    m_error->setObjectName(QStringLiteral("reviewError"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *metricsHeading = sectionHeading(tr("Health this &week"), content);
    m_cards = new QWidget(content);
    m_cards->setObjectName(QStringLiteral("metricCards"));
    // Cards are focusable frames: the focus ring follows the palette's highlight, so Tab shows where it is.
    m_cards->setStyleSheet(QStringLiteral(
        "QFrame[reviewCard=\"true\"] { border: 1px solid palette(mid); border-radius: 6px; background: palette(base); }"
        "QFrame[reviewCard=\"true\"]:focus { border: 2px solid palette(highlight); }"));
    m_cardGrid = new QGridLayout(m_cards);
    m_cardGrid->setContentsMargins(0, 0, 0, 0);
    m_cardGrid->setHorizontalSpacing(12);
    m_cardGrid->setVerticalSpacing(12);
    m_noMetrics = hint(content);
    m_noMetrics->setObjectName(QStringLiteral("noMetrics"));
    m_noMetrics->setText(tr("Nothing tracked this week yet. Log sleep, weight or steps on the Health page (or by "
                            "quick capture) and your trends appear here."));
    metricsHeading->setBuddy(m_cards);

    auto *spendingHeading = sectionHeading(tr("Spe&nding this week"), content);
    m_spending = new QTreeWidget(content);
    m_spending->setObjectName(QStringLiteral("spendingTable"));
    m_spending->setAccessibleName(tr("Spending by category"));
    m_spending->setRootIsDecorated(false);
    m_spending->setUniformRowHeights(true);
    m_spending->setSelectionMode(QAbstractItemView::SingleSelection);
    m_spending->setHeaderLabels(
        {tr("Category"), tr("Last 7 days"), tr("vs last week"), tr("vs 90-day baseline"), tr("Today vs usual")});
    m_spending->header()->setStretchLastSection(false);
    m_spending->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < m_spending->columnCount(); ++column) {
        m_spending->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
        m_spending->headerItem()->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_noSpending = hint(content);
    m_noSpending->setObjectName(QStringLiteral("noSpending"));
    m_noSpending->setText(tr("No expenses in the last 90 days."));
    spendingHeading->setBuddy(m_spending);

    auto *onThisDayHeading = sectionHeading(tr("On this &day"), content);
    m_onThisDay = new QListWidget(content);
    m_onThisDay->setObjectName(QStringLiteral("onThisDayList"));
    m_onThisDay->setAccessibleName(tr("On this day in earlier years"));
    m_onThisDay->setToolTip(tr("Press Enter or double-click to open"));
    m_onThisDay->setUniformItemSizes(true);
    m_noOnThisDay = hint(content);
    m_noOnThisDay->setObjectName(QStringLiteral("noOnThisDay"));
    m_noOnThisDay->setText(tr("Nothing from this day in earlier years yet."));
    onThisDayHeading->setBuddy(m_onThisDay);
    connect(m_onThisDay, &QListWidget::itemActivated, this, &ReviewPage::openOnThisDay);

    auto *streaksHeading = sectionHeading(tr("Streaks"), content);
    m_streaks = new QLabel(content);
    m_streaks->setObjectName(QStringLiteral("streaks"));
    m_streaks->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_streaks->setWordWrap(true);

    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 18, 24, 24);
    layout->setSpacing(6);
    layout->addWidget(title);
    layout->addWidget(m_date);
    layout->addWidget(explanation);
    layout->addWidget(m_error);
    layout->addWidget(metricsHeading);
    layout->addWidget(m_cards);
    layout->addWidget(m_noMetrics);
    layout->addWidget(spendingHeading);
    layout->addWidget(m_spending);
    layout->addWidget(m_noSpending);
    layout->addWidget(onThisDayHeading);
    layout->addWidget(m_onThisDay);
    layout->addWidget(m_noOnThisDay);
    layout->addWidget(streaksHeading);
    layout->addWidget(m_streaks);
    layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("reviewScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    addPageShortcut(QKeySequence::Refresh, [this] { activate(); });
}

void ReviewPage::activate()
{
    const QDate today = m_context.today();
    m_date->setText(QLocale().toString(today, QLocale::LongFormat));
    ReviewCalculator calculator(m_context.database);
    auto computed = calculator.compute(today, MetricCatalog::all(m_context.settings));
    if (!computed) {
        m_report.reset();
        m_error->setText(tr("The review could not be computed: %1").arg(computed.error().message));
        m_error->show();
        Q_EMIT message(computed.error().message);
    } else {
        m_report = std::move(computed).value();
        m_error->hide();
    }
    render();
}

void ReviewPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    // The good/bad colours depend on whether the palette is light or dark.
    if (event->type() == QEvent::PaletteChange && m_report)
        render();
}

void ReviewPage::render()
{
    renderMetrics();
    renderSpending();
    renderOnThisDay();
    renderStreaks();
}

void ReviewPage::renderMetrics()
{
    while (QLayoutItem *item = m_cardGrid->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const QList<MetricReview> metrics = m_report ? m_report->metrics : QList<MetricReview>();
    QWidget *previous = nullptr;
    for (qsizetype i = 0; i < metrics.size(); ++i) {
        QFrame *card = metricCard(metrics.at(i));
        m_cardGrid->addWidget(card, int(i / kCardColumns), int(i % kCardColumns));
        if (previous)
            setTabOrder(previous, card);
        previous = card;
    }
    // Tab goes through the cards in reading order, then on to the spending table and the "on this day" list.
    if (previous) {
        setTabOrder(previous, m_spending);
        setTabOrder(m_spending, m_onThisDay);
    }
    for (int column = 0; column < kCardColumns; ++column)
        m_cardGrid->setColumnStretch(column, 1);
    m_cards->setFocusProxy(metrics.isEmpty() ? nullptr : m_cardGrid->itemAt(0)->widget());
    m_cards->setVisible(!metrics.isEmpty());
    m_noMetrics->setVisible(metrics.isEmpty());
}

QFrame *ReviewPage::metricCard(const MetricReview &review)
{
    const MetricDefinition &definition = review.definition;
    const Comparison &comparison = review.comparison;
    const QString name = MetricCatalog::label(definition.name);

    auto *card = new QFrame(m_cards);
    card->setObjectName(QStringLiteral("metricCard_") + definition.name);
    card->setProperty("reviewCard", true);
    card->setFocusPolicy(Qt::StrongFocus);
    card->setMinimumWidth(200);

    auto *title = new QLabel(name, card);
    title->setObjectName(QStringLiteral("metricName"));
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);

    auto *value = new QLabel(card);
    value->setObjectName(QStringLiteral("metricValue"));
    QFont big = value->font();
    big.setPointSizeF(big.pointSizeF() * 1.7);
    value->setFont(big);
    value->setText(comparison.thisWeek ? metricValue(*comparison.thisWeek, definition) : tr("—"));

    auto *trend = new QLabel(arrow(comparison.trend), card);
    trend->setObjectName(QStringLiteral("metricTrend"));
    trend->setFont(big);
    QPalette trendPalette = trend->palette();
    if (comparison.trend == Trend::Up || comparison.trend == Trend::Down) {
        const bool good = (comparison.trend == Trend::Up) == upIsGood(definition.name);
        trendPalette.setColor(QPalette::WindowText, judgementColour(good, palette()));
        trend->setProperty("good", good);
    } else {
        trendPalette.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    }
    trend->setPalette(trendPalette);

    const auto change = [](const std::optional<double> &relative) {
        return relative ? percent(*relative) : tr("no data");
    };
    auto *vsLastWeek = new QLabel(tr("vs last week %1").arg(change(comparison.changeVsLastWeek)), card);
    vsLastWeek->setObjectName(QStringLiteral("vsLastWeek"));
    auto *vsBaseline = new QLabel(tr("vs 90-day baseline %1").arg(change(comparison.changeVsBaseline)), card);
    vsBaseline->setObjectName(QStringLiteral("vsBaseline"));
    const QString weekday = QLocale().dayName(m_report->today.dayOfWeek());
    auto *vsWeekday =
        new QLabel(comparison.today ? tr("today vs usual %1 %2").arg(weekday, change(comparison.todayVsSameWeekday))
                                    : tr("nothing logged today"),
                   card);
    vsWeekday->setObjectName(QStringLiteral("vsWeekday"));
    vsWeekday->setForegroundRole(comparison.today ? QPalette::WindowText : QPalette::PlaceholderText);

    // The exact numbers behind the percentages, for the curious and for screen readers.
    const auto number = [&](const std::optional<double> &v) { return v ? metricValue(*v, definition) : tr("—"); };
    const QString details = tr("Last 7 days: %1 a day\nThe 7 days before: %2\n90-day baseline: %3\nToday: %4\n"
                               "Usual %5: %6")
                                .arg(number(comparison.thisWeek),
                                     number(comparison.lastWeek),
                                     number(comparison.baseline),
                                     number(comparison.today),
                                     weekday,
                                     number(comparison.sameWeekdayBaseline));
    card->setToolTip(details);
    card->setAccessibleName(name);
    card->setAccessibleDescription(QStringList{value->text(),
                                               ReviewCalculator::trendName(comparison.trend),
                                               vsLastWeek->text(),
                                               vsBaseline->text(),
                                               vsWeekday->text()}
                                       .join(QStringLiteral(", ")));

    auto *valueRow = new QHBoxLayout;
    valueRow->addWidget(value);
    valueRow->addStretch(1);
    valueRow->addWidget(trend);
    auto *layout = new QVBoxLayout(card);
    layout->setContentsMargins(14, 10, 14, 12);
    layout->setSpacing(2);
    layout->addWidget(title);
    layout->addLayout(valueRow);
    layout->addWidget(vsLastWeek);
    layout->addWidget(vsBaseline);
    layout->addWidget(vsWeekday);
    return card;
}

void ReviewPage::renderSpending()
{
    m_spending->clear();
    const QList<SpendingReview> rows = m_report ? m_report->spending : QList<SpendingReview>();
    for (const SpendingReview &row : rows) {
        const Comparison &comparison = row.comparison;
        auto *item = new QTreeWidgetItem(m_spending);
        item->setText(0, row.categoryName.isEmpty() ? tr("Uncategorised") : row.categoryName);
        item->setText(1,
                      MoneyFormat::format(Money{qint64(std::llround(comparison.thisWeek.value_or(0))), row.currency}));
        const auto setChange = [&](int column, const std::optional<double> &relative) {
            item->setText(column, relative ? percent(*relative) : tr("—"));
            // Spending more than usual is the bad direction.
            if (relative && std::round(*relative * 100) != 0)
                item->setForeground(column, judgementColour(*relative < 0, palette()));
        };
        setChange(2, comparison.changeVsLastWeek);
        setChange(3, comparison.changeVsBaseline);
        setChange(4, comparison.todayVsSameWeekday);
        for (int column = 1; column < m_spending->columnCount(); ++column)
            item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
        const auto money = [&](const std::optional<double> &minor) {
            return minor ? MoneyFormat::format(Money{qint64(std::llround(*minor)), row.currency}) : tr("—");
        };
        item->setToolTip(0,
                         tr("Last 7 days: %1\nThe 7 days before: %2\n90-day baseline for 7 days: %3\nToday: %4")
                             .arg(money(comparison.thisWeek),
                                  money(comparison.lastWeek),
                                  money(comparison.baseline),
                                  money(comparison.today)));
    }
    fitHeightToRows(m_spending, m_spending->topLevelItemCount(), m_spending->header()->sizeHint().height());
    m_spending->setVisible(!rows.isEmpty());
    m_noSpending->setVisible(rows.isEmpty());
}

void ReviewPage::renderOnThisDay()
{
    m_onThisDay->clear();
    const QList<OnThisDayItem> items = m_report ? m_report->onThisDay : QList<OnThisDayItem>();
    // Every transaction of the date in every year would bury the journal: words first, money after, at most
    // kMaxRows lines and one that counts the rest.
    constexpr qsizetype kMaxRows = 10;
    QList<qsizetype> order;
    for (const bool money : {false, true}) {
        for (qsizetype i = 0; i < items.size(); ++i) {
            if ((items.at(i).kind == u"expense" || items.at(i).kind == u"income") == money)
                order.append(i);
        }
    }
    const qsizetype shown = order.size() > kMaxRows ? kMaxRows - 1 : order.size();
    const auto line = [this](const OnThisDayItem &entry) {
        return QStringLiteral("%1 · %2 · %3")
            .arg(tr("%n year(s) ago", nullptr, entry.yearsAgo), kindLabel(entry.kind), entry.title);
    };
    for (qsizetype i = 0; i < shown; ++i) {
        const OnThisDayItem &entry = items.at(order.at(i));
        auto *item = new QListWidgetItem(line(entry), m_onThisDay);
        item->setData(Qt::UserRole, int(order.at(i)));
        item->setToolTip(QLocale().toString(entry.day, QLocale::LongFormat));
    }
    if (shown < order.size()) {
        QStringList rest;
        for (qsizetype i = shown; i < qMin(order.size(), shown + kMaxRows); ++i)
            rest.append(line(items.at(order.at(i))));
        if (shown + kMaxRows < order.size())
            rest.append(QStringLiteral("…"));
        auto *more = new QListWidgetItem(tr("… and %n more", nullptr, int(order.size() - shown)), m_onThisDay);
        more->setData(Qt::UserRole, -1); // opens nothing
        more->setToolTip(rest.join(u'\n'));
    }
    fitHeightToRows(m_onThisDay, m_onThisDay->count());
    m_onThisDay->setVisible(!items.isEmpty());
    m_noOnThisDay->setVisible(items.isEmpty());
}

void ReviewPage::renderStreaks()
{
    QStringList lines;
    const QList<Streak> streaks = m_report ? m_report->streaks : QList<Streak>();
    for (const Streak &streak : streaks) {
        const QString what = streak.name == u"journal"   ? tr("Journal written")
                             : streak.name == u"workout" ? tr("Workouts")
                                                         : streak.name;
        lines.append(tr("%1: %2 (longest %3)")
                         .arg(what,
                              tr("%n day(s) in a row", nullptr, streak.current),
                              tr("%n day(s)", nullptr, streak.longest)));
    }
    m_streaks->setText(lines.isEmpty() ? tr("No streaks yet.") : lines.join(u'\n'));
}

void ReviewPage::openOnThisDay(QListWidgetItem *item)
{
    if (!item || !m_report)
        return;
    const int index = item->data(Qt::UserRole).toInt();
    if (index < 0 || index >= m_report->onThisDay.size())
        return;
    const OnThisDayItem &entry = m_report->onThisDay.at(index);
    // The origin is "<kind>:<id>" as search names records ("health:<day>" for a day's metrics).
    SearchHit hit;
    hit.origin = entry.origin;
    hit.ref = entry.origin;
    hit.kind = entry.origin.section(u':', 0, 0);
    if (hit.kind == u"metric")
        hit.kind = QStringLiteral("health");
    bool numeric = false;
    const qint64 id = entry.origin.section(u':', 1).toLongLong(&numeric);
    hit.recordId = numeric ? id : -1;
    hit.title = entry.title;
    hit.day = entry.day;
    Q_EMIT hitChosen(hit);
}

} // namespace lifeos
