#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace lifeos {

// A small always-on-top note near the bottom-right of the screen after a capture: "Saved as task: Buy bread ·
// due tomorrow  [Undo]". It stays for a few seconds (longer while the mouse is over it) and never takes the
// keyboard focus from the application the user is typing in.
class UndoToast final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoToast)

public:
    static constexpr int kShowMs = 8000;
    static constexpr int kUndoneMs = 2000;

    explicit UndoToast(QWidget *parent = nullptr);
    ~UndoToast() override;

    // Shows `message` with an Undo button for the capture `captureId`, on the screen `screenArea` belongs to.
    void showSaved(const QString &message, qint64 captureId, const QRect &screenArea);
    void showUndone();
    void showUndoFailed(const QString &message);
    qint64 captureId() const { return m_captureId; }
    int remainingMs() const;

Q_SIGNALS:
    void undoRequested(qint64 captureId);

protected:
    void paintEvent(QPaintEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    void showFor(int milliseconds);
    void showMessage(const QString &text, bool error);
    void placeOnScreen();

    QLabel *m_message = nullptr;
    QPushButton *m_undo = nullptr;
    QTimer *m_timer = nullptr;
    QRect m_screenArea;
    qint64 m_captureId = 0;
    int m_pausedRemainingMs = -1;
};

} // namespace lifeos
