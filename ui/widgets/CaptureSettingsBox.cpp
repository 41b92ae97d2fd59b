#include "widgets/CaptureSettingsBox.h"

#include "CaptureHotkey.h"
#include "PaletteColors.h"
#include "capture/ParseContextFactory.h"
#include "util/Settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTimer>

namespace lifeos {

namespace {

const QStringList kCommonCurrencies = {QStringLiteral("IDR"),
                                       QStringLiteral("USD"),
                                       QStringLiteral("EUR"),
                                       QStringLiteral("SGD"),
                                       QStringLiteral("MYR"),
                                       QStringLiteral("AUD"),
                                       QStringLiteral("GBP"),
                                       QStringLiteral("JPY")};

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

CaptureSettingsBox::CaptureSettingsBox(UiContext &context, QWidget *parent)
    : QGroupBox(tr("Quick capture"), parent)
    , m_context(context)
    , m_hotkey(new QKeySequenceEdit(this))
    , m_hotkeyStatus(new QLabel(this))
    , m_currency(new QComboBox(this))
    , m_dateOrder(new QComboBox(this))
    , m_customMetrics(new QPlainTextEdit(this))
    , m_saveMetrics(new QTimer(this))
{
    setObjectName(QStringLiteral("captureSettings"));
    m_hotkey->setObjectName(QStringLiteral("captureHotkey"));
    m_hotkey->setKeySequence(
        QKeySequence::fromString(context.settings.value(SettingKeys::CaptureHotkey), QKeySequence::PortableText));
    m_hotkeyStatus->setObjectName(QStringLiteral("captureHotkeyStatus"));
    m_hotkeyStatus->setWordWrap(true);
    m_hotkeyStatus->setTextFormat(Qt::RichText);
    if (CaptureHotkey *hotkey = context.captureHotkey) {
        showHotkeyStatus(hotkey->lastError());
        // Answers may come later than the request (a desktop can ask the user first), so they are heard here.
        connect(hotkey, &CaptureHotkey::taken, this, [this](const QString &portable) {
            m_context.settings.setValue(SettingKeys::CaptureHotkey, portable);
            m_context.settings.sync();
            showHotkeyStatus(QString());
        });
        connect(hotkey, &CaptureHotkey::refused, this, [this](const QString &, const QString &error) {
            showHotkeyStatus(error);
        });
    } else {
        showHotkeyStatus(QString());
    }
    connect(m_hotkey, &QKeySequenceEdit::editingFinished, this, [this] { applyHotkey(m_hotkey->keySequence()); });
    auto *clear = new QPushButton(tr("Turn off"), this);
    clear->setObjectName(QStringLiteral("captureHotkeyOff"));
    connect(clear, &QPushButton::clicked, this, [this] {
        m_hotkey->clear();
        applyHotkey({});
    });
    auto *hotkeyRow = new QHBoxLayout;
    hotkeyRow->addWidget(m_hotkey, 1);
    hotkeyRow->addWidget(clear);

    m_currency->setObjectName(QStringLiteral("defaultCurrency"));
    m_currency->addItem(tr("From the system (%1)").arg(ParseContextFactory::localeCurrency(QLocale())), QString());
    for (const QString &code : kCommonCurrencies)
        m_currency->addItem(code, code);
    m_currency->setCurrentIndex(qMax(0, m_currency->findData(context.settings.value(SettingKeys::DefaultCurrency))));
    connect(m_currency, &QComboBox::currentIndexChanged, this, [this] {
        m_context.settings.setValue(SettingKeys::DefaultCurrency, m_currency->currentData().toString());
        m_context.settings.sync();
    });

    m_dateOrder->setObjectName(QStringLiteral("dateOrder"));
    const bool systemDayFirst = ParseContextFactory::localeDateOrder(QLocale()) == DateOrder::DayFirst;
    m_dateOrder->addItem(systemDayFirst ? tr("From the system (day first)") : tr("From the system (month first)"),
                         QStringLiteral("auto"));
    m_dateOrder->addItem(tr("Day first: 5/12 is 5 December"), QStringLiteral("day-first"));
    m_dateOrder->addItem(tr("Month first: 5/12 is May 12"), QStringLiteral("month-first"));
    m_dateOrder->setCurrentIndex(qMax(0, m_dateOrder->findData(context.settings.value(SettingKeys::DateOrder))));
    connect(m_dateOrder, &QComboBox::currentIndexChanged, this, [this] {
        m_context.settings.setValue(SettingKeys::DateOrder, m_dateOrder->currentData().toString());
        m_context.settings.sync();
    });

    m_customMetrics->setObjectName(QStringLiteral("customMetrics"));
    m_customMetrics->setPlainText(context.settings.value(SettingKeys::CustomMetrics).join(u'\n'));
    m_customMetrics->setTabChangesFocus(true);
    m_customMetrics->setFixedHeight(m_customMetrics->fontMetrics().lineSpacing() * 4 + 12);
    m_customMetrics->setPlaceholderText(tr("caffeine:mg:kafein"));
    // Saved a moment after typing stops (and when the box goes), not with every key.
    m_saveMetrics->setSingleShot(true);
    m_saveMetrics->setInterval(500);
    connect(m_saveMetrics, &QTimer::timeout, this, &CaptureSettingsBox::saveCustomMetrics);
    connect(m_customMetrics, &QPlainTextEdit::textChanged, m_saveMetrics, qOverload<>(&QTimer::start));

    auto *form = new QFormLayout(this);
    auto *hotkeyLabel = new QLabel(tr("Global &shortcut"), this);
    hotkeyLabel->setBuddy(m_hotkey);
    form->addRow(hotkeyLabel, hotkeyRow);
    form->addRow(QString(), m_hotkeyStatus);
    form->addRow(tr("&Currency"), m_currency);
    form->addRow(QString(), hintLabel(tr("Used for amounts typed without one, such as \"coffee 15k\"."), this));
    form->addRow(tr("&Dates like 5/12"), m_dateOrder);
    form->addRow(tr("Your own &metrics"), m_customMetrics);
    form->addRow(QString(),
                 hintLabel(tr("One a line: name, unit and other words for it, separated by colons. "
                              "\"caffeine:mg\" lets you capture \"caffeine 200mg\"."),
                           this));
}

void CaptureSettingsBox::applyHotkey(const QKeySequence &sequence)
{
    // Only the first key combination counts: a global shortcut is one chord.
    const QKeySequence chord = sequence.isEmpty() ? QKeySequence() : QKeySequence(sequence[0]);
    if (chord != sequence)
        m_hotkey->setKeySequence(chord);
    if (m_context.captureHotkey)
        m_context.captureHotkey->request(chord.toString(QKeySequence::PortableText)); // saved once it is taken
}

void CaptureSettingsBox::showHotkeyStatus(const QString &error)
{
    // The command is one unbreakable word, so "--capture" never wraps onto a line of its own.
    const QString command = QStringLiteral("<nobr>lifeos --capture</nobr>");
    QString text;
    if (!error.isEmpty())
        text = error.toHtmlEscaped();
    else if (!m_context.captureHotkey)
        text = tr("Global shortcuts are not available in this session.");
    else if (m_hotkey->keySequence().isEmpty())
        text = tr("Off. Quick capture still opens from the tray, the File menu, or the command %1 bound to a "
                  "shortcut in your desktop's settings.")
                   .arg(command);
    else
        text = tr("Works in every program (%1). On Wayland without a shortcuts portal, bind the command %2 in your "
                  "desktop's keyboard settings instead.")
                   .arg(m_context.captureHotkey->backendName().toHtmlEscaped(), command);
    m_hotkeyStatus->setText(text);
    QPalette palette;
    if (!error.isEmpty())
        palette.setColor(QPalette::WindowText, errorColor(m_hotkeyStatus->palette()));
    m_hotkeyStatus->setPalette(palette);
    m_hotkeyStatus->setForegroundRole(error.isEmpty() ? QPalette::PlaceholderText : QPalette::WindowText);
}

CaptureSettingsBox::~CaptureSettingsBox()
{
    if (m_saveMetrics->isActive())
        saveCustomMetrics();
}

void CaptureSettingsBox::saveCustomMetrics()
{
    QStringList lines;
    for (const QString &line : m_customMetrics->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            lines.append(line.trimmed());
    }
    m_context.settings.setValue(SettingKeys::CustomMetrics, lines);
    m_context.settings.sync();
}

} // namespace lifeos
