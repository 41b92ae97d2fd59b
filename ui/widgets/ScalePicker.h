#pragma once

#include <QWidget>

#include <optional>

class QButtonGroup;
class QLabel;

namespace lifeos {

// Picks a rating from 1 to 10, or none: ten buttons, arrow keys to move, Delete/Backspace or 0 to clear.
class ScalePicker final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScalePicker)

public:
    explicit ScalePicker(QWidget *parent = nullptr);

    std::optional<int> value() const { return m_value; }
    // Sets the value without emitting valueEdited().
    void setValue(std::optional<int> value);

Q_SIGNALS:
    void valueEdited(std::optional<int> value);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void choose(std::optional<int> value);
    void showValue();

    QButtonGroup *m_buttons = nullptr;
    std::optional<int> m_value;
};

} // namespace lifeos
