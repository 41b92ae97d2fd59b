#pragma once

#include "UiContext.h"

#include <QGroupBox>

class QComboBox;
class QKeySequenceEdit;
class QLabel;
class QPlainTextEdit;
class QTimer;

namespace lifeos {

// Settings → Quick capture: the global shortcut (applied at once, with what went wrong in plain words), the
// currency of amounts typed without one, how "5/12" reads, and the user's own metrics.
class CaptureSettingsBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureSettingsBox)

public:
    explicit CaptureSettingsBox(UiContext &context, QWidget *parent = nullptr);
    ~CaptureSettingsBox() override;

private:
    void applyHotkey(const QKeySequence &sequence);
    void showHotkeyStatus(const QString &error);
    void saveCustomMetrics();

    UiContext &m_context;
    QKeySequenceEdit *m_hotkey = nullptr;
    QLabel *m_hotkeyStatus = nullptr;
    QComboBox *m_currency = nullptr;
    QComboBox *m_dateOrder = nullptr;
    QPlainTextEdit *m_customMetrics = nullptr;
    QTimer *m_saveMetrics = nullptr;
};

} // namespace lifeos
