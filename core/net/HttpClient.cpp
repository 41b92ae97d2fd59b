#include "net/HttpClient.h"

#include "util/Logging.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QMetaEnum>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <memory>

namespace lifeos {

namespace {

constexpr int kCancelPollMs = 25;
constexpr qint64 kMaxRetryAfterValueMs = 24LL * 3600 * 1000; // anything longer is nonsense, not a plan
constexpr qsizetype kMaxDetailLength = 200;

bool isCancelled(const std::atomic_bool *cancel)
{
    return cancel && cancel->load(std::memory_order_relaxed);
}

// How one attempt ended.
struct Attempt
{
    enum class Outcome {
        Answered,
        Failed,
        TimedOut,
        Cancelled
    };
    Outcome outcome = Outcome::Failed;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    HttpResponse response;
};

// Transport-level failures (connection refused or cut, TLS, timeout) as opposed to an HTTP status the server sent.
bool isTransportError(QNetworkReply::NetworkError error)
{
    // Qt's codes 1-199 are network and proxy failures; HTTP 4xx/5xx arrive as 201-299, 302 (for 400) and 401-499.
    const int code = int(error);
    return (code >= 1 && code <= 199) || error == QNetworkReply::ProtocolUnknownError
           || error == QNetworkReply::ProtocolFailure;
}

bool isRetriedStatus(int status)
{
    return status == 429 || status == 500 || status == 502 || status == 503 || status == 504;
}

// Failures after which the server cannot have seen the request, so even a single-use one may be sent again.
bool neverLeft(const Attempt &attempt)
{
    return attempt.outcome == Attempt::Outcome::Failed
           && (attempt.error == QNetworkReply::ConnectionRefusedError
               || attempt.error == QNetworkReply::HostNotFoundError);
}

QByteArray errorName(QNetworkReply::NetworkError error)
{
    const char *name = QMetaEnum::fromType<QNetworkReply::NetworkError>().valueToKey(int(error));
    return name ? QByteArray(name) : QByteArray::number(int(error));
}

QNetworkRequest networkRequestFor(const HttpRequest &request)
{
    QNetworkRequest networkRequest(request.url);
    // A redirect is the caller's business: following one silently could carry the Authorization header elsewhere.
    networkRequest.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[name, value] : request.headers)
        networkRequest.setRawHeader(name, value);
    return networkRequest;
}

QNetworkReply *start(QNetworkAccessManager &network, const QNetworkRequest &networkRequest, const HttpRequest &request)
{
    const QByteArray method = request.method.toUpper();
    if (method == "GET" && request.body.isEmpty())
        return network.get(networkRequest);
    if (method == "HEAD")
        return network.head(networkRequest);
    if (method == "POST")
        return network.post(networkRequest, request.body);
    if (method == "PUT")
        return network.put(networkRequest, request.body);
    if (method == "DELETE" && request.body.isEmpty())
        return network.deleteResource(networkRequest);
    return network.sendCustomRequest(networkRequest, method, request.body); // PATCH, DELETE with a body, ...
}

// Sends one request and waits, in a local event loop, for its end, the inactivity timeout or cancellation.
Attempt runAttempt(QNetworkAccessManager &network, const HttpRequest &request, const std::atomic_bool *cancel)
{
    Attempt result;
    if (isCancelled(cancel)) {
        result.outcome = Attempt::Outcome::Cancelled;
        return result;
    }
    const std::unique_ptr<QNetworkReply> reply(start(network, networkRequestFor(request), request));
    bool cancelledHere = false;
    bool timedOut = false;
    QEventLoop loop;
    QObject::connect(reply.get(), &QNetworkReply::finished, &loop, &QEventLoop::quit);

    QTimer inactivity;
    inactivity.setSingleShot(true);
    inactivity.setInterval(std::max(1, request.timeoutMs));
    QObject::connect(&inactivity, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort(); // emits finished()
    });
    const auto restartInactivity = [&inactivity] { inactivity.start(); };
    QObject::connect(reply.get(), &QNetworkReply::downloadProgress, &inactivity, restartInactivity);
    QObject::connect(reply.get(), &QNetworkReply::uploadProgress, &inactivity, restartInactivity);

