#include "UiContext.h"
#include "charts/TimeSeriesChart.h"
#include "health/MetricCatalog.h"
#include "health/MetricRepository.h"
#include "health/WorkoutRepository.h"
#include "pages/HealthPage.h"
#include "pages/health/MetricEditorDialog.h"
#include "pages/health/MetricTableModel.h"
#include "pages/health/MetricTypeDialog.h"
#include "pages/health/NumberField.h"
#include "pages/health/WorkoutEditorDialog.h"
#include "support/QtStringMakers.h"
#include "support/UiFixture.h"

#include <QAbstractButton>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <catch2/catch.hpp>

using namespace lifeos;

namespace {

const QDate kToday(2026, 11, 22);

template <typename T>
T *findIn(QObject *parent, const char *objectName)
{
    T *child = parent->findChild<T *>(QLatin1StringView(objectName));
    INFO("looking for " << objectName);
    REQUIRE(child);
    return child;
}

// Numbers are checked as an English (US) user reads them.
struct EnglishLocale {
    EnglishLocale() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }
    ~EnglishLocale() { QLocale::setDefault(QLocale::system()); }
};

Metric metric(const char *name, double value, const char *unit, const QDate &day)
{
    Metric m;
    m.name = QLatin1StringView(name);
    m.value = value;
    m.unit = QLatin1StringView(unit);
    m.day = day;
    return m;
}

// Today: sleep, weight and steps, and a run; yesterday: sleep and a walk; sleep on 14 of the last 20 days.
struct HealthData {
    explicit HealthData(UiFixture &fixture)
        : metrics(*fixture.database)
        , workouts(*fixture.database)
    {
        for (const Metric &m : {metric("sleep", 7.5, "h", kToday), metric("weight", 71.2, "kg", kToday),
                                metric("steps", 8432, "steps", kToday), metric("sleep", 6.25, "h", kToday.addDays(-1))})
            REQUIRE(metrics.add(m).ok());
        for (int back = 2; back < 20; ++back) {
            if (back % 4 != 0) // leaves gaps
                REQUIRE(metrics.add(metric("sleep", 6.0 + back % 3, "h", kToday.addDays(-back))).ok());
        }
        Workout run;
        run.activity = QStringLiteral("run");
        run.day = kToday;
        run.durationMin = 30;
        run.distanceKm = 5.2;
        run.calories = 320;
        REQUIRE(workouts.add(run).ok());
        Workout walk;
        walk.activity = QStringLiteral("walk");
        walk.day = kToday.addDays(-1);
        walk.durationMin = 75;
        REQUIRE(workouts.add(walk).ok());
    }
    int metricCount() { return int(metrics.list()->size()); }

    MetricRepository metrics;
    WorkoutRepository workouts;
};

struct PageUnderTest {
    explicit PageUnderTest(UiFixture &fixture)
        : page(*fixture.context)
    {
        page.resize(1100, 700);
        page.show();
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowExposed(&page));
        REQUIRE(QTest::qWaitForWindowActive(&page));
        page.activate();
    }
    // A closed dialog gives the window back its focus; offscreen needs the nudge a window manager gives.
    void activate()
    {
        page.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&page));
    }
    QTableView *dayMetrics() { return findIn<QTableView>(&page, "healthDayMetrics"); }
    QTableView *dayWorkouts() { return findIn<QTableView>(&page, "healthDayWorkouts"); }
    QStringList column(QAbstractItemView *view, int column)
    {
        QStringList texts;
        for (int row = 0; row < view->model()->rowCount(); ++row)
            texts.append(view->model()->index(row, column).data().toString());
        return texts;
    }
    template <typename Dialog>
    Dialog *openDialog()
    {
        Dialog *dialog = nullptr;
        REQUIRE(QTest::qWaitFor([&] {
            dialog = page.findChild<Dialog *>();
            return dialog && dialog->isVisible();
        }));
        return dialog;
    }

    EnglishLocale english;
    HealthPage page;
};

QPushButton *okButton(QDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

} // namespace

