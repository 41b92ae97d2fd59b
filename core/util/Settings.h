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
// Connections (Oura, Google Calendar). Client ids and secrets are the app registration's, not the user's tokens:
// tokens live only in the keychain. Every URL is a setting so tests (and self-hosted proxies) can point elsewhere.
inline const SettingKey<QString> OuraClientId{"oura/clientId", QString()};
inline const SettingKey<QString> OuraClientSecret{"oura/clientSecret", QString()};
// Oura only accepts the redirect URI registered with the app: http://127.0.0.1:<port>/callback.
inline const SettingKey<int> OuraRedirectPort{"oura/redirectPort", 53682};
inline const SettingKey<QString> OuraAuthorizeUrl{"oura/authorizeUrl", QStringLiteral("https://cloud.ouraring.com/oauth/authorize")};
inline const SettingKey<QString> OuraTokenUrl{"oura/tokenUrl", QStringLiteral("https://api.ouraring.com/oauth/token")};
inline const SettingKey<QString> OuraRevokeUrl{"oura/revokeUrl", QStringLiteral("https://api.ouraring.com/oauth/revoke")};
inline const SettingKey<QString> OuraApiBaseUrl{"oura/apiBaseUrl", QStringLiteral("https://api.ouraring.com")};
inline const SettingKey<bool> OuraHeartRate{"oura/heartRate", false};
inline const SettingKey<QString> GoogleClientId{"google/clientId", QString()};
inline const SettingKey<QString> GoogleClientSecret{"google/clientSecret", QString()};
inline const SettingKey<QString> GoogleAuthorizeUrl{"google/authorizeUrl", QStringLiteral("https://accounts.google.com/o/oauth2/v2/auth")};
inline const SettingKey<QString> GoogleTokenUrl{"google/tokenUrl", QStringLiteral("https://oauth2.googleapis.com/token")};
inline const SettingKey<QString> GoogleRevokeUrl{"google/revokeUrl", QStringLiteral("https://oauth2.googleapis.com/revoke")};
inline const SettingKey<QString> GoogleCalendarApiBaseUrl{"google/calendarApiBaseUrl", QStringLiteral("https://www.googleapis.com/calendar/v3")};
// The Google calendars to sync (ids); empty means the primary calendar.
inline const SettingKey<QStringList> GoogleCalendarIds{"google/calendarIds", QStringList()};
// How often each source syncs by itself, in minutes.
inline const SettingKey<int> OuraSyncIntervalMinutes{"sync/ouraIntervalMinutes", 6 * 60};
inline const SettingKey<int> CalendarSyncIntervalMinutes{"sync/calendarIntervalMinutes", 30};
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
