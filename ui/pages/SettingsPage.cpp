#include "pages/SettingsPage.h"

#include "util/Settings.h"
#include "search/SearchSettingsBox.h"
#include "widgets/CaptureSettingsBox.h"
#include "widgets/ConnectionsBox.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QUrl>
#include <QVBoxLayout>

namespace lifeos {

SettingsPage::SettingsPage(UiContext &context, QWidget *parent)
    : Page(parent)
    , m_context(context)
    , m_language(new QComboBox(this))
    , m_closeToTray(new QCheckBox(tr("Keep running in the tray when the window is closed"), this))
    , m_languageHint(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsPage"));
    m_language->setObjectName(QStringLiteral("languageChoice"));
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    // Language names are written in their own language so anyone can find theirs.
    m_language->addItem(tr("Same as the system"), QString());
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Bahasa Indonesia"), QStringLiteral("id"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(context.settings.value(SettingKeys::Language))));
    m_languageHint->setForegroundRole(QPalette::PlaceholderText);
    m_languageHint->setWordWrap(true);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_context.settings.setValue(SettingKeys::Language, m_language->currentData().toString());
        m_context.settings.sync();
        m_languageHint->setText(tr("The new language is used the next time LifeOS starts."));
    });
    m_closeToTray->setChecked(context.settings.value(SettingKeys::CloseToTray));
    connect(m_closeToTray, &QCheckBox::toggled, this, [this](bool on) {
        m_context.settings.setValue(SettingKeys::CloseToTray, on);
        m_context.settings.sync();
    });

    auto *general = new QGroupBox(tr("General"), this);
    auto *generalForm = new QFormLayout(general);
    generalForm->addRow(tr("&Language"), m_language);
    generalForm->addRow(QString(), m_languageHint);
    generalForm->addRow(QString(), m_closeToTray);

    auto *dataGroup = new QGroupBox(tr("Your data"), this);
    auto *dataLayout = new QVBoxLayout(dataGroup);
    auto *where = new QLabel(tr("All your LifeOS data is stored on this computer, in %1.").arg(context.dataDir), this);
    where->setWordWrap(true);
    where->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *open = new QPushButton(tr("&Open data folder"), this);
    connect(open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_context.dataDir)); });
    dataLayout->addWidget(where);
    dataLayout->addWidget(open, 0, Qt::AlignLeft);

    auto *coming = new QGroupBox(tr("Coming in later versions"), this);
    auto *comingLayout = new QVBoxLayout(coming);
    auto *comingText = new QLabel(tr("The AI assistant's provider, model and monthly spending cap."), this);
    comingText->setWordWrap(true);
    comingText->setForegroundRole(QPalette::PlaceholderText);
    comingLayout->addWidget(comingText);

    auto *column = new QWidget(this);
    column->setMaximumWidth(720);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(general);
    columnLayout->addWidget(new ConnectionsBox(context, this));
    columnLayout->addWidget(new CaptureSettingsBox(context, this));
    columnLayout->addWidget(new SearchSettingsBox(context, this));
    columnLayout->addWidget(dataGroup);
    columnLayout->addWidget(coming);
    columnLayout->addStretch();
    // The sections outgrow a small window: they scroll rather than push the window taller than the screen.
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(24, 18, 24, 18);
    contentLayout->addWidget(column);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("settingsScroll"));
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setBackgroundRole(QPalette::Window);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

} // namespace lifeos
