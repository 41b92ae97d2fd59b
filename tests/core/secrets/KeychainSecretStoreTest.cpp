#include "secrets/KeychainSecretStore.h"

#include "support/QtStringMakers.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

using namespace lifeos;

// Run under tests/core/secrets/with-keyring.sh (see its header): [keyring] with a freshly unlocked gnome-keyring on a
// private session bus, [not-unlocked] where D-Bus starts gnome-keyring with no unlocked keyring (a headless machine),
// [no-keyring] on a bus where no Secret Service can start, [no-bus] with no session bus at all.

namespace {

// A service name no earlier run and no real LifeOS install uses.
QString uniqueService()
{
    return QStringLiteral("LifeOS test %1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'));
}

QByteArray uniqueToken()
{
    return "token-" + QByteArray::number(QRandomGenerator::system()->generate64(), 36) + "-\x01\xff-end";
}

// Asks the Secret Service itself (not QtKeychain) over the session bus, with dbus-send: a Qt D-Bus connection in
// this process would add a libdbus thread whose handovers ThreadSanitizer cannot follow.
QString askSecretService(const QStringList &arguments)
{
    QProcess dbusSend;
    dbusSend.start(QStringLiteral("dbus-send"),
                   QStringList{QStringLiteral("--session"),
                               QStringLiteral("--print-reply"),
                               QStringLiteral("--dest=org.freedesktop.secrets")}
                       + arguments);
    REQUIRE(dbusSend.waitForFinished(30'000));
    REQUIRE(dbusSend.exitCode() == 0);
    return QString::fromUtf8(dbusSend.readAllStandardOutput());
}

// The object paths of the items that carry QtKeychain's attributes for service and key (unlocked or locked).
QStringList keyringItems(const QString &service, const QString &key)
{
    const QString reply = askSecretService({QStringLiteral("/org/freedesktop/secrets"),
                                            QStringLiteral("org.freedesktop.Secret.Service.SearchItems"),
                                            QStringLiteral("dict:string:string:server,%1,user,%2").arg(service, key)});
    QStringList paths;
    static const QRegularExpression objectPath(QStringLiteral("object path \"([^\"]+)\""));
    for (auto it = objectPath.globalMatch(reply); it.hasNext();)
        paths << it.next().captured(1);
    return paths;
}

QString defaultCollection()
{
    const QString reply = askSecretService({QStringLiteral("/org/freedesktop/secrets"),
                                            QStringLiteral("org.freedesktop.Secret.Service.ReadAlias"),
                                            QStringLiteral("string:default")});
    static const QRegularExpression objectPath(QStringLiteral("object path \"([^\"]+)\""));
    return objectPath.match(reply).captured(1);
}

// True when any file under the throwaway HOME holds needle: the secret must not land in a plain-text fallback.
bool homeHasFileContaining(const QByteArray &needle)
{
    const QString dir = QDir::homePath();
    REQUIRE(dir.startsWith(QDir::tempPath())); // with-keyring.sh's HOME: never read (or pollute) a real home folder
    QDirIterator files(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            return true;
    }
    return false;
}

const QString whatToDo =
    QStringLiteral("No system keychain is available, so LifeOS cannot keep your sign-in. "
                   "Start a Secret Service such as GNOME Keyring or KWallet, unlock it, and try again.");

void checkEveryCallSaysWhatToDo()
{
    KeychainSecretStore store(uniqueService());
    const QByteArray token = uniqueToken();

    const Result<void> write = store.write(QStringLiteral("oura/tokens"), token);
    const Result<QByteArray> read = store.read(QStringLiteral("oura/tokens"));
    const Result<void> remove = store.remove(QStringLiteral("oura/tokens"));

    REQUIRE_FALSE(write.ok());
    CHECK(write.error().code == ErrorCode::KeychainUnavailable);
    CHECK(write.error().message == whatToDo);
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == ErrorCode::KeychainUnavailable);
    CHECK(read.error().message == whatToDo);
    REQUIRE_FALSE(remove.ok());
    CHECK(remove.error().code == ErrorCode::KeychainUnavailable);
    CHECK(remove.error().message == whatToDo);

    // QtKeychain's insecure fallback would have written a QSettings file under HOME.
    CHECK_FALSE(homeHasFileContaining(token));
}

// A QThread like the sync thread. Not QThread::create(): its std::future handover inside uninstrumented libQt6Core
// shows up in ThreadSanitizer as a race on the future's reference count.
class ReadingThread final : public QThread
{
public:
    ReadingThread(KeychainSecretStore &store, QString key)
        : m_store(store)
        , m_key(std::move(key))
    {}
    QByteArray value() const { return m_value; } // after wait()

private:
    void run() override
    {
        const Result<QByteArray> read = m_store.read(m_key);
        m_value = read.ok() ? read.value() : QByteArray();
    }

    KeychainSecretStore &m_store;
    QString m_key;
    QByteArray m_value;
};

} // namespace

TEST_CASE("a token stored in the system keychain reads back and is gone after delete", "[keyring]")
{
    const QString service = uniqueService();
    const QString key = QStringLiteral("oura/tokens");
    const QByteArray token = uniqueToken();
    KeychainSecretStore store(service);

    REQUIRE(store.write(key, token).ok());
    const Result<QByteArray> read = store.read(key);
    REQUIRE(read.ok());
    CHECK(read.value() == token);

    // It really is in the Secret Service, in the unlocked "login" collection that is the default.
    const QStringList items = keyringItems(service, key);
    REQUIRE(items.size() == 1);
    CHECK(defaultCollection() == QStringLiteral("/org/freedesktop/secrets/collection/login"));
    CHECK(items.first().startsWith(QStringLiteral("/org/freedesktop/secrets/collection/login/")));

    REQUIRE(store.write(key, "replaced").ok());
    CHECK(store.read(key).value() == "replaced");
    CHECK(keyringItems(service, key).size() == 1);

    REQUIRE(store.remove(key).ok());
    const Result<QByteArray> gone = store.read(key);
    REQUIRE_FALSE(gone.ok());
    CHECK(gone.error().code == ErrorCode::NotFound);
    CHECK(keyringItems(service, key).isEmpty());
    CHECK(store.remove(key).ok()); // removing what is not there succeeds
}

TEST_CASE("a key that was never stored in the keychain is NotFound", "[keyring]")
{
    KeychainSecretStore store(uniqueService());
    const Result<QByteArray> read = store.read(QStringLiteral("google/tokens"));

    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == ErrorCode::NotFound);
}

TEST_CASE("two data folders never read each other's tokens from the keychain", "[keyring]")
{
    QTemporaryDir first;
    QTemporaryDir second;
    KeychainSecretStore firstStore(KeychainSecretStore::serviceForDataDir(first.path()));
    KeychainSecretStore secondStore(KeychainSecretStore::serviceForDataDir(second.path()));
    const QByteArray token = uniqueToken();

    REQUIRE(firstStore.write(QStringLiteral("google/tokens"), token).ok());
    CHECK(secondStore.read(QStringLiteral("google/tokens")).error().code == ErrorCode::NotFound);
    CHECK(firstStore.read(QStringLiteral("google/tokens")).value() == token);
    CHECK(firstStore.remove(QStringLiteral("google/tokens")).ok());
}

TEST_CASE("the keychain works from worker threads, also after an earlier worker has ended", "[keyring][threads]")
{
    KeychainSecretStore store(uniqueService());
    const QByteArray token = uniqueToken();

    // A plain thread with no Qt event loop of its own writes; it ends before anyone reads.
    bool written = false;
    std::thread writer([&] { written = store.write(QStringLiteral("oura/tokens"), token).ok(); });
    writer.join();
    REQUIRE(written);

    // A QThread (like the sync thread) and the main thread read it after the writer is gone.
    ReadingThread worker(store, QStringLiteral("oura/tokens"));
    worker.start();
    REQUIRE(worker.wait(QDeadlineTimer(30'000)));
    const QByteArray readOnWorker = worker.value();
    CHECK(readOnWorker == token);
    CHECK(store.read(QStringLiteral("oura/tokens")).value() == token);

    // Several threads at once, each with its own key.
    std::vector<std::thread> threads;
    std::atomic<int> roundTrips = 0;
    for (int t = 0; t < 3; ++t) {
        threads.emplace_back([&store, &roundTrips, t] {
            const QString key = QStringLiteral("thread/%1").arg(t);
            const QByteArray value = QByteArray::number(t) + "-secret";
            if (store.write(key, value).ok() && store.read(key).value() == value && store.remove(key).ok())
                ++roundTrips;
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    CHECK(roundTrips == 3);
    CHECK(store.remove(QStringLiteral("oura/tokens")).ok());
}

TEST_CASE("with a session bus but no Secret Service every keychain call says what to do", "[no-keyring]")
{
    checkEveryCallSaysWhatToDo();
}

TEST_CASE("with a keyring daemon but no unlocked keyring saving a token says what to do", "[not-unlocked]")
{
    KeychainSecretStore store(uniqueService());
    const QByteArray token = uniqueToken();

    const Result<void> write = store.write(QStringLiteral("oura/tokens"), token);
    REQUIRE_FALSE(write.ok());
    CHECK(write.error().code == ErrorCode::KeychainUnavailable);
    CHECK(write.error().message == whatToDo);
    // Nothing was saved, so there is nothing to read: the account shows as not connected.
    const Result<QByteArray> read = store.read(QStringLiteral("oura/tokens"));
    REQUIRE_FALSE(read.ok());
    CHECK((read.error().code == ErrorCode::NotFound || read.error().code == ErrorCode::KeychainUnavailable));
    CHECK_FALSE(homeHasFileContaining(token));
}

TEST_CASE("with no session bus at all every keychain call says what to do", "[no-bus]")
{
    checkEveryCallSaysWhatToDo();
}

TEST_CASE("the default data folder keeps its tokens under the service LifeOS", "[service]")
{
    const QString defaultDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);

    CHECK(KeychainSecretStore::serviceForDataDir(defaultDir) == QStringLiteral("LifeOS"));
    CHECK(KeychainSecretStore::serviceForDataDir(defaultDir + QStringLiteral("/")) == QStringLiteral("LifeOS"));
    CHECK(KeychainSecretStore::serviceForDataDir(defaultDir + QStringLiteral("/sub/..")) == QStringLiteral("LifeOS"));
}

TEST_CASE("every other data folder gets its own service named after its canonical path", "[service]")
{
    QTemporaryDir parent;
    REQUIRE(QDir(parent.path()).mkpath(QStringLiteral("a")));
    REQUIRE(QDir(parent.path()).mkpath(QStringLiteral("b")));
    const QString a = parent.filePath(QStringLiteral("a"));
    const QString b = parent.filePath(QStringLiteral("b"));
    REQUIRE(QFile::link(a, parent.filePath(QStringLiteral("link-to-a"))));

    const QString serviceA = KeychainSecretStore::serviceForDataDir(a);
    CHECK(QRegularExpression(QStringLiteral("^LifeOS [0-9a-f]{8}$")).match(serviceA).hasMatch());
    CHECK(serviceA != KeychainSecretStore::serviceForDataDir(b));
    CHECK(serviceA == KeychainSecretStore::serviceForDataDir(a + QStringLiteral("/")));
    CHECK(serviceA == KeychainSecretStore::serviceForDataDir(parent.filePath(QStringLiteral("link-to-a"))));
    CHECK(serviceA == KeychainSecretStore::serviceForDataDir(parent.filePath(QStringLiteral("b/../a"))));
    // A folder that does not exist yet (first run with --data-dir) keeps its name once it is created.
    const QString later = parent.filePath(QStringLiteral("later"));
    const QString beforeCreated = KeychainSecretStore::serviceForDataDir(later);
    REQUIRE(QDir().mkpath(later));
    CHECK(KeychainSecretStore::serviceForDataDir(later) == beforeCreated);
}
