#include "dialogs/CsvImportDialog.h"

#include "dialogs/CategoryItemDelegate.h"
#include "finance/CategoryRepository.h"
#include "finance/MoneyFormat.h"
#include "finance/TransactionRepository.h"
#include "importing/BankCsvImporter.h"
#include "importing/CsvValues.h"
#include "importing/ImportHistory.h"
#include "importing/MetricsCsvImporter.h"
#include "pages/finance/FinanceColors.h"
#include "pages/finance/MoneyEdit.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace lifeos {

namespace {

constexpr int kPreviewRowLimit = 500; // the table shows the first rows; every row is still checked and imported
const QString kNewMapping; // the saved-mapping combo's data for "New mapping"

enum BankColumn { LineColumn, DateColumn, DescriptionColumn, AmountColumn, CategoryColumn, BankColumnCount };
enum MetricColumn { MetricLine, MetricDay, MetricName, MetricValue, MetricUnit, MetricStatus, MetricColumnCount };

QTableWidgetItem *readOnlyItem(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

void selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

} // namespace

CsvImportDialog::CsvImportDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_file(new QLineEdit(this))
    , m_choose(new QPushButton(tr("C&hoose file…"), this))
    , m_stack(new QStackedWidget(this))
    , m_intro(new QLabel(this))
    , m_savedMapping(new QComboBox(this))
    , m_separator(new QComboBox(this))
    , m_headerRows(new QSpinBox(this))
    , m_dateColumn(new QComboBox(this))
    , m_dateFormat(new QComboBox(this))
    , m_descriptionColumn(new QComboBox(this))
    , m_merchantColumn(new QComboBox(this))
    , m_oneAmount(new QRadioButton(tr("One &signed column:"), this))
    , m_debitCredit(new QRadioButton(tr("De&bit and credit:"), this))
    , m_amountColumn(new QComboBox(this))
    , m_debitColumn(new QComboBox(this))
    , m_creditColumn(new QComboBox(this))
    , m_negativeIsIncome(new QCheckBox(tr("Negati&ve amounts are income (card statements)"), this))
    , m_decimalStyle(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_mappingName(new QLineEdit(this))
    , m_bankTable(new QTableWidget(this))
    , m_categoryDelegate(new CategoryItemDelegate(this))
    , m_problems(new QListWidget(this))
    , m_metricsTable(new QTableWidget(this))
    , m_metricProblems(new QListWidget(this))
    , m_status(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel, this))
    , m_import(m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole))
    , m_nameDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("csvImportDialog"));
    setWindowTitle(tr("Import CSV"));
    m_file->setObjectName(QStringLiteral("csvFile"));
    m_savedMapping->setObjectName(QStringLiteral("csvSavedMapping"));
    m_separator->setObjectName(QStringLiteral("csvSeparator"));
    m_headerRows->setObjectName(QStringLiteral("csvHeaderRows"));
    m_dateColumn->setObjectName(QStringLiteral("csvDateColumn"));
    m_dateFormat->setObjectName(QStringLiteral("csvDateFormat"));
    m_descriptionColumn->setObjectName(QStringLiteral("csvDescriptionColumn"));
    m_merchantColumn->setObjectName(QStringLiteral("csvMerchantColumn"));
    m_oneAmount->setObjectName(QStringLiteral("csvOneAmount"));
    m_debitCredit->setObjectName(QStringLiteral("csvDebitCredit"));
    m_amountColumn->setObjectName(QStringLiteral("csvAmountColumn"));
    m_debitColumn->setObjectName(QStringLiteral("csvDebitColumn"));
    m_creditColumn->setObjectName(QStringLiteral("csvCreditColumn"));
    m_negativeIsIncome->setObjectName(QStringLiteral("csvNegativeIsIncome"));
    m_decimalStyle->setObjectName(QStringLiteral("csvDecimalStyle"));
    m_currency->setObjectName(QStringLiteral("csvCurrency"));
    m_mappingName->setObjectName(QStringLiteral("csvMappingName"));
    m_bankTable->setObjectName(QStringLiteral("csvBankPreview"));
    m_problems->setObjectName(QStringLiteral("csvProblems"));
    m_metricsTable->setObjectName(QStringLiteral("csvMetricsPreview"));
    m_metricProblems->setObjectName(QStringLiteral("csvMetricProblems"));
    m_status->setObjectName(QStringLiteral("csvStatus"));
    m_import->setObjectName(QStringLiteral("csvImportButton"));

    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    m_file->setAccessibleName(tr("File"));
    m_intro->setText(tr("Choose a CSV file: a statement exported by your bank, or metrics with the columns "
                        "date, metric and value. Nothing is written until you press Import."));
    m_intro->setWordWrap(true);
    m_intro->setAlignment(Qt::AlignCenter);
    m_intro->setForegroundRole(QPalette::PlaceholderText);

    m_separator->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_separator->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_separator->addItem(tr("Tab"), QStringLiteral("\t"));
    m_separator->addItem(tr("Pipe ( | )"), QStringLiteral("|"));
    m_headerRows->setRange(0, 50);
    m_headerRows->setAccessibleName(tr("Header rows"));
    m_dateFormat->setEditable(true);
    m_dateFormat->addItems(CsvValues::dateFormats());
    m_dateFormat->setToolTip(tr("d = day, M = month, yy/yyyy = year, MMM = month name"));
    m_decimalStyle->addItem(tr("Detect"), int(DecimalStyle::Auto));
    m_decimalStyle->addItem(tr("1,234.56 (point)"), int(DecimalStyle::Point));
    m_decimalStyle->addItem(tr("1.234,56 (comma)"), int(DecimalStyle::Comma));
    {
        TransactionRepository transactions(m_database);
        auto inUse = transactions.currencies();
        m_currency->addItems(MoneyEdit::currencyChoices(inUse ? *inUse : QStringList()));
    }
    m_mappingName->setPlaceholderText(tr("The bank's name, e.g. BCA"));
    m_mappingName->setClearButtonEnabled(true);
    auto *amountGroup = new QButtonGroup(this);
    amountGroup->addButton(m_oneAmount);
    amountGroup->addButton(m_debitCredit);
    m_oneAmount->setChecked(true);
    m_amountColumn->setAccessibleName(tr("Amount column"));
    m_debitColumn->setAccessibleName(tr("Debit column"));
    m_creditColumn->setAccessibleName(tr("Credit column"));

    // The mapping form.
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("Saved &mapping:"), m_savedMapping);
    form->addRow(tr("Se&parator:"), m_separator);
    form->addRow(tr("&Header rows:"), m_headerRows);
    form->addRow(tr("&Date column:"), m_dateColumn);
    form->addRow(tr("Date &format:"), m_dateFormat);
    form->addRow(tr("D&escription:"), m_descriptionColumn);
    form->addRow(tr("Merc&hant:"), m_merchantColumn);
    form->addRow(m_oneAmount, m_amountColumn);
    auto *debitCreditRow = new QHBoxLayout;
    auto *debitLabel = new QLabel(tr("out"), this);
    auto *creditLabel = new QLabel(tr("in"), this);
    debitLabel->setBuddy(m_debitColumn);
    creditLabel->setBuddy(m_creditColumn);
    debitCreditRow->addWidget(debitLabel);
    debitCreditRow->addWidget(m_debitColumn, 1);
    debitCreditRow->addWidget(creditLabel);
    debitCreditRow->addWidget(m_creditColumn, 1);
    form->addRow(m_debitCredit, debitCreditRow);
    form->addRow(QString(), m_negativeIsIncome);
    form->addRow(tr("Dec&imals:"), m_decimalStyle);
    form->addRow(tr("C&urrency:"), m_currency);
    form->addRow(tr("Mapping &name:"), m_mappingName);
    auto *mappingBox = new QGroupBox(tr("Columns"), this);
    mappingBox->setLayout(form);
    mappingBox->setMinimumWidth(360);

    m_bankTable->setColumnCount(BankColumnCount);
    m_bankTable->setHorizontalHeaderLabels({tr("Line"), tr("Date"), tr("Description"), tr("Amount"), tr("Category")});
    m_bankTable->verticalHeader()->hide();
    m_bankTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_bankTable->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                 | QAbstractItemView::SelectedClicked);
    m_bankTable->setItemDelegateForColumn(CategoryColumn, m_categoryDelegate);
    m_bankTable->setTabKeyNavigation(false);
    m_bankTable->setAccessibleName(tr("Preview"));
    m_bankTable->horizontalHeader()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_bankTable->horizontalHeader()->setSectionResizeMode(LineColumn, QHeaderView::ResizeToContents);
    m_bankTable->horizontalHeader()->setSectionResizeMode(DateColumn, QHeaderView::ResizeToContents);
    m_bankTable->horizontalHeader()->setSectionResizeMode(AmountColumn, QHeaderView::ResizeToContents);
    m_bankTable->horizontalHeader()->setSectionResizeMode(CategoryColumn, QHeaderView::Interactive);
    m_bankTable->setColumnWidth(CategoryColumn, 160);
    for (QListWidget *list : {m_problems, m_metricProblems}) {
        QPalette pal = list->palette();
        pal.setColor(QPalette::Text, errorColor(pal));
        list->setPalette(pal);
        list->setAccessibleName(tr("Problems"));
        list->setMaximumHeight(110);
        list->hide();
    }
    auto *categoryHint = new QLabel(tr("Change a category with F2 or a double-click; LifeOS learns from your changes."),
                                    this);
    categoryHint->setForegroundRole(QPalette::PlaceholderText);
    categoryHint->setWordWrap(true);

    auto *previewSide = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewSide);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_problems);
    previewLayout->addWidget(m_bankTable, 1);
    previewLayout->addWidget(categoryHint);
    auto *bankPage = new QSplitter(Qt::Horizontal, this);
    auto *mappingScroll = new QScrollArea(this);
    mappingScroll->setWidget(mappingBox);
    mappingScroll->setWidgetResizable(true);
    mappingScroll->setFrameShape(QFrame::NoFrame);
    bankPage->addWidget(mappingScroll);
    bankPage->addWidget(previewSide);
    bankPage->setStretchFactor(1, 1);
    bankPage->setChildrenCollapsible(false);

    m_metricsTable->setColumnCount(MetricColumnCount);
    m_metricsTable->setHorizontalHeaderLabels(
        {tr("Line"), tr("Day"), tr("Metric"), tr("Value"), tr("Unit"), tr("Status")});
    m_metricsTable->verticalHeader()->hide();
    m_metricsTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_metricsTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_metricsTable->setTabKeyNavigation(false);
    m_metricsTable->horizontalHeader()->setSectionResizeMode(MetricStatus, QHeaderView::Stretch);
    auto *metricsPage = new QWidget(this);
    auto *metricsLayout = new QVBoxLayout(metricsPage);
    metricsLayout->setContentsMargins(0, 0, 0, 0);
    auto *metricsTitle = new QLabel(tr("A metrics file: one value per row (date, metric, value)."), this);
    metricsLayout->addWidget(metricsTitle);
    metricsLayout->addWidget(m_metricProblems);
    metricsLayout->addWidget(m_metricsTable, 1);

    m_stack->addWidget(m_intro);
    m_stack->addWidget(bankPage);
    m_stack->addWidget(metricsPage);

    auto *fileRow = new QHBoxLayout;
    auto *fileLabel = new QLabel(tr("File:"), this);
    fileLabel->setBuddy(m_choose);
    fileRow->addWidget(fileLabel);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_choose);
    m_status->setWordWrap(true);
    m_import->setEnabled(false);
    m_import->setDefault(false);
    m_import->setAutoDefault(false);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_status, 1);
    bottom->addWidget(m_buttons);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(fileRow);
    layout->addWidget(m_stack, 1);
    layout->addLayout(bottom);
    resize(1040, 640);

    connect(m_choose, &QPushButton::clicked, this, &CsvImportDialog::chooseFile);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &CsvImportDialog::importNow);
    connect(m_savedMapping, &QComboBox::currentIndexChanged, this, &CsvImportDialog::savedMappingChosen);
    connect(m_separator, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_filling)
            reparse(m_separator->currentData().toString().at(0));
    });
    connect(m_headerRows, &QSpinBox::valueChanged, this, [this] {
        if (m_filling)
            return;
        fillColumnChoices();
        refreshPreview();
    });
    for (QComboBox *combo : {m_dateColumn, m_descriptionColumn, m_merchantColumn, m_amountColumn, m_debitColumn,
                             m_creditColumn, m_decimalStyle, m_currency})
        connect(combo, &QComboBox::currentIndexChanged, this, &CsvImportDialog::refreshPreview);
    connect(m_dateFormat, &QComboBox::currentTextChanged, this, &CsvImportDialog::refreshPreview);
    connect(m_negativeIsIncome, &QCheckBox::toggled, this, &CsvImportDialog::refreshPreview);
    connect(m_oneAmount, &QRadioButton::toggled, this, [this](bool one) {
        m_amountColumn->setEnabled(one);
        m_debitColumn->setEnabled(!one);
        m_creditColumn->setEnabled(!one);
        refreshPreview();
    });
    // The name decides which earlier imports count as duplicates: preview again once the user stops typing.
    m_nameDelay->setSingleShot(true);
    m_nameDelay->setInterval(300);
    connect(m_mappingName, &QLineEdit::textChanged, this, &CsvImportDialog::updateImportButton);
    connect(m_mappingName, &QLineEdit::textChanged, m_nameDelay, qOverload<>(&QTimer::start));
    connect(m_nameDelay, &QTimer::timeout, this, &CsvImportDialog::refreshPreview);
    connect(m_bankTable, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (!m_filling && item->column() == CategoryColumn)
            rememberCategory(item->row());
    });
    m_debitColumn->setEnabled(false);
    m_creditColumn->setEnabled(false);
    m_choose->setFocus();
}

void CsvImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import CSV"), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool CsvImportDialog::openFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        setStatus(tr("Cannot read %1: %2").arg(QFileInfo(path).fileName(), file.errorString()), true);
        return false;
    }
    m_path = path;
    m_bytes = file.readAll();
    m_file->setText(QDir::toNativeSeparators(path));
    m_chosenCategories.clear();
    auto table = CsvReader::parse(m_bytes);
    if (!table) {
        m_stack->setCurrentIndex(0);
        setStatus(table.error().message, true);
        m_import->setEnabled(false);
        return false;
    }
    m_table = *table;
    m_metrics = MetricsCsvImporter::looksLikeMetrics(m_table);
    if (m_metrics) {
        m_stack->setCurrentIndex(2);
        refreshMetricsPreview();
    } else {
        m_stack->setCurrentIndex(1);
        showBankMapping();
    }
    return true;
}

void CsvImportDialog::reparse(std::optional<QChar> separator)
{
    auto table = CsvReader::parse(m_bytes, separator);
    if (!table) {
        setStatus(table.error().message, true);
        m_preview = {};
        m_import->setEnabled(false);
        return;
    }
    m_table = *table;
    fillColumnChoices();
    refreshPreview();
}

void CsvImportDialog::showBankMapping()
{
    // The categories a row can be filed under, for the preview's category column.
    CategoryRepository categories(m_database);
    auto expense = categories.list(QStringLiteral("expense"));
    auto income = categories.list(QStringLiteral("income"));
    m_categoryDelegate->setCategories(expense ? *expense : QList<Category>(), income ? *income : QList<Category>());
    fillSavedMappings();
    savedMappingChosen();
}

