#pragma once

#include "UiContext.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QTimer;

namespace lifeos {

class IndexStatusView;

// Settings → Search: which embedder turns entries into vectors (the built-in offline one, OpenAI, or an
// OpenAI-compatible server with its address and model), where the API key comes from, and the index's state
// with a Rebuild button.
class SearchSettingsBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchSettingsBox)

public:
    explicit SearchSettingsBox(UiContext &context, QWidget *parent = nullptr);
    ~SearchSettingsBox() override;

private:
    void providerChanged();
    void save();
    void showProblem();

    UiContext &m_context;
    QComboBox *m_provider = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLineEdit *m_model = nullptr;
    QLabel *m_keyNote = nullptr;
    QLabel *m_problem = nullptr;
    IndexStatusView *m_status = nullptr;
    QTimer *m_saveDelay = nullptr;
};

} // namespace lifeos
