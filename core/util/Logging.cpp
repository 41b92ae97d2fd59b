#include "util/Logging.h"

Q_LOGGING_CATEGORY(lcStorage, "lifeos.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "lifeos.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "lifeos.settings", QtInfoMsg)
