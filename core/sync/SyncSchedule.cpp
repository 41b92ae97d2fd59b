#include "sync/SyncSchedule.h"

#include <QRandomGenerator>

#include <algorithm>

namespace lifeos {

SyncSchedule::SyncSchedule(Config config, std::function<double()> random)
    : m_config(config)
    , m_random(std::move(random))
{
    if (!m_random)
        m_random = [] { return QRandomGenerator::global()->generateDouble(); };
}

QDateTime SyncSchedule::afterSuccess(const QDateTime &now)
{
    m_failures = 0;
    return now.addMSecs(std::max<qint64>(m_config.intervalMs, 1));
}

QDateTime SyncSchedule::afterFailure(const Error &error, const QDateTime &now)
{
    ++m_failures;
    // A refused token does not get better by retrying: the user has to connect again.
    if (error.code == ErrorCode::AuthFailed)
        return {};
    const qint64 cap = std::max<qint64>(1, std::min(m_config.intervalMs, m_config.maxBackoffMs));
    // Doubling stops once it passes the cap, so many failures in a row cannot overflow.
    qint64 base = std::max<qint64>(1, m_config.firstBackoffMs);
    for (int i = 1; i < m_failures && base < cap; ++i)
        base *= 2;
    const double factor = 0.5 + std::clamp(m_random(), 0.0, 1.0);
    qint64 delay = std::min(cap, qint64(double(std::min(base, cap)) * factor));
    if (error.retryAfterMs > delay) // 429 (or 503) Retry-After is a floor, even above the cap
        delay = error.retryAfterMs;
    return now.addMSecs(std::max<qint64>(delay, 1));
}

} // namespace lifeos
