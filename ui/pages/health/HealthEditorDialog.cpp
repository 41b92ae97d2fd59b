#include "pages/health/HealthEditorDialog.h"

#include "PaletteColors.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace lifeos {

HealthEditorDialog::HealthEditorDialog(const QString &saveErrorName, QWidget *parent)
    : QDialog(parent)
    , m_saveError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_saveError->setObjectName(saveErrorName);
    m_saveError->setWordWrap(true);
    m_saveError->setTextFormat(Qt::PlainText);
    m_saveError->hide();
    QPalette palette = m_saveError->palette();
    palette.setColor(QPalette::WindowText, errorColor(this->palette()));
    m_saveError->setPalette(palette);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &HealthEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HealthEditorDialog::reject);
}

void HealthEditorDialog::setUpDay(QDateEdit *day, const QDate &initial)
{
    day->setCalendarPopup(true);
    day->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    day->setDate(initial.isValid() ? initial : QDate::currentDate());
    connect(day, &QDateEdit::dateChanged, this, [this] { m_saveError->hide(); });
}

void HealthEditorDialog::setUpLayout(QFormLayout *form)
{
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_saveError);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
}

void HealthEditorDialog::updateButtons()
{
    m_saveError->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(isAcceptable());
}

void HealthEditorDialog::accept()
{
    if (!isAcceptable())
        return;
    if (Result<void> saved = save(); !saved) {
        m_saveError->setText(tr("Could not save: %1").arg(saved.error().message));
        m_saveError->show();
        return;
    }
    QDialog::accept();
}

} // namespace lifeos
