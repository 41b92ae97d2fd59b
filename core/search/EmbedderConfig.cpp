#include "search/EmbedderConfig.h"

#include "search/OpenAiEmbedder.h"
#include "util/Logging.h"
#include "util/Settings.h"

namespace lifeos {

namespace {

// An environment value, or the setting when the variable is unset or blank.
QString overridden(const QProcessEnvironment &environment, const QString &variable, const QString &setting)
{
    const QString value = environment.value(variable).trimmed();
    return value.isEmpty() ? setting.trimmed() : value;
}

} // namespace

QUrl EmbedderConfig::defaultBaseUrl(const QString &provider)
{
    if (provider == kOpenAi)
        return QUrl(QStringLiteral("https://api.openai.com"));
    if (provider == kOpenAiCompatible)
        return QUrl(QStringLiteral("http://127.0.0.1:11434")); // Ollama's usual address
    return {};
}

QString EmbedderConfig::defaultModel(const QString &provider)
{
    if (provider == kOpenAi)
        return QStringLiteral("text-embedding-3-small");
    if (provider == kOpenAiCompatible)
        return QStringLiteral("nomic-embed-text");
    return {};
}

EmbedderConfig EmbedderConfig::load(const Settings &settings, const QProcessEnvironment &environment)
{
    EmbedderConfig config;
    config.provider = overridden(environment,
                                 QStringLiteral("LIFEOS_EMBEDDINGS_PROVIDER"),
                                 settings.value(SettingKeys::SearchEmbedder))
                          .toLower();
    if (config.provider.isEmpty())
        config.provider = kOffline;
    if (config.isOffline())
        return config;

    const QString baseUrl = overridden(environment,
                                       QStringLiteral("LIFEOS_EMBEDDINGS_BASE_URL"),
                                       settings.value(SettingKeys::SearchEmbeddingBaseUrl));
    config.baseUrl = baseUrl.isEmpty() ? defaultBaseUrl(config.provider) : QUrl(baseUrl);
    const QString model = overridden(environment,
                                     QStringLiteral("LIFEOS_EMBEDDINGS_MODEL"),
                                     settings.value(SettingKeys::SearchEmbeddingModel));
    config.model = model.isEmpty() ? defaultModel(config.provider) : model;

    // OPENAI_API_KEY is only ever sent to OpenAI, never to a third-party "compatible" server.
    config.apiKey = environment.value(QStringLiteral("LIFEOS_EMBEDDINGS_API_KEY")).trimmed().toUtf8();
    if (config.apiKey.isEmpty() && config.provider == kOpenAi)
        config.apiKey = environment.value(QStringLiteral("OPENAI_API_KEY")).trimmed().toUtf8();
    return config;
}

Result<void> EmbedderConfig::validate() const
{
    if (isOffline())
        return {};
    if (provider != kOpenAi && provider != kOpenAiCompatible)
        return Error{
            ErrorCode::InvalidInput,
            tr("Unknown embeddings provider “%1”: choose offline, openai or openai-compatible.").arg(provider)};
    const QString scheme = baseUrl.scheme();
    if (!baseUrl.isValid() || baseUrl.host().isEmpty() || (scheme != u"http" && scheme != u"https"))
        return Error{ErrorCode::InvalidInput,
                     tr("The embeddings server address “%1” is not an http:// or https:// URL.")
                         .arg(baseUrl.toDisplayString(QUrl::RemoveUserInfo))};
    if (model.isEmpty())
        return Error{ErrorCode::InvalidInput, tr("Choose an embedding model for the embeddings server.")};
    if (provider == kOpenAi && apiKey.isEmpty())
        return Error{ErrorCode::AuthFailed,
                     tr("OpenAI embeddings need an API key: set OPENAI_API_KEY or LIFEOS_EMBEDDINGS_API_KEY.")};
    return {};
}

std::shared_ptr<Embedder> createNetworkEmbedder(const EmbedderConfig &config)
{
    if (config.isOffline())
        return nullptr;
    if (const Result<void> valid = config.validate(); !valid) {
        qCWarning(lcSearch) << "embeddings: cannot use provider" << config.provider << ":" << valid.error().message;
        return nullptr;
    }
    OpenAiEmbedder::Config embedderConfig;
    embedderConfig.provider = config.provider;
    embedderConfig.baseUrl = config.baseUrl;
    embedderConfig.model = config.model;
    embedderConfig.apiKey = config.apiKey;
    return std::make_shared<OpenAiEmbedder>(std::move(embedderConfig));
}

} // namespace lifeos
