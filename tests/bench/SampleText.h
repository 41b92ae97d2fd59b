#pragma once

#include "SampleRandom.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace lifeos {

// What the sample journal knows about a day before its text is written.
struct SampleDay
{
    QDate day;
    std::optional<int> mood;   // 1–10
    std::optional<int> energy; // 1–10
    double sleepHours = 7.0;
    QString tripPlace; // empty: at home
    int tripDay = 0;   // 1-based day of the trip
    bool workTrip = false;
    bool indonesian = false;
    bool morning = false; // written first thing (today's entry): no day to look back on yet
};

struct SampleEntryText
{
    QString body;
    QStringList tags;
};

struct SampleTaskText
{
    QString title;
    QString notes;
    QString area; // Work, Home, Errands, Health, Finance, Family, Learning: the task's category
    QStringList tags;
};

struct SampleNoteText
{
    QString title;
    QString body;
    QStringList tags;
};

struct SampleTrip
{
    QString place;
    bool indonesia = false;
    bool work = false;
};

// Writes the words of the sample data: journal entries, task titles and notes assembled from phrase banks
// (English, and Indonesian when asked), with markdown headings, lists and bold where a person would use them.
class SampleText
{
public:
    explicit SampleText(SampleRandom &random)
        : m_random(random)
    {}

    SampleEntryText journal(const SampleDay &day);
    SampleTaskText task(bool indonesian);
    SampleNoteText note(const QDate &created, bool indonesian);
    SampleTrip trip();

private:
    using Bank = std::span<const QStringView>;

    // Replaces each {slot} with a value: a per-record variable, a generated number or a pick from a bank.
    QString fill(QStringView pattern);
    QString slot(QStringView name);
    QString pickFilled(Bank bank) { return fill(m_random.pick(bank)); }
    // count different sentences from one bank, joined by spaces.
    QString sentences(Bank bank, int count);
    QString bullets(Bank bank, int count, QStringView marker = u"- ");

    QString englishJournal(const SampleDay &day, QStringList &tags);
    QString indonesianJournal(const SampleDay &day, QStringList &tags);
    SampleNoteText englishNote(const QDate &created);
    SampleNoteText indonesianNote(const QDate &created);

    void setVar(QStringView name, const QString &value);

    SampleRandom &m_random;
    std::vector<std::pair<QStringView, QString>> m_vars;
};

} // namespace lifeos
