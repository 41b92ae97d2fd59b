#pragma once

#include "importing/ImportPreview.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace lifeos {

class Database;

// The imports done so far, newest first; "Undo import" takes one back as a single step.
class ImportHistoryDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportHistoryDialog)

public:
    explicit ImportHistoryDialog(Database &database, QWidget *parent = nullptr);

    void reload();
    // Undoes the batch without asking (the button asks first); true when it was undone.
    bool undoBatch(const QString &batchId);
    // The question before undoing (a seam for tests); returns whether to go ahead.
    void setConfirm(std::function<bool(const ImportBatch &)> confirm) { m_confirm = std::move(confirm); }
    int undoneCount() const { return m_undone; }

Q_SIGNALS:
    void importUndone(const QString &text);

private:
    void undoSelected();
    void updateButtons();

    Database &m_database;
    QList<ImportBatch> m_batches;
    std::function<bool(const ImportBatch &)> m_confirm;
    int m_undone = 0;
    QTreeWidget *m_list = nullptr;
    QPushButton *m_undo = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace lifeos
