#include "CaptureWindow.h"

#include "CaptureChips.h"
#include "CapturePanel.h"
#include "ChipFormat.h"
#include "UiContext.h"
#include "UiLogging.h"
#include "UndoToast.h"
#include "capture/CaptureRouter.h"
#include "capture/ParseContextFactory.h"

#include <QApplication>
#include <QCursor>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QScreen>
#include <QVBoxLayout>

namespace lifeos {

CaptureWindow::CaptureWindow(UiContext &context, QWidget *parent)
    : QWidget(parent, Qt::Tool | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint)
    , m_database(context.database)
    , m_router(new CaptureRouter(
          [this, &context] {
              ParseContext ctx = ParseContextFactory::fromSettings(context.settings, context.now());
              ctx.categories = m_categories;
              return ctx;
          },
          this))
    , m_store(context.database)
    , m_input(new QLineEdit(this))
    , m_chips(new CaptureChips(this))
    , m_status(new QLabel(this))
    , m_toast(std::make_unique<UndoToast>())
{
    setObjectName(QStringLiteral("captureWindow"));
    setWindowTitle(tr("Quick capture"));
    setAccessibleName(tr("Quick capture"));
    setAccessibleDescription(tr("Type one line and press Enter to save it as a task, note, journal line, expense, "
                                "income, measurement or workout."));
    setAttribute(Qt::WA_TranslucentBackground); // the rounded corners
    setAttribute(Qt::WA_QuitOnClose, false);
    setFixedWidth(kWidth);

    m_input->setObjectName(QStringLiteral("captureInput"));
    m_input->setAccessibleName(tr("Capture"));
    m_input->setPlaceholderText(tr("Type a task, note, expense, measurement…"));
    m_input->setFrame(false);
    m_input->setClearButtonEnabled(false);
    QFont inputFont = m_input->font();
    inputFont.setPointSizeF(inputFont.pointSizeF() * 1.3);
    m_input->setFont(inputFont);
    m_input->setStyleSheet(QStringLiteral("QLineEdit#captureInput { background: transparent; padding: 2px 0; }"));
    m_input->installEventFilter(this);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/capture.svg")).pixmap(QSize(22, 22), devicePixelRatio()));
    icon->setAccessibleName(QString());

    m_status->setObjectName(QStringLiteral("captureMessage"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    QFont statusFont = m_status->font();
    statusFont.setPointSizeF(statusFont.pointSizeF() * 0.9);
    m_status->setFont(statusFont);

    auto *inputRow = new QHBoxLayout;
    inputRow->setSpacing(10);
    inputRow->addWidget(icon);
    inputRow->addWidget(m_input, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 14, 18, 12);
    layout->setSpacing(8);
    layout->addLayout(inputRow);
    layout->addWidget(m_chips);
    layout->addWidget(m_status);
    showHint();

    connect(m_input, &QLineEdit::textChanged, this, &CaptureWindow::readText);
    connect(m_input, &QLineEdit::returnPressed, this, &CaptureWindow::store);
    connect(m_chips, &CaptureChips::kindPicked, this, &CaptureWindow::pickKind);
    connect(m_router, &CaptureRouter::readingImproved, this, [this](const ParsedCapture &reading) {
        if (!m_picked && reading.raw == m_input->text())
            showReading();
    });
    connect(m_toast.get(), &UndoToast::undoRequested, this, &CaptureWindow::undo);
}

CaptureWindow::~CaptureWindow() = default;

void CaptureWindow::open(const QString &text)
{
    if (!text.isEmpty()) {
        m_picked.reset();
        m_input->setText(text);
    }
    // The user's categories, read once an opening (not a query a keystroke); a failure only loses the hints.
    auto categories = ParseContextFactory::categoryNames(m_database);
    m_categories = categories ? *categories : QStringList();
    // Read again: "tomorrow" in a draft from yesterday means another day now, and settings may have changed.
    readText();
    // Read again on the first Up (not here: opening must be instant), so lines captured since are there too.
    m_historyLoaded = false;
    adjustSize();
    placeOnScreen();
    show();
    raise();
    activateWindow();
    m_input->setFocus(Qt::ActiveWindowFocusReason);
    m_input->end(false);
}

bool CaptureWindow::event(QEvent *event)
{
    // Like a launcher: clicking elsewhere puts it away, and the draft stays for the next time.
    if (event->type() == QEvent::WindowDeactivate && isVisible() && !QApplication::activePopupWidget())
        hide();
    return QWidget::event(event);
}

bool CaptureWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_input || event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    switch (key->key()) {
    case Qt::Key_Tab:
        changeKind(+1);
        return true;
    case Qt::Key_Backtab:
        changeKind(-1);
        return true;
    case Qt::Key_Up:
        recall(true);
        return true;
    case Qt::Key_Down:
        recall(false);
        return true;
    case Qt::Key_Escape:
        hide();
        return true;
    default:
        break;
    }
    // Ctrl+Z edits the text while there is text; on an empty line it takes the last capture back.
    if (key->matches(QKeySequence::Undo) && m_input->text().isEmpty() && m_toast->isVisible()
        && m_toast->captureId() > 0) {
        undo(m_toast->captureId());
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void CaptureWindow::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintPanel(painter, rect(), palette(), QPalette::Base);
}

void CaptureWindow::readText()
{
    if (m_input->text().isEmpty())
        m_picked.reset(); // a cleared line starts over: the next one is read afresh
    showHint();
    m_router->read(m_input->text(), m_picked);
    showReading();
}

void CaptureWindow::showReading()
{
    if (m_input->text().trimmed().isEmpty() && !m_picked) {
        m_chips->clear();
        return;
    }
    const ParseContext &ctx = m_router->context();
    m_chips->showReading(m_router->current(), m_picked.has_value(), ctx.today(), ctx.defaultCurrency);
}

void CaptureWindow::changeKind(int step)
{
    const QList<CaptureKind> &kinds = allCaptureKinds();
    const qsizetype at = kinds.indexOf(m_picked.value_or(m_router->current().kind));
    const qsizetype count = kinds.size();
    pickKind(kinds.at(((at < 0 ? 0 : at) + step + count) % count));
}

void CaptureWindow::pickKind(CaptureKind kind)
{
    m_picked = kind;
    showHint();
    m_router->read(m_input->text(), m_picked);
    showReading();
}

void CaptureWindow::recall(bool older)
{
    if (!m_historyLoaded) {
        if (!older)
            return;
        auto recent = m_store.recentInputs(kHistoryLength);
        if (!recent)
            qCWarning(lcUi) << "cannot read recent captures:" << recent.error().message;
        m_history.reset(recent ? *recent : QStringList());
        m_historyLoaded = true;
    }
    const std::optional<QString> line = older ? m_history.older(m_input->text()) : m_history.newer();
    if (!line)
        return;
    m_picked.reset(); // a recalled line is read as what it says, not as the kind picked for another
    m_input->setText(*line);
    m_input->end(false);
}

void CaptureWindow::store()
{
    const QString text = m_input->text();
    if (text.trimmed().isEmpty()) {
        showMessage(tr("Type something first: a task, a note, an expense…"), false);
        return;
    }
    // A paste longer than the line holds was cut off by the line edit: storing the rest would lose text silently.
    if (text.size() >= m_input->maxLength()) {
        showMessage(tr("This is longer than quick capture takes (%L1 characters), so it was cut off. Paste long "
                       "text into a note instead.")
                        .arg(m_input->maxLength()),
                    true);
        return;
    }
    ParsedCapture reading = m_router->current();
    if (reading.raw != text)
        reading = m_router->read(text, m_picked);
    const ParseContext &ctx = m_router->context();
    const Result<StoredCapture> stored = m_store.store(reading, ctx);
    if (!stored) {
        // The line stays as typed, so nothing is lost: the user fixes it or picks another kind.
        qCWarning(lcUi) << "capture not stored:" << stored.error().message;
        showMessage(stored.error().message, true);
        return;
    }
    qCInfo(lcUi) << "captured a" << captureKindName(stored->parsed.kind) << "as capture" << stored->captureId;
    const QRect area = screenArea();
    m_input->clear();
    hide();
    m_toast->showSaved(ChipFormat::savedSummary(*stored, ctx.today(), ctx.defaultCurrency), stored->captureId, area);
    Q_EMIT captured(*stored);
}

void CaptureWindow::undo(qint64 captureId)
{
    const Result<void> undone = m_store.undo(captureId);
    if (!undone) {
        qCWarning(lcUi) << "capture" << captureId << "not undone:" << undone.error().message;
        m_toast->showUndoFailed(undone.error().message);
        return;
    }
    qCInfo(lcUi) << "undid capture" << captureId;
    m_toast->showUndone();
    Q_EMIT captureUndone(captureId);
}

void CaptureWindow::showMessage(const QString &text, bool error)
{
    // Hints recede (text at 60%), errors stand out; both derived from the palette.
    const QColor colour = error ? errorColor(palette()) : withAlpha(palette().color(QPalette::WindowText), 0.6);
    const QString style = QStringLiteral("QLabel#captureMessage { color: %1; }").arg(cssColor(colour));
    if (m_status->text() == text && m_status->styleSheet() == style)
        return; // every keystroke asks for the hint; restyling each time would be wasted work
    m_status->setStyleSheet(style);
    m_status->setText(text);
    m_status->setAccessibleDescription(text);
    adjustSize();
}

void CaptureWindow::showHint()
{
    showMessage(tr("Enter to save · Tab to change kind · Esc to close · ↑ earlier lines"), false);
}

QRect CaptureWindow::screenArea() const
{
    const QScreen *screen = isVisible() ? this->screen() : QGuiApplication::screenAt(QCursor::pos());
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect();
}

void CaptureWindow::placeOnScreen()
{
    // Centred on the screen the mouse is on, in its upper third, where the eye is when typing.
    const QRect area = screenArea();
    if (!area.isValid())
        return;
    move(area.center().x() - width() / 2, area.top() + area.height() / 3 - height() / 2);
}

} // namespace lifeos
