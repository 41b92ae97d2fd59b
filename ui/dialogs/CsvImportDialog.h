#pragma once

#include "importing/BankCsvMapping.h"
#include "importing/CsvTable.h"
#include "importing/ImportPreview.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;
class QTableWidget;
class QTimer;

namespace lifeos {

class CategoryItemDelegate;
class Database;

// Imports a CSV file: a bank statement through a column mapping remembered per bank, or a metrics file
// (date, metric, value). Everything is previewed as parsed before anything is written; rows with problems are
// listed by line number and block the import; rows imported before are greyed and skipped.
class CsvImportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CsvImportDialog)

public:
    explicit CsvImportDialog(Database &database, QWidget *parent = nullptr);

    // The currency a new mapping assumes when the file names none (the Finance page's currency).
    void setFallbackCurrency(const QString &code) { m_fallbackCurrency = code; }
    // Reads and previews a file (the "Choose file…" button calls it; tests call it directly).
    bool openFile(const QString &path);
    bool isMetricsFile() const { return m_metrics; }
    const TransactionImportPreview &bankPreview() const { return m_preview; }
    const MetricImportPreview &metricPreview() const { return m_metricPreview; }
    // After an import: "Imported 42 transactions."
    QString resultText() const { return m_resultText; }

private:
    void chooseFile();
    void reparse(std::optional<QChar> separator);
    void showBankMapping();
    void fillSavedMappings();
    void savedMappingChosen();
    void applyMapping(const BankCsvMapping &mapping);
    BankCsvMapping mappingFromControls() const;
    void fillColumnChoices();
    void refreshPreview();
    void refreshMetricsPreview();
    void updateImportButton();
    void setStatus(const QString &text, bool error);
    void importNow();
    void rememberCategory(int row);

    Database &m_database;
    QString m_path;
    QByteArray m_bytes;
    CsvTable m_table;
    bool m_metrics = false;
    bool m_filling = false; // controls are being set from a mapping: one refresh at the end
    TransactionImportPreview m_preview;
    MetricImportPreview m_metricPreview;
    QString m_previewError;
    QHash<int, QVariant> m_chosenCategories; // by line: what the user picked (invalid QVariant: none)
    QString m_resultText;

    QLineEdit *m_file = nullptr;
    QPushButton *m_choose = nullptr;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_intro = nullptr;
    // Bank statement mapping
    QComboBox *m_savedMapping = nullptr;
    QComboBox *m_separator = nullptr;
    QSpinBox *m_headerRows = nullptr;
    QComboBox *m_dateColumn = nullptr;
    QComboBox *m_dateFormat = nullptr;
    QComboBox *m_descriptionColumn = nullptr;
    QComboBox *m_merchantColumn = nullptr;
    QRadioButton *m_oneAmount = nullptr;
    QRadioButton *m_debitCredit = nullptr;
    QComboBox *m_amountColumn = nullptr;
    QComboBox *m_debitColumn = nullptr;
    QComboBox *m_creditColumn = nullptr;
    QCheckBox *m_negativeIsIncome = nullptr;
    QComboBox *m_decimalStyle = nullptr;
    QComboBox *m_currency = nullptr;
    QLineEdit *m_mappingName = nullptr;
    QTableWidget *m_bankTable = nullptr;
    CategoryItemDelegate *m_categoryDelegate = nullptr;
    QListWidget *m_problems = nullptr;
    // Metrics file
    QTableWidget *m_metricsTable = nullptr;
    QListWidget *m_metricProblems = nullptr;

    QLabel *m_status = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_import = nullptr;
    QTimer *m_nameDelay = nullptr;
    QString m_fallbackCurrency = QStringLiteral("IDR");
};

} // namespace lifeos
