#include "dialogs/SaveErrorLabel.h"

#include "PaletteColors.h"

#include <QEvent>

namespace lifeos {

SaveErrorLabel::SaveErrorLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    applyErrorColour();
    hide();
}

bool SaveErrorLabel::accepts(const Result<void> &saved)
{
    if (saved)
        return true;
    setText(tr("Could not save: %1").arg(saved.error().message));
    show();
    return false;
}

void SaveErrorLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyErrorColour();
}

void SaveErrorLabel::applyErrorColour()
{
    const QColor colour = errorColor(parentWidget() ? parentWidget()->palette() : palette());
    if (palette().color(QPalette::WindowText) == colour)
        return; // setting the same palette again would send another PaletteChange
    QPalette errorPalette = palette();
    errorPalette.setColor(QPalette::WindowText, colour);
    setPalette(errorPalette);
}

} // namespace lifeos
