#pragma once

#include "GlobalHotkey.h"

struct OpaqueEventHandlerRef;
struct OpaqueEventHotKeyRef;

namespace lifeos {

// Carbon's RegisterEventHotKey, still the way to get a system-wide key on macOS without the
// accessibility permission an event tap needs. Built on macOS only.
class MacGlobalHotkey final : public GlobalHotkey
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MacGlobalHotkey)

public:
    explicit MacGlobalHotkey(QObject *parent = nullptr);
    ~MacGlobalHotkey() override;

    bool setShortcut(const QKeySequence &shortcut) override;
    QString backendName() const override { return QStringLiteral("macOS"); }

    // Called by the Carbon event handler with the id the pressed hot key was registered under.
    // True when `id` is this object's hot key (and activated() was emitted).
    bool handleHotKey(quint32 id);

private:
    void unregister();

    OpaqueEventHandlerRef *m_handler = nullptr;
    OpaqueEventHotKeyRef *m_hotKey = nullptr;
    quint32 m_id = 0;
};

} // namespace lifeos
