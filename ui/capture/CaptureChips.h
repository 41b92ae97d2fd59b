#pragma once

#include "capture/ParsedCapture.h"

#include <QWidget>

class QLabel;
class QMenu;
class QToolButton;

namespace lifeos {

// The row of chips under the capture input: what the line will be stored as (kind, when, amount, measurement,
// duration, distance, tags, priority). A chip is hidden while its part is empty; the kind chip opens a menu of
// kinds.
class CaptureChips final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CaptureChips)

public:
    explicit CaptureChips(QWidget *parent = nullptr);
    ~CaptureChips() override;

    // `kindPicked`: the user chose the kind, so it is shown without doubt.
    void showReading(const ParsedCapture &reading, bool kindPicked, const QDate &today, const QString &defaultCurrency);
    void clear();

Q_SIGNALS:
    void kindPicked(lifeos::CaptureKind kind);

protected:
    void changeEvent(QEvent *event) override;

private:
    QLabel *addChip(const char *objectName, const QString &accessibleName);
    void setChip(QLabel *chip, const QString &text, const QString &toolTip = QString());
    void applyStyle();

    QToolButton *m_kind = nullptr;
    QMenu *m_kindMenu = nullptr;
    QLabel *m_when = nullptr;
    QLabel *m_amount = nullptr;
    QLabel *m_metric = nullptr;
    QLabel *m_duration = nullptr;
    QLabel *m_distance = nullptr;
    QLabel *m_tags = nullptr;
    QLabel *m_priority = nullptr;
};

} // namespace lifeos
