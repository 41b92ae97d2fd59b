// Category suggestions learned from the user's corrections, and how descriptions become rule keys.

#include "importing/CategoryRules.h"

#include "ImportTestSupport.h"
#include "importing/BankCsvImporter.h"

using namespace lifeos;
using namespace importtest;

TEST_CASE("keyFor keeps the first three words that are not numbers, dates or references", "[import]")
{
    struct Case
    {
        const char16_t *description;
        const char16_t *key;
    };
    const auto c = GENERATE(values<Case>({
        {u"GRAB* A-6XK2 JAKARTA 12/03", u"grab jakarta"},
        {u"grab*  a-9ZZ1 jakarta 01/04", u"grab jakarta"},
        {u"KARTU DEBIT GRAB* A-4XYZ, JAKARTA", u"grab jakarta"},
        {u"TRSF E-BANKING DB 0203/FTSCY/WS95031 INDOMARET", u"indomaret"},
        {u"BYR VIA E-BANKING PLN PASCABAYAR", u"pln pascabayar"},
        {u"KARTU DEBIT", u"kartu debit"},
        {u"STARBUCKS STORE #1182, SEATTLE WA", u"starbucks store seattle"},
        {u"TRADER JOE'S #552", u"trader joes"},
        {u"Café Königsallee", u"café königsallee"},
        {u"4111 1111 1111 1111", u""},
        {u"7-ELEVEN 0412", u"eleven"},
        {u"  ", u""},
        {u"NETFLIX.COM", u"netflixcom"},
    }));
    CHECK(CategoryRules::keyFor(QString::fromUtf16(c.description)) == QString::fromUtf16(c.key));
}

TEST_CASE("A learned category is suggested for the same merchant with other numbers", "[import]")
{
    ImportDb t;
    const qint64 transport = t.addCategory(QStringLiteral("expense"), QStringLiteral("Transport"));
    const qint64 food = t.addCategory(QStringLiteral("expense"), QStringLiteral("Food"));
    CategoryRules rules(*t.db);
    auto none = rules.suggest(QStringLiteral("GRAB* A-6XK2 JAKARTA 12/03"));
    REQUIRE(none.ok());
    CHECK_FALSE(none->has_value());

    REQUIRE(rules.learn(QStringLiteral("GRAB* A-6XK2 JAKARTA 12/03"), transport).ok());
    auto suggested = rules.suggest(QStringLiteral("GRAB* B-1QQ9 JAKARTA 28/03"));
    REQUIRE(suggested.ok());
    CHECK(*suggested == std::optional<qint64>(transport));

    // A later correction replaces the older choice.
    REQUIRE(rules.learn(QStringLiteral("GRAB JAKARTA"), food).ok());
    CHECK(*rules.suggest(QStringLiteral("GRAB* Z-0000 JAKARTA")) == std::optional<qint64>(food));
    CHECK(t.count(QStringLiteral("category_rules")) == 1);
}

TEST_CASE("A category corrected on one import is suggested on the next", "[import]")
{
    ImportDb t;
    const qint64 transport = t.addCategory(QStringLiteral("expense"), QStringLiteral("Transport"));
    BankCsvMapping mapping;
    mapping.name = QStringLiteral("bca");
    BankCsvImporter importer(*t.db);

    auto march = importer.preview(tableOf(QStringList{QStringLiteral("Date,Text,Amount"),
                                                      QStringLiteral("2024-03-05,GRAB* A-4XYZ JAKARTA,-48000"),
                                                      QStringLiteral("2024-03-06,INDOMARET 0412,-125500")}),
                                  mapping);
    REQUIRE(march.ok());
    REQUIRE(march->rows.size() == 2);
    CHECK_FALSE(march->rows.at(0).suggestedCategoryId.has_value());
    march->rows[0].transaction.categoryId = transport; // the user's correction in the preview
    REQUIRE(importer.commit(*march, QStringLiteral("march.csv")).ok());
    CHECK(t.rows(QStringLiteral("SELECT category_id FROM transactions WHERE merchant LIKE 'GRAB%'"))
          == QStringList{QStringLiteral("i:%1").arg(transport)});

    auto april = importer.preview(tableOf(QStringList{QStringLiteral("Date,Text,Amount"),
                                                      QStringLiteral("2024-04-02,GRAB* B-77QX JAKARTA,-31000"),
                                                      QStringLiteral("2024-04-03,INDOMARET 0413,-99000")}),
                                  mapping);
    REQUIRE(april.ok());
    REQUIRE(april->rows.size() == 2);
    CHECK(april->rows.at(0).suggestedCategoryId == std::optional<qint64>(transport));
    CHECK(april->rows.at(0).transaction.categoryId == std::optional<qint64>(transport));
    CHECK_FALSE(april->rows.at(1).suggestedCategoryId.has_value()); // left uncategorised: nothing learned
    REQUIRE(importer.commit(*april, QStringLiteral("april.csv")).ok());
    CHECK(t.rows(QStringLiteral("SELECT count(*) FROM transactions WHERE category_id = %1").arg(transport))
          == QStringList{QStringLiteral("i:2")});
    CHECK(t.count(QStringLiteral("category_rules")) == 1);
}
