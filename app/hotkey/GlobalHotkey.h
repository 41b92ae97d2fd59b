#pragma once

#include <QKeySequence>
#include <QObject>

#include <memory>

namespace lifeos {

// A system-wide keyboard shortcut (quick capture): it fires while another program has the focus.
// Each platform has its own backend; createGlobalHotkey() picks the one this session supports.
class GlobalHotkey : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GlobalHotkey)

public:
    explicit GlobalHotkey(QObject *parent = nullptr);
    ~GlobalHotkey() override;

    // Replaces any previous shortcut; an empty sequence only releases it. Only the first key
    // combination of the sequence is used. Returns false with errorString() set when the shortcut
    // cannot be had. An asynchronous backend (the portal) returns true once the request is sent
    // and reports the outcome later with bound() or bindingFailed().
    virtual bool setShortcut(const QKeySequence &shortcut) = 0;
    QKeySequence shortcut() const { return m_shortcut; }
    // Why the last setShortcut() failed, in words for the user; empty after a success.
    QString errorString() const { return m_errorString; }
    // For logs and the about box: "X11", "xdg-desktop-portal", "Windows", "macOS", "none".
    virtual QString backendName() const = 0;
    // True when a successful setShortcut() is only a request and bound() or bindingFailed() follow.
    virtual bool answersLater() const { return false; }

Q_SIGNALS:
    void activated();
    // The desktop confirmed a shortcut (it may show the user's own choice, e.g. "Ctrl+Alt+Space").
    void bound(const QString &triggerDescription);
    void bindingFailed(const QString &errorString);

protected:
    void setShortcutState(const QKeySequence &shortcut) { m_shortcut = shortcut; }
    // Sets errorString(); returns false so a backend can `return fail(...)`.
    bool fail(const QString &errorString);
    bool succeed(const QKeySequence &shortcut);

    // The words every backend shares, in one translation context.
    static QString takenMessage(const QKeySequence &shortcut);
    static QString unsupportedKeyMessage(const QKeySequence &shortcut);
    static QString noGlobalShortcutsMessage();
    static QString portalRefusedMessage(const QKeySequence &shortcut);
    static QString portalFailedMessage();
    // What the desktop shows next to the shortcut in its settings (portal).
    static QString quickCaptureDescription();

private:
    QKeySequence m_shortcut;
    QString m_errorString;
};

// X11 under an xcb session, the xdg-desktop-portal on Wayland when the desktop offers
// GlobalShortcuts, RegisterHotKey on Windows, Carbon on macOS; otherwise a backend whose
// setShortcut() explains how to bind `lifeos --capture` by hand. Needs a QGuiApplication.
std::unique_ptr<GlobalHotkey> createGlobalHotkey(QObject *parent = nullptr);

} // namespace lifeos
