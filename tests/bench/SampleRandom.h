#pragma once

#include <QRandomGenerator>
#include <QStringList>
#include <QStringView>

#include <cmath>
#include <cstddef>
#include <numbers>
#include <span>

namespace lifeos {

// The sample data's only source of chance: one seeded QRandomGenerator (Mersenne Twister, the same
// sequence on every platform), so a seed and a `today` always produce the same database.
class SampleRandom
{
public:
    explicit SampleRandom(quint32 seed)
        : m_generator(seed)
    {}

    // A whole number in [low, high].
    int between(int low, int high)
    {
        return high <= low ? low : low + int(m_generator.bounded(quint32(high - low + 1)));
    }

    // A number in [0, 1).
    double real() { return m_generator.generateDouble(); }

    bool chance(double probability) { return real() < probability; }

    // Box–Muller: normally distributed around mean.
    double gaussian(double mean, double deviation)
    {
        const double u1 = 1.0 - real(); // (0, 1]: log() stays finite
        const double u2 = real();
        return mean + deviation * std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2);
    }

    template<typename T, std::size_t N>
    const T &pick(const T (&items)[N])
    {
        return items[std::size_t(between(0, int(N) - 1))];
    }

    template<typename T>
    const T &pick(std::span<const T> items)
    {
        return items[std::size_t(between(0, int(items.size()) - 1))];
    }

    QString pick(const QStringList &items) { return items.at(between(0, int(items.size()) - 1)); }

private:
    QRandomGenerator m_generator;
};

} // namespace lifeos
