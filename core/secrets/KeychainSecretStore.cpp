#include "secrets/KeychainSecretStore.h"

#include "util/Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <deque>
#include <functional>
#include <future>
#include <memory>
#include <mutex>
#include <utility>

namespace lifeos {

namespace {

struct JobOutcome
{
    QKeychain::Error error = QKeychain::NoError;
    QString detail; // QtKeychain's or the D-Bus backend's own words, for the debug log only
    QByteArray data;
};

using JobFactory = std::function<QKeychain::Job *(QObject *parent)>;

struct JobRequest
{
    JobFactory makeJob;
    std::shared_ptr<std::promise<JobOutcome>> outcome;
};

// QtKeychain queues every job of the process on one unlocked executor object that belongs to the thread of the
// first job ever started, and libsecret answers on the GLib context of the thread that started the job. A job run
// in a caller's local event loop therefore hangs once that first thread has ended (a finished sync thread, a test's
// worker) and races when two threads use it. So every job runs on one long-lived thread of ours, and callers on any
// thread (GUI, sync, CLI) block until their job is done.
// Requests travel through a std::mutex-guarded queue, not inside a posted functor: Qt's event queue is locked inside
// the uninstrumented libQt6Core, so ThreadSanitizer could not see that handover; the post only wakes the thread.
std::mutex s_mutex;
QThread *s_thread = nullptr;
QTimer *s_wakeUp = nullptr; // lives in s_thread; parent of the jobs, which are created, run and deleted there
std::deque<JobRequest> s_requests;
bool s_stopped = false;

void runQueuedJobs() // on s_thread
{
    std::deque<JobRequest> requests;
    QObject *parent = nullptr;
    {
        const std::lock_guard lock(s_mutex);
        requests.swap(s_requests);
        parent = s_wakeUp;
    }
    for (JobRequest &request : requests) {
        QKeychain::Job *job = request.makeJob(parent);
        job->setAutoDelete(false);
        job->setInsecureFallback(false); // never a plain-text file next to the settings
        QObject::connect(job, &QKeychain::Job::finished, job, [outcome = request.outcome](QKeychain::Job *done) {
            JobOutcome result{done->error(), done->errorString(), {}};
            if (const auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                result.data = read->binaryData();
            outcome->set_value(std::move(result));
            done->deleteLater();
        });
        job->start();
    }
}

void stopKeychainThread()
{
    QThread *thread = nullptr;
    std::deque<JobRequest> abandoned; // their callers learn it from a broken promise
    {
        const std::lock_guard lock(s_mutex);
        s_stopped = true;
        thread = std::exchange(s_thread, nullptr);
        s_wakeUp = nullptr;
        abandoned.swap(s_requests);
    }
    if (thread != nullptr) {
        thread->quit();
        thread->wait();
        delete thread;
    }
}

// Queues the request and wakes the keychain thread, starting it on first use. False when there is no application
// object (before it exists, or once it is shutting down): then nothing can run a job.
bool queueOnKeychainThread(JobRequest request)
{
    const std::lock_guard lock(s_mutex);
    if (s_stopped || QCoreApplication::instance() == nullptr)
        return false;
    if (s_thread == nullptr) {
        s_thread = new QThread;
        s_thread->setObjectName(QStringLiteral("lifeos-keychain"));
        s_wakeUp = new QTimer;
        s_wakeUp->setSingleShot(true);
        s_wakeUp->setInterval(0);
        QObject::connect(s_wakeUp, &QTimer::timeout, s_wakeUp, &runQueuedJobs);
        s_wakeUp->moveToThread(s_thread);
        QObject::connect(s_thread, &QThread::finished, s_wakeUp, &QObject::deleteLater);
        s_thread->start();
        qAddPostRoutine(&stopKeychainThread); // runs in ~QCoreApplication, while the thread can still end cleanly
    }
    s_requests.push_back(std::move(request));
    QMetaObject::invokeMethod(s_wakeUp, "start", Qt::QueuedConnection); // a data-free wake-up; start() runs there
    return true;
}

// makeJob gets the job's parent: jobs still running when the thread ends are deleted with it, and their callers
// are told instead of waiting forever.
JobOutcome runOnKeychainThread(JobFactory makeJob)
{
    auto promise = std::make_shared<std::promise<JobOutcome>>();
    std::future<JobOutcome> outcome = promise->get_future();
    if (!queueOnKeychainThread({std::move(makeJob), std::move(promise)}))
        return {QKeychain::NoBackendAvailable, QStringLiteral("no application object, so no keychain thread"), {}};
    try {
        return outcome.get();
    } catch (const std::future_error &) { // the thread stopped with the job still queued (application exit)
        return {QKeychain::NoBackendAvailable, QStringLiteral("the keychain thread stopped before the job ran"), {}};
    }
}

QString canonicalDir(const QString &dir)
{
    const QString absolute = QDir::cleanPath(QDir::current().absoluteFilePath(dir));
    const QString canonical = QFileInfo(absolute).canonicalFilePath(); // empty while the folder does not exist
    return canonical.isEmpty() ? absolute : canonical;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QString service)
    : m_service(std::move(service))
{}

QString KeychainSecretStore::serviceForDataDir(const QString &dataDir)
{
    // The platform folder itself, not DataLocation::resolve(): LIFEOS_DATA_DIR must not share the default's tokens.
    const QString defaultDir = canonicalDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    const QString dir = dataDir.isEmpty() ? defaultDir : canonicalDir(dataDir);
    if (dir == defaultDir)
        return QStringLiteral("LifeOS");
    const QByteArray hash = QCryptographicHash::hash(dir.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("LifeOS ") + QString::fromLatin1(hash.left(4).toHex());
}

Error KeychainSecretStore::unavailable(const char *operation, const QString &key, int code, const QString &detail) const
{
    qCDebug(lcSync) << "keychain" << operation << key << "in" << m_service << "failed: QKeychain error" << code
                    << detail;
    return Error{ErrorCode::KeychainUnavailable,
                 tr("No system keychain is available, so LifeOS cannot keep your sign-in. "
                    "Start a Secret Service such as GNOME Keyring or KWallet, unlock it, and try again.")};
}

Result<QByteArray> KeychainSecretStore::read(const QString &key)
{
    const JobOutcome outcome = runOnKeychainThread([service = m_service, key](QObject *parent) {
        auto *job = new QKeychain::ReadPasswordJob(service, parent);
        job->setKey(key);
        return job;
    });
    switch (outcome.error) {
    case QKeychain::NoError:
        return outcome.data;
    case QKeychain::EntryNotFound:
        return Error{ErrorCode::NotFound,
                     tr("Nothing is saved in the system keychain under %1. "
                        "Connect the account again in Settings.")
                         .arg(key)};
    default:
        return unavailable("read", key, outcome.error, outcome.detail);
    }
}

Result<void> KeychainSecretStore::write(const QString &key, const QByteArray &secret)
{
    const JobOutcome outcome = runOnKeychainThread([service = m_service, key, secret](QObject *parent) {
        auto *job = new QKeychain::WritePasswordJob(service, parent);
        job->setKey(key);
        job->setBinaryData(secret);
        return job;
    });
    if (outcome.error != QKeychain::NoError)
        return unavailable("write", key, outcome.error, outcome.detail);
    return {};
}

Result<void> KeychainSecretStore::remove(const QString &key)
{
    const JobOutcome outcome = runOnKeychainThread([service = m_service, key](QObject *parent) {
        auto *job = new QKeychain::DeletePasswordJob(service, parent);
        job->setKey(key);
        return job;
    });
    // Removing what is not there is done already.
    if (outcome.error != QKeychain::NoError && outcome.error != QKeychain::EntryNotFound)
        return unavailable("remove", key, outcome.error, outcome.detail);
    return {};
}

} // namespace lifeos