TEST_CASE("the Health day view lists the day's metrics with their units and the day's workouts")
{
    UiFixture fixture(kToday);
    HealthData data(fixture);
    PageUnderTest test(fixture);

    CHECK(test.page.day() == kToday);
    CHECK(findIn<QLabel>(&test.page, "healthDayTitle")->text().startsWith(QStringLiteral("Today")));
    CHECK(test.column(test.dayMetrics(), 1) == QStringList{MetricCatalog::label(QStringLiteral("sleep")),
                                                          MetricCatalog::label(QStringLiteral("weight")),
                                                          MetricCatalog::label(QStringLiteral("steps"))});
    CHECK(test.column(test.dayMetrics(), MetricTableModel::ValueColumn) == QStringList{QStringLiteral("7.5 h"), QStringLiteral("71.2 kg"),
                                                          QStringLiteral("8,432 steps")});
    CHECK(test.column(test.dayWorkouts(), 1) == QStringList{QStringLiteral("Run")});
    CHECK(test.column(test.dayWorkouts(), 2) == QStringList{QStringLiteral("30 min")});
    CHECK(test.column(test.dayWorkouts(), 3) == QStringList{QStringLiteral("5.20 km")});
    CHECK(test.column(test.dayWorkouts(), 4) == QStringList{QStringLiteral("320 kcal")});

    // Alt+Left goes to yesterday; the date edit follows; "Today" comes back.
    test.dayMetrics()->setFocus();
    QTest::keyClick(test.dayMetrics(), Qt::Key_Left, Qt::AltModifier);
    CHECK(test.page.day() == kToday.addDays(-1));
    CHECK(findIn<QDateEdit>(&test.page, "healthDay")->date() == kToday.addDays(-1));
    CHECK(test.column(test.dayMetrics(), MetricTableModel::ValueColumn) == QStringList{QStringLiteral("6.3 h")}); // one decimal for sleep
    CHECK(test.column(test.dayWorkouts(), 2) == QStringList{QStringLiteral("1 h 15 min")});
    QTest::keyClick(test.dayMetrics(), Qt::Key_Left, Qt::AltModifier);
    QTest::keyClick(test.dayMetrics(), Qt::Key_Left, Qt::AltModifier);
    CHECK(findIn<QLabel>(&test.page, "healthDayWorkoutsEmpty")->isVisible());
    CHECK_FALSE(test.dayWorkouts()->isVisible());
    QTest::keyClick(&test.page, Qt::Key_Right, Qt::AltModifier);
    CHECK(test.page.day() == kToday.addDays(-2));
    findIn<QPushButton>(&test.page, "healthToday")->click();
    CHECK(test.page.day() == kToday);
    findIn<QDateEdit>(&test.page, "healthDay")->setDate(kToday.addDays(-1));
    CHECK(test.page.day() == kToday.addDays(-1));
}

TEST_CASE("adding a metric with the keyboard writes it to the day shown")
{
    UiFixture fixture(kToday);
    HealthData data(fixture);
    PageUnderTest test(fixture);
    const int before = data.metricCount();

    test.dayMetrics()->setFocus();
    QTest::keyClick(test.dayMetrics(), Qt::Key_N, Qt::ControlModifier);
    auto *dialog = test.openDialog<MetricEditorDialog>();
    auto *name = findIn<QComboBox>(dialog, "metricName");
    REQUIRE(QTest::qWaitFor([&] { return name->hasFocus(); }));
    const int water = name->findData(QStringLiteral("water"));
    REQUIRE(water >= 0);
    name->setCurrentIndex(water);
    QTest::keyClick(name, Qt::Key_Tab); // to "Add metric type…"
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab); // to the value
    auto *value = findIn<NumberField>(dialog, "metricValue");
    REQUIRE(value->lineEdit()->hasFocus());
    CHECK_FALSE(okButton(dialog)->isEnabled()); // nothing typed yet
    QTest::keyClicks(value->lineEdit(), QStringLiteral("1250"));
    CHECK(okButton(dialog)->isEnabled());
    QTest::keyClick(value->lineEdit(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !test.page.findChild<MetricEditorDialog *>(); }));

    CHECK(data.metricCount() == before + 1);
    auto onDay = data.metrics.onDay(kToday);
    REQUIRE(onDay.ok());
    const auto added = std::find_if(onDay->begin(), onDay->end(), [](const Metric &m) { return m.name == u"water"; });
    REQUIRE(added != onDay->end());
    CHECK(added->value == 1250);
    CHECK(added->unit == MetricCatalog::resolve(MetricCatalog::builtIns(), QStringLiteral("water")).unit);
    CHECK(test.column(test.dayMetrics(), 1).contains(MetricCatalog::label(QStringLiteral("water"))));
}

