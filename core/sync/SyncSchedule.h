#pragma once

#include "util/Error.h"

#include <QDateTime>

#include <functional>

namespace lifeos {

// When a source runs next: its interval after a success; after failures, exponential backoff with jitter
// (1, 2, 4 ... minutes times a random factor in [0.5, 1.5), at most the interval and at most 6 hours), never
// sooner than a 429's Retry-After. An auth failure waits for the user (no automatic retry: null next run).
class SyncSchedule
{
public:
    struct Config
    {
        qint64 intervalMs = 30 * 60 * 1000;
        qint64 firstBackoffMs = 60 * 1000;
        qint64 maxBackoffMs = 6 * 60 * 60 * 1000;
    };

    // random returns a value in [0, 1); the default uses QRandomGenerator::global().
    explicit SyncSchedule(Config config, std::function<double()> random = {});

    QDateTime afterSuccess(const QDateTime &now);
    QDateTime afterFailure(const Error &error, const QDateTime &now);
    int consecutiveFailures() const { return m_failures; }
    const Config &config() const { return m_config; }

private:
    Config m_config;
    std::function<double()> m_random;
    int m_failures = 0;
};

} // namespace lifeos
