#include "CaptureHotkeyBinding.h"

#include "AppLogging.h"
#include "GlobalHotkey.h"

#include <QKeySequence>

namespace lifeos {

CaptureHotkeyBinding::CaptureHotkeyBinding(QObject *parent)
    : CaptureHotkey(parent)
{}

CaptureHotkeyBinding::~CaptureHotkeyBinding() = default;

GlobalHotkey &CaptureHotkeyBinding::backend()
{
    if (!m_backend) {
        m_backend = createGlobalHotkey();
        qCInfo(lcApp) << "global hotkey backend:" << m_backend->backendName();
        connect(m_backend.get(), &GlobalHotkey::activated, this, &CaptureHotkey::activated);
        connect(m_backend.get(), &GlobalHotkey::bound, this, [this] { reportTaken(m_pending); });
        connect(m_backend.get(), &GlobalHotkey::bindingFailed, this, [this](const QString &error) {
            qCWarning(lcApp) << "global hotkey" << m_pending << "refused by the desktop:" << error;
            reportRefused(m_pending, error);
        });
    }
    return *m_backend;
}

void CaptureHotkeyBinding::request(const QString &portableSequence)
{
    GlobalHotkey &hotkey = backend();
    m_pending = portableSequence;
    if (!hotkey.setShortcut(QKeySequence::fromString(portableSequence, QKeySequence::PortableText))) {
        qCWarning(lcApp) << "global hotkey" << portableSequence << "not available via" << hotkey.backendName() << ":"
                         << hotkey.errorString();
        reportRefused(portableSequence, hotkey.errorString());
        return;
    }
    // Releasing needs no answer; a portal's yes or no arrives through bound() or bindingFailed().
    if (!hotkey.answersLater() || portableSequence.isEmpty())
        reportTaken(portableSequence);
}

QString CaptureHotkeyBinding::backendName() const
{
    return m_backend ? m_backend->backendName() : QString();
}

} // namespace lifeos
