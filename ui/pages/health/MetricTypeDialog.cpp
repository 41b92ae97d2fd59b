#include "pages/health/MetricTypeDialog.h"

#include "PaletteColors.h"
#include "util/Settings.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace lifeos {

MetricTypeDialog::MetricTypeDialog(Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_name(new QLineEdit(this))
    , m_unit(new QLineEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("metricTypeDialog"));
    setWindowTitle(tr("Add metric type"));
    m_name->setObjectName(QStringLiteral("metricTypeName"));
    m_unit->setObjectName(QStringLiteral("metricTypeUnit"));
    m_error->setObjectName(QStringLiteral("metricTypeError"));
    m_name->setPlaceholderText(tr("e.g. caffeine"));
    m_unit->setPlaceholderText(tr("e.g. mg (may stay empty)"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);
    m_error->hide();
    QPalette palette = m_error->palette();
    palette.setColor(QPalette::WindowText, errorColor(this->palette()));
    m_error->setPalette(palette);

    auto *hint = new QLabel(tr("A metric of your own, tracked like the built-in ones. The name may use letters, "
                               "digits, “_” and “-”."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Unit:"), m_unit);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &MetricTypeDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &MetricTypeDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &MetricTypeDialog::updateButtons);
    connect(m_unit, &QLineEdit::textChanged, this, [this] { m_error->hide(); });
    updateButtons();
    setMinimumWidth(360);
}

void MetricTypeDialog::updateButtons()
{
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_name->text().trimmed().isEmpty());
}

void MetricTypeDialog::accept()
{
    if (m_name->text().trimmed().isEmpty())
        return;
    auto added = MetricCatalog::addCustom(m_settings, m_name->text().trimmed(), m_unit->text().trimmed());
    if (!added) {
        m_error->setText(added.error().message); // the typed name stays for the user to fix
        m_error->show();
        m_name->setFocus();
        return;
    }
    m_added = *added;
    QDialog::accept();
}

} // namespace lifeos
