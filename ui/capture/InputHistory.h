#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace lifeos {

// Up/Down recall in the capture window, as in a shell: Up walks back through earlier lines (newest first), Down
// walks forward again, and going down past the newest line brings back what was being typed (the draft).
class InputHistory
{
public:
    // Starts a new walk over `lines` (newest first); the walk begins at the draft.
    void reset(const QStringList &lines);
    // The line before the one shown, or nullopt at the oldest. `shown` is what the input holds now: the draft
    // when the walk starts there.
    std::optional<QString> older(const QString &shown);
    // The line after the one shown, the draft after the newest, or nullopt when the draft is shown already.
    std::optional<QString> newer();
    bool atDraft() const { return m_position < 0; }

private:
    QStringList m_lines;
    QString m_draft;
    qsizetype m_position = -1; // -1: the draft
};

} // namespace lifeos
