#pragma once

#include "model/JournalEntry.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTimer;

namespace lifeos {

class JournalRepository;
class MarkdownEditor;
class ScalePicker;

// Edits one day's journal entry and saves it by itself: a second after the last keystroke, when the
// day changes, when it is hidden and when it is destroyed. A failed save keeps the text and says why.
class JournalEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(JournalEditor)

public:
    explicit JournalEditor(JournalRepository &journal, QWidget *parent = nullptr);
    ~JournalEditor() override;

    QDate day() const { return m_entry.day; }
    // The entry's row id; 0 while the day has no saved entry.
    qint64 entryId() const { return m_entry.id; }
    void setDay(const QDate &day);
    // Saves now if there are unsaved edits; false if saving failed.
    bool saveNow();
    MarkdownEditor *markdownEditor() const { return m_editor; }

Q_SIGNALS:
    void saved(const QDate &day);

protected:
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void markEdited();
    void showStatus();
    void retranslate();

    JournalRepository &m_journal;
    JournalEntry m_entry;
    MarkdownEditor *m_editor = nullptr;
    ScalePicker *m_mood = nullptr;
    ScalePicker *m_energy = nullptr;
    QLineEdit *m_tags = nullptr;
    QLabel *m_moodLabel = nullptr;
    QLabel *m_energyLabel = nullptr;
    QLabel *m_tagsLabel = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_autosave = nullptr;
    QString m_error;
    bool m_dirty = false;
};

} // namespace lifeos
