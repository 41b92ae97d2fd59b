#include "widgets/ScalePicker.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QToolButton>

namespace lifeos {

ScalePicker::ScalePicker(QWidget *parent)
    : QWidget(parent)
    , m_buttons(new QButtonGroup(this))
{
    setFocusPolicy(Qt::StrongFocus);
    m_buttons->setExclusive(false);
    // The chosen value must stand out in any palette, so it takes the highlight colour.
    setStyleSheet(QStringLiteral(
        "QToolButton { border: 1px solid palette(mid); border-radius: 4px; padding: 2px 4px; background: palette(button); }"
        "QToolButton:checked { background: palette(highlight); color: palette(highlighted-text); border-color: palette(highlight); }"
        "QToolButton:hover:!checked { background: palette(midlight); }"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    for (int i = 1; i <= 10; ++i) {
        auto *button = new QToolButton(this);
        button->setText(QString::number(i));
        button->setCheckable(true);
        button->setFocusPolicy(Qt::NoFocus); // the picker itself takes focus and arrow keys
        button->setMinimumWidth(button->fontMetrics().horizontalAdvance(QStringLiteral("10")) + 12);
        m_buttons->addButton(button, i);
        layout->addWidget(button);
    }
    layout->addStretch();
    connect(m_buttons, &QButtonGroup::idClicked, this, [this](int id) {
        choose(m_value == id ? std::nullopt : std::optional<int>(id)); // clicking the chosen value clears it
    });
}

void ScalePicker::setValue(std::optional<int> value)
{
    m_value = value;
    showValue();
}

void ScalePicker::choose(std::optional<int> value)
{
    m_value = value;
    showValue();
    Q_EMIT valueEdited(m_value);
}

void ScalePicker::showValue()
{
    for (QAbstractButton *button : m_buttons->buttons())
        button->setChecked(m_value && m_buttons->id(button) == *m_value);
}

void ScalePicker::keyPressEvent(QKeyEvent *event)
{
    const int current = m_value.value_or(0);
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Up:
    case Qt::Key_Plus:
        choose(qMin(10, current + 1));
        return;
    case Qt::Key_Left:
    case Qt::Key_Down:
    case Qt::Key_Minus:
        if (current > 1)
            choose(current - 1);
        return;
    case Qt::Key_Delete:
    case Qt::Key_Backspace:
    case Qt::Key_0:
        choose(std::nullopt);
        return;
    default:
        if (event->key() >= Qt::Key_1 && event->key() <= Qt::Key_9) {
            choose(event->key() - Qt::Key_0);
            return;
        }
    }
    QWidget::keyPressEvent(event);
}

// The buttons never take focus, so the picker draws its own focus frame for keyboard users.
void ScalePicker::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (!hasFocus())
        return;
    QStylePainter painter(this);
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.rect = childrenRect().adjusted(-2, -2, 2, 2);
    painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
}

void ScalePicker::focusInEvent(QFocusEvent *event)
{
    QWidget::focusInEvent(event);
    update();
}

void ScalePicker::focusOutEvent(QFocusEvent *event)
{
    QWidget::focusOutEvent(event);
    update();
}

} // namespace lifeos
