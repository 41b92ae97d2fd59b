#include "pages/health/MetricEditorDialog.h"

#include "pages/health/MetricTypeDialog.h"
#include "pages/health/NumberField.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace lifeos {

MetricEditorDialog::MetricEditorDialog(Settings &settings, const QList<MetricDefinition> &definitions,
                                       const Metric &metric, Saver save, QWidget *parent)
    : HealthEditorDialog(QStringLiteral("metricSaveError"), parent)
    , m_settings(settings)
    , m_definitions(definitions)
    , m_metric(metric)
    , m_save(std::move(save))
    , m_name(new QComboBox(this))
    , m_addType(new QPushButton(tr("Add metric &type…"), this))
    , m_value(new NumberField(this))
    , m_day(new QDateEdit(this))
{
    setObjectName(QStringLiteral("metricEditor"));
    setWindowTitle(metric.id > 0 ? tr("Edit metric") : tr("Add metric"));
    m_name->setObjectName(QStringLiteral("metricName"));
    m_addType->setObjectName(QStringLiteral("addMetricType"));
    m_value->setObjectName(QStringLiteral("metricValue"));
    m_day->setObjectName(QStringLiteral("metricDay"));

    m_addType->setToolTip(tr("Define a metric of your own, with its unit"));
    m_addType->setAutoDefault(false);
    m_value->setRequired(true);
    setUpDay(m_day, metric.day);

    // A name seen only in the data (imported, synced) still gets an entry of its own.
    if (!metric.name.isEmpty() && !MetricCatalog::find(m_definitions, metric.name))
        m_definitions.append(MetricCatalog::resolve(m_definitions, metric.name, metric.unit));
    fillNames(metric.name);
    updateDefinition();
    if (metric.id > 0)
        m_value->setValue(metric.value);

    auto *nameRow = new QHBoxLayout;
    nameRow->addWidget(m_name, 1);
    nameRow->addWidget(m_addType);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *nameLabel = new QLabel(tr("&Metric:"), this);
    nameLabel->setBuddy(m_name);
    form->addRow(nameLabel, nameRow);
    auto *valueLabel = new QLabel(tr("&Value:"), this);
    valueLabel->setBuddy(m_value);
    form->addRow(valueLabel, m_value);
    auto *dayLabel = new QLabel(tr("&Date:"), this);
    dayLabel->setBuddy(m_day);
    form->addRow(dayLabel, m_day);
    setUpLayout(form);

    connect(m_name, &QComboBox::currentIndexChanged, this, [this] {
        updateDefinition();
        updateButtons();
    });
    connect(m_value, &NumberField::edited, this, &MetricEditorDialog::updateButtons);
    connect(m_addType, &QPushButton::clicked, this, &MetricEditorDialog::addMetricType);
    setTabOrder(m_name, m_addType);
    setTabOrder(m_addType, m_value);
    setTabOrder(m_value, m_day);
    setTabOrder(m_day, buttons());
    updateButtons();
    setMinimumWidth(420);
    // Editing goes straight to the value; adding starts with which metric.
    (metric.id > 0 || !metric.name.isEmpty() ? static_cast<QWidget *>(m_value) : m_name)->setFocus();
}

void MetricEditorDialog::fillNames(const QString &select)
{
    const QSignalBlocker blocker(m_name);
    m_name->clear();
    for (const MetricDefinition &definition : std::as_const(m_definitions)) {
        const QString label = MetricCatalog::label(definition.name);
        m_name->addItem(definition.unit.isEmpty() ? label : tr("%1 (%2)").arg(label, definition.unit),
                        definition.name);
    }
    m_name->setCurrentIndex(qMax(0, m_name->findData(select)));
}

MetricDefinition MetricEditorDialog::currentDefinition() const
{
    return MetricCatalog::resolve(m_definitions, m_name->currentData().toString());
}

void MetricEditorDialog::updateDefinition()
{
    const MetricDefinition definition = currentDefinition();
    m_value->setUnit(definition.unit);
    // Scores out of ten and percentages have a range; built-in measurements are never negative.
    std::optional<double> minimum;
    std::optional<double> maximum;
    if (definition.unit == u"/10") {
        minimum = 0;
        maximum = 10;
    } else if (definition.unit == u"%") {
        minimum = 0;
        maximum = 100;
    } else if (definition.builtIn) {
        minimum = 0;
    }
    m_value->setMinimum(minimum);
    m_value->setMaximum(maximum);
    m_value->lineEdit()->setPlaceholderText(
        definition.decimals > 0 ? QLocale().toString(7.5, 'f', definition.decimals) : QLocale().toString(8000));
}

Metric MetricEditorDialog::metric() const
{
    Metric metric = m_metric;
    const MetricDefinition definition = currentDefinition();
    metric.name = definition.name;
    metric.unit = definition.unit;
    metric.day = m_day->date();
    if (const std::optional<double> value = m_value->value())
        metric.value = *value;
    return metric;
}

bool MetricEditorDialog::isAcceptable() const
{
    return m_name->currentIndex() >= 0 && m_value->isAcceptable() && m_value->value().has_value();
}

Result<void> MetricEditorDialog::save()
{
    return m_save ? m_save(metric()) : Result<void>();
}

void MetricEditorDialog::addMetricType()
{
    auto *dialog = new MetricTypeDialog(m_settings, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const MetricDefinition added = dialog->added();
        m_definitions = MetricCatalog::all(m_settings);
        for (const MetricDefinition &keep : {added, MetricCatalog::resolve(m_definitions, m_metric.name, m_metric.unit)}) {
            if (!keep.name.isEmpty() && !MetricCatalog::find(m_definitions, keep.name))
                m_definitions.append(keep);
        }
        fillNames(added.name);
        updateDefinition();
        updateButtons();
        m_value->setFocus();
        Q_EMIT metricTypeAdded(added);
    });
    dialog->open();
}

} // namespace lifeos
