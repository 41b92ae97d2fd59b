#include "support/QtStringMakers.h"
#include "support/TempDataDir.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QThread>

#include <catch2/catch.hpp>

// `lifeos --capture [TEXT]` as a desktop shortcut runs it: handed to the running instance over its local socket,
// or starting LifeOS when none runs. The app's log lines (category lifeos.app) show what each process did.
namespace {

class GuiProcess
{
public:
    explicit GuiProcess(const QString &dataDir, const QStringList &extra = {})
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("lifeos.app.info=true"));
        env.remove(QStringLiteral("LIFEOS_EXIT_AFTER_FIRST_PAINT"));
        m_process.setProcessEnvironment(env);
        m_process.start(QStringLiteral(LIFEOS_APP_PATH), QStringList{QStringLiteral("--data-dir"), dataDir} + extra);
        REQUIRE(m_process.waitForStarted());
    }
    ~GuiProcess()
    {
        m_process.kill();
        m_process.waitForFinished(10000);
    }

    // Waits until the process has logged `text`; returns everything logged so far.
    bool waitForLog(const QString &text, int timeoutMs = 30000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_log.contains(text) && timer.elapsed() < timeoutMs && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(200);
            m_log += QString::fromUtf8(m_process.readAllStandardError());
        }
        m_log += QString::fromUtf8(m_process.readAllStandardError());
        return m_log.contains(text);
    }
    const QString &log() const { return m_log; }

private:
    QProcess m_process;
    QString m_log;
};

struct Finished
{
    int exitCode = -1;
    QString err;
};

Finished runToEnd(const QString &dataDir, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("lifeos.app.info=true"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(LIFEOS_APP_PATH), QStringList{QStringLiteral("--data-dir"), dataDir} + arguments);
    REQUIRE(process.waitForFinished(30000));
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

TEST_CASE("lifeos --capture TEXT hands the text to the running LifeOS, which opens quick capture with it")
{
    TempDataDir dir;
    GuiProcess running(dir.path());
    REQUIRE(running.waitForLog(QStringLiteral("listening for later launches")));

    const Finished second =
        runToEnd(dir.path(), {QStringLiteral("--capture"), QStringLiteral("buy"), QStringLiteral("milk")});
    CHECK(second.exitCode == 0);
    CHECK(second.err.contains(QStringLiteral("handed the request over to the running LifeOS")));
    INFO(running.log().toStdString());
    CHECK(running.waitForLog(QStringLiteral("quick capture opened with 8 characters")));

    const Finished plain = runToEnd(dir.path(), {QStringLiteral("--capture")});
    CHECK(plain.exitCode == 0);
    CHECK(running.waitForLog(QStringLiteral("quick capture opened with 0 characters")));
}

TEST_CASE("lifeos --capture starts LifeOS with quick capture open when none is running")
{
    TempDataDir dir;
    GuiProcess started(dir.path(), {QStringLiteral("--capture"), QStringLiteral("note: line one")});
    INFO(started.log().toStdString());
    CHECK(started.waitForLog(QStringLiteral("quick capture opened with 14 characters")));
    CHECK(started.waitForLog(QStringLiteral("listening for later launches")));
}
