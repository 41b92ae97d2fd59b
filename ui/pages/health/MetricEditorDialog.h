#pragma once

#include "health/MetricCatalog.h"
#include "model/Metric.h"
#include "pages/health/HealthEditorDialog.h"
#include "util/Result.h"

#include <functional>

class QComboBox;
class QDateEdit;
class QPushButton;

namespace lifeos {

class NumberField;
class Settings;

// Adds or edits one metric value. OK stays disabled until the value is a number in range; the save itself
// runs through `save`, and a refused save is shown here with everything typed kept.
class MetricEditorDialog final : public HealthEditorDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MetricEditorDialog)

public:
    using Saver = std::function<Result<void>(const Metric &metric)>;

    // `metric.id` 0 adds a new value; its name, value and day are the starting point either way.
    MetricEditorDialog(Settings &settings, const QList<MetricDefinition> &definitions, const Metric &metric,
                       Saver save, QWidget *parent = nullptr);

    // What the fields say now (the value only when it is acceptable).
    Metric metric() const;
    bool isAcceptable() const override;

Q_SIGNALS:
    void metricTypeAdded(const lifeos::MetricDefinition &definition);

private:
    Result<void> save() override;
    void fillNames(const QString &select);
    void updateDefinition();
    void addMetricType();
    MetricDefinition currentDefinition() const;

    Settings &m_settings;
    QList<MetricDefinition> m_definitions;
    Metric m_metric;
    Saver m_save;
    QComboBox *m_name = nullptr;
    QPushButton *m_addType = nullptr;
    NumberField *m_value = nullptr;
    QDateEdit *m_day = nullptr;
};

} // namespace lifeos
