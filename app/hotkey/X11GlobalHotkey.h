#pragma once

#include "GlobalHotkey.h"

#include <QAbstractNativeEventFilter>
#include <QList>

struct xcb_connection_t;

namespace lifeos {

// Grabs the key on the X server's root windows through Qt's own xcb connection, once for every
// combination of Caps Lock, Num Lock and Scroll Lock (X11 matches modifiers exactly), and
// listens for the press in Qt's native event stream. Needs the "xcb" platform.
class X11GlobalHotkey final : public GlobalHotkey, public QAbstractNativeEventFilter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(X11GlobalHotkey)

public:
    explicit X11GlobalHotkey(QObject *parent = nullptr);
    ~X11GlobalHotkey() override;

    bool setShortcut(const QKeySequence &shortcut) override;
    QString backendName() const override { return QStringLiteral("X11"); }

    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override;

private:
    struct Grab
    {
        quint32 root = 0;
        quint16 modifiers = 0;
    };
    void ungrab();

    xcb_connection_t *m_connection = nullptr;
    QList<quint32> m_roots;
    QList<Grab> m_grabs;
    quint8 m_keycode = 0;
    quint16 m_modifiers = 0; // what the press must carry, after the lock bits are masked off
    quint16 m_lockMask = 0;  // Caps, Num and Scroll Lock bits in this keymap
    bool m_keyDown = false;
    quint32 m_releaseTime = 0; // X server time of the last release of the key
};

} // namespace lifeos
