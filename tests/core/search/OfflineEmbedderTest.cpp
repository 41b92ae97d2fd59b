#include "search/OfflineEmbedder.h"

#include "search/HashedFeatures.h"
#include "search/WordStem.h"
#include "support/QtStringMakers.h"

#include <QDataStream>
#include <QIODevice>
#include <QRegularExpression>

#include <catch2/catch.hpp>

#include <cmath>
#include <cstring>
#include <thread>

using namespace lifeos;
using namespace Qt::StringLiterals;

namespace {

std::vector<float> embedOne(OfflineEmbedder &embedder, const QString &text)
{
    auto vectors = embedder.embed({text});
    REQUIRE(vectors.ok());
    return std::move(vectors).value();
}

float cosine(const std::vector<float> &a, const std::vector<float> &b)
{
    REQUIRE(a.size() == b.size());
    double dot = 0, na = 0, nb = 0;
    for (std::size_t i = 0; i < a.size(); ++i) {
        dot += double(a[i]) * b[i];
        na += double(a[i]) * a[i];
        nb += double(b[i]) * b[i];
    }
    return na > 0 && nb > 0 ? float(dot / std::sqrt(na * nb)) : 0.0f;
}

float similarity(OfflineEmbedder &embedder, const QString &a, const QString &b)
{
    return cosine(embedOne(embedder, a), embedOne(embedder, b));
}

// Diary-like sentences in which some words only ever appear together: "doctor" with "clinic", "guitar" with
// "concert", "invoice" with "client". Filler words are shared by every topic. Deterministic.
QStringList cooccurrenceCorpus(int documents)
{
    const QStringList filler = {u"today"_s,
                                u"morning"_s,
                                u"went"_s,
                                u"again"_s,
                                u"felt"_s,
                                u"tired"_s,
                                u"happy"_s,
                                u"long"_s,
                                u"evening"_s,
                                u"after"_s,
                                u"before"_s,
                                u"friend"_s,
                                u"walked"_s,
                                u"coffee"_s,
                                u"rain"_s,
                                u"late"_s,
                                u"early"_s,
                                u"week"_s};
    const QList<QStringList> topics = {
        {u"doctor"_s, u"clinic"_s, u"appointment"_s, u"prescription"_s, u"checkup"_s},
        {u"guitar"_s, u"concert"_s, u"band"_s, u"stage"_s, u"chords"_s},
        {u"invoice"_s, u"client"_s, u"deadline"_s, u"meeting"_s, u"report"_s},
        {u"garden"_s, u"tomatoes"_s, u"watering"_s, u"seeds"_s, u"soil"_s},
    };
    QStringList corpus;
    quint64 state = 12345;
    const auto next = [&state](int bound) {
        state = state * 6364136223846793005ULL + 1442695040888963407ULL;
        return int((state >> 33) % quint64(bound));
    };
    for (int d = 0; d < documents; ++d) {
        const QStringList &topic = topics.at(d % topics.size());
        QStringList words;
        for (int w = 0; w < 12; ++w)
            words << (w % 2 == 0 ? topic.at(next(int(topic.size()))) : filler.at(next(int(filler.size()))));
        words << topic.at(0) << topic.at(1); // the two key words of a topic always meet
        corpus << words.join(u' ');
    }
    return corpus;
}

std::shared_ptr<OfflineEmbedder> fitted(const QStringList &corpus, int dimension = 32)
{
    auto model = OfflineEmbedder::fit(corpus, dimension);
    REQUIRE(model.ok());
    return model.value();
}

QByteArray withChecksum(QByteArray payload)
{
    const quint64 checksum = HashedFeatures::hashBytes(payload.constData(), std::size_t(payload.size()));
    QDataStream out(&payload, QIODevice::Append);
    out.setByteOrder(QDataStream::LittleEndian);
    out << checksum;
    return payload;
}

} // namespace

