#include "util/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "lifeos.storage", QtWarningMsg)
Q_LOGGING_CATEGORY(lcExport, "lifeos.export", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSettings, "lifeos.settings", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSearch, "lifeos.search", QtWarningMsg)
Q_LOGGING_CATEGORY(lcNet, "lifeos.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcSync, "lifeos.sync", QtWarningMsg)
