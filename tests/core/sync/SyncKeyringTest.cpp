#include "SyncTestSupport.h"
#include "oauth/TokenManager.h"
#include "secrets/KeychainSecretStore.h"
#include "storage/Database.h"
#include "sync/SyncRunner.h"
#include "util/DataLocation.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRegularExpression>

#include <catch2/catch.hpp>

// Run only under tests/core/secrets/with-keyring.sh (lifeos_keyring_test): a real, freshly unlocked gnome-keyring on
// a private session bus. The tokens go through the real KeychainSecretStore, and nowhere else.

using namespace lifeos;
using namespace synctest;

namespace {

QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(QStringLiteral("%1: %2").arg(QString::fromLatin1(context.category ? context.category : ""),
                                                   message));
    }
    if (g_previousHandler && type != QtDebugMsg)
        g_previousHandler(type, context, message);
}

// Every file of the data folder (lifeos.db, -wal, -shm, settings.ini ...), by name.
QHash<QString, QByteArray> dataFiles(const QString &dir)
{
    QHash<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            files.insert(QFileInfo(path).fileName(), file.readAll());
    }
    return files;
}

} // namespace

TEST_CASE("no token or client secret lands in the database, the settings or the log", "[keyring]")
{
    QLoggingCategory::setFilterRules(QStringLiteral("lifeos.*=true"));
    g_previousHandler = qInstallMessageHandler(captureMessage);

    TempDataDir dir;
    auto db = testsupport::openDatabase(dir.databasePath());
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    KeychainSecretStore secrets(KeychainSecretStore::serviceForDataDir(dir.path()));
    QNetworkAccessManager network;
    FakeOAuthServer oauth(ouraOAuth());
    FakeOuraServer oura(ouraData());
    pointOuraAt(settings, oauth, oura);
    acceptIssuedTokens(oura);
    SyncRunner runner(SyncRunner::Environment{*db, settings, secrets, network, quickRetries(), fixedNow, testZone()});

    QList<QByteArray> needles{oauth.options().clientSecret};
    auto connected = runner.connect(
        SyncSources::Oura, [&](const QUrl &url) { oauth.simulateBrowser(url); }, nullptr, 10000);
    oauth.waitForBrowser();
    INFO((connected ? std::string() : connected.error().message.toStdString()));
    REQUIRE(connected.ok());
    needles << oauth.latestAccessToken() << oauth.latestRefreshToken();
    // The tokens really are in the keychain.
    auto stored = secrets.read(TokenManager::secretKey(QStringLiteral("oura")));
    REQUIRE(stored.ok());
    CHECK(stored->contains(oauth.latestRefreshToken()));

    REQUIRE(runner.run(SyncSources::Oura, {}).ok());
    // A 401 makes the runner refresh: the rotated tokens must not leak either.
    oura.addFault({.fault = FakeOuraServer::Fault::Unauthorized});
    auto refreshed = runner.run(SyncSources::Oura, {});
    INFO((refreshed ? std::string() : refreshed.error().message.toStdString()));
    REQUIRE(refreshed.ok());
    needles << oauth.latestAccessToken() << oauth.latestRefreshToken();
    REQUIRE(needles.at(1) != needles.at(3));

    const auto scan = [&](const QString &when) {
        const QHash<QString, QByteArray> files = dataFiles(dir.path());
        REQUIRE(files.contains(QStringLiteral("lifeos.db")));
        QStringList log;
        {
            QMutexLocker lock(&g_logMutex);
            log = g_log;
        }
        const QByteArray logText = log.join(u'\n').toUtf8();
        for (const QByteArray &needle : std::as_const(needles)) {
            INFO(when.toStdString() << ": looking for " << needle.left(6).toStdString() << "…");
            CHECK_FALSE(logText.contains(needle));
            for (auto file = files.cbegin(); file != files.cend(); ++file) {
                // The app's client secret is a setting by design (Settings → Connections); tokens never are.
                if (needle == oauth.options().clientSecret && file.key() == QStringLiteral("settings.ini"))
                    continue;
                INFO(file.key().toStdString());
                CHECK_FALSE(file.value().contains(needle));
            }
        }
        return files;
    };
    const auto files = scan(QStringLiteral("connected, database open"));
    CHECK(files.contains(QStringLiteral("lifeos.db-wal"))); // the WAL was looked into, not checkpointed away

    REQUIRE(runner.disconnect(SyncSources::Oura).ok());
    CHECK(secrets.read(TokenManager::secretKey(QStringLiteral("oura"))).error().code == ErrorCode::NotFound);
    scan(QStringLiteral("disconnected, database open"));
    db.reset();
    scan(QStringLiteral("database closed"));

    qInstallMessageHandler(g_previousHandler);
    QLoggingCategory::setFilterRules(QString());
    // The handler saw the sync's own debug lines, so a leak into the log would have been caught.
    QMutexLocker lock(&g_logMutex);
    CHECK(g_log.filter(QStringLiteral("lifeos.sync")).size() >= 3);
    CHECK(g_log.filter(QStringLiteral("lifeos.net")).size() >= 3);
}

