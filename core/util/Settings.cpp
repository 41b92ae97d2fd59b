#include "util/Settings.h"

namespace lifeos {

Settings::Settings(const QString &filePath)
    : m_settings(filePath, QSettings::IniFormat)
{
}

} // namespace lifeos
