#include "search/HashedFeatures.h"

#include "search/WordStem.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace lifeos {

namespace {

// Namespaces of the three feature groups, so "run" the word and "run" the stem are different features.
constexpr std::uint64_t kWordSeed = 0x9e3779b97f4a7c15ULL;
constexpr std::uint64_t kStemSeed = 0xc2b2ae3d27d4eb4fULL;
constexpr std::uint64_t kGramSeed = 0x165667b19e3779f9ULL;
constexpr int kGroupShift = 62;                // the top two bits of a feature hash say its group
constexpr std::uint64_t kSignBit = 1ULL << 61; // and this one its sign
constexpr int kMaxGramWordLength = 32;         // longer "words" (links, ids) give n-grams of their start only

std::uint64_t finalise(std::uint64_t h)
{
    // MurmurHash3's fmix64: FNV-1a alone leaves the low bits (our bucket) poorly mixed.
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

bool isWordChar(const QChar *units, qsizetype at, qsizetype size, int *width)
{
    const QChar c = units[at];
    if (c.isHighSurrogate() && at + 1 < size && units[at + 1].isLowSurrogate()) {
        *width = 2;
        return QChar::isLetterOrNumber(QChar::surrogateToUcs4(c, units[at + 1]));
    }
    *width = 1;
    return c.isLetterOrNumber();
}

std::uint64_t tagged(std::uint64_t h, std::uint64_t group)
{
    return (h & ~(3ULL << kGroupShift)) | (group << kGroupShift);
}

} // namespace

HashedFeatures::HashedFeatures(const Settings &settings)
    : m_settings(settings)
{}

std::uint64_t HashedFeatures::hash(std::uint64_t seed, const char16_t *units, std::size_t count)
{
    std::uint64_t h = 0xcbf29ce484222325ULL ^ seed;
    for (std::size_t i = 0; i < count; ++i) {
        h ^= std::uint64_t(units[i]);
        h *= 0x100000001b3ULL;
    }
    return finalise(h ^ count);
}

std::uint64_t HashedFeatures::hashBytes(const char *bytes, std::size_t count)
{
    std::uint64_t h = 0xcbf29ce484222325ULL;
    for (std::size_t i = 0; i < count; ++i) {
        h ^= std::uint64_t(static_cast<unsigned char>(bytes[i]));
        h *= 0x100000001b3ULL;
    }
    return finalise(h ^ count);
}

QString HashedFeatures::normalise(const QString &text)
{
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower();
    // Lowercase first: 'İ' lowers to 'i' + a combining dot, which the mark filter then drops.
    const QString decomposed = text.toLower().normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        const auto category = c.category();
        if (category == QChar::Mark_NonSpacing || category == QChar::Mark_SpacingCombining
            || category == QChar::Mark_Enclosing)
            continue;
        out.append(c);
    }
    return out;
}

namespace {

// Counts features in an open-addressing table (faster than sorting a thousand hashes a text).
class FeatureCounter
{
public:
    FeatureCounter(std::vector<std::uint64_t> &keys, std::vector<std::uint32_t> &counts, std::size_t expected)
        : m_keys(keys)
        , m_counts(counts)
    {
        std::size_t capacity = 256;
        while (capacity < 2 * expected)
            capacity *= 2;
        m_keys.assign(capacity, 0);
        m_counts.assign(capacity, 0);
    }

    void add(std::uint64_t key)
    {
        key = key ? key : 1; // 0 marks an empty slot
        if (2 * (m_size + 1) > m_keys.size())
            grow();
        const std::size_t mask = m_keys.size() - 1;
        for (std::size_t slot = std::size_t(key >> 32) & mask;; slot = (slot + 1) & mask) {
            if (m_keys[slot] == key) {
                ++m_counts[slot];
                return;
            }
            if (m_keys[slot] == 0) {
                m_keys[slot] = key;
                m_counts[slot] = 1;
                ++m_size;
                return;
            }
        }
    }

private:
    void grow()
    {
        std::vector<std::uint64_t> keys;
        std::vector<std::uint32_t> counts;
        keys.swap(m_keys);
        counts.swap(m_counts);
        m_keys.assign(keys.size() * 2, 0);
        m_counts.assign(keys.size() * 2, 0);
        const std::size_t mask = m_keys.size() - 1;
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (!keys[i])
                continue;
            std::size_t slot = std::size_t(keys[i] >> 32) & mask;
            while (m_keys[slot])
                slot = (slot + 1) & mask;
            m_keys[slot] = keys[i];
            m_counts[slot] = counts[i];
        }
    }

