#include "search/Fts5Tokenizer.h"

#include "search/WordStem.h"

#include <QByteArray>
#include <QString>

#include <sqlite3.h>

#include <new>
#include <string>
#include <string_view>
#include <vector>

namespace lifeos {

namespace {

fts5_api *fts5ApiOf(sqlite3 *handle)
{
    fts5_api *api = nullptr;
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &statement, nullptr) != SQLITE_OK)
        return nullptr;
    sqlite3_bind_pointer(statement, 1, static_cast<void *>(&api), "fts5_api_ptr", nullptr);
    sqlite3_step(statement);
    sqlite3_finalize(statement);
    return api;
}

// One 'lifeos' tokenizer instance: a unicode61 tokenizer it forwards to, and that tokenizer's methods.
struct StemmingTokenizer {
    fts5_tokenizer parentMethods{};
    Fts5Tokenizer *parent = nullptr;
};

struct TokenContext {
    void *callerContext = nullptr;
    int (*emit)(void *, int, const char *, int, int, int) = nullptr;
    bool query = false;
};

// Documents: the word, then each of its stems at the same position (FTS5_TOKEN_COLOCATED), so the index holds
// both. Queries: only the stems (colocated alternatives, which FTS5 ORs), since every document holding the word
// also holds its stems; one lookup instead of two, same matches.
int emitWithStems(void *context, int flags, const char *token, int size, int start, int end)
{
    auto *ctx = static_cast<TokenContext *>(context);
    if (flags & FTS5_TOKEN_COLOCATED) // unicode61 never sends these; pass any through untouched
        return ctx->emit(ctx->callerContext, flags, token, size, start, end);
    std::vector<std::string> stems;
    try {
        stems = WordStem::stemsAscii(std::string_view(token, size_t(size)));
    } catch (const std::bad_alloc &) {
        return SQLITE_NOMEM; // an exception must not unwind through SQLite's C frames
    }
    int rc = SQLITE_OK;
    if (!ctx->query || stems.empty()) {
        rc = ctx->emit(ctx->callerContext, 0, token, size, start, end);
        if (rc != SQLITE_OK)
            return rc;
    }
    bool first = ctx->query;
    for (const std::string &stem : stems) {
        rc = ctx->emit(ctx->callerContext, first ? 0 : FTS5_TOKEN_COLOCATED, stem.data(), int(stem.size()), start,
                       end);
        if (rc != SQLITE_OK)
            return rc;
        first = false;
    }
    return rc;
}

int createTokenizer(void *apiPointer, const char **, int, Fts5Tokenizer **out)
{
    auto *api = static_cast<fts5_api *>(apiPointer);
    auto *tokenizer = new (std::nothrow) StemmingTokenizer;
    if (!tokenizer)
        return SQLITE_NOMEM;
    void *userData = nullptr;
    int rc = api->xFindTokenizer(api, "unicode61", &userData, &tokenizer->parentMethods);
    if (rc == SQLITE_OK) {
        const char *args[] = {"remove_diacritics", "2"};
        rc = tokenizer->parentMethods.xCreate(userData, args, 2, &tokenizer->parent);
    }
    if (rc != SQLITE_OK) {
        delete tokenizer;
        return rc;
    }
    *out = reinterpret_cast<Fts5Tokenizer *>(tokenizer);
    return SQLITE_OK;
}

void deleteTokenizer(Fts5Tokenizer *instance)
{
    auto *tokenizer = reinterpret_cast<StemmingTokenizer *>(instance);
    if (tokenizer->parent)
        tokenizer->parentMethods.xDelete(tokenizer->parent);
    delete tokenizer;
}

int tokenize(Fts5Tokenizer *instance, void *callerContext, int flags, const char *text, int size,
             int (*emit)(void *, int, const char *, int, int, int))
{
    auto *tokenizer = reinterpret_cast<StemmingTokenizer *>(instance);
    // A prefix query ("medit*") matches what was typed; stemming it would change the prefix. Auxiliary functions
    // (snippet, highlight) skip colocated tokens, so stems would only cost time there.
    if ((flags & FTS5_TOKENIZE_PREFIX) || (flags & FTS5_TOKENIZE_AUX))
        return tokenizer->parentMethods.xTokenize(tokenizer->parent, callerContext, flags, text, size, emit);
    TokenContext context{callerContext, emit, (flags & FTS5_TOKENIZE_QUERY) != 0};
    return tokenizer->parentMethods.xTokenize(tokenizer->parent, &context, flags, text, size, &emitWithStems);
}

} // namespace

Result<void> registerLifeosTokenizer(sqlite3 *handle)
{
    fts5_api *api = handle ? fts5ApiOf(handle) : nullptr;
    if (!api || api->iVersion < 2)
        return Error{ErrorCode::Unknown, QStringLiteral("this SQLite has no FTS5")};
    fts5_tokenizer methods{&createTokenizer, &deleteTokenizer, &tokenize};
    if (api->xCreateTokenizer(api, "lifeos", api, &methods, nullptr) != SQLITE_OK)
        return Error{ErrorCode::Unknown, QString::fromUtf8(sqlite3_errmsg(handle))};
    return {};
}

} // namespace lifeos
