#pragma once

#include <QJsonObject>
#include <QLatin1StringView>

#include <catch2/catch.hpp>

// The fields `lifeos parse --json` and `lifeos capture --json` always carry (issue 3's contract), null when
// nothing was understood: written out here, not taken from the code, so dropping one fails a test.
inline void checkHasEveryContractField(const QJsonObject &json)
{
    for (const char *field : {"kind", "title", "when", "amount", "metric", "duration_min", "distance_km", "tags",
                              "priority", "confidence", "raw"}) {
        INFO("field " << field);
        CHECK(json.contains(QLatin1StringView(field)));
    }
}