TEST_CASE("the offline embedder gives the same vector for the same text, every time and in every copy")
{
    const auto corpus = cooccurrenceCorpus(240);
    auto first = fitted(corpus);
    auto second = fitted(corpus);
    CHECK(first->modelId() == second->modelId());
    CHECK(first->params() == second->params());

    auto restored = OfflineEmbedder::fromParams(first->params());
    REQUIRE(restored.ok());
    const QStringList texts = {u"Meditation at dawn by the river"_s, u"doctor appointment at the clinic"_s};
    auto a = first->embed(texts);
    auto b = second->embed(texts);
    auto c = restored.value()->embed(texts);
    REQUIRE(a.ok());
    REQUIRE(b.ok());
    REQUIRE(c.ok());
    CHECK(std::memcmp(a->data(), b->data(), a->size() * sizeof(float)) == 0);
    CHECK(std::memcmp(a->data(), c->data(), a->size() * sizeof(float)) == 0);
    CHECK(embedOne(*first, texts.at(0)) == embedOne(*first, texts.at(0)));

    auto unfittedA = OfflineEmbedder::unfitted();
    auto unfittedB = OfflineEmbedder::fromParams(OfflineEmbedder::unfitted()->params());
    REQUIRE(unfittedB.ok());
    CHECK(embedOne(*unfittedA, texts.at(0)) == embedOne(*unfittedB.value(), texts.at(0)));
}

TEST_CASE("a different corpus gives a different offline model id")
{
    auto a = fitted(cooccurrenceCorpus(240));
    auto b = fitted(cooccurrenceCorpus(241));
    CHECK(a->modelId() != b->modelId());
    CHECK(a->fittedOn() == 240);
    CHECK(b->fittedOn() == 241);
    const QRegularExpression fittedId(u"^offline-v1-d32-[0-9a-f]{12}$"_s);
    CHECK(fittedId.match(a->modelId()).hasMatch());
    CHECK(OfflineEmbedder::unfitted()->modelId() == u"offline-v1-d128-unfitted"_s);
    CHECK_FALSE(OfflineEmbedder::unfitted()->isFitted());
    CHECK(a->isFitted());
}

TEST_CASE("offline vectors have unit length and an empty text gives a zero vector")
{
    const bool useFitted = GENERATE(false, true);
    auto embedder = useFitted ? fitted(cooccurrenceCorpus(240)) : OfflineEmbedder::unfitted();
    const QString text = GENERATE(u"doctor"_s,
                                  u"Meditation at dawn, then coffee."_s,
                                  u"Makan malam di warung dekat rumah"_s,
                                  u"Café crème à Montréal"_s,
                                  u"日記を書いた"_s,
                                  u"2024 12 31"_s,
                                  u"A very unusual zyxwvut word"_s);
    CAPTURE(useFitted, text);
    const auto vector = embedOne(*embedder, text);
    REQUIRE(int(vector.size()) == embedder->dimension());
    double norm = 0;
    for (float x : vector)
        norm += double(x) * x;
    // A fitted model maps text it never saw any feature of to nothing; everything else is unit length.
    if (!(useFitted && norm == 0))
        CHECK(std::sqrt(norm) == Approx(1.0).epsilon(1e-5));
    // Text made of words the model was fitted on is never mapped to nothing.
    if (!useFitted || text == u"doctor"_s)
        CHECK(norm > 0);

    const QString empty = GENERATE(QString(), u"   "_s, u"!?., -- :)"_s, u"a"_s);
    CAPTURE(empty);
    for (float x : embedOne(*embedder, empty))
        REQUIRE(x == 0.0f);
}

TEST_CASE("embedding several texts at once gives the rows of embedding them one by one")
{
    auto embedder = OfflineEmbedder::unfitted(64);
    const QStringList texts = {u"first text"_s, QString(), u"third text, longer than the first"_s};
    auto all = embedder->embed(texts);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3 * 64);
    for (int i = 0; i < 3; ++i) {
        const auto one = embedOne(*embedder, texts.at(i));
        CHECK(std::equal(one.begin(), one.end(), all->begin() + i * 64));
    }
}

