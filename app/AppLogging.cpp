#include "AppLogging.h"

Q_LOGGING_CATEGORY(lcApp, "lifeos.app", QtWarningMsg)
