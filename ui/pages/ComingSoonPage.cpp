#include "pages/ComingSoonPage.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace lifeos {

ComingSoonPage::ComingSoonPage(const QString &iconPath, const QString &title, const QString &summary,
                               const QStringList &plans, QWidget *parent)
    : Page(parent)
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(iconPath).pixmap(64, 64));
    icon->setAlignment(Qt::AlignCenter);

    auto *heading = new QLabel(title, this);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setWeight(QFont::DemiBold);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    auto *summaryLabel = new QLabel(summary, this);
    summaryLabel->setWordWrap(true);
    summaryLabel->setAlignment(Qt::AlignCenter);

    QString list = QStringLiteral("<ul>");
    for (const QString &plan : plans)
        list += QStringLiteral("<li>") + plan.toHtmlEscaped() + QStringLiteral("</li>");
    list += QStringLiteral("</ul>");
    auto *planLabel = new QLabel(list, this);
    planLabel->setTextFormat(Qt::RichText);
    planLabel->setWordWrap(true);

    auto *badge = new QLabel(tr("Coming in a later version"), this);
    badge->setAlignment(Qt::AlignCenter);
    badge->setForegroundRole(QPalette::PlaceholderText);

    auto *column = new QWidget(this);
    column->setMaximumWidth(560);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->addWidget(icon);
    columnLayout->addWidget(heading);
    columnLayout->addWidget(summaryLabel);
    columnLayout->addWidget(planLabel);
    columnLayout->addWidget(badge);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(1);
    layout->addWidget(column, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    setAccessibleName(title);
    setAccessibleDescription(summary);
}

} // namespace lifeos
