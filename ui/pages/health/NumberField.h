#pragma once

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;

namespace lifeos {

// A line edit for one number with its unit beside it and, under it, what is wrong with the text typed
// ("Enter a number, such as 7.5"). The text is never changed or thrown away: the user fixes it.
class NumberField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NumberField)

public:
    explicit NumberField(QWidget *parent = nullptr);

    void setRequired(bool required);
    void setMinimum(std::optional<double> minimum);
    void setMaximum(std::optional<double> maximum);
    void setUnit(const QString &unit);
    void setValue(std::optional<double> value);
    // The number typed; nullopt when empty or invalid.
    std::optional<double> value() const;
    // True when the text is a number in range, or empty and not required.
    bool isAcceptable() const;
    QLineEdit *lineEdit() const { return m_edit; }
    QString errorText() const;

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    // What is wrong with the text; empty when nothing is (an empty required field shows no error yet).
    QString problem() const;
    void updateError();

    QLineEdit *m_edit = nullptr;
    QLabel *m_unit = nullptr;
    QLabel *m_error = nullptr;
    bool m_required = false;
    std::optional<double> m_minimum;
    std::optional<double> m_maximum;
};

} // namespace lifeos
