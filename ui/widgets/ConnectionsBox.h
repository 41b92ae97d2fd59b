#pragma once

#include <QGroupBox>

namespace lifeos {

struct UiContext;
class ConnectionCard;

// Settings → Connections: a ConnectionCard for Oura Ring and one for Google Calendar. Without a SyncService (as in
// most tests) it says that sync is not available instead.
class ConnectionsBox final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsBox)

public:
    explicit ConnectionsBox(UiContext &context, QWidget *parent = nullptr);

    ConnectionCard *card(const QString &source) const; // null without a SyncService
};

} // namespace lifeos