namespace {

struct Cli
{
    QString dataDir;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LIFEOS_DATA_DIR"));
        return env;
    }

    std::pair<int, QString> run(const QStringList &arguments) const
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(LIFEOS_APP_PATH), QStringList{QStringLiteral("--data-dir"), dataDir} + arguments);
        REQUIRE(process.waitForStarted());
        REQUIRE(process.waitForFinished(60000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        INFO(err.toStdString());
        return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput())};
    }
};

} // namespace

TEST_CASE("lifeos sync connects through the browser, syncs Oura and shows the success", "[keyring]")
{
    TempDataDir dir;
    FakeOAuthServer oauth(ouraOAuth());
    FakeOuraServer::Options data = ouraData();
    data.last = QDate::currentDate().addDays(1); // the command line syncs up to the real today
    data.first = data.last.addDays(-60);
    FakeOuraServer oura(data);
    acceptIssuedTokens(oura);
    {
        Settings settings(DataLocation::settingsPath(dir.path()));
        pointOuraAt(settings, oauth, oura);
    }
    const Cli cli{dir.path()};

    // --connect prints the address and waits for the browser's redirect.
    QProcess connect;
    connect.setProcessEnvironment(cli.environment());
    connect.start(QStringLiteral(LIFEOS_APP_PATH),
                  {QStringLiteral("--data-dir"), dir.path(), QStringLiteral("sync"), QStringLiteral("oura"),
                   QStringLiteral("--connect")});
    REQUIRE(connect.waitForStarted());
    QString printed;
    while (!printed.contains(u'\n') && connect.waitForReadyRead(30000))
        printed += QString::fromUtf8(connect.readAllStandardOutput());
    INFO(printed.toStdString() << QString::fromUtf8(connect.readAllStandardError()).toStdString());
    REQUIRE(printed.startsWith(QStringLiteral("Open this address in your browser to connect Oura: ")));
    const QRegularExpressionMatch url = QRegularExpression(QStringLiteral("(http://\\S+)")).match(printed);
    REQUIRE(url.hasMatch());
    oauth.simulateBrowser(QUrl::fromEncoded(url.captured(1).toUtf8()));
    REQUIRE(connect.waitForFinished(30000));
    printed += QString::fromUtf8(connect.readAllStandardOutput());
    CHECK(oauth.waitForBrowser().callbackStatus == 200);
    REQUIRE(connect.exitCode() == 0);
    CHECK(printed.contains(QStringLiteral("Oura is connected.")));

    const auto [syncCode, syncOut] = cli.run({QStringLiteral("sync")});
    INFO(syncOut.toStdString());
    REQUIRE(syncCode == 0);
    CHECK(QRegularExpression(QStringLiteral("^Oura: [0-9,]+ item\\(s\\) changed\\.$"),
                             QRegularExpression::MultilineOption)
              .match(syncOut)
              .hasMatch());

    const auto [statusCode, statusOut] = cli.run({QStringLiteral("sync"), QStringLiteral("--status"),
                                                  QStringLiteral("--json")});
    REQUIRE(statusCode == 0);
    const QJsonArray sources = QJsonDocument::fromJson(statusOut.toUtf8()).object().value(QStringLiteral("sources")).toArray();
    REQUIRE(sources.size() == 2);
    const QJsonObject ouraStatus = sources.first().toObject();
    CHECK(ouraStatus.value(QStringLiteral("connected")) == QJsonValue(true));
    CHECK(ouraStatus.value(QStringLiteral("last_error")).isNull());
    CHECK(QDateTime::fromString(ouraStatus.value(QStringLiteral("last_success")).toString(), Qt::ISODateWithMs).isValid());
    CHECK(ouraStatus.value(QStringLiteral("items_changed")).toInt() > 0);
    CHECK(ouraStatus.value(QStringLiteral("next_run")).isString());

    const auto [disconnectCode, disconnectOut] = cli.run({QStringLiteral("sync"), QStringLiteral("oura"),
                                                          QStringLiteral("--disconnect")});
    CHECK(disconnectCode == 0);
    CHECK(disconnectOut.contains(QStringLiteral("Oura is disconnected.")));
    CHECK(oauth.revokeRequests().size() == 1);
}
