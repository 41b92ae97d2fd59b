#include "HotkeyLogging.h"

Q_LOGGING_CATEGORY(lcHotkey, "lifeos.hotkey", QtWarningMsg)
