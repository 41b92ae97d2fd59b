#pragma once

#include "util/Result.h"

struct sqlite3;

namespace lifeos {

// Registers the FTS5 tokenizer 'lifeos' on a connection: unicode61 (remove_diacritics 2) words, plus each
// word's English or Indonesian stem (WordStem) as a colocated token, so "running" finds "run" and
// "makanan" finds "makan" while snippets still highlight the words as written. Database::open calls this
// before migrating, on every connection.
Result<void> registerLifeosTokenizer(sqlite3 *handle);

} // namespace lifeos