    std::vector<std::uint64_t> &m_keys;
    std::vector<std::uint32_t> &m_counts;
    std::size_t m_size = 0;
};

// 1 + ln(tf), from a table for the counts a text usually has.
float sublinear(std::uint32_t tf)
{
    static const auto table = [] {
        std::array<float, 64> values{};
        for (std::size_t i = 1; i < values.size(); ++i)
            values[i] = 1.0f + std::log(float(i));
        return values;
    }();
    return tf < table.size() ? table[tf] : 1.0f + std::log(float(tf));
}

} // namespace

void HashedFeatures::extract(const QString &text, SparseFeatures &out, Scratch &scratch) const
{
    out.clear();
    const QString norm = normalise(text);
    const QChar *units = norm.constData();
    const qsizetype size = norm.size();
    // A word of n letters gives at most 2 + 2n features: the table never has to grow for ordinary text.
    FeatureCounter counter(scratch.keys, scratch.counts, std::min<std::size_t>(std::size_t(size) * 2 + 16, 1 << 16));

    qsizetype at = 0;
    while (at < size) {
        int width = 1;
        if (!isWordChar(units, at, size, &width)) {
            at += width;
            continue;
        }
        const qsizetype begin = at;
        bool digitsOnly = true;
        while (at < size && isWordChar(units, at, size, &width)) {
            digitsOnly = digitsOnly && units[at].isDigit();
            at += width;
        }
        const qsizetype length = at - begin;
        if (length < 2)
            continue; // "a", "I", stray letters: nothing to find by
        const auto *word = reinterpret_cast<const char16_t *>(units + begin);
        counter.add(tagged(hash(kWordSeed, word, std::size_t(length)), 0));
        if (digitsOnly)
            continue; // numbers are matched whole; their n-grams would only connect unrelated amounts
        if (m_settings.stems) {
            const QString stem = WordStem::stem(QString(units + begin, length));
            counter.add(
                tagged(hash(kStemSeed, reinterpret_cast<const char16_t *>(stem.constData()), std::size_t(stem.size())),
                       1));
        }
        auto &marked = scratch.word;
        const qsizetype kept = std::min<qsizetype>(length, kMaxGramWordLength);
        marked.assign(std::size_t(kept + 2), u'<');
        std::copy(word, word + kept, marked.begin() + 1);
        marked.back() = u'>';
        for (int n = m_settings.minGram; n <= m_settings.maxGram; ++n) {
            for (std::size_t i = 0; i + std::size_t(n) <= marked.size(); ++i)
                counter.add(tagged(hash(kGramSeed, marked.data() + i, std::size_t(n)), 2));
        }
    }

    // Table slots are visited in one order for one text, so colliding features always sum in the same order.
    const std::uint32_t mask = std::uint32_t(buckets() - 1);
    const float groupWeight[3] = {m_settings.wordWeight, m_settings.stemWeight, m_settings.gramWeight};
    auto &dense = scratch.dense;
    if (dense.size() != std::size_t(buckets()))
        dense.assign(std::size_t(buckets()), 0.0f);
    auto &touched = scratch.touched;
    touched.clear();
    for (std::size_t slot = 0; slot < scratch.keys.size(); ++slot) {
        const std::uint64_t h = scratch.keys[slot];
        if (!h)
            continue;
        const float weight = groupWeight[h >> kGroupShift] * sublinear(scratch.counts[slot]);
        const std::uint32_t bucket = std::uint32_t(h) & mask;
        if (dense[bucket] == 0.0f)
            touched.push_back(bucket);
        dense[bucket] += (h & kSignBit) ? -weight : weight;
        if (dense[bucket] == 0.0f)
            dense[bucket] = 1e-30f; // cancelled out by a collision: keep it marked as touched, dropped below
    }
    std::sort(touched.begin(), touched.end());
    out.index.reserve(touched.size());
    out.value.reserve(touched.size());
    for (std::uint32_t bucket : touched) {
        const float value = dense[bucket];
        dense[bucket] = 0.0f;
        if (std::abs(value) > 1e-20f) {
            out.index.push_back(bucket);
            out.value.push_back(value);
        }
    }
}

} // namespace lifeos
