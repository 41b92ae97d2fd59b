#pragma once

#include "export/ExportSummary.h"
#include "storage/Database.h"
#include "util/Result.h"

#include <QCoreApplication>

namespace lifeos {

// A readable copy for other tools (Obsidian, a text editor, grep): journal/YYYY-MM-DD.md per day,
// notes/<id>-<title>.md per note and tasks.md, each with YAML front matter where it has metadata.
class MarkdownExporter {
    Q_DECLARE_TR_FUNCTIONS(MarkdownExporter)

public:
    explicit MarkdownExporter(Database &database);
    Result<ExportSummary> exportTo(const QString &folder) const;

    static QString slug(const QString &title);

private:
    Database &m_database;
};

} // namespace lifeos
