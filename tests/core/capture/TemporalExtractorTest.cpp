#include "CaptureTestSupport.h"

#include <catch2/catch.hpp>

TEST_CASE("placeholder until the tests land")
{
    CHECK(true);
}
