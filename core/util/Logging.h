#pragma once

#include <QLoggingCategory>

// One category per area of core; warnings show by default, more with QT_LOGGING_RULES="lifeos.*=true".
// Private text (entry bodies, tokens, keys) is never logged above debug level.
Q_DECLARE_LOGGING_CATEGORY(lcStorage)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
Q_DECLARE_LOGGING_CATEGORY(lcSettings)
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
Q_DECLARE_LOGGING_CATEGORY(lcNet)
Q_DECLARE_LOGGING_CATEGORY(lcSync)