TEST_CASE("a value that is not a number is explained next to the field and keeps OK disabled")
{
    const QString typed = GENERATE(QStringLiteral("abc"), QStringLiteral("7,5,1"), QStringLiteral("-3"),
                                   QStringLiteral("1e999"));
    UiFixture fixture(kToday);
    HealthData data(fixture);
    PageUnderTest test(fixture);
    const int before = data.metricCount();

    test.page.addMetric();
    auto *dialog = test.openDialog<MetricEditorDialog>();
    auto *value = findIn<NumberField>(dialog, "metricValue");
    QTest::keyClicks(value->lineEdit(), typed);
    CHECK_FALSE(okButton(dialog)->isEnabled());
    auto *error = findIn<QLabel>(value, "numberError");
    CHECK(error->isVisible());
    CHECK_FALSE(error->text().isEmpty());
    QTest::keyClick(value->lineEdit(), Qt::Key_Return); // Enter does not save it either
    CHECK(dialog->isVisible());
    CHECK(value->lineEdit()->text() == typed); // nothing lost
    CHECK(data.metricCount() == before);

    value->lineEdit()->selectAll();
    QTest::keyClicks(value->lineEdit(), QStringLiteral("7.5"));
    CHECK(okButton(dialog)->isEnabled());
    CHECK_FALSE(error->isVisible());
    dialog->reject();
}

TEST_CASE("a score out of ten is refused above ten")
{
    UiFixture fixture(kToday);
    PageUnderTest test(fixture);
    test.page.addMetric();
    auto *dialog = test.openDialog<MetricEditorDialog>();
    auto *name = findIn<QComboBox>(dialog, "metricName");
    const auto definitions = MetricCatalog::builtIns();
    const auto outOfTen = std::find_if(definitions.begin(), definitions.end(),
                                       [](const MetricDefinition &d) { return d.unit == u"/10"; });
    REQUIRE(outOfTen != definitions.end());
    name->setCurrentIndex(name->findData(outOfTen->name));
    auto *value = findIn<NumberField>(dialog, "metricValue");
    QTest::keyClicks(value->lineEdit(), QStringLiteral("11"));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    CHECK(value->errorText().contains(QStringLiteral("10")));
    QTest::keyClick(value->lineEdit(), Qt::Key_Backspace);
    CHECK(okButton(dialog)->isEnabled());
    dialog->reject();
}

TEST_CASE("Enter edits the selected metric and Delete removes it until Ctrl+Z brings it back")
{
    UiFixture fixture(kToday);
    HealthData data(fixture);
    PageUnderTest test(fixture);
    QTableView *list = test.dayMetrics();
    list->setFocus();
    const int weightRow = int(test.column(list, 1).indexOf(MetricCatalog::label(QStringLiteral("weight"))));
    REQUIRE(weightRow >= 0);
    list->setCurrentIndex(list->model()->index(weightRow, 1));
    QTest::keyClick(list, Qt::Key_Return);
    auto *dialog = test.openDialog<MetricEditorDialog>();
    auto *value = findIn<NumberField>(dialog, "metricValue");
    CHECK(value->lineEdit()->text() == QStringLiteral("71.2"));
    REQUIRE(QTest::qWaitFor([&] { return value->lineEdit()->hasFocus(); }));
    value->lineEdit()->selectAll();
    QTest::keyClicks(value->lineEdit(), QStringLiteral("70.86"));
    QTest::keyClick(value->lineEdit(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !test.page.findChild<MetricEditorDialog *>(); }));
    CHECK(test.column(list, MetricTableModel::ValueColumn).contains(QStringLiteral("70.9 kg")));
    test.activate();
    const int count = data.metricCount();
    auto stored = data.metrics.list(MetricFilter{QStringLiteral("weight"), {}, {}, 0});
    REQUIRE(stored.ok());
    REQUIRE(stored->size() == 1);
    CHECK(stored->first().value == Approx(70.86));

    const int row = int(test.column(list, 1).indexOf(MetricCatalog::label(QStringLiteral("weight"))));
    list->setFocus();
    list->setCurrentIndex(list->model()->index(row, 1));
    QTest::keyClick(list, Qt::Key_Delete);
    CHECK(data.metricCount() == count - 1);
    CHECK_FALSE(test.column(list, 1).contains(MetricCatalog::label(QStringLiteral("weight"))));
    CHECK(findIn<QWidget>(&test.page, "healthUndoBar")->isVisible());
    CHECK(findIn<QLabel>(&test.page, "healthUndoText")->text().contains(QStringLiteral("70.9 kg")));

    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    CHECK(data.metricCount() == count);
    CHECK(test.column(list, MetricTableModel::ValueColumn).contains(QStringLiteral("70.9 kg")));
    CHECK_FALSE(findIn<QWidget>(&test.page, "healthUndoBar")->isVisible());
}