TEST_CASE("the offline embedder ignores case and diacritics")
{
    auto embedder = OfflineEmbedder::unfitted();
    CHECK(embedOne(*embedder, u"Café CRÈME"_s) == embedOne(*embedder, u"cafe creme"_s));
    CHECK(embedOne(*embedder, u"Bali"_s) == embedOne(*embedder, u"bali"_s));
}

TEST_CASE("a typo keeps a text close to the original")
{
    const bool useFitted = GENERATE(false, true);
    auto embedder = useFitted ? fitted(cooccurrenceCorpus(240)) : OfflineEmbedder::unfitted();
    // least: how close the typo stays at worst (one word with two letters swapped shares the fewest n-grams)
    const auto [original, typo, unrelated, least] = GENERATE(table<QString, QString, QString, float>({
        {u"meditation at dawn"_s, u"meditaton at dawn"_s, u"invoice for the client"_s, 0.6f},
        {u"meditation"_s, u"meditaiton"_s, u"groceries"_s, 0.4f},
        {u"restaurant with friends"_s, u"restuarant with freinds"_s, u"garden soil and seeds"_s, 0.5f},
        {u"berolahraga di pagi hari"_s, u"berolahrga di pagi hari"_s, u"rapat dengan klien"_s, 0.6f},
    }));
    CAPTURE(useFitted, original, typo, unrelated);
    const float close = similarity(*embedder, original, typo);
    const float far = similarity(*embedder, original, unrelated);
    CAPTURE(close, far);
    CHECK(close > far + 0.3f);
    CHECK(close > least);
}

TEST_CASE("word forms of one word are close")
{
    auto embedder = OfflineEmbedder::unfitted();
    const auto [form, base, unrelated] = GENERATE(table<QString, QString, QString>({
        {u"running"_s, u"run"_s, u"banana"_s},
        {u"meetings"_s, u"meeting"_s, u"holiday"_s},
        {u"makanan"_s, u"makan"_s, u"sepeda"_s},
        {u"dimakan"_s, u"makan"_s, u"sepeda"_s},
    }));
    CAPTURE(form, base, unrelated);
    const float close = similarity(*embedder, form, base);
    const float far = similarity(*embedder, form, unrelated);
    CAPTURE(close, far);
    CHECK(close > far + 0.2f);
    // Stems share a feature of their own: WordStem maps the forms together, so they are closer still.
    REQUIRE(WordStem::stem(form) == WordStem::stem(base));
    CHECK(close > 0.5f);
}

TEST_CASE("a fitted offline embedder learns which words occur together and an unfitted one does not")
{
    auto learned = fitted(cooccurrenceCorpus(400));
    auto random = OfflineEmbedder::unfitted();
    const auto [query, sameTopic, otherTopic] = GENERATE(table<QString, QString, QString>({
        {u"doctor"_s, u"we went to the clinic today"_s, u"we went to the concert today"_s},
        {u"guitar"_s, u"we went to the concert today"_s, u"we went to the clinic today"_s},
        {u"invoice"_s, u"a long talk with the client"_s, u"a long talk about tomatoes"_s},
    }));
    CAPTURE(query, sameTopic, otherTopic);
    const float learnedGap = similarity(*learned, query, sameTopic) - similarity(*learned, query, otherTopic);
    const float randomGap = similarity(*random, query, sameTopic) - similarity(*random, query, otherTopic);
    CAPTURE(learnedGap, randomGap);
    CHECK(learnedGap > 0.3f);
    CHECK(randomGap < 0.2f); // the random projection only sees letters, and these words share none
    CHECK(learnedGap > randomGap + 0.2f);
}

TEST_CASE("offline model params round-trip")
{
    auto model = fitted(cooccurrenceCorpus(240), 48);
    auto restored = OfflineEmbedder::fromParams(model->params());
    REQUIRE(restored.ok());
    CHECK(restored.value()->modelId() == model->modelId());
    CHECK(restored.value()->dimension() == 48);
    CHECK(restored.value()->fittedOn() == 240);
    CHECK(restored.value()->params() == model->params());
    CHECK(embedOne(*restored.value(), u"doctor at the clinic"_s) == embedOne(*model, u"doctor at the clinic"_s));

    auto unfitted = OfflineEmbedder::fromParams(OfflineEmbedder::unfitted(96)->params());
    REQUIRE(unfitted.ok());
    CHECK(unfitted.value()->modelId() == u"offline-v1-d96-unfitted"_s);
    CHECK(unfitted.value()->dimension() == 96);
}

