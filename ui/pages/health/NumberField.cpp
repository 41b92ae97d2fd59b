#include "pages/health/NumberField.h"

#include "PaletteColors.h"
#include "pages/health/HealthFormat.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QVBoxLayout>

namespace lifeos {

NumberField::NumberField(QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_unit(new QLabel(this))
    , m_error(new QLabel(this))
{
    m_edit->setObjectName(QStringLiteral("numberEdit"));
    m_error->setObjectName(QStringLiteral("numberError"));
    m_unit->setObjectName(QStringLiteral("numberUnit"));
    m_edit->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    m_unit->setMinimumWidth(m_unit->fontMetrics().horizontalAdvance(QStringLiteral("steps")));
    m_unit->setForegroundRole(QPalette::PlaceholderText);
    updateError(); // sets the error colour

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_edit, 1);
    row->addWidget(m_unit);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_error);
    setFocusProxy(m_edit);

    connect(m_edit, &QLineEdit::textChanged, this, [this] {
        updateError();
        Q_EMIT edited();
    });
}

void NumberField::setRequired(bool required)
{
    m_required = required;
    updateError();
}

void NumberField::setMinimum(std::optional<double> minimum)
{
    m_minimum = minimum;
    updateError();
}

void NumberField::setMaximum(std::optional<double> maximum)
{
    m_maximum = maximum;
    updateError();
}

void NumberField::setUnit(const QString &unit)
{
    m_unit->setText(unit);
    m_edit->setAccessibleDescription(unit);
}

void NumberField::setValue(std::optional<double> value)
{
    m_edit->setText(value ? HealthFormat::editableNumber(*value) : QString());
}

std::optional<double> NumberField::value() const
{
    const std::optional<double> number = HealthFormat::parseNumber(m_edit->text());
    return number && problem().isEmpty() ? number : std::nullopt;
}

bool NumberField::isAcceptable() const
{
    if (m_edit->text().trimmed().isEmpty())
        return !m_required;
    return problem().isEmpty();
}

QString NumberField::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString NumberField::problem() const
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty())
        return {};
    const std::optional<double> number = HealthFormat::parseNumber(text);
    if (!number)
        return tr("“%1” is not a number. Enter a number such as %2.").arg(text, QLocale().toString(7.5));
    if (m_minimum && m_maximum && (*number < *m_minimum || *number > *m_maximum))
        return tr("Enter a number from %1 to %2.").arg(QLocale().toString(*m_minimum), QLocale().toString(*m_maximum));
    if (m_minimum && *number < *m_minimum)
        return tr("Enter a number of %1 or more.").arg(QLocale().toString(*m_minimum));
    if (m_maximum && *number > *m_maximum)
        return tr("Enter a number of %1 or less.").arg(QLocale().toString(*m_maximum));
    return {};
}

void NumberField::updateError()
{
    const QString text = problem();
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, errorColor(this->palette()));
    m_error->setPalette(palette);
}

void NumberField::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateError();
}

} // namespace lifeos
