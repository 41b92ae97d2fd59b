#pragma once

#include "pages/Page.h"
#include "UiContext.h"

class QCalendarWidget;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace lifeos {

class JournalEditor;
class RelatedPanel;

// Journal: browse days by calendar or list, search the journal, and edit any day.
class JournalPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalPage)

public:
    explicit JournalPage(UiContext &context, QWidget *parent = nullptr);
    void activate() override;
    void showDay(const QDate &day);

private:
    void reloadDays();
    void markCalendarDays();
    QString origin() const;

    UiContext &m_context;
    QLineEdit *m_search = nullptr;
    QCalendarWidget *m_calendar = nullptr;
    QListWidget *m_days = nullptr;
    QLabel *m_dayTitle = nullptr;
    JournalEditor *m_editor = nullptr;
    RelatedPanel *m_related = nullptr;
    QTimer *m_searchDelay = nullptr;
    QList<QDate> m_markedDays;
};

} // namespace lifeos
