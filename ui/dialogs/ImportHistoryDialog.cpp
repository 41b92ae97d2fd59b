#include "dialogs/ImportHistoryDialog.h"

#include "importing/ImportHistory.h"
#include "PaletteColors.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace lifeos {

ImportHistoryDialog::ImportHistoryDialog(Database &database, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_list(new QTreeWidget(this))
    , m_undo(new QPushButton(tr("&Undo import"), this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import history"));
    m_list->setObjectName(QStringLiteral("importHistoryList"));
    m_undo->setObjectName(QStringLiteral("undoImportButton"));
    m_list->setColumnCount(5);
    m_list->setHeaderLabels({tr("When"), tr("What"), tr("File"), tr("Rows"), tr("Status")});
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setAccessibleName(tr("Imports"));
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_status->setWordWrap(true);

    m_confirm = [this](const ImportBatch &batch) {
        return QMessageBox::question(this, tr("Undo import"),
                                     tr("Remove the %n row(s) imported from %1?", "", batch.rowCount)
                                         .arg(batch.fileName))
            == QMessageBox::Yes;
    };

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_undo, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(720, 380);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ImportHistoryDialog::updateButtons);
    auto *deleteKey = new QShortcut(QKeySequence::Delete, m_list);
    deleteKey->setContext(Qt::WidgetShortcut);
    connect(deleteKey, &QShortcut::activated, this, &ImportHistoryDialog::undoSelected);
    reload();
    m_list->setFocus();
}

void ImportHistoryDialog::reload()
{
    ImportHistory history(m_database);
    auto batches = history.list();
    m_list->clear();
    m_batches.clear();
    if (!batches) {
        m_status->setText(batches.error().message);
        updateButtons();
        return;
    }
    m_batches = *batches;
    const QLocale locale;
    for (const ImportBatch &batch : m_batches) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setText(0, locale.toString(batch.createdAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(1, batch.kind == u"metrics_csv" ? tr("Metrics")
                                                     : tr("Bank statement (%1)").arg(batch.mapping));
        item->setText(2, batch.fileName);
        item->setText(3, QString::number(batch.rowCount));
        item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        if (batch.undoneAt.isValid()) {
            item->setText(4, tr("Undone %1").arg(locale.toString(batch.undoneAt.toLocalTime(), QLocale::ShortFormat)));
            for (int column = 0; column < 5; ++column)
                item->setForeground(column, palette().color(QPalette::PlaceholderText));
        } else {
            item->setText(4, tr("Imported"));
        }
    }
    for (int column = 0; column < 5; ++column) {
        if (column != 2)
            m_list->resizeColumnToContents(column);
    }
    if (m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_status->setText(m_batches.isEmpty() ? tr("Nothing has been imported yet.") : QString());
    updateButtons();
}

bool ImportHistoryDialog::undoBatch(const QString &batchId)
{
    ImportHistory history(m_database);
    auto undone = history.undo(batchId);
    if (!undone) {
        m_status->setText(undone.error().message);
        return false;
    }
    ++m_undone;
    const QString text = tr("Undid the import: %n row(s) removed.", "", *undone);
    reload();
    m_status->setText(text);
    Q_EMIT importUndone(text);
    return true;
}

void ImportHistoryDialog::undoSelected()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    if (row < 0 || row >= m_batches.size() || m_batches.at(row).undoneAt.isValid())
        return;
    const ImportBatch batch = m_batches.at(row);
    if (m_confirm && !m_confirm(batch))
        return;
    undoBatch(batch.id);
}

void ImportHistoryDialog::updateButtons()
{
    const int row = m_list->indexOfTopLevelItem(m_list->currentItem());
    m_undo->setEnabled(row >= 0 && row < m_batches.size() && !m_batches.at(row).undoneAt.isValid());
}

} // namespace lifeos