    QTimer poll;
    poll.setInterval(kCancelPollMs);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (!cancelledHere && isCancelled(cancel)) {
            cancelledHere = true;
            reply->abort();
        }
    });
    if (!reply->isFinished()) {
        inactivity.start();
        if (cancel)
            poll.start();
        loop.exec();
    }

    if (cancelledHere) {
        result.outcome = Attempt::Outcome::Cancelled;
        return result;
    }
    result.error = reply->error();
    if (timedOut) {
        result.outcome = Attempt::Outcome::TimedOut;
        return result;
    }
    result.response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (isTransportError(result.error) || result.response.status == 0)
        return result; // Failed
    result.outcome = Attempt::Outcome::Answered;
    result.response.headers = reply->rawHeaderPairs();
    result.response.body = reply->readAll();
    return result;
}

// Waits in a local event loop (so the thread stays responsive); false when cancelled meanwhile.
bool waitUnlessCancelled(qint64 ms, const std::atomic_bool *cancel)
{
    if (ms > 0 && !isCancelled(cancel)) {
        QEventLoop loop;
        QTimer done;
        done.setSingleShot(true);
        done.setTimerType(Qt::PreciseTimer); // a coarse timer may fire 5% early, before a server's Retry-After
        QObject::connect(&done, &QTimer::timeout, &loop, &QEventLoop::quit);
        QTimer poll;
        poll.setInterval(kCancelPollMs);
        QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
            if (isCancelled(cancel))
                loop.quit();
        });
        done.start(int(std::min<qint64>(ms, std::numeric_limits<int>::max())));
        if (cancel)
            poll.start();
        loop.exec();
    }
    return !isCancelled(cancel);
}

// The wait a 429 or 503 asks for: OpenAI's finer retry-after-ms first, then the standard Retry-After.
std::optional<qint64> askedWaitMs(const HttpResponse &response)
{
    if (response.status != 429 && response.status != 503)
        return std::nullopt;
    bool isNumber = false;
    const double ms = response.header("retry-after-ms").trimmed().toDouble(&isNumber);
    if (isNumber && std::isfinite(ms) && ms >= 0)
        return qint64(std::ceil(std::min(ms, double(kMaxRetryAfterValueMs))));
    return HttpClient::parseRetryAfter(response.header("Retry-After"), QDateTime::currentDateTimeUtc());
}

// Long runs of token-like characters are cut out of anything a server sends back: they may be echoed credentials.
QString redacted(QString text)
{
    static const QRegularExpression tokenLike(QStringLiteral("[A-Za-z0-9_\\-\\.~+/=]{32,}"));
    text.replace(tokenLike, QStringLiteral("…"));
    text = text.simplified();
    if (text.size() > kMaxDetailLength)
        text = text.left(kMaxDetailLength - 1) + u'…';
    return text;
}

QString withDetail(const QString &sentence, const QString &detail)
{
    if (detail.isEmpty())
        return sentence;
    return HttpClient::tr("%1 (The server said: %2)").arg(sentence, detail);
}

QString durationText(qint64 ms)
{
    const qint64 seconds = (ms + 999) / 1000;
    if (seconds < 120)
        return HttpClient::tr("%n second(s)", nullptr, int(seconds));
    return HttpClient::tr("%n minute(s)", nullptr, int((seconds + 59) / 60));
}

QString transportReason(const Attempt &attempt, int timeoutMs)
{
    if (attempt.outcome == Attempt::Outcome::TimedOut)
        return HttpClient::tr("no answer came within %1 s").arg(timeoutMs / 1000.0);
    switch (attempt.error) {
    case QNetworkReply::ConnectionRefusedError:
        return HttpClient::tr("the connection was refused");
    case QNetworkReply::RemoteHostClosedError:
        return HttpClient::tr("the connection was closed before the answer was complete");
    case QNetworkReply::HostNotFoundError:
        return HttpClient::tr("the server name was not found");
    case QNetworkReply::TimeoutError:
        return HttpClient::tr("the connection timed out");
    case QNetworkReply::SslHandshakeFailedError:
        return HttpClient::tr("a secure connection could not be set up");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return HttpClient::tr("the network is not available");
    default:
        // Qt's errorString() is not used: for some errors it quotes the whole URL, query (and tokens) included.
        return HttpClient::tr("a network error occurred (code %1)").arg(int(attempt.error));
    }
}

} // namespace

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpClient::HttpClient(QNetworkAccessManager &network, RetryPolicy policy)
    : m_network(network)
    , m_policy(policy)
{
    m_policy.maxAttempts = std::max(1, m_policy.maxAttempts);
}

