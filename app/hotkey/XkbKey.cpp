#include "XkbKey.h"

#include <QStringList>

#include <array>

namespace lifeos {

namespace {

// Keysym values are fixed by the X11 protocol (keysymdef.h), so they are spelled out here rather
// than pulling in X11 headers on a Wayland-only build. The tests check every row against Xlib.
struct NamedKey
{
    int qtKey;
    quint32 keysym;
    const char *name;
};

constexpr std::array kNamedKeys{
    NamedKey{Qt::Key_Escape, 0xff1b, "Escape"},
    NamedKey{Qt::Key_Tab, 0xff09, "Tab"},
    NamedKey{Qt::Key_Backtab, 0xfe20, "ISO_Left_Tab"},
    NamedKey{Qt::Key_Backspace, 0xff08, "BackSpace"},
    NamedKey{Qt::Key_Return, 0xff0d, "Return"},
    NamedKey{Qt::Key_Enter, 0xff8d, "KP_Enter"},
    NamedKey{Qt::Key_Insert, 0xff63, "Insert"},
    NamedKey{Qt::Key_Delete, 0xffff, "Delete"},
    NamedKey{Qt::Key_Pause, 0xff13, "Pause"},
    NamedKey{Qt::Key_Print, 0xff61, "Print"},
    NamedKey{Qt::Key_Home, 0xff50, "Home"},
    NamedKey{Qt::Key_End, 0xff57, "End"},
    NamedKey{Qt::Key_Left, 0xff51, "Left"},
    NamedKey{Qt::Key_Up, 0xff52, "Up"},
    NamedKey{Qt::Key_Right, 0xff53, "Right"},
    NamedKey{Qt::Key_Down, 0xff54, "Down"},
    NamedKey{Qt::Key_PageUp, 0xff55, "Prior"},
    NamedKey{Qt::Key_PageDown, 0xff56, "Next"},
    NamedKey{Qt::Key_Menu, 0xff67, "Menu"},
    NamedKey{Qt::Key_VolumeDown, 0x1008ff11, "XF86AudioLowerVolume"},
    NamedKey{Qt::Key_VolumeMute, 0x1008ff12, "XF86AudioMute"},
    NamedKey{Qt::Key_VolumeUp, 0x1008ff13, "XF86AudioRaiseVolume"},
    NamedKey{Qt::Key_MediaPlay, 0x1008ff14, "XF86AudioPlay"},
    NamedKey{Qt::Key_MediaStop, 0x1008ff15, "XF86AudioStop"},
    NamedKey{Qt::Key_MediaPrevious, 0x1008ff16, "XF86AudioPrev"},
    NamedKey{Qt::Key_MediaNext, 0x1008ff17, "XF86AudioNext"},
};

// Printable ASCII: the keysym equals the character code; the names are keysymdef.h's.
constexpr std::array<const char *, 0x7f - 0x20> kAsciiNames{
    "space",       "exclam",
    "quotedbl",    "numbersign",
    "dollar",      "percent",
    "ampersand",   "apostrophe",
    "parenleft",   "parenright",
    "asterisk",    "plus",
    "comma",       "minus",
    "period",      "slash",
    "0",           "1",
    "2",           "3",
    "4",           "5",
    "6",           "7",
    "8",           "9",
    "colon",       "semicolon",
    "less",        "equal",
    "greater",     "question",
    "at",          "A",
    "B",           "C",
    "D",           "E",
    "F",           "G",
    "H",           "I",
    "J",           "K",
    "L",           "M",
    "N",           "O",
    "P",           "Q",
    "R",           "S",
    "T",           "U",
    "V",           "W",
    "X",           "Y",
    "Z",           "bracketleft",
    "backslash",   "bracketright",
    "asciicircum", "underscore",
    "grave",       "a",
    "b",           "c",
    "d",           "e",
    "f",           "g",
    "h",           "i",
    "j",           "k",
    "l",           "m",
    "n",           "o",
    "p",           "q",
    "r",           "s",
    "t",           "u",
    "v",           "w",
    "x",           "y",
    "z",           "braceleft",
    "bar",         "braceright",
    "asciitilde",
};

constexpr quint32 kF1Keysym = 0xffbe; // F1..F35 are consecutive

std::optional<std::pair<quint32, QString>> keysymFor(int key)
{
    // Qt names letters in upper case; a shortcut means the key, which X11 names in lower case.
    if (key >= Qt::Key_A && key <= Qt::Key_Z)
        key += 'a' - 'A';
    if (key >= 0x20 && key < 0x7f)
        return std::pair{quint32(key), QString::fromLatin1(kAsciiNames[std::size_t(key - 0x20)])};
    if (key >= Qt::Key_F1 && key <= Qt::Key_F35) {
        const int n = key - Qt::Key_F1;
        return std::pair{kF1Keysym + quint32(n), QStringLiteral("F%1").arg(n + 1)};
    }
    for (const NamedKey &named : kNamedKeys) {
        if (named.qtKey == key)
            return std::pair{named.keysym, QString::fromLatin1(named.name)};
    }
    return std::nullopt;
}

} // namespace

std::optional<XkbKey> XkbKey::fromKeySequence(const QKeySequence &shortcut)
{
    if (shortcut.isEmpty())
        return std::nullopt;
    const QKeyCombination combination = shortcut[0];
    const auto keysym = keysymFor(combination.key());
    if (!keysym)
        return std::nullopt;
    constexpr Qt::KeyboardModifiers kUsable =
        Qt::ShiftModifier | Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier;
    return XkbKey{keysym->first, keysym->second, combination.keyboardModifiers() & kUsable};
}

QString XkbKey::xdgTrigger(const QKeySequence &shortcut)
{
    const auto key = fromKeySequence(shortcut);
    if (!key)
        return {};
    QStringList parts;
    if (key->modifiers & Qt::ControlModifier)
        parts << QStringLiteral("CTRL");
    if (key->modifiers & Qt::AltModifier)
        parts << QStringLiteral("ALT");
    if (key->modifiers & Qt::ShiftModifier)
        parts << QStringLiteral("SHIFT");
    if (key->modifiers & Qt::MetaModifier)
        parts << QStringLiteral("LOGO");
    parts << key->name;
    return parts.join(u'+');
}

} // namespace lifeos
