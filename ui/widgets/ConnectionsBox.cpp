#include "widgets/ConnectionsBox.h"

#include "UiContext.h"
#include "sync/SyncSource.h"
#include "widgets/ConnectionCard.h"

#include <QLabel>
#include <QVBoxLayout>

namespace lifeos {

ConnectionsBox::ConnectionsBox(UiContext &context, QWidget *parent)
    : QGroupBox(tr("Connections"), parent)
{
    setObjectName(QStringLiteral("connectionsBox"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(10);
    auto *intro = new QLabel(this);
    intro->setObjectName(QStringLiteral("connectionsIntro"));
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(intro);
    if (!context.sync) {
        intro->setText(tr("Sync is not available in this window, so Oura Ring and Google Calendar cannot be "
                          "connected here. Start LifeOS normally to connect them."));
        return;
    }
    intro->setText(tr("LifeOS fetches your sleep and activity from Oura and your agenda from Google Calendar in the "
                      "background. Sign-ins are kept in the system keychain, never in LifeOS's files."));
    layout->addWidget(new ConnectionCard(context, SyncSources::Oura, this));
    layout->addWidget(new ConnectionCard(context, SyncSources::Calendar, this));
    auto *offline = new QLabel(tr("Without Google: choose Import .ics… on the Calendar page, or run “lifeos import FILE --format ics”."), this);
    offline->setWordWrap(true);
    offline->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(offline);
}

ConnectionCard *ConnectionsBox::card(const QString &source) const
{
    for (ConnectionCard *card : findChildren<ConnectionCard *>()) {
        if (card->source() == source)
            return card;
    }
    return nullptr;
}

} // namespace lifeos
