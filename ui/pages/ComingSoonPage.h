#pragma once

#include "pages/Page.h"

#include <QStringList>

namespace lifeos {

// A page whose feature is not built yet: it says what it will do instead of showing blank space.
class ComingSoonPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ComingSoonPage)

public:
    ComingSoonPage(const QString &iconPath, const QString &title, const QString &summary, const QStringList &plans,
                   QWidget *parent = nullptr);
    void activate() override {}
};

} // namespace lifeos
