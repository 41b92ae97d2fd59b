#pragma once

#include "search/SearchTypes.h"

#include <QShortcut>
#include <QWidget>

namespace lifeos {

// A page of the main window. Pages load their data the first time they are shown and refresh each
// time they are shown again, so start-up only pays for the page the user sees.
class Page : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Page)

public:
    using QWidget::QWidget;
    // Called by the window each time the page becomes the current one.
    virtual void activate() = 0;

protected:
    // A shortcut that works anywhere on this page (and only while the page is shown).
    template <typename Action>
    QShortcut *addPageShortcut(const QKeySequence &keys, Action &&action)
    {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, std::forward<Action>(action));
        return shortcut;
    }

Q_SIGNALS:
    // Something went wrong that the user should read (shown in the status bar).
    void message(const QString &text);
    // The user chose something search found (a result, a related entry); the window opens it.
    void hitChosen(const lifeos::SearchHit &hit);
};

} // namespace lifeos
