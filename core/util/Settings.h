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