TEST_CASE("workouts are added, edited and deleted from the day view")
{
    UiFixture fixture(kToday);
    HealthData data(fixture);
    PageUnderTest test(fixture);

    findIn<QPushButton>(&test.page, "healthAddWorkout")->click();
    auto *dialog = test.openDialog<WorkoutEditorDialog>();
    CHECK_FALSE(okButton(dialog)->isEnabled()); // an activity is needed
    auto *activity = findIn<QComboBox>(dialog, "workoutActivity");
    REQUIRE(QTest::qWaitFor([&] { return activity->hasFocus(); }));
    QTest::keyClicks(activity, QStringLiteral("Swim"));
    auto *duration = findIn<NumberField>(dialog, "workoutDuration")->lineEdit();
    duration->setFocus();
    QTest::keyClicks(duration, QStringLiteral("forty"));
    CHECK_FALSE(okButton(dialog)->isEnabled());
    CHECK_FALSE(findIn<NumberField>(dialog, "workoutDuration")->errorText().isEmpty());
    duration->selectAll();
    QTest::keyClicks(duration, QStringLiteral("40"));
    QTest::keyClick(duration, Qt::Key_Tab); // distance, left empty: it is optional
    CHECK(okButton(dialog)->isEnabled());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return !test.page.findChild<WorkoutEditorDialog *>(); }));

    auto onDay = data.workouts.onDay(kToday);
    REQUIRE(onDay.ok());
    REQUIRE(onDay->size() == 2);
    const auto swim = std::find_if(onDay->begin(), onDay->end(), [](const Workout &w) { return w.activity == u"swim"; });
    REQUIRE(swim != onDay->end());
    CHECK(swim->durationMin == 40.0);
    CHECK_FALSE(swim->distanceKm.has_value());
    QTableView *list = test.dayWorkouts();
    CHECK(test.column(list, 1).contains(QStringLiteral("Swim")));

    // Edit the swim's distance by double-click.
    const int row = int(test.column(list, 1).indexOf(QStringLiteral("Swim")));
    const QRect cell = list->visualRect(list->model()->index(row, 1));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, cell.center());
    dialog = test.openDialog<WorkoutEditorDialog>();
    QTest::keyClicks(findIn<NumberField>(dialog, "workoutDistance")->lineEdit(), QStringLiteral("1.5"));
    dialog->accept();
    REQUIRE(QTest::qWaitFor([&] { return !test.page.findChild<WorkoutEditorDialog *>(); }));
    auto edited = data.workouts.get(swim->id);
    REQUIRE(edited.ok());
    REQUIRE(edited->has_value());
    CHECK((*edited)->distanceKm == 1.5);

    const int swimRow = int(test.column(list, 1).indexOf(QStringLiteral("Swim")));
    list->setCurrentIndex(list->model()->index(swimRow, 1));
    findIn<QPushButton>(&test.page, "healthDeleteWorkout")->click();
    CHECK(data.workouts.onDay(kToday)->size() == 1);
    CHECK(test.column(list, 1) == QStringList{QStringLiteral("Run")});
}

TEST_CASE("a metric type of the user's own is added from the metric editor and then offered")
{
    UiFixture fixture(kToday);
    PageUnderTest test(fixture);
    test.page.addMetric();
    auto *dialog = test.openDialog<MetricEditorDialog>();
    findIn<QPushButton>(dialog, "addMetricType")->click();
    MetricTypeDialog *typeDialog = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        typeDialog = dialog->findChild<MetricTypeDialog *>();
        return typeDialog && typeDialog->isVisible();
    }));
    // A name the catalog refuses is explained and stays typed.
    auto *name = findIn<QLineEdit>(typeDialog, "metricTypeName");
    QTest::keyClicks(name, QStringLiteral("weight"));
    typeDialog->accept();
    CHECK(typeDialog->isVisible());
    CHECK(findIn<QLabel>(typeDialog, "metricTypeError")->isVisible());
    CHECK(name->text() == QStringLiteral("weight"));
    name->clear();
    QTest::keyClicks(name, QStringLiteral("caffeine"));
    QTest::keyClicks(findIn<QLineEdit>(typeDialog, "metricTypeUnit"), QStringLiteral("mg"));
    typeDialog->accept();
    REQUIRE(QTest::qWaitFor([&] { return !dialog->findChild<MetricTypeDialog *>(); }));

    auto *metricName = findIn<QComboBox>(dialog, "metricName");
    CHECK(metricName->currentData().toString() == QStringLiteral("caffeine"));
    CHECK(findIn<QLabel>(dialog, "numberUnit")->text() == QStringLiteral("mg"));
    CHECK(MetricCatalog::find(MetricCatalog::all(*fixture.settings), QStringLiteral("caffeine")).has_value());
    QTest::keyClicks(findIn<NumberField>(dialog, "metricValue")->lineEdit(), QStringLiteral("95"));
    dialog->accept();
    REQUIRE(QTest::qWaitFor([&] { return !test.page.findChild<MetricEditorDialog *>(); }));
    CHECK(test.column(test.dayMetrics(), MetricTableModel::ValueColumn) == QStringList{QStringLiteral("95.0 mg")});
}

