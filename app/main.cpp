#include "Cli.h"
#include "GuiLauncher.h"

#include <QElapsedTimer>

// `lifeos` alone opens the window; `lifeos <command> …` runs headless (see Cli.h).
int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    if (lifeos::Cli::isCommandLine(argc, argv))
        return lifeos::Cli::run(argc, argv);
    return lifeos::GuiLauncher::run(argc, argv, sinceStart);
}
