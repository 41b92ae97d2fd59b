#include "pages/NotesPage.h"

#include "search/RelatedPanel.h"
#include "storage/NoteRepository.h"
#include "storage/TagLinks.h"
#include "UiLogging.h"
#include "widgets/MarkdownEditor.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace lifeos {

NotesPage::NotesPage(UiContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_search(new QLineEdit(this))
    , m_list(new QListWidget(this))
    , m_newButton(new QPushButton(tr("&New note"), this))
    , m_deleteButton(new QPushButton(tr("&Delete"), this))
    , m_title(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_editor(new MarkdownEditor(this))
    , m_related(new RelatedPanel(context.search, context.settings, RelatedPanel::Placement::Side, this))
    , m_status(new QLabel(this))
    , m_autosave(new QTimer(this))
    , m_searchDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("notesPage"));
    m_search->setObjectName(QStringLiteral("noteSearch"));
    m_list->setObjectName(QStringLiteral("noteList"));
    m_title->setObjectName(QStringLiteral("noteTitle"));
    m_tags->setObjectName(QStringLiteral("noteTags"));
    m_editor->setObjectName(QStringLiteral("noteBody"));
    m_search->setPlaceholderText(tr("Search notes (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_list->setAccessibleName(tr("Notes"));
    m_list->setAlternatingRowColors(true);
    m_title->setPlaceholderText(tr("Title"));
    m_tags->setPlaceholderText(tr("ideas, reading, recipes"));
    m_editor->setPlaceholderText(tr("Write in markdown…"));
    m_newButton->setToolTip(tr("Create a note (Ctrl+N)"));
    m_deleteButton->setToolTip(tr("Delete the selected note"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    m_title->setFont(titleFont);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(1000);
    connect(m_autosave, &QTimer::timeout, this, &NotesPage::saveNow);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, &NotesPage::reloadList);
    connect(m_title, &QLineEdit::textEdited, this, &NotesPage::markEdited);
    connect(m_tags, &QLineEdit::textEdited, this, &NotesPage::markEdited);
    connect(m_editor, &MarkdownEditor::edited, this, &NotesPage::markEdited);
    connect(m_newButton, &QPushButton::clicked, this, &NotesPage::newNote);
    connect(m_deleteButton, &QPushButton::clicked, this, &NotesPage::deleteCurrent);
    connect(m_list, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item && item->data(Qt::UserRole).toLongLong() != m_note.id)
            openNote(item->data(Qt::UserRole).toLongLong());
    });

    connect(m_related, &RelatedPanel::hitActivated, this, &Page::hitChosen);

    addPageShortcut(QKeySequence::New, [this] { newNote(); });
    addPageShortcut(QKeySequence::Find, [this] { m_search->setFocus(); });

    auto *listPane = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_deleteButton);
    buttons->addStretch();
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    listLayout->addWidget(m_search);
    listLayout->addWidget(m_list, 1);
    listLayout->addLayout(buttons);

    auto *editPane = new QWidget(this);
    auto *fields = new QFormLayout;
    fields->addRow(tr("&Title"), m_title);
    fields->addRow(tr("Ta&gs"), m_tags);
    auto *editLayout = new QVBoxLayout(editPane);
    editLayout->setContentsMargins(0, 0, 0, 0);
    editLayout->addLayout(fields);
    editLayout->addWidget(m_editor, 1);
    editLayout->addWidget(m_status);

    auto *editRow = new QWidget(this);
    auto *editRowLayout = new QHBoxLayout(editRow);
    editRowLayout->setContentsMargins(0, 0, 0, 0);
    editRowLayout->setSpacing(12);
    editRowLayout->addWidget(editPane, 1);
    editRowLayout->addWidget(m_related);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(listPane);
    splitter->addWidget(editRow);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({300, 700});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 12);
    layout->addWidget(splitter);
    setTabOrder(m_search, m_list);
    setTabOrder(m_list, m_newButton);
    setTabOrder(m_newButton, m_deleteButton);
    setTabOrder(m_deleteButton, m_title);
    setTabOrder(m_title, m_tags);
    setTabOrder(m_tags, m_editor);
    setTabOrder(m_editor, m_related);
    setEditorEnabled(false);
    m_status->setText(tr("Select a note, or press Ctrl+N to start one."));
}

NotesPage::~NotesPage()
{
    saveNow();
}

void NotesPage::activate()
{
    reloadList();
}

