#include "widgets/JournalEditor.h"

#include "DisplayFormat.h"
#include "UiLogging.h"
#include "storage/JournalRepository.h"
#include "storage/TagLinks.h"
#include "widgets/MarkdownEditor.h"
#include "widgets/ScalePicker.h"

#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace lifeos {

namespace {
constexpr int kAutosaveDelayMs = 1000;
}

JournalEditor::JournalEditor(JournalRepository &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_editor(new MarkdownEditor(this))
    , m_mood(new ScalePicker(this))
    , m_energy(new ScalePicker(this))
    , m_tags(new QLineEdit(this))
    , m_moodLabel(new QLabel(this))
    , m_energyLabel(new QLabel(this))
    , m_tagsLabel(new QLabel(this))
    , m_status(new QLabel(this))
    , m_autosave(new QTimer(this))
{
    m_editor->setObjectName(QStringLiteral("journalText"));
    m_mood->setObjectName(QStringLiteral("moodPicker"));
    m_energy->setObjectName(QStringLiteral("energyPicker"));
    m_tags->setObjectName(QStringLiteral("journalTags"));
    m_status->setObjectName(QStringLiteral("journalSaveStatus"));
    m_status->setForegroundRole(QPalette::PlaceholderText);
    m_moodLabel->setBuddy(m_mood);
    m_energyLabel->setBuddy(m_energy);
    m_tagsLabel->setBuddy(m_tags);
    m_tags->setClearButtonEnabled(true);

    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveDelayMs);
    connect(m_autosave, &QTimer::timeout, this, &JournalEditor::saveNow);
    connect(m_editor, &MarkdownEditor::edited, this, &JournalEditor::markEdited);
    connect(m_mood, &ScalePicker::valueEdited, this, &JournalEditor::markEdited);
    connect(m_energy, &ScalePicker::valueEdited, this, &JournalEditor::markEdited);
    connect(m_tags, &QLineEdit::textEdited, this, &JournalEditor::markEdited);

    auto *ratings = new QGridLayout;
    ratings->setContentsMargins(0, 0, 0, 0);
    ratings->addWidget(m_moodLabel, 0, 0);
    ratings->addWidget(m_mood, 0, 1);
    ratings->addWidget(m_energyLabel, 1, 0);
    ratings->addWidget(m_energy, 1, 1);
    ratings->addWidget(m_tagsLabel, 2, 0);
    ratings->addWidget(m_tags, 2, 1);
    ratings->setColumnStretch(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_editor, 1);
    layout->addLayout(ratings);
    layout->addWidget(m_status);
    setFocusProxy(m_editor);
    retranslate();
}

JournalEditor::~JournalEditor()
{
    saveNow();
}

void JournalEditor::setDay(const QDate &day)
{
    // The same day again is read again too: quick capture or the command line may have added to it, and a
    // stale copy here would be saved over that. Unsaved typing is never replaced.
    const bool sameDay = day == m_entry.day && m_entry.day.isValid();
    if (sameDay && m_dirty)
        return;
    saveNow();
    m_error.clear();
    auto loaded = m_journal.entryFor(day);
    if (!loaded) {
        m_error = loaded.error().message;
        m_entry = JournalEntry{};
    } else {
        m_entry = loaded->value_or(JournalEntry{});
    }
    m_entry.day = day;
    if (!sameDay || m_editor->markdown() != m_entry.body) // keep the cursor where it was when nothing changed
        m_editor->setMarkdown(m_entry.body);
    m_mood->setValue(m_entry.mood);
    m_energy->setValue(m_entry.energy);
    m_tags->setText(m_entry.tags.join(QStringLiteral(", ")));
    m_dirty = false;
    showStatus();
}

void JournalEditor::markEdited()
{
    m_dirty = true;
    m_autosave->start();
    showStatus();
}

bool JournalEditor::saveNow()
{
    m_autosave->stop();
    if (!m_dirty || !m_entry.day.isValid())
        return true;
    JournalEntry entry = m_entry;
    entry.body = m_editor->markdown();
    entry.mood = m_mood->value();
    entry.energy = m_energy->value();
    entry.tags = TagLinks::parse(m_tags->text());
    auto saved = m_journal.save(entry);
    if (!saved) {
        // Keep the text on screen and keep it marked unsaved; the next edit or page change retries.
        m_error = saved.error().message;
        qCWarning(lcUi) << "saving the journal entry failed:" << saved.error().message;
        showStatus();
        return false;
    }
    m_entry = *saved;
    m_dirty = false;
    m_error.clear();
    showStatus();
    Q_EMIT this->saved(m_entry.day);
    return true;
}

void JournalEditor::showStatus()
{
    if (!m_error.isEmpty())
        m_status->setText(tr("Couldn't save: %1").arg(m_error));
    else if (m_dirty)
        m_status->setText(tr("Editing…"));
    else if (m_entry.updatedAt.isValid())
        m_status->setText(tr("Saved %1").arg(shortTime(m_entry.updatedAt.toLocalTime().time())));
    else
        m_status->setText(tr("Saved automatically as you write"));
}

void JournalEditor::hideEvent(QHideEvent *event)
{
    saveNow();
    QWidget::hideEvent(event);
}

void JournalEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    // Leaving the window (for quick capture, or another program) saves, so nothing added meanwhile is
    // overwritten by what was typed here.
    if (event->type() == QEvent::ActivationChange && !isActiveWindow())
        saveNow();
    QWidget::changeEvent(event);
}

void JournalEditor::retranslate()
{
    m_moodLabel->setText(tr("&Mood"));
    m_energyLabel->setText(tr("E&nergy"));
    m_tagsLabel->setText(tr("Ta&gs"));
    m_mood->setToolTip(
        tr("How did the day feel? 1 is awful, 10 is wonderful. Arrow keys change it, Delete clears it."));
    m_energy->setToolTip(
        tr("How much energy did you have? 1 is drained, 10 is full. Arrow keys change it, Delete clears it."));
    m_tags->setPlaceholderText(tr("work, family, travel"));
    m_editor->setPlaceholderText(tr("How was your day? Markdown works: # headings, **bold**, - lists."));
    showStatus();
}

} // namespace lifeos
