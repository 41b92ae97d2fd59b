#pragma once

#include "GlobalHotkey.h"

namespace lifeos {

// Where no backend can grab a key (a Wayland desktop without the GlobalShortcuts portal): setting
// a shortcut fails with words that tell the user to bind `lifeos --capture` themselves.
class NullGlobalHotkey final : public GlobalHotkey
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NullGlobalHotkey)

public:
    explicit NullGlobalHotkey(QObject *parent = nullptr);

    bool setShortcut(const QKeySequence &shortcut) override;
    QString backendName() const override { return QStringLiteral("none"); }
};

} // namespace lifeos