void CsvImportDialog::fillSavedMappings()
{
    BankCsvMappingStore store(m_database);
    auto names = store.names();
    // The mapping used last is the likeliest for the next statement.
    QString lastUsed;
    ImportHistory history(m_database);
    if (auto batches = history.list()) {
        for (const ImportBatch &batch : *batches) {
            if (batch.kind == u"bank_csv" && !batch.mapping.isEmpty()) {
                lastUsed = batch.mapping;
                break;
            }
        }
    }
    const QSignalBlocker blocker(m_savedMapping);
    m_savedMapping->clear();
    m_savedMapping->addItem(tr("New mapping (guessed from the file)"), kNewMapping);
    if (names) {
        for (const QString &name : *names)
            m_savedMapping->addItem(name, name);
    }
    int preselect = 0;
    for (int index = 1; index < m_savedMapping->count(); ++index) {
        if (m_savedMapping->itemData(index).toString().compare(lastUsed, Qt::CaseInsensitive) == 0)
            preselect = index;
    }
    if (preselect == 0 && m_savedMapping->count() == 2)
        preselect = 1; // the only bank there is
    m_savedMapping->setCurrentIndex(preselect);
}

void CsvImportDialog::savedMappingChosen()
{
    const QString name = m_savedMapping->currentData().toString();
    if (name.isEmpty()) {
        // A fresh guess needs the file read with its own separator first.
        auto table = CsvReader::parse(m_bytes);
        if (table)
            m_table = *table;
        BankCsvMapping guessed = BankCsvMapping::guess(m_table, m_fallbackCurrency);
        guessed.name.clear();
        applyMapping(guessed);
        return;
    }
    BankCsvMappingStore store(m_database);
    auto loaded = store.load(name);
    if (!loaded || !loaded->has_value()) {
        setStatus(loaded ? tr("The mapping “%1” no longer exists.").arg(name) : loaded.error().message, true);
        return;
    }
    applyMapping(**loaded);
}

