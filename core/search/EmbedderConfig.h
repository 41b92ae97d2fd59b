#pragma once

#include "search/Embedder.h"
#include "util/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <QUrl>

#include <memory>

namespace lifeos {

class Settings;

// Which embedder the user chose: the built-in offline one (the default), OpenAI, or an OpenAI-compatible
// /v1/embeddings server (Ollama, llama.cpp, LM Studio). Read from settings, with environment overrides:
// LIFEOS_EMBEDDINGS_PROVIDER, LIFEOS_EMBEDDINGS_BASE_URL, LIFEOS_EMBEDDINGS_MODEL. The API key comes only from
// the environment (LIFEOS_EMBEDDINGS_API_KEY; for openai also OPENAI_API_KEY): secrets are never stored in
// settings or SQLite, and the keychain arrives with a later issue.
class EmbedderConfig
{
    Q_DECLARE_TR_FUNCTIONS(EmbedderConfig)

public:
    static inline const QString kOffline = QStringLiteral("offline");
    static inline const QString kOpenAi = QStringLiteral("openai");
    static inline const QString kOpenAiCompatible = QStringLiteral("openai-compatible");

    QString provider = kOffline; // lower case; anything else fails validate()
    QUrl baseUrl;                // empty for offline
    QString model;               // empty for offline
    QByteArray apiKey;           // never logged, never stored

    bool isOffline() const { return provider == kOffline; }
    // Unknown provider, a base URL that is not http(s) or no model: InvalidInput; OpenAI without a key: AuthFailed;
    // each with a sentence the user can act on.
    Result<void> validate() const;

    static EmbedderConfig load(const Settings &settings,
                               const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment());
    static QUrl defaultBaseUrl(const QString &provider);
    static QString defaultModel(const QString &provider);
};

// The embedder for an openai or openai-compatible config; nullptr for offline (built elsewhere from its stored
// fitted parameters) or when config.validate() fails.
std::shared_ptr<Embedder> createNetworkEmbedder(const EmbedderConfig &config);

} // namespace lifeos
