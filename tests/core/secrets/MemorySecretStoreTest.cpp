#include "secrets/MemorySecretStore.h"

#include "support/QtStringMakers.h"

#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <atomic>
#include <thread>
#include <vector>

using namespace lifeos;

TEST_CASE("a stored secret reads back byte for byte", "[secrets]")
{
    MemorySecretStore store;
    static const char raw[] = "{\"access_token\":\"x\"}\0\xff\x01"; // binary, with a NUL inside
    const QByteArray token(raw, sizeof raw - 1);

    REQUIRE(store.write(QStringLiteral("oura/tokens"), token).ok());
    const Result<QByteArray> read = store.read(QStringLiteral("oura/tokens"));

    REQUIRE(read.ok());
    CHECK(read.value() == token);
    CHECK(store.writeCount() == 1);
}

TEST_CASE("writing a key again replaces the old secret and leaves other keys alone", "[secrets]")
{
    MemorySecretStore store;
    REQUIRE(store.write(QStringLiteral("oura/tokens"), "old").ok());
    REQUIRE(store.write(QStringLiteral("google/tokens"), "google").ok());
    REQUIRE(store.write(QStringLiteral("oura/tokens"), "new").ok());

    CHECK(store.read(QStringLiteral("oura/tokens")).value() == "new");
    CHECK(store.read(QStringLiteral("google/tokens")).value() == "google");
    CHECK(store.writeCount() == 3);
}

TEST_CASE("a removed secret is gone and removing it again still succeeds", "[secrets]")
{
    MemorySecretStore store;
    REQUIRE(store.write(QStringLiteral("google/tokens"), "secret").ok());

    REQUIRE(store.remove(QStringLiteral("google/tokens")).ok());
    const Result<QByteArray> read = store.read(QStringLiteral("google/tokens"));
    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == ErrorCode::NotFound);
    CHECK(store.remove(QStringLiteral("google/tokens")).ok());
    CHECK(store.remove(QStringLiteral("never/stored")).ok());
}

TEST_CASE("reading a key that was never written is NotFound with a sentence", "[secrets]")
{
    MemorySecretStore store;
    const Result<QByteArray> read = store.read(QStringLiteral("oura/tokens"));

    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == ErrorCode::NotFound);
    CHECK_FALSE(read.error().message.isEmpty());
}

TEST_CASE("an unavailable store fails every call with KeychainUnavailable and keeps what it had", "[secrets]")
{
    MemorySecretStore store;
    REQUIRE(store.write(QStringLiteral("oura/tokens"), "kept").ok());

    store.setUnavailable(true);
    const Result<QByteArray> read = store.read(QStringLiteral("oura/tokens"));
    const Result<void> write = store.write(QStringLiteral("oura/tokens"), "lost");
    const Result<void> remove = store.remove(QStringLiteral("oura/tokens"));

    REQUIRE_FALSE(read.ok());
    CHECK(read.error().code == ErrorCode::KeychainUnavailable);
    CHECK(read.error().message.contains(QStringLiteral("GNOME Keyring")));
    REQUIRE_FALSE(write.ok());
    CHECK(write.error().code == ErrorCode::KeychainUnavailable);
    REQUIRE_FALSE(remove.ok());
    CHECK(remove.error().code == ErrorCode::KeychainUnavailable);
    CHECK(store.writeCount() == 1); // a failed write is not counted

    store.setUnavailable(false);
    CHECK(store.read(QStringLiteral("oura/tokens")).value() == "kept");
}

TEST_CASE("writers on several threads lose no write and readers never see a torn secret", "[secrets][threads]")
{
    MemorySecretStore store;
    constexpr int threadCount = 4;
    constexpr int writesPerThread = 200;

    std::atomic<int> tornReads = 0; // Catch2 assertions are not thread-safe: count on the threads, check after
    std::vector<std::thread> threads;
    for (int t = 0; t < threadCount; ++t) {
        threads.emplace_back([&store, &tornReads, t] {
            static const QRegularExpression whole(QStringLiteral("^[0-9]+-[0-9]+$"));
            const QString ownKey = QStringLiteral("thread/%1").arg(t);
            for (int i = 0; i < writesPerThread; ++i) {
                const QByteArray value = QByteArray::number(t) + '-' + QByteArray::number(i);
                (void)store.write(ownKey, value);
                (void)store.write(QStringLiteral("shared"), value);
                const Result<QByteArray> seen = store.read(QStringLiteral("shared"));
                if (seen.ok() ? !whole.match(QString::fromLatin1(seen.value())).hasMatch()
                              : seen.error().code != ErrorCode::NotFound)
                    ++tornReads;
                if (i % 50 == 0)
                    (void)store.remove(QStringLiteral("shared"));
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();

    CHECK(tornReads == 0);
    CHECK(store.writeCount() == threadCount * writesPerThread * 2);
    for (int t = 0; t < threadCount; ++t) {
        const Result<QByteArray> last = store.read(QStringLiteral("thread/%1").arg(t));
        REQUIRE(last.ok());
        CHECK(last.value() == QByteArray::number(t) + '-' + QByteArray::number(writesPerThread - 1));
    }
    const Result<QByteArray> shared = store.read(QStringLiteral("shared"));
    REQUIRE(shared.ok());
    CHECK(shared.value().endsWith(QByteArray('-' + QByteArray::number(writesPerThread - 1))));
}