void CsvImportDialog::applyMapping(const BankCsvMapping &mapping)
{
    m_filling = true;
    if (mapping.separator != m_table.separator) {
        if (auto table = CsvReader::parse(m_bytes, mapping.separator))
            m_table = *table;
    }
    selectData(m_separator, QString(m_table.separator));
    m_headerRows->setValue(mapping.headerRows);
    fillColumnChoices();
    selectData(m_dateColumn, mapping.dateColumn);
    m_dateFormat->setCurrentText(mapping.dateFormat);
    selectData(m_descriptionColumn, mapping.descriptionColumn);
    selectData(m_merchantColumn, mapping.merchantColumn);
    (mapping.usesDebitCredit() ? m_debitCredit : m_oneAmount)->setChecked(true);
    selectData(m_amountColumn, mapping.amountColumn);
    selectData(m_debitColumn, mapping.debitColumn);
    selectData(m_creditColumn, mapping.creditColumn);
    m_negativeIsIncome->setChecked(mapping.negativeIsIncome);
    selectData(m_decimalStyle, int(mapping.decimalStyle));
    if (m_currency->findText(mapping.currency) < 0)
        m_currency->insertItem(0, mapping.currency);
    m_currency->setCurrentText(mapping.currency);
    m_mappingName->setText(mapping.name);
    m_filling = false;
    refreshPreview();
}

