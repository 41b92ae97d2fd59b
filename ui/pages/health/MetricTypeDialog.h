#pragma once

#include "health/MetricCatalog.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace lifeos {

class Settings;

// Defines a metric of the user's own ("caffeine", unit "mg") through MetricCatalog::addCustom; a refused name
// is explained under the fields and the dialog stays open.
class MetricTypeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricTypeDialog)

public:
    explicit MetricTypeDialog(Settings &settings, QWidget *parent = nullptr);
    // The metric that was added, once the dialog was accepted.
    const MetricDefinition &added() const { return m_added; }

    void accept() override;

private:
    void updateButtons();

    Settings &m_settings;
    MetricDefinition m_added;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_unit = nullptr;
    QLabel *m_error = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace lifeos