Result<HttpResponse> HttpClient::send(const HttpRequest &request, const std::atomic_bool *cancel)
{
    const QString host = request.url.host();
    const QByteArray method = request.method.toUpper();
    const QString path = request.url.path();
    const auto cancelled = [&] {
        return Error{ErrorCode::Cancelled, tr("The request to %1 was cancelled.").arg(host)};
    };

    for (int attempt = 1;; ++attempt) {
        const Attempt outcome = runAttempt(m_network, request, cancel);
        if (outcome.outcome == Attempt::Outcome::Cancelled) {
            qCDebug(lcNet).noquote() << method << host << path << "cancelled, attempt" << attempt;
            return cancelled();
        }
        const HttpResponse &response = outcome.response;
        const int status = response.status;
        // -1: the server did not ask for a wait (a plain qint64: GCC 12 misreads an optional here as uninitialised).
        const qint64 askedMs =
            outcome.outcome == Attempt::Outcome::Answered ? askedWaitMs(response).value_or(-1) : qint64(-1);
        const bool asked = askedMs >= 0;
        // A request that may have been acted on is not repeated unless the server said it was not (Retry-After).
        const bool mayRepeat = request.idempotent || neverLeft(outcome) || asked;
        const bool lastAttempt = attempt >= m_policy.maxAttempts || !mayRepeat;

        if (outcome.outcome == Attempt::Outcome::Answered) {
            qCDebug(lcNet).noquote() << method << host << path << "status" << status << "attempt" << attempt;
            if (!isRetriedStatus(status)) {
                if (status >= 500)
                    return errorFor(response, host); // 501, 505, ...: retrying will not help
                return response;
            }
            if (asked && askedMs > m_policy.maxRetryAfterMs) {
                // Not worth blocking the thread for: the caller (the sync scheduler) comes back later.
                const ErrorCode code = status == 429 ? ErrorCode::RateLimited : ErrorCode::ServerError;
                return Error{code,
                             tr("%1 asked to wait %2 before trying again. LifeOS will try again later.")
                                 .arg(host, durationText(askedMs)),
                             status,
                             askedMs};
            }
            if (!mayRepeat)
                return errorFor(response, host); // the server may have spent the token: say what it answered
            if (lastAttempt) {
                if (status == 429)
                    return Error{ErrorCode::RateLimited,
                                 tr("%1 is limiting requests and still was after %n attempt(s). Try again later.",
                                    nullptr,
                                    attempt)
                                     .arg(host),
                                 status,
                                 askedMs};
                return Error{
                    ErrorCode::ServerError,
                    withDetail(tr("%1 kept failing (HTTP %2) after %n attempt(s). Try again later.", nullptr, attempt)
                                   .arg(host)
                                   .arg(status),
                               serverDetail(response.body)),
                    status,
                    askedMs};
            }
        } else {
            qCDebug(lcNet).noquote() << method << host << path << "failed:"
                                     << (outcome.outcome == Attempt::Outcome::TimedOut ? QByteArray("timeout")
                                                                                       : errorName(outcome.error))
                                     << "attempt" << attempt;
            if (lastAttempt) {
                return Error{ErrorCode::Network,
                             tr("Could not reach %1: %2. Check the internet connection, then try again.")
                                 .arg(host, transportReason(outcome, request.timeoutMs)),
                             status};
            }
        }

        const qint64 waitMs = asked ? askedMs : backoffMs(attempt);
        qCDebug(lcNet).noquote() << method << host << path << "retrying in" << waitMs << "ms";
        if (!waitUnlessCancelled(waitMs, cancel))
            return cancelled();
    }
}