BankCsvMapping CsvImportDialog::mappingFromControls() const
{
    BankCsvMapping mapping;
    mapping.name = m_mappingName->text().trimmed();
    mapping.separator = m_table.separator.isNull() ? QChar(u',') : m_table.separator;
    mapping.headerRows = m_headerRows->value();
    mapping.dateColumn = m_dateColumn->currentData().toInt();
    mapping.dateFormat = m_dateFormat->currentText().trimmed();
    mapping.descriptionColumn = m_descriptionColumn->currentData().toInt();
    mapping.merchantColumn = m_merchantColumn->currentData().toInt();
    if (m_debitCredit->isChecked()) {
        mapping.amountColumn = -1;
        mapping.debitColumn = m_debitColumn->currentData().toInt();
        mapping.creditColumn = m_creditColumn->currentData().toInt();
    } else {
        mapping.amountColumn = m_amountColumn->currentData().toInt();
        mapping.debitColumn = -1;
        mapping.creditColumn = -1;
    }
    mapping.negativeIsIncome = m_negativeIsIncome->isChecked();
    mapping.decimalStyle = DecimalStyle(m_decimalStyle->currentData().toInt());
    mapping.currency = m_currency->currentText();
    // Kept from a saved mapping: columns this dialog does not show.
    if (const QString saved = m_savedMapping->currentData().toString(); !saved.isEmpty()) {
        BankCsvMappingStore store(m_database);
        if (auto loaded = store.load(saved); loaded && loaded->has_value()) {
            mapping.currencyColumn = (*loaded)->currencyColumn;
            mapping.categoryColumn = (*loaded)->categoryColumn;
        }
    }
    return mapping;
}

void CsvImportDialog::fillColumnChoices()
{
    const bool wasFilling = m_filling;
    m_filling = true;
    int columns = 0;
    for (int row = 0; row < qMin(int(m_table.rows.size()), 20); ++row)
        columns = qMax(columns, int(m_table.rows.at(row).size()));
    // Columns are named by their header when there is one, else by the first value.
    const int headerRow = m_headerRows->value() - 1;
    const int sampleRow = headerRow >= 0 ? headerRow : 0;
    const QStringList names = sampleRow < m_table.rows.size() ? m_table.rows.at(sampleRow) : QStringList();
    for (QComboBox *combo : {m_dateColumn, m_descriptionColumn, m_merchantColumn, m_amountColumn, m_debitColumn,
                             m_creditColumn}) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        if (combo == m_merchantColumn)
            combo->addItem(tr("Same as the description"), -1);
        else if (combo == m_debitColumn || combo == m_creditColumn)
            combo->addItem(tr("None"), -1);
        for (int column = 0; column < columns; ++column) {
            QString name = column < names.size() ? names.at(column).simplified() : QString();
            if (name.size() > 28)
                name = name.left(27) + u'…';
            combo->addItem(name.isEmpty() ? tr("Column %1").arg(column + 1)
                                          : tr("%1: %2").arg(column + 1).arg(name),
                           column);
        }
        if (current.isValid())
            selectData(combo, current);
    }
    m_filling = wasFilling;
}

