#pragma once

#include "pages/Page.h"
#include "UiContext.h"

class QCheckBox;
class QComboBox;
class QLabel;

namespace lifeos {

// Settings: language and the tray, connections (Oura, Google Calendar), quick capture, search, where the data
// lives, and what is coming.
class SettingsPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsPage)

public:
    explicit SettingsPage(UiContext &context, QWidget *parent = nullptr);
    void activate() override {}

private:
    UiContext &m_context;
    QComboBox *m_language = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QLabel *m_languageHint = nullptr;
};

} // namespace lifeos
