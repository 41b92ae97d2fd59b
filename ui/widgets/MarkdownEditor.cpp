#include "widgets/MarkdownEditor.h"

#include <QButtonGroup>
#include <QEvent>
#include <QHBoxLayout>
#include <QPlainTextEdit>
#include <QTextCursor>
#include <QShortcut>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace lifeos {

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QWidget(parent)
    , m_source(new QPlainTextEdit(this))
    , m_preview(new QTextBrowser(this))
    , m_stack(new QStackedWidget(this))
    , m_writeButton(new QToolButton(this))
    , m_previewButton(new QToolButton(this))
{
    m_source->setObjectName(QStringLiteral("markdownSource"));
    m_preview->setObjectName(QStringLiteral("markdownPreview"));
    m_source->setTabChangesFocus(true);
    m_preview->setOpenExternalLinks(true);
    m_stack->addWidget(m_source);
    m_stack->addWidget(m_preview);

    auto *modes = new QButtonGroup(this);
    for (QToolButton *button : {m_writeButton, m_previewButton}) {
        button->setCheckable(true);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        modes->addButton(button);
    }
    m_writeButton->setChecked(true);
    connect(m_writeButton, &QToolButton::toggled, this, [this](bool on) { setPreviewing(!on); });

    auto *toggle = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P), this);
    toggle->setContext(Qt::WidgetWithChildrenShortcut);
    connect(toggle, &QShortcut::activated, this, [this] { setPreviewing(!isPreviewing()); });

    connect(m_source, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT edited();
    });

    auto *bar = new QHBoxLayout;
    bar->setContentsMargins(0, 0, 0, 0);
    bar->addWidget(m_writeButton);
    bar->addWidget(m_previewButton);
    bar->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(bar);
    layout->addWidget(m_stack, 1);
    setFocusProxy(m_source);
    retranslate();
}

QString MarkdownEditor::markdown() const
{
    return m_source->toPlainText();
}

void MarkdownEditor::setMarkdown(const QString &text)
{
    m_loading = true;
    m_source->setPlainText(text);
    m_loading = false;
    if (isPreviewing())
        refreshPreview();
}

void MarkdownEditor::setPlaceholderText(const QString &text)
{
    m_source->setPlaceholderText(text);
}

void MarkdownEditor::revealPosition(int position)
{
    QTextCursor cursor = m_source->textCursor();
    cursor.setPosition(qBound(0, position, int(m_source->toPlainText().size())));
    m_source->setTextCursor(cursor);
    m_source->centerCursor();
}

bool MarkdownEditor::isPreviewing() const
{
    return m_stack->currentWidget() == m_preview;
}

void MarkdownEditor::setPreviewing(bool preview)
{
    if (preview)
        refreshPreview();
    m_stack->setCurrentWidget(preview ? static_cast<QWidget *>(m_preview) : m_source);
    (preview ? m_previewButton : m_writeButton)->setChecked(true);
    setFocusProxy(preview ? static_cast<QWidget *>(m_preview) : m_source);
}

void MarkdownEditor::refreshPreview()
{
    m_preview->setMarkdown(m_source->toPlainText());
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MarkdownEditor::retranslate()
{
    m_writeButton->setText(tr("Write"));
    m_previewButton->setText(tr("Preview"));
    m_writeButton->setToolTip(tr("Edit the markdown text (Ctrl+Shift+P switches)"));
    m_previewButton->setToolTip(tr("See the formatted text (Ctrl+Shift+P switches)"));
}

} // namespace lifeos