void CsvImportDialog::refreshPreview()
{
    if (m_filling || m_metrics || m_bytes.isEmpty())
        return;
    BankCsvMapping mapping = mappingFromControls();
    // Rows are read the same under any name; until the user names the mapping, a stand-in name lets them show.
    if (mapping.name.isEmpty())
        mapping.name = QStringLiteral("unnamed");
    BankCsvImporter importer(m_database);
    auto preview = importer.preview(m_table, mapping);
    m_previewError.clear();
    if (!preview) {
        m_preview = {};
        m_previewError = preview.error().message;
    } else {
        m_preview = *preview;
    }
    // What the user chose before a mapping change still applies to the same lines.
    for (TransactionImportRow &row : m_preview.rows) {
        if (auto chosen = m_chosenCategories.find(row.line); chosen != m_chosenCategories.end())
            row.transaction.categoryId = chosen->isValid() ? std::optional<qint64>(chosen->toLongLong()) : std::nullopt;
    }

    m_filling = true;
    const QPalette pal = palette();
    const QColor greyed = pal.color(QPalette::PlaceholderText);
    const int shown = qMin(int(m_preview.rows.size()), kPreviewRowLimit);
    m_bankTable->setRowCount(shown);
    for (int row = 0; row < shown; ++row) {
        const TransactionImportRow &entry = m_preview.rows.at(row);
        const Transaction &transaction = entry.transaction;
        const bool income = transaction.kind == TransactionKind::Income;
        auto *line = readOnlyItem(QString::number(entry.line));
        line->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        // Month names, so a day and month read the wrong way round show at a glance.
        auto *day = readOnlyItem(QLocale().toString(transaction.day, QStringLiteral("d MMM yyyy")));
        auto *description = readOnlyItem(entry.description.isEmpty() ? transaction.merchant : entry.description);
        description->setToolTip(transaction.merchant);
        const QString amountText = MoneyFormat::format(transaction.amount);
        auto *amount = readOnlyItem(income ? QString(u'+' + amountText) : amountText);
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QTableWidgetItem *category = nullptr;
        if (entry.duplicate) {
            category = readOnlyItem(tr("Already imported"));
            for (QTableWidgetItem *item : {line, day, description, amount, category})
                item->setForeground(greyed);
        } else {
            category = new QTableWidgetItem;
            category->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable);
            const QVariant id = transaction.categoryId ? QVariant::fromValue<qint64>(*transaction.categoryId) : QVariant();
            category->setData(CategoryItemDelegate::CategoryIdRole, id);
            category->setData(CategoryItemDelegate::KindRole, transactionKindName(transaction.kind));
            category->setText(m_categoryDelegate->nameOf(id));
            if (income)
                amount->setForeground(incomeColor(pal));
        }
        m_bankTable->setItem(row, LineColumn, line);
        m_bankTable->setItem(row, DateColumn, day);
        m_bankTable->setItem(row, DescriptionColumn, description);
        m_bankTable->setItem(row, AmountColumn, amount);
        m_bankTable->setItem(row, CategoryColumn, category);
    }
    m_problems->clear();
    if (!m_previewError.isEmpty())
        m_problems->addItem(m_previewError);
    for (const ImportProblem &problem : m_preview.problems)
        m_problems->addItem(tr("Line %1: %2").arg(problem.line).arg(problem.message));
    m_problems->setVisible(m_problems->count() > 0);
    m_filling = false;
    updateImportButton();
}

