#include "InputHistory.h"

namespace lifeos {

void InputHistory::reset(const QStringList &lines)
{
    m_lines = lines;
    m_draft.clear();
    m_position = -1;
}

std::optional<QString> InputHistory::older(const QString &shown)
{
    qsizetype next = m_position + 1;
    if (m_position < 0) {
        m_draft = shown;
        // The draft may be a recalled line already stored; skip the copy of it so Up always changes something.
        while (next < m_lines.size() && m_lines.at(next) == shown)
            ++next;
    }
    if (next >= m_lines.size())
        return std::nullopt;
    m_position = next;
    return m_lines.at(m_position);
}

std::optional<QString> InputHistory::newer()
{
    if (m_position < 0)
        return std::nullopt;
    --m_position;
    // The copy of the draft that `older` skipped is skipped on the way back too.
    while (m_position >= 0 && m_lines.at(m_position) == m_draft)
        --m_position;
    return m_position < 0 ? m_draft : m_lines.at(m_position);
}

} // namespace lifeos
