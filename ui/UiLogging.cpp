#include "UiLogging.h"

Q_LOGGING_CATEGORY(lcUi, "lifeos.ui", QtWarningMsg)
