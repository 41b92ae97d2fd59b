#pragma once

#include <QLabel>

namespace lifeos {

// A small bold caption that starts a section of a page.
class SectionHeader final : public QLabel {
    Q_OBJECT

public:
    explicit SectionHeader(const QString &text, QWidget *parent = nullptr);
};

} // namespace lifeos