void CsvImportDialog::refreshMetricsPreview()
{
    MetricsCsvImporter importer(m_database);
    auto preview = importer.preview(m_table);
    m_previewError = preview ? QString() : preview.error().message;
    m_metricPreview = preview ? *preview : MetricImportPreview();
    const QColor greyed = palette().color(QPalette::PlaceholderText);
    const int shown = qMin(int(m_metricPreview.rows.size()), kPreviewRowLimit);
    m_metricsTable->setRowCount(shown);
    const QLocale locale;
    for (int row = 0; row < shown; ++row) {
        const MetricImportRow &entry = m_metricPreview.rows.at(row);
        const QString status = entry.duplicate ? tr("Already stored") : entry.replaces ? tr("Replaces the stored value")
                                                                                      : tr("New");
        const QList<QTableWidgetItem *> items = {
            readOnlyItem(QString::number(entry.line)), readOnlyItem(locale.toString(entry.metric.day, QStringLiteral("d MMM yyyy"))),
            readOnlyItem(entry.metric.name), readOnlyItem(locale.toString(entry.metric.value, 'g', 10)),
            readOnlyItem(entry.metric.unit), readOnlyItem(status)};
        for (int column = 0; column < items.size(); ++column) {
            if (entry.duplicate)
                items.at(column)->setForeground(greyed);
            m_metricsTable->setItem(row, column, items.at(column));
        }
    }
    m_metricsTable->resizeColumnsToContents();
    m_metricProblems->clear();
    if (!m_previewError.isEmpty())
        m_metricProblems->addItem(m_previewError);
    for (const ImportProblem &problem : m_metricPreview.problems)
        m_metricProblems->addItem(tr("Line %1: %2").arg(problem.line).arg(problem.message));
    m_metricProblems->setVisible(m_metricProblems->count() > 0);
    updateImportButton();
}

void CsvImportDialog::updateImportButton()
{
    if (m_metrics) {
        const int problems = int(m_metricPreview.problems.size()) + (m_previewError.isEmpty() ? 0 : 1);
        const int fresh = m_metricPreview.newCount();
        const int stored = int(m_metricPreview.rows.size()) - fresh;
        m_import->setEnabled(problems == 0 && fresh > 0);
        if (problems > 0)
            setStatus(tr("%n problem(s) to fix in the file before importing.", "", problems), true);
        else
            setStatus(tr("%1 new, %2 already stored").arg(fresh).arg(stored), false);
        return;
    }
    const int problems = int(m_preview.problems.size()) + (m_previewError.isEmpty() ? 0 : 1);
    const int fresh = m_preview.newCount();
    const int duplicates = m_preview.duplicateCount();
    const bool named = !m_mappingName->text().trimmed().isEmpty();
    m_import->setEnabled(problems == 0 && fresh > 0 && named);
    QString text = tr("%1 new, %2 already imported").arg(fresh).arg(duplicates);
    if (problems > 0)
        text = tr("%n problem(s): fix the mapping or the file. ", "", problems) + text;
    else if (fresh > 0 && !named)
        text += tr(" — name the mapping to import.");
    if (m_preview.rows.size() > kPreviewRowLimit)
        text += u' ' + tr("(showing the first %1 rows)").arg(kPreviewRowLimit);
    setStatus(text, problems > 0);
}

void CsvImportDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    QPalette pal = palette();
    if (error)
        pal.setColor(QPalette::WindowText, errorColor(pal));
    m_status->setPalette(pal);
}

void CsvImportDialog::rememberCategory(int row)
{
    QTableWidgetItem *line = m_bankTable->item(row, LineColumn);
    QTableWidgetItem *category = m_bankTable->item(row, CategoryColumn);
    if (!line || !category)
        return;
    const int lineNumber = line->text().toInt();
    const QVariant id = category->data(CategoryItemDelegate::CategoryIdRole);
    m_chosenCategories.insert(lineNumber, id);
    for (TransactionImportRow &entry : m_preview.rows) {
        if (entry.line == lineNumber)
            entry.transaction.categoryId = id.isValid() ? std::optional<qint64>(id.toLongLong()) : std::nullopt;
    }
}

void CsvImportDialog::importNow()
{
    const QString fileName = QFileInfo(m_path).fileName();
    if (m_metrics) {
        MetricsCsvImporter importer(m_database);
        auto batch = importer.commit(m_metricPreview, fileName);
        if (!batch) {
            setStatus(batch.error().message, true);
            return;
        }
        m_resultText = tr("Imported %n value(s).", "", batch->rowCount);
        accept();
        return;
    }
    const BankCsvMapping mapping = mappingFromControls();
    BankCsvMappingStore store(m_database);
    if (auto saved = store.save(mapping); !saved) {
        setStatus(saved.error().message, true);
        return;
    }
    // Previewed again under the final name (the rows' source names the mapping); the user's categories carry over.
    refreshPreview();
    if (!m_import->isEnabled())
        return;
    BankCsvImporter importer(m_database);
    auto batch = importer.commit(m_preview, fileName);
    if (!batch) {
        setStatus(batch.error().message, true);
        return;
    }
    m_resultText = tr("Imported %n transaction(s).", "", batch->rowCount);
    accept();
}

} // namespace lifeos
