#pragma once

#include "oauth/OAuthProvider.h"
#include "util/Settings.h"

namespace lifeos {

// The two OAuth providers as the settings describe them (client ids and secrets, URLs, Oura's fixed port).
OAuthProvider ouraProvider(const Settings &settings);   // scopes: daily heartrate workout personal session
OAuthProvider googleProvider(const Settings &settings); // scope: calendar.readonly; offline access, consent
// The provider a sync source signs in with ("oura" → Oura, "calendar" → Google); the source must be known.
OAuthProvider providerForSource(const QString &source, const Settings &settings);

} // namespace lifeos
