#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <catch2/catch.hpp>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; // one, or one per plural form
};

QString keyOf(const Message &message)
{
    return message.context + u'\x1f' + message.source + u'\x1f' + message.comment;
}

QHash<QString, Message> readTs(const QString &path)
{
    QFile file(path);
    INFO("reading " << path.toStdString());
    REQUIRE(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QHash<QString, Message> messages;
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == u"name") {
            context = xml.readElementText();
        } else if (name == u"message") {
            message = Message{context, {}, {}, xml.attributes().value(QStringLiteral("numerus")) == u"yes", false, {}};
        } else if (name == u"source") {
            message.source = xml.readElementText();
        } else if (name == u"comment") {
            message.comment = xml.readElementText();
        } else if (name == u"translation") {
            const auto type = xml.attributes().value(QStringLiteral("type"));
            message.unfinished = type == u"unfinished" || type == u"vanished" || type == u"obsolete";
            if (!message.numerus)
                message.translations = {xml.readElementText()};
        } else if (name == u"numerusform") {
            message.translations.append(xml.readElementText());
        }
        if (name == u"translation" && !message.numerus)
            messages.insert(keyOf(message), message);
        else if (name == u"numerusform")
            messages.insert(keyOf(message), message);
    }
    REQUIRE_FALSE(xml.hasError());
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%(\\d+|n)"));
    QSet<QString> found;
    for (const auto &match : marker.globalMatch(text))
        found.insert(match.captured(0));
    return found;
}

} // namespace

TEST_CASE("every string in the code has a finished Indonesian translation with the same placeholders")
{
    const auto current = readTs(QStringLiteral(CURRENT_TS));
    const auto indonesian = readTs(QStringLiteral(ID_TS));
    REQUIRE(current.size() > 100);
    QStringList problems;
    for (const Message &wanted : current) {
        const QString where = wanted.context + QStringLiteral(": \"") + wanted.source + u'"';
        const auto found = indonesian.constFind(keyOf(wanted));
        if (found == indonesian.constEnd()) {
            problems << QStringLiteral("missing (run the update_translations target) ") + where;
            continue;
        }
        if (found->unfinished || found->translations.isEmpty()
            || std::any_of(found->translations.begin(), found->translations.end(),
                           [](const QString &t) { return t.trimmed().isEmpty(); })) {
            problems << QStringLiteral("unfinished ") + where;
            continue;
        }
        for (const QString &translation : found->translations) {
            if (placeholders(translation) != placeholders(wanted.source))
                problems << QStringLiteral("placeholders differ in ") + where + QStringLiteral(" → ") + translation;
        }
    }
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}

TEST_CASE("the English catalogue gives both plural forms of every counted string")
{
    const auto current = readTs(QStringLiteral(CURRENT_TS));
    const auto english = readTs(QStringLiteral(EN_TS));
    QStringList problems;
    for (const Message &wanted : current) {
        if (!wanted.numerus)
            continue;
        const auto found = english.constFind(keyOf(wanted));
        if (found == english.constEnd() || found->unfinished || found->translations.size() != 2
            || found->translations.contains(QString()))
            problems << wanted.context + QStringLiteral(": ") + wanted.source;
    }
    INFO(problems.join(u'\n').toStdString());
    CHECK(problems.isEmpty());
}
