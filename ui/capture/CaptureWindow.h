#pragma once

#include "InputHistory.h"
#include "capture/CaptureStore.h"

#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QLineEdit;

namespace lifeos {

class CaptureChips;
class CaptureRouter;
class Database;
class UndoToast;
struct UiContext;

// Quick capture: a small always-on-top window with one line of input. Chips under it show, as the user types,
// what the line will be stored as; Tab or a click on the kind chip changes the kind; Enter stores and closes;
// Esc closes and keeps the draft; Up/Down recall earlier lines. After a capture an UndoToast offers Undo.
// It is a window of its own (no parent), so opening it from the tray never shows or raises the main window.
class CaptureWindow final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureWindow)

public:
    static constexpr int kWidth = 560;
    static constexpr int kHistoryLength = 50;

    explicit CaptureWindow(UiContext &context, QWidget *parent = nullptr);
    ~CaptureWindow() override;

    // Shows the window on the screen under the mouse with the input focused. A non-empty `text` replaces the
    // draft (e.g. `lifeos --capture TEXT`).
    void open(const QString &text = QString());
    // The router, so a second opinion (CaptureAdvisor) can be plugged in.
    CaptureRouter &router() { return *m_router; }
    UndoToast &toast() { return *m_toast; }
    std::optional<CaptureKind> pickedKind() const { return m_picked; }

Q_SIGNALS:
    void captured(const lifeos::StoredCapture &stored);
    void captureUndone(qint64 captureId);

protected:
    bool event(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void readText();
    void showReading();
    void changeKind(int step);
    void pickKind(CaptureKind kind);
    void recall(bool older);
    void store();
    void undo(qint64 captureId);
    void showMessage(const QString &text, bool error);
    void showHint();
    void placeOnScreen();
    QRect screenArea() const;

    Database &m_database;
    CaptureRouter *m_router = nullptr;
    CaptureStore m_store;
    InputHistory m_history;
    QLineEdit *m_input = nullptr;
    CaptureChips *m_chips = nullptr;
    QLabel *m_status = nullptr;
    std::unique_ptr<UndoToast> m_toast;
    std::optional<CaptureKind> m_picked;
    bool m_historyLoaded = false;
    QStringList m_categories;
};

} // namespace lifeos
