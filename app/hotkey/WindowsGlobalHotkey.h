#pragma once

#include "GlobalHotkey.h"

#include <QAbstractNativeEventFilter>

namespace lifeos {

// RegisterHotKey on the GUI thread's message queue; WM_HOTKEY arrives through Qt's native event
// filter. Built on Windows only.
class WindowsGlobalHotkey final : public GlobalHotkey, public QAbstractNativeEventFilter
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(WindowsGlobalHotkey)

public:
    explicit WindowsGlobalHotkey(QObject *parent = nullptr);
    ~WindowsGlobalHotkey() override;

    bool setShortcut(const QKeySequence &shortcut) override;
    QString backendName() const override { return QStringLiteral("Windows"); }

    bool nativeEventFilter(const QByteArray &eventType, void *message, qintptr *result) override;

private:
    void unregister();

    int m_id = 0; // unique in this process, 0x0001..0xBFFF as RegisterHotKey wants for applications
    bool m_registered = false;
};

} // namespace lifeos
