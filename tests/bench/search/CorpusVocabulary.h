#pragma once

#include <span>

namespace lifeos::bench {

// One subject a person writes about, with the words and sentence shapes that go with it. Templates take
// slots: {n} and {m} a noun of the topic, {a} an adjective of the topic, {p} a person, {pl} a place,
// {num} a small number, {t} a time of day, {d} a weekday. Indonesian lists are empty for topics a person
// rarely writes about in Indonesian.
struct CorpusTopic
{
    const char *name;
    std::span<const char *const> tags;
    std::span<const char *const> nouns;
    std::span<const char *const> adjectives;
    std::span<const char *const> templates;
    std::span<const char *const> titles;
    std::span<const char *const> nounsId;
    std::span<const char *const> templatesId;
    std::span<const char *const> titlesId;
};

// The word tables of the generated search corpus (CorpusGenerator).
namespace CorpusVocabulary {

std::span<const CorpusTopic> topics();
std::span<const char *const> people();
std::span<const char *const> places();
std::span<const char *const> timesOfDay();
std::span<const char *const> weekdays();
// Sentences that fit any topic, with the same slots.
std::span<const char *const> connectives();
std::span<const char *const> connectivesId();

} // namespace CorpusVocabulary

} // namespace lifeos::bench
