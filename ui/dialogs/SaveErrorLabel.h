#pragma once

#include "util/Result.h"

#include <QLabel>

namespace lifeos {

// The line under an editor's fields that says why saving failed, in the palette's error colour (kept when the
// theme changes). The dialog stays open with what was typed.
class SaveErrorLabel final : public QLabel
{
    Q_OBJECT

public:
    SaveErrorLabel(const QString &objectName, QWidget *parent);
    // True when `saved` succeeded; otherwise shows "Could not save: …" and returns false.
    bool accepts(const Result<void> &saved);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyErrorColour();
};

} // namespace lifeos