TEST_CASE("damaged offline model params are rejected as a damaged index")
{
    const QByteArray good = fitted(cooccurrenceCorpus(240), 16)->params();
    const QByteArray payload = good.first(good.size() - 8);
    QByteArray flipped = good;
    flipped[flipped.size() / 2] = char(flipped[flipped.size() / 2] ^ 0x10);
    QByteArray wrongMagic = payload;
    wrongMagic[0] = 'X';
    QByteArray wrongVersion = payload;
    wrongVersion[4] = char(99);
    QByteArray otherFeatures = payload;
    otherFeatures[8] = char(otherFeatures[8] + 1);
    const auto [name, bytes] = GENERATE_COPY(table<QString, QByteArray>({
        {u"empty"_s, QByteArray()},
        {u"truncated to half"_s, good.first(good.size() / 2)},
        {u"last byte missing"_s, good.chopped(1)},
        {u"payload truncated, checksum redone"_s, withChecksum(payload.chopped(100))},
        {u"one flipped bit"_s, flipped},
        {u"wrong magic"_s, withChecksum(wrongMagic)},
        {u"unknown version"_s, withChecksum(wrongVersion)},
        {u"features of another version"_s, withChecksum(otherFeatures)},
        {u"trailing bytes"_s, withChecksum(payload + QByteArray(16, '\0'))},
        {u"not params at all"_s, QByteArray("PNG\r\n\x1a\n and then some other bytes of a file")},
    }));
    CAPTURE(name);
    auto restored = OfflineEmbedder::fromParams(bytes);
    REQUIRE_FALSE(restored.ok());
    CHECK(restored.error().code == ErrorCode::IndexDamaged);
}

TEST_CASE("fitting and embedding stop with Cancelled when asked to")
{
    std::atomic_bool cancel{true};
    auto fit = OfflineEmbedder::fit(cooccurrenceCorpus(240), 16, &cancel);
    REQUIRE_FALSE(fit.ok());
    CHECK(fit.error().code == ErrorCode::Cancelled);

    auto embedder = OfflineEmbedder::unfitted();
    auto vectors = embedder->embed(cooccurrenceCorpus(100), &cancel);
    REQUIRE_FALSE(vectors.ok());
    CHECK(vectors.error().code == ErrorCode::Cancelled);

    // Cancelled while it runs: another thread raises the flag after the work has started.
    std::atomic_bool later{false};
    const QStringList many = cooccurrenceCorpus(200000);
    std::thread canceller([&later] {
        std::this_thread::sleep_for(std::chrono::milliseconds(20));
        later = true;
    });
    auto running = embedder->embed(many, &later);
    canceller.join();
    REQUIRE_FALSE(running.ok());
    CHECK(running.error().code == ErrorCode::Cancelled);
}

TEST_CASE("one offline embedder can be used from several threads at once")
{
    auto embedder = fitted(cooccurrenceCorpus(240));
    const QStringList texts = cooccurrenceCorpus(300);
    auto expected = embedder->embed(texts);
    REQUIRE(expected.ok());
    std::vector<float> results[2];
    std::thread workers[2];
    for (int t = 0; t < 2; ++t)
        workers[t] = std::thread([&, t] {
            auto got = embedder->embed(texts);
            if (got.ok())
                results[t] = std::move(got).value();
        });
    for (auto &worker : workers)
        worker.join();
    CHECK(results[0] == expected.value());
    CHECK(results[1] == expected.value());
}

TEST_CASE("fitting on nothing but empty texts is refused")
{
    auto fit = OfflineEmbedder::fit({QString(), u"  "_s}, 16);
    REQUIRE_FALSE(fit.ok());
    CHECK(fit.error().code == ErrorCode::InvalidInput);
}