TEST_CASE("the table view shows every value newest first, filters by metric and lists workouts")
{
    UiFixture fixture(kToday);
    HealthData data(fixture);
    PageUnderTest test(fixture);
    auto *tabs = findIn<QTabWidget>(&test.page, "healthTabs");
    test.dayMetrics()->setFocus();
    QTest::keyClick(test.dayMetrics(), Qt::Key_Tab, Qt::ControlModifier);
    REQUIRE(tabs->currentIndex() == 1);

    auto *table = findIn<QTableView>(&test.page, "healthTableMetrics");
    QAbstractItemModel *model = table->model();
    CHECK(model->rowCount() == data.metricCount());
    CHECK(model->index(0, 0).data(Qt::UserRole + 1).toDate() == kToday);
    CHECK(model->index(model->rowCount() - 1, 0).data(Qt::UserRole + 1).toDate() == kToday.addDays(-19));
    // "18 values" once lupdate gives the English catalogue the plural; "18 value(s)" before.
    CHECK(findIn<QLabel>(&test.page, "healthTableSummary")->text().startsWith(QStringLiteral("%1 value").arg(data.metricCount())));

    // Sorting by value puts the largest (the steps) first when descending.
    table->sortByColumn(MetricTableModel::ValueColumn, Qt::DescendingOrder);
    CHECK(model->index(0, MetricTableModel::ValueColumn).data().toString() == QStringLiteral("8,432 steps"));

    auto *filter = findIn<QComboBox>(&test.page, "healthTableFilter");
    filter->setCurrentIndex(filter->findData(QStringLiteral("weight")));
    CHECK(model->rowCount() == 1);
    CHECK(model->index(0, MetricTableModel::ValueColumn).data().toString() == QStringLiteral("71.2 kg"));
    filter->setCurrentIndex(filter->findData(QStringLiteral("sleep")));
    CHECK(model->rowCount() == 2 + 18 - 4);

    auto *kind = findIn<QComboBox>(&test.page, "healthTableKind");
    kind->setCurrentIndex(1);
    auto *workouts = findIn<QTableView>(&test.page, "healthTableWorkouts");
    CHECK(workouts->isVisible());
    CHECK_FALSE(filter->isVisible());
    CHECK(workouts->model()->rowCount() == 2);
    CHECK(workouts->model()->index(0, 1).data().toString() == QStringLiteral("Run"));
}

