#pragma once

#include <QLoggingCategory>

// Start-up, single-instance forwarding and the global hotkey. Never logs captured text above debug level.
Q_DECLARE_LOGGING_CATEGORY(lcApp)
