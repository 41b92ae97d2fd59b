#pragma once

#include "capture/PhraseMap.h"

namespace lifeos {

// The words (English and Indonesian) that say what kind of line this is. One place to grow the vocabulary;
// every list is built once on first use.
class CaptureLexicon
{
public:
    // Verbs that start a to-do: buy, call, pay, beli, telepon, bayar, "pick up" …
    static const PhraseMap &taskVerbs();
    // "need to", "have to", harus, perlu: a plan, not a log.
    static const PhraseMap &obligations();
    // Verbs of spending: spent, paid, bought, bayar, beli, jajan … (with an amount: an expense).
    static const PhraseMap &expenseVerbs();
    // The subset of expenseVerbs that only ever speaks of the past (spent, paid, bought).
    static const PhraseMap &pastMoneyVerbs();
    // Words of money coming in: salary, gaji, "got paid", terima, bonus, refund … (with an amount: income).
    static const PhraseMap &incomeWords();
    // The verbs among incomeWords, dropped from an income's title ("received 500k from Budi" → "From Budi").
    static const PhraseMap &incomeVerbs();
    // Feelings and day reviews: felt, "today was", merasa, "hari ini aku" … → a journal line.
    static const PhraseMap &journalCues();
    // I, aku, saya at the start of a line: a weak journal signal.
    static const PhraseMap &firstPerson();
    // Small words that join a quantity to its subject ("for", "of", selama, untuk) and can go with it.
    static const PhraseMap &connectors();
    // Built-in category hints, value = lowercase English key: kopi → food, bensin → transport …
    static const PhraseMap &categories();
};

} // namespace lifeos
