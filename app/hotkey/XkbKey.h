#pragma once

#include <QKeySequence>
#include <QString>

#include <optional>

namespace lifeos {

// A shortcut's key as X11 and xkbcommon name it: what XGrabKey needs (the keysym, turned into a
// keycode against the live keymap) and what the XDG shortcuts spec uses (the keysym's name).
// Pure data, no display connection, so it is shared by the X11 and portal backends.
struct XkbKey
{
    quint32 keysym = 0;
    QString name;                    // the keysym's name without XKB_KEY_: "space", "a", "F5", "comma"
    Qt::KeyboardModifiers modifiers; // Shift, Control, Alt, Meta only

    // The key of the first combination in the sequence; nullopt when it is empty, only modifiers,
    // or a key with no keysym this table knows.
    static std::optional<XkbKey> fromKeySequence(const QKeySequence &shortcut);
    // The XDG shortcuts spec's trigger ("CTRL+ALT+space"); empty when fromKeySequence() fails.
    static QString xdgTrigger(const QKeySequence &shortcut);
};

} // namespace lifeos
