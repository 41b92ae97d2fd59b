#pragma once

#include <QCoreApplication>
#include <QElapsedTimer>

namespace lifeos {

// Starts the desktop app: one instance per data folder, a clear dialog when the database cannot be
// used (it is never overwritten or recreated), then the main window.
class GuiLauncher {
    Q_DECLARE_TR_FUNCTIONS(GuiLauncher)

public:
    static int run(int argc, char *argv[], const QElapsedTimer &sinceStart);
};

} // namespace lifeos