TEST_CASE("the chart tab charts the chosen metric and exports it as PNG")
{
    UiFixture fixture(kToday);
    HealthData data(fixture);
    PageUnderTest test(fixture);
    auto *tabs = findIn<QTabWidget>(&test.page, "healthTabs");
    tabs->setCurrentIndex(2);

    auto *choice = findIn<QComboBox>(&test.page, "healthChartMetric");
    REQUIRE(choice->count() == 3);
    choice->setCurrentIndex(choice->findData(QStringLiteral("sleep")));
    auto *chart = findIn<TimeSeriesChart>(&test.page, "healthChart");
    CHECK(chart->isVisible());
    const QString sleep = MetricCatalog::label(QStringLiteral("sleep"));
    // The sleep line: one point per day with a value (a gap is no point), and none of the other metrics.
    const auto pointsOf = [&](const QString &label) {
        qsizetype points = 0;
        bool found = false;
        for (QAbstractSeries *series : chart->chart()->series()) {
            if (series->name() == label) {
                found = true;
                if (auto *line = qobject_cast<QXYSeries *>(series))
                    points += line->count();
            }
        }
        return found ? points : qsizetype(-1);
    };
    chart->setRange(ChartRange::Month);
    CHECK(pointsOf(sleep) == 2 + 18 - 4);
    CHECK(pointsOf(MetricCatalog::label(QStringLiteral("weight"))) == -1);

    // Compare: weight drawn on the same chart.
    auto *compare = findIn<QPushButton>(&test.page, "healthCompare");
    QAction *weight = nullptr;
    for (QAction *action : compare->menu()->actions()) {
        if (action->data().toString() == QStringLiteral("weight"))
            weight = action;
    }
    REQUIRE(weight);
    weight->setChecked(true);
    CHECK(pointsOf(MetricCatalog::label(QStringLiteral("weight"))) == 1);
    CHECK(pointsOf(sleep) == 2 + 18 - 4);

    QString asked;
    const QString target = fixture.dataDir + QStringLiteral("/sleep-chart");
    test.page.setExportPathChooser([&](const QString &suggested) {
        asked = suggested;
        return target;
    });
    findIn<QPushButton>(&test.page, "healthExportPng")->click();
    CHECK(asked.endsWith(QStringLiteral(".png")));
    const QFileInfo written(target + QStringLiteral(".png"));
    CHECK(written.exists());
    CHECK(written.size() > 1000);
}

// Not a check: writes /tmp/health-{day,table,chart}-{light,dark}.png to look at. Run with "[.screenshots]".
TEST_CASE("Health page screenshots", "[.screenshots]")
{
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
    UiFixture fixture(kToday);
    HealthData data(fixture);
    {
        MetricRepository metrics(*fixture.database);
        for (int back = 0; back < 400; ++back) {
            const QDate day = kToday.addDays(-back);
            REQUIRE(metrics.add(metric("weight", 72 - back * 0.004 + (back % 7) * 0.1, "kg", day)).ok());
            if (back % 3)
                REQUIRE(metrics.add(metric("mood", 5 + back % 5, "/10", day)).ok());
        }
    }
    for (const bool dark : {false, true}) {
        QPalette palette = QApplication::style()->standardPalette();
        if (dark) {
            palette.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
            palette.setColor(QPalette::WindowText, QColor(0xe6, 0xe6, 0xe6));
            palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
            palette.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
            palette.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
            palette.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
            palette.setColor(QPalette::ButtonText, QColor(0xe6, 0xe6, 0xe6));
            palette.setColor(QPalette::PlaceholderText, QColor(0x9a, 0x9a, 0x9a));
            palette.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xc6));
            for (const QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
                palette.setColor(QPalette::Disabled, role, QColor(0x80, 0x80, 0x80));
            palette.setColor(QPalette::HighlightedText, Qt::white);
        }
        QApplication::setPalette(palette);
        PageUnderTest test(fixture);
        auto *tabs = findIn<QTabWidget>(&test.page, "healthTabs");
        const QString suffix = dark ? QStringLiteral("dark") : QStringLiteral("light");
        QTest::qWait(50);
        test.page.grab().save(QStringLiteral("/tmp/health-day-%1.png").arg(suffix));
        tabs->setCurrentIndex(1);
        QTest::qWait(50);
        test.page.grab().save(QStringLiteral("/tmp/health-table-%1.png").arg(suffix));
        tabs->setCurrentIndex(2);
        auto *choice = findIn<QComboBox>(&test.page, "healthChartMetric");
        choice->setCurrentIndex(choice->findData(QStringLiteral("weight")));
        QTest::qWait(50);
        test.page.grab().save(QStringLiteral("/tmp/health-chart-%1.png").arg(suffix));
        tabs->setCurrentIndex(0);
        test.page.addMetric();
        auto *dialog = test.openDialog<MetricEditorDialog>();
        QTest::keyClicks(findIn<NumberField>(dialog, "metricValue")->lineEdit(), QStringLiteral("7,5x"));
        QTest::qWait(50);
        dialog->grab().save(QStringLiteral("/tmp/health-editor-%1.png").arg(suffix));
        dialog->reject();
        test.page.addWorkout();
        auto *workoutDialog = test.openDialog<WorkoutEditorDialog>();
        QTest::qWait(50);
        workoutDialog->grab().save(QStringLiteral("/tmp/health-workout-%1.png").arg(suffix));
        workoutDialog->reject();
    }
}
