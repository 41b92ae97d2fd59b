#include "calendar/IcsParser.h"

namespace lifeos {

namespace {

bool isNameChar(QChar c)
{
    return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
}

// RFC 6868: ^n is a newline, ^' a double quote, ^^ a caret, inside parameter values.
QString decodeCaret(const QString &value)
{
    if (!value.contains(u'^'))
        return value;
    QString out;
    out.reserve(value.size());
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        if (c == u'^' && i + 1 < value.size()) {
            const QChar next = value.at(i + 1);
            if (next == u'n') {
                out += u'\n';
                ++i;
                continue;
            }
            if (next == u'\'') {
                out += u'"';
                ++i;
                continue;
            }
            if (next == u'^') {
                out += u'^';
                ++i;
                continue;
            }
        }
        out += c;
    }
    return out;
}

} // namespace

QString IcsProperty::text() const
{
    return IcsParser::unescapeText(value);
}

const IcsProperty *IcsComponent::property(const QString &wanted) const
{
    for (const IcsProperty &p : properties) {
        if (p.name == wanted)
            return &p;
    }
    return nullptr;
}

QList<const IcsProperty *> IcsComponent::all(const QString &wanted) const
{
    QList<const IcsProperty *> found;
    for (const IcsProperty &p : properties) {
        if (p.name == wanted)
            found.append(&p);
    }
    return found;
}

QList<const IcsComponent *> IcsComponent::children(const QString &wanted) const
{
    QList<const IcsComponent *> found;
    for (const IcsComponent &c : components) {
        if (c.name == wanted)
            found.append(&c);
    }
    return found;
}

QList<IcsParser::ContentLine> IcsParser::unfold(const QByteArray &data)
{
    QByteArrayView bytes(data);
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes = bytes.sliced(3);

    QList<ContentLine> lines;
    QByteArray current;
    int currentLine = 0;
    bool haveCurrent = false;
    int lineNumber = 0;
    const auto flush = [&] {
        if (haveCurrent)
            lines.append({QString::fromUtf8(current), currentLine});
        current.clear();
        haveCurrent = false;
    };
    qsizetype pos = 0;
    while (pos < bytes.size()) {
        qsizetype end = bytes.indexOf('\n', pos);
        if (end < 0)
            end = bytes.size();
        QByteArrayView physical = bytes.sliced(pos, end - pos);
        if (physical.endsWith('\r'))
            physical.chop(1);
        pos = end + 1;
        ++lineNumber;
        if (!physical.isEmpty() && (physical.front() == ' ' || physical.front() == '\t') && haveCurrent) {
            current.append(physical.sliced(1));
            continue;
        }
        flush();
        if (physical.trimmed().isEmpty())
            continue;
        current = physical.toByteArray();
        currentLine = lineNumber;
        haveCurrent = true;
    }
    flush();
    return lines;
}

std::optional<IcsProperty> IcsParser::parseLine(const QString &line, int lineNumber)
{
    IcsProperty property;
    property.line = lineNumber;
    qsizetype i = 0;
    while (i < line.size() && isNameChar(line.at(i)))
        ++i;
    if (i == 0 || i >= line.size() || (line.at(i) != u';' && line.at(i) != u':'))
        return std::nullopt;
    property.name = line.left(i).toUpper();

    while (line.at(i) == u';') {
        ++i;
        const qsizetype nameStart = i;
        while (i < line.size() && isNameChar(line.at(i)))
            ++i;
        if (i == nameStart || i >= line.size() || line.at(i) != u'=')
            return std::nullopt;
        const QString parameterName = line.mid(nameStart, i - nameStart).toUpper();
        ++i; // '='
        QStringList values;
        while (true) {
            QString value;
            if (i < line.size() && line.at(i) == u'"') {
                const qsizetype close = line.indexOf(u'"', i + 1);
                if (close < 0)
                    return std::nullopt;
                value = line.mid(i + 1, close - i - 1);
                i = close + 1;
            } else {
                const qsizetype valueStart = i;
                while (i < line.size() && line.at(i) != u';' && line.at(i) != u':' && line.at(i) != u',')
                    ++i;
                value = line.mid(valueStart, i - valueStart);
            }
            values.append(decodeCaret(value));
            if (i < line.size() && line.at(i) == u',') {
                ++i;
                continue;
            }
            break;
        }
        if (i >= line.size())
            return std::nullopt;
        property.parameters.insert(parameterName, values.join(u','));
    }
    if (line.at(i) != u':')
        return std::nullopt;
    property.value = line.mid(i + 1);
    return property;
}

QString IcsParser::unescapeText(QStringView text)
{
    if (!text.contains(u'\\'))
        return text.toString();
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'\\' || i + 1 == text.size()) {
            out += c;
            continue;
        }
        const QChar next = text.at(++i);
        if (next == u'n' || next == u'N')
            out += u'\n';
        else
            out += next; // \\ \, \; and, leniently, any other escaped character
    }
    return out;
}

QStringList IcsParser::splitText(QStringView text)
{
    QStringList items;
    qsizetype start = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'\\') {
            ++i;
        } else if (text.at(i) == u',') {
            items.append(unescapeText(text.sliced(start, i - start)));
            start = i + 1;
        }
    }
    items.append(unescapeText(text.sliced(start)));
    return items;
}

Result<IcsComponent> IcsParser::parse(const QByteArray &data, QStringList *warnings)
{
    const auto warn = [warnings](int line, const QString &message) {
        if (warnings)
            warnings->append(tr("line %1: %2").arg(line).arg(message));
    };

    IcsComponent root;
    QList<IcsComponent> open; // the blocks being read, innermost last
    bool sawCalendar = false;
    const auto current = [&]() -> IcsComponent & { return open.isEmpty() ? root : open.last(); };

    for (const ContentLine &contentLine : unfold(data)) {
        const auto property = parseLine(contentLine.text, contentLine.line);
        if (!property) {
            warn(contentLine.line, tr("this line is not an iCalendar property and was skipped"));
            continue;
        }
        if (property->name == u"BEGIN") {
            IcsComponent component;
            component.name = property->value.trimmed().toUpper();
            component.line = contentLine.line;
            if (component.name == u"VCALENDAR")
                sawCalendar = true;
            open.append(component);
            continue;
        }
        if (property->name == u"END") {
            const QString name = property->value.trimmed().toUpper();
            qsizetype match = open.size() - 1;
            while (match >= 0 && open.at(match).name != name)
                --match;
            if (match < 0) {
                warn(contentLine.line, tr("END:%1 has no matching BEGIN and was skipped").arg(name));
                continue;
            }
            // Blocks left open inside this one are closed with it.
            while (open.size() > match + 1) {
                IcsComponent inner = open.takeLast();
                warn(inner.line, tr("BEGIN:%1 is never closed").arg(inner.name));
                open.last().components.append(inner);
            }
            IcsComponent done = open.takeLast();
            current().components.append(done);
            continue;
        }
        current().properties.append(*property);
    }
    while (!open.isEmpty()) {
        IcsComponent inner = open.takeLast();
        warn(inner.line, tr("BEGIN:%1 is never closed").arg(inner.name));
        current().components.append(inner);
    }
    if (!sawCalendar)
        return Error{ErrorCode::InvalidInput,
                     tr("This is not an iCalendar file (it has no BEGIN:VCALENDAR line). Export the calendar as "
                        ".ics and import that file.")};
    return root;
}

} // namespace lifeos