qint64 HttpClient::backoffMs(int attempt) const
{
    // Exponential, times a random factor so that clients failing together do not retry together.
    const double step = double(std::max(0, m_policy.initialBackoffMs)) * std::pow(2.0, std::min(attempt - 1, 30));
    const double jitter = 0.5 + QRandomGenerator::global()->generateDouble(); // [0.5, 1.5)
    return qint64(std::min(step * jitter, double(std::max(0, m_policy.maxBackoffMs))));
}

QString HttpClient::serverDetail(const QByteArray &body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (!document.isObject())
        return {}; // HTML error pages and plain text are noise, and may quote the request
    const QJsonObject object = document.object();
    const QJsonValue error = object.value(QStringLiteral("error"));
    QString detail;
    if (error.isObject()) { // Google, OpenAI: {"error": {"code", "message", "status"}}
        detail = error.toObject().value(QStringLiteral("message")).toString();
    } else if (error.isString()) { // OAuth: {"error": "invalid_grant", "error_description": "..."}; Ollama
        const QString description = object.value(QStringLiteral("error_description")).toString();
        detail = description.isEmpty() ? error.toString() : error.toString() + QStringLiteral(": ") + description;
    } else if (const QJsonValue oura = object.value(QStringLiteral("detail")); oura.isString()) { // Oura
        detail = oura.toString();
    } else if (oura.isArray()) { // FastAPI validation errors: [{"loc", "msg", "type"}]
        detail = oura.toArray().at(0).toObject().value(QStringLiteral("msg")).toString();
    } else {
        detail = object.value(QStringLiteral("message")).toString();
    }
    return redacted(detail);
}

Error HttpClient::errorFor(const HttpResponse &response, const QString &service)
{
    const int status = response.status;
    const QString detail = serverDetail(response.body);
    if (status == 401 || status == 403)
        return Error{
            ErrorCode::AuthFailed,
            withDetail(tr("%1 refused the sign-in; connect again in Settings → Connections.").arg(service), detail),
            status};
    if (status == 404)
        return Error{ErrorCode::NotFound,
                     withDetail(tr("%1 could not find what LifeOS asked for (HTTP 404). If this keeps happening, "
                                   "connect again in Settings → Connections.")
                                    .arg(service),
                                detail),
                     status};
    if (status == 429) {
        const std::optional<qint64> asked = askedWaitMs(response);
        return Error{ErrorCode::RateLimited,
                     withDetail(tr("%1 is limiting requests. Try again later.").arg(service), detail),
                     status,
                     asked.value_or(-1)};
    }
    if (status >= 500 && status < 600)
        return Error{
            ErrorCode::ServerError,
            withDetail(tr("%1 is having trouble (HTTP %2). Try again later.").arg(service).arg(status), detail),
            status,
            askedWaitMs(response).value_or(-1)};
    return Error{ErrorCode::BadResponse,
                 withDetail(tr("%1 gave an answer LifeOS cannot use (HTTP %2). Try again later, and report it if it "
                               "keeps happening.")
                                .arg(service)
                                .arg(status),
                            detail),
                 status};
}

std::optional<qint64> HttpClient::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray text = value.trimmed();
    if (text.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const double seconds = text.toDouble(&isNumber);
    if (isNumber) {
        if (!std::isfinite(seconds) || seconds < 0)
            return std::nullopt;
        return qint64(std::ceil(std::min(seconds * 1000.0, double(kMaxRetryAfterValueMs))));
    }
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    const QString dateText = QString::fromLatin1(text);
    QDateTime when = QDateTime::fromString(dateText, Qt::RFC2822Date);
    if (!when.isValid()) {
        when = QLocale::c().toDateTime(dateText, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
        when.setTimeZone(QTimeZone::utc());
    }
    if (!when.isValid())
        return std::nullopt;
    return std::clamp(now.msecsTo(when), qint64(0), kMaxRetryAfterValueMs);
}

} // namespace lifeos
