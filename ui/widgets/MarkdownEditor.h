#pragma once

#include <QWidget>

class QPlainTextEdit;
class QStackedWidget;
class QTextBrowser;
class QToolButton;

namespace lifeos {

// Markdown source with a Write / Preview switch (Ctrl+Shift+P). The preview is Qt's CommonMark renderer.
class MarkdownEditor final : public QWidget {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MarkdownEditor)

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    QString markdown() const;
    // Replaces the text without emitting edited() (loading is not editing).
    void setMarkdown(const QString &text);
    void setPlaceholderText(const QString &text);
    // Puts the cursor at a character position of the source and scrolls it into view (a search hit's anchor).
    void revealPosition(int position);
    bool isPreviewing() const;
    void setPreviewing(bool preview);

Q_SIGNALS:
    void edited();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refreshPreview();

    QPlainTextEdit *m_source = nullptr;
    QTextBrowser *m_preview = nullptr;
    QStackedWidget *m_stack = nullptr;
    QToolButton *m_writeButton = nullptr;
    QToolButton *m_previewButton = nullptr;
    bool m_loading = false;
};

} // namespace lifeos
