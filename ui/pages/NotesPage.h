#pragma once

#include "model/Note.h"
#include "pages/Page.h"
#include "UiContext.h"

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

namespace lifeos {

class MarkdownEditor;
class RelatedPanel;

// Notes: a searchable list and an editor with title, tags and markdown body, saved as you type.
class NotesPage final : public Page {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesPage)

public:
    explicit NotesPage(UiContext &context, QWidget *parent = nullptr);
    ~NotesPage() override;
    void activate() override;
    void newNote();
    bool saveNow();
    // Shows the note (clearing a search that hides it) with the cursor at `position` of its text.
    bool selectNote(qint64 id, int position = -1);
    qint64 currentNoteId() const { return m_note.id; }

protected:
    void hideEvent(QHideEvent *event) override;

private:
    void reloadList();
    void openNote(qint64 id);
    void deleteCurrent();
    void markEdited();
    void setEditorEnabled(bool enabled);

    UiContext &m_context;
    QLineEdit *m_search = nullptr;
    QListWidget *m_list = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QLineEdit *m_title = nullptr;
    QLineEdit *m_tags = nullptr;
    MarkdownEditor *m_editor = nullptr;
    RelatedPanel *m_related = nullptr;
    QLabel *m_status = nullptr;
    QTimer *m_autosave = nullptr;
    QTimer *m_searchDelay = nullptr;
    Note m_note;
    bool m_dirty = false;
};

} // namespace lifeos
