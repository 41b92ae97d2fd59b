#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>

namespace lifeos {

// A settings key with its type and default in one place.
template <typename T>
struct SettingKey {
    const char *name;
    T defaultValue;
};

namespace SettingKeys {
// Empty means "follow the system language".
inline const SettingKey<QString> Language{"ui/language", QString()};
inline const SettingKey<QByteArray> WindowGeometry{"ui/windowGeometry", QByteArray()};
inline const SettingKey<QByteArray> WindowState{"ui/windowState", QByteArray()};
inline const SettingKey<QString> LastPage{"ui/lastPage", QStringLiteral("today")};
inline const SettingKey<bool> TrayHintShown{"ui/trayHintShown", false};
inline const SettingKey<bool> CloseToTray{"ui/closeToTray", true};
// The "Related" panel beside the journal and note editors, folded to a strip.
inline const SettingKey<bool> RelatedPanelCollapsed{"ui/relatedPanelCollapsed", false};
// Quick capture. The hotkey is a QKeySequence in portable text; empty switches the global hotkey off.
inline const SettingKey<QString> CaptureHotkey{"capture/hotkey", QStringLiteral("Ctrl+Alt+Space")};
// ISO 4217 code for amounts typed without one; empty means the system locale's currency.
inline const SettingKey<QString> DefaultCurrency{"capture/defaultCurrency", QString()};
// How "5/12" reads: "auto" (from the system locale), "day-first" or "month-first".
inline const SettingKey<QString> DateOrder{"capture/dateOrder", QStringLiteral("auto")};
// User-defined metrics, one "name:unit[:alias,alias]" a line, e.g. "caffeine:mg:kafein".
inline const SettingKey<QStringList> CustomMetrics{"capture/customMetrics", QStringList()};
// Search: which embedder turns text into vectors: "offline" (built in), "openai" or "openai-compatible".
// The API key is never a setting: it comes from the environment (later the system keychain).
inline const SettingKey<QString> SearchEmbedder{"search/embedder", QStringLiteral("offline")};
// Empty means the provider's usual address and model (see EmbedderConfig).
inline const SettingKey<QString> SearchEmbeddingBaseUrl{"search/embeddingBaseUrl", QString()};
inline const SettingKey<QString> SearchEmbeddingModel{"search/embeddingModel", QString()};
} // namespace SettingKeys

// Typed access to settings.ini in the data folder (so --data-dir isolates tests and profiles completely).
class Settings {
public:
    explicit Settings(const QString &filePath);

    template <typename T>
    T value(const SettingKey<T> &key) const
    {
        return m_settings.value(QLatin1StringView(key.name), QVariant::fromValue(key.defaultValue)).template value<T>();
    }

    template <typename T>
    void setValue(const SettingKey<T> &key, const T &value)
    {
        m_settings.setValue(QLatin1StringView(key.name), QVariant::fromValue(value));
    }

    void sync() { m_settings.sync(); }
    QString filePath() const { return m_settings.fileName(); }

private:
    QSettings m_settings;
};

} // namespace lifeos
