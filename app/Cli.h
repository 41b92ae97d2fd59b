#pragma once

#include <QCoreApplication>

namespace lifeos {

// The headless side of `lifeos`: `--version`, `--help`, and the commands in app/cli/ (capture, parse, export,
// import). Output is for scripts (`--json`); errors are one line on stderr with exit code 1 (2 for a usage
// mistake).
class Cli {
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // True when the arguments name a command or an option that never needs a window.
    static bool isCommandLine(int argc, char *argv[]);
    static int run(int argc, char *argv[]);
};

} // namespace lifeos
