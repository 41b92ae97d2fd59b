#include "CaptureChips.h"

#include "CapturePanel.h"
#include "ChipFormat.h"

#include <QActionGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QStyle>
#include <QToolButton>

namespace lifeos {

namespace {

// Long tag lists must not push the other chips out of a window of fixed width.
constexpr int kTagsMaxWidth = 180;

} // namespace

CaptureChips::CaptureChips(QWidget *parent)
    : QWidget(parent)
    , m_kind(new QToolButton(this))
    , m_kindMenu(new QMenu(this))
{
    setObjectName(QStringLiteral("captureChips"));
    setAccessibleName(tr("How the line will be saved"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);

    m_kind->setObjectName(QStringLiteral("chip-kind"));
    m_kind->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_kind->setIconSize(QSize(14, 14));
    m_kind->setPopupMode(QToolButton::InstantPopup);
    m_kind->setMenu(m_kindMenu);
    m_kind->setFocusPolicy(Qt::NoFocus); // the input keeps the focus; Tab changes the kind
    m_kind->setCursor(Qt::PointingHandCursor);
    auto *group = new QActionGroup(m_kindMenu);
    for (CaptureKind kind : allCaptureKinds()) {
        QAction *action = m_kindMenu->addAction(QIcon(ChipFormat::kindIconPath(kind)), ChipFormat::kindName(kind));
        action->setCheckable(true);
        action->setData(int(kind));
        action->setObjectName(QStringLiteral("pickKind_") + captureKindName(kind));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, kind] { Q_EMIT kindPicked(kind); });
    }
    layout->addWidget(m_kind);

    m_when = addChip("chip-when", tr("When"));
    m_amount = addChip("chip-amount", tr("Amount"));
    m_metric = addChip("chip-metric", tr("Measurement"));
    m_duration = addChip("chip-duration", tr("Duration"));
    m_distance = addChip("chip-distance", tr("Distance"));
    m_tags = addChip("chip-tags", tr("Tags"));
    m_priority = addChip("chip-priority", tr("Priority"));
    layout->addStretch(1);

    // The row keeps its height while empty, so the window does not jump on the first keystroke.
    setFixedHeight(fontMetrics().height() + 12);
    applyStyle();
    clear();
}

CaptureChips::~CaptureChips() = default;

QLabel *CaptureChips::addChip(const char *objectName, const QString &accessibleName)
{
    auto *chip = new QLabel(this);
    chip->setObjectName(QLatin1StringView(objectName));
    chip->setProperty("chip", true);
    chip->setAccessibleName(accessibleName);
    chip->setTextFormat(Qt::PlainText);
    layout()->addWidget(chip);
    return chip;
}

void CaptureChips::applyStyle()
{
    // Colours blended from palette roles, so the chips follow light and dark palettes alike. The kind chip is
    // tinted with the highlight colour; an unsure kind gets a dashed border.
    auto rgba = [](const QColor &colour, qreal alpha) { return cssColor(withAlpha(colour, alpha)); };
    const QPalette &pal = palette();
    const QColor text = pal.color(QPalette::WindowText);
    const QColor highlight = pal.color(QPalette::Highlight);
    setStyleSheet(QStringLiteral("QLabel[chip=\"true\"], QToolButton#chip-kind {"
                                 "  border: 1px solid %1; border-radius: 9px; padding: 1px 8px;"
                                 "  background: %2; color: %3; }"
                                 "QToolButton#chip-kind { padding-left: 6px; font-weight: 600;"
                                 "  background: %4; border-color: %5; }"
                                 "QToolButton#chip-kind[unsure=\"true\"] { border-style: dashed; font-weight: normal; }"
                                 "QToolButton#chip-kind:hover { border-color: %6; }"
                                 "QToolButton#chip-kind::menu-indicator { image: none; width: 0px; }")
                      .arg(rgba(text, 0.18),
                           rgba(text, 0.05),
                           text.name(QColor::HexRgb),
                           rgba(highlight, 0.14),
                           rgba(highlight, 0.55),
                           highlight.name(QColor::HexRgb)));
}

void CaptureChips::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        setFixedHeight(fontMetrics().height() + 12);
    else if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

void CaptureChips::setChip(QLabel *chip, const QString &text, const QString &toolTip)
{
    chip->setText(text);
    chip->setToolTip(toolTip);
    chip->setAccessibleDescription(text);
    chip->setVisible(!text.isEmpty());
}

void CaptureChips::clear()
{
    m_kind->hide();
    for (QLabel *chip : {m_when, m_amount, m_metric, m_duration, m_distance, m_tags, m_priority})
        setChip(chip, QString());
}

void CaptureChips::showReading(const ParsedCapture &reading,
                               bool kindPicked,
                               const QDate &today,
                               const QString &defaultCurrency)
{
    const bool unsure = !kindPicked && reading.confidence < ChipFormat::kSureConfidence;
    m_kind->setText(ChipFormat::kindChipText(reading.kind, reading.confidence, kindPicked));
    m_kind->setIcon(QIcon(ChipFormat::kindIconPath(reading.kind)));
    m_kind->setAccessibleName(tr("Kind: %1").arg(ChipFormat::kindName(reading.kind)));
    m_kind->setToolTip(unsure ? tr("Not sure about this kind. Click or press Tab to choose another.")
                              : tr("Click or press Tab to choose another kind."));
    if (m_kind->property("unsure").toBool() != unsure) {
        m_kind->setProperty("unsure", unsure);
        m_kind->style()->unpolish(m_kind);
        m_kind->style()->polish(m_kind);
    }
    for (QAction *action : m_kindMenu->actions())
        action->setChecked(action->data().toInt() == int(reading.kind));
    m_kind->show();

    setChip(m_when,
            ChipFormat::when(reading.date, reading.time, today),
            reading.kind == CaptureKind::Task ? tr("Due") : tr("When"));
    setChip(m_amount,
            reading.amount ? ChipFormat::money(*reading.amount, defaultCurrency) : QString(),
            reading.category.isEmpty() ? QString() : tr("Category: %1").arg(reading.category));
    setChip(m_metric, reading.metric ? ChipFormat::metric(*reading.metric) : QString());
    // Sleep or sauna time is the measurement itself; a second chip with the same minutes would be noise.
    const bool showDuration = reading.durationMin && (!reading.metric || reading.kind == CaptureKind::Workout);
    setChip(m_duration, showDuration ? ChipFormat::duration(*reading.durationMin) : QString(), tr("Duration"));
    setChip(m_distance, reading.distanceKm ? ChipFormat::distance(*reading.distanceKm) : QString(), tr("Distance"));
    const QString tags = ChipFormat::tags(reading.tags);
    setChip(m_tags, m_tags->fontMetrics().elidedText(tags, Qt::ElideRight, kTagsMaxWidth), tags);
    setChip(m_priority,
            reading.priority ? ChipFormat::priority(*reading.priority) : QString(),
            reading.priority ? tr("Priority %1 (1 is the most urgent)").arg(*reading.priority) : QString());
}

} // namespace lifeos
