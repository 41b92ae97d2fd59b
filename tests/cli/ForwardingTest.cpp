#include "support/QtStringMakers.h"
#include "support/TempDataDir.h"

#include <QElapsedTimer>
#include <QProcess>

#include <catch2/catch.hpp>

// `lifeos --capture [TEXT]` as a desktop shortcut runs it: handed to the running instance over its local socket,
// or starting LifeOS when none runs. The app's log lines (category lifeos.app) show what each process did.
namespace {

// The app's log lines on, and no way to reach the desktop this test runs on: no session bus (so no shortcuts
// portal is asked, and no dialog can appear) and no Wayland or X display (the offscreen platform).
QProcessEnvironment isolatedEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("lifeos.app.info=true"));
    for (const char *name : {"DBUS_SESSION_BUS_ADDRESS", "WAYLAND_DISPLAY", "DISPLAY", "LIFEOS_EXIT_AFTER_FIRST_PAINT"})
        env.remove(QString::fromLatin1(name));
    return env;
}

class GuiProcess
{
public:
    explicit GuiProcess(const QString &dataDir, const QStringList &extra = {})
    {
        m_process.setProcessEnvironment(isolatedEnvironment());
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
    process.setProcessEnvironment(isolatedEnvironment());
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

    // More than the socket buffers at once: it must arrive whole, not be cut off when the sender exits.
    const QString longText = QStringLiteral("x").repeated(100000);
    const Finished longOne =
        runToEnd(dir.path(), {QStringLiteral("--capture"), longText, longText, longText, longText});
    CHECK(longOne.exitCode == 0);
    CHECK(running.waitForLog(QStringLiteral("quick capture opened with 400003 characters")));
}

TEST_CASE("lifeos --capture starts LifeOS with quick capture open when none is running")
{
    TempDataDir dir;
    GuiProcess started(dir.path(), {QStringLiteral("--capture"), QStringLiteral("note: line one")});
    INFO(started.log().toStdString());
    CHECK(started.waitForLog(QStringLiteral("quick capture opened with 14 characters")));
    CHECK(started.waitForLog(QStringLiteral("listening for later launches")));
}
