#include "NullGlobalHotkey.h"

namespace lifeos {

NullGlobalHotkey::NullGlobalHotkey(QObject *parent)
    : GlobalHotkey(parent)
{}

bool NullGlobalHotkey::setShortcut(const QKeySequence &shortcut)
{
    if (shortcut.isEmpty())
        return succeed({});
    return fail(noGlobalShortcutsMessage());
}

} // namespace lifeos