void NotesPage::setEditorEnabled(bool enabled)
{
    m_title->setEnabled(enabled);
    m_tags->setEnabled(enabled);
    m_editor->setEnabled(enabled);
    m_deleteButton->setEnabled(enabled);
}

void NotesPage::reloadList()
{
    NoteQuery query;
    query.text = m_search->text();
    auto notes = m_context.notes.list(query);
    if (!notes) {
        Q_EMIT message(notes.error().message);
        return;
    }
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Note &note : *notes) {
        const QString title = note.title.trimmed().isEmpty() ? tr("Untitled") : note.title;
        auto *item = new QListWidgetItem(title, m_list);
        item->setData(Qt::UserRole, note.id);
        item->setToolTip(tr("Changed %1").arg(QLocale().toString(note.updatedAt.toLocalTime(), QLocale::ShortFormat)));
        if (note.id == m_note.id)
            m_list->setCurrentItem(item);
    }
}

void NotesPage::openNote(qint64 id)
{
    saveNow();
    auto note = m_context.notes.get(id);
    if (!note || !note->has_value()) {
        Q_EMIT message(note ? tr("The note no longer exists.") : note.error().message);
        return;
    }
    m_note = **note;
    m_title->setText(m_note.title);
    m_tags->setText(m_note.tags.join(QStringLiteral(", ")));
    m_editor->setMarkdown(m_note.body);
    m_dirty = false;
    setEditorEnabled(true);
    m_status->setText(tr("Saved"));
    m_related->setOrigin(QStringLiteral("note:%1").arg(m_note.id));
}

bool NotesPage::selectNote(qint64 id, int position)
{
    bool listed = false;
    for (int row = 0; row < m_list->count() && !listed; ++row)
        listed = m_list->item(row)->data(Qt::UserRole).toLongLong() == id;
    if (!listed && !m_search->text().isEmpty()) {
        const QSignalBlocker blocker(m_search);
        m_search->clear();
        reloadList();
    }
    if (id != m_note.id)
        openNote(id);
    if (m_note.id != id)
        return false;
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == id) {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
        }
    }
    // The anchor counts from the start of the note's body, which is what the editor holds.
    if (position >= 0)
        m_editor->revealPosition(position);
    return true;
}

void NotesPage::newNote()
{
    saveNow();
    Note note;
    auto added = m_context.notes.add(note);
    if (!added) {
        Q_EMIT message(added.error().message);
        return;
    }
    m_search->clear();
    m_note = *added;
    reloadList();
    openNote(m_note.id);
    m_title->setFocus();
}

void NotesPage::markEdited()
{
    m_dirty = true;
    m_autosave->start();
    m_status->setText(tr("Editing…"));
}

bool NotesPage::saveNow()
{
    m_autosave->stop();
    if (!m_dirty || m_note.id == 0)
        return true;
    Note note = m_note;
    note.title = m_title->text();
    note.body = m_editor->markdown();
    note.tags = TagLinks::parse(m_tags->text());
    auto saved = m_context.notes.update(note);
    if (!saved) {
        m_status->setText(tr("Couldn't save: %1").arg(saved.error().message));
        qCWarning(lcUi) << "saving a note failed:" << saved.error().message;
        return false;
    }
    const bool titleChanged = saved->title != m_note.title;
    m_note = *saved;
    m_dirty = false;
    m_status->setText(tr("Saved"));
    m_related->entrySaved();
    if (titleChanged) {
        if (QListWidgetItem *item = m_list->currentItem())
            item->setText(m_note.title.trimmed().isEmpty() ? tr("Untitled") : m_note.title);
    }
    return true;
}

void NotesPage::deleteCurrent()
{
    if (m_note.id == 0)
        return;
    const QString title = m_title->text().trimmed().isEmpty() ? tr("Untitled") : m_title->text();
    if (QMessageBox::question(this, tr("Delete note"), tr("Delete the note \"%1\"?").arg(title),
                              QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    if (auto removed = m_context.notes.remove(m_note.id); !removed) {
        Q_EMIT message(removed.error().message);
        return;
    }
    m_note = Note{};
    m_dirty = false;
    m_title->clear();
    m_tags->clear();
    m_editor->setMarkdown({});
    m_related->setOrigin(QString());
    setEditorEnabled(false);
    m_status->setText(tr("Note deleted."));
    reloadList();
}

void NotesPage::hideEvent(QHideEvent *event)
{
    saveNow();
    Page::hideEvent(event);
}

} // namespace lifeos
