#include "UndoToast.h"

#include "CapturePanel.h"

#include <QEnterEvent>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace lifeos {

namespace {

constexpr int kMessageWidth = 380;
constexpr int kScreenMargin = 24;
// Leaving the toast with the mouse gives at least this long to come back to it.
constexpr int kAfterHoverMs = 2000;

} // namespace

UndoToast::UndoToast(QWidget *parent)
    : QWidget(parent, Qt::Tool | Qt::FramelessWindowHint | Qt::WindowStaysOnTopHint | Qt::WindowDoesNotAcceptFocus)
    , m_message(new QLabel(this))
    , m_undo(new QPushButton(tr("Undo"), this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("undoToast"));
    setAccessibleName(tr("Capture saved"));
    setAttribute(Qt::WA_ShowWithoutActivating); // the user goes on typing where they were
    setAttribute(Qt::WA_TranslucentBackground); // for the rounded corners
    setAttribute(Qt::WA_QuitOnClose, false);
    m_message->setObjectName(QStringLiteral("toastMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_undo->setObjectName(QStringLiteral("undoButton"));
    m_undo->setToolTip(tr("Take the capture back (Ctrl+Z in quick capture)"));
    m_undo->setCursor(Qt::PointingHandCursor);
    m_undo->setFocusPolicy(Qt::NoFocus);
    // A text button in the link colour: the one action here, without the weight of a dialog button.
    m_undo->setFlat(true);
    m_undo->setStyleSheet(QStringLiteral("QPushButton#undoButton { color: palette(highlight); font-weight: 600;"
                                         "  border: none; padding: 4px 10px; border-radius: 6px; }"
                                         "QPushButton#undoButton:hover { text-decoration: underline; }"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(16, 10, 10, 10);
    layout->setSpacing(12);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_undo);

    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer); // "8 seconds" means 8, not 8.4
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_undo, &QPushButton::clicked, this, [this] {
        if (m_captureId > 0)
            Q_EMIT undoRequested(m_captureId);
    });
    // No Ctrl+Z here: the toast never takes the focus; quick capture's own Ctrl+Z undoes the last capture.
}

UndoToast::~UndoToast() = default;

void UndoToast::showSaved(const QString &message, qint64 captureId, const QRect &screenArea)
{
    m_captureId = captureId;
    m_screenArea = screenArea;
    showMessage(m_message->fontMetrics().elidedText(message, Qt::ElideRight, kMessageWidth), false);
    m_message->setToolTip(message); // the whole line, when it had to be shortened
    setAccessibleDescription(message);
    m_undo->show();
    m_undo->setEnabled(true);
    showFor(kShowMs);
}

void UndoToast::showUndone()
{
    m_captureId = 0;
    showMessage(tr("Undone"), false);
    m_undo->hide();
    showFor(kUndoneMs);
}

void UndoToast::showUndoFailed(const QString &message)
{
    // The capture stays; the user reads why and can change the record by hand.
    m_captureId = 0;
    showMessage(message, true);
    m_undo->hide();
    showFor(kShowMs);
}

void UndoToast::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setToolTip(QString());
    setAccessibleDescription(text);
    // An error may be long and wraps at a fixed width; a short message takes only the room it needs.
    m_message->setWordWrap(error);
    if (error) {
        m_message->setFixedWidth(kMessageWidth);
    } else {
        m_message->setMinimumWidth(0);
        m_message->setMaximumWidth(kMessageWidth);
    }
    m_message->setStyleSheet(error ? QStringLiteral("color: %1;").arg(errorColor(palette()).name()) : QString());
}

int UndoToast::remainingMs() const
{
    return m_pausedRemainingMs >= 0 ? m_pausedRemainingMs : m_timer->remainingTime();
}

void UndoToast::showFor(int milliseconds)
{
    m_pausedRemainingMs = -1;
    adjustSize();
    placeOnScreen();
    show();
    raise();
    m_timer->start(milliseconds);
    // Opened under the mouse: it stays until the mouse leaves.
    if (underMouse()) {
        m_pausedRemainingMs = milliseconds;
        m_timer->stop();
    }
}

void UndoToast::placeOnScreen()
{
    if (!m_screenArea.isValid())
        return;
    move(m_screenArea.right() - width() - kScreenMargin, m_screenArea.bottom() - height() - kScreenMargin);
}

void UndoToast::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    paintPanel(painter, rect(), palette(), QPalette::Window);
}

void UndoToast::enterEvent(QEnterEvent *event)
{
    QWidget::enterEvent(event);
    // Hover pauses the countdown: someone reaching for Undo must not see it vanish under the mouse.
    if (m_timer->isActive()) {
        m_pausedRemainingMs = m_timer->remainingTime();
        m_timer->stop();
    }
}

void UndoToast::leaveEvent(QEvent *event)
{
    QWidget::leaveEvent(event);
    if (m_pausedRemainingMs >= 0 && isVisible()) {
        m_timer->start(qMax(m_pausedRemainingMs, kAfterHoverMs));
        m_pausedRemainingMs = -1;
    }
}

} // namespace lifeos
