#include "search/SearchSettingsBox.h"

#include "PaletteColors.h"
#include "search/EmbedderConfig.h"
#include "search/IndexStatusView.h"
#include "search/SearchService.h"
#include "util/Settings.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace lifeos {

namespace {

QLabel *hintLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

} // namespace

SearchSettingsBox::SearchSettingsBox(UiContext &context, QWidget *parent)
    : QGroupBox(tr("Search"), parent)
    , m_context(context)
    , m_provider(new QComboBox(this))
    , m_baseUrl(new QLineEdit(this))
    , m_model(new QLineEdit(this))
    , m_keyNote(hintLabel(QString(), this))
    , m_problem(new QLabel(this))
    , m_status(new IndexStatusView(context.search, this))
    , m_saveDelay(new QTimer(this))
{
    setObjectName(QStringLiteral("searchSettings"));
    m_provider->setObjectName(QStringLiteral("searchEmbedder"));
    m_baseUrl->setObjectName(QStringLiteral("searchEmbeddingBaseUrl"));
    m_model->setObjectName(QStringLiteral("searchEmbeddingModel"));
    m_keyNote->setObjectName(QStringLiteral("searchKeyNote"));
    m_problem->setObjectName(QStringLiteral("searchEmbedderProblem"));

    m_provider->addItem(tr("Built in, offline (no key, nothing leaves this computer)"), EmbedderConfig::kOffline);
    m_provider->addItem(tr("OpenAI"), EmbedderConfig::kOpenAi);
    m_provider->addItem(tr("OpenAI-compatible server (Ollama, llama.cpp, LM Studio)"), EmbedderConfig::kOpenAiCompatible);
    m_provider->setCurrentIndex(qMax(0, m_provider->findData(context.settings.value(SettingKeys::SearchEmbedder))));
    m_baseUrl->setText(context.settings.value(SettingKeys::SearchEmbeddingBaseUrl));
    m_model->setText(context.settings.value(SettingKeys::SearchEmbeddingModel));
    m_baseUrl->setClearButtonEnabled(true);
    m_model->setClearButtonEnabled(true);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    m_keyNote->setText(tr("The API key is read from the environment variable LIFEOS_EMBEDDINGS_API_KEY (for OpenAI "
                          "also OPENAI_API_KEY); it is never stored in settings."));
    m_keyNote->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // Saved a moment after typing stops, and when the box goes, not with every key.
    m_saveDelay->setSingleShot(true);
    m_saveDelay->setInterval(800);
    connect(m_saveDelay, &QTimer::timeout, this, &SearchSettingsBox::save);
    connect(m_provider, &QComboBox::currentIndexChanged, this, [this] {
        providerChanged();
        save();
    });
    connect(m_baseUrl, &QLineEdit::textEdited, m_saveDelay, qOverload<>(&QTimer::start));
    connect(m_model, &QLineEdit::textEdited, m_saveDelay, qOverload<>(&QTimer::start));
    connect(m_baseUrl, &QLineEdit::editingFinished, this, [this] {
        if (m_saveDelay->isActive())
            save();
    });
    connect(m_model, &QLineEdit::editingFinished, this, [this] {
        if (m_saveDelay->isActive())
            save();
    });

    auto *form = new QFormLayout(this);
    form->addRow(tr("Meaning search &with"), m_provider);
    form->addRow(tr("Server &address"), m_baseUrl);
    form->addRow(tr("Embedding mod&el"), m_model);
    form->addRow(QString(), m_keyNote);
    form->addRow(QString(), m_problem);
    form->addRow(tr("Index"), m_status);
    form->addRow(QString(), hintLabel(tr("Changing the embedder indexes everything again in the background; "
                                         "word search keeps working meanwhile."),
                                      this));
    providerChanged();
}

SearchSettingsBox::~SearchSettingsBox()
{
    if (m_saveDelay->isActive())
        save();
}

void SearchSettingsBox::providerChanged()
{
    const QString provider = m_provider->currentData().toString();
    const bool network = provider != EmbedderConfig::kOffline;
    m_baseUrl->setEnabled(network);
    m_model->setEnabled(network);
    m_keyNote->setVisible(network);
    // The defaults show as placeholders, so an empty field visibly means "the usual one".
    m_baseUrl->setPlaceholderText(network ? EmbedderConfig::defaultBaseUrl(provider).toString() : QString());
    m_model->setPlaceholderText(network ? EmbedderConfig::defaultModel(provider) : QString());
    showProblem();
}

void SearchSettingsBox::save()
{
    m_saveDelay->stop();
    Settings &settings = m_context.settings;
    const QString provider = m_provider->currentData().toString();
    const QString baseUrl = m_baseUrl->text().trimmed();
    const QString model = m_model->text().trimmed();
    const bool changed = settings.value(SettingKeys::SearchEmbedder) != provider
        || settings.value(SettingKeys::SearchEmbeddingBaseUrl) != baseUrl
        || settings.value(SettingKeys::SearchEmbeddingModel) != model;
    settings.setValue(SettingKeys::SearchEmbedder, provider);
    settings.setValue(SettingKeys::SearchEmbeddingBaseUrl, baseUrl);
    settings.setValue(SettingKeys::SearchEmbeddingModel, model);
    settings.sync();
    showProblem();
    if (changed && m_context.search)
        m_context.search->reindexSoon(); // the indexer reads the choice again and re-embeds in the background
}

void SearchSettingsBox::showProblem()
{
    // What the indexer would refuse, said before the user leaves the page (the key as the environment has it).
    const EmbedderConfig config = EmbedderConfig::load(m_context.settings);
    QString problem;
    if (config.provider == m_provider->currentData().toString()) {
        if (const Result<void> valid = config.validate(); !valid)
            problem = valid.error().message;
    }
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    QPalette pal;
    pal.setColor(QPalette::WindowText, errorColor(palette()));
    m_problem->setPalette(pal);
}

} // namespace lifeos
