#include "preferencesdialog.h"
#include "ui_preferencesdialog.h"

#include "appenvironment.h"
#include "appsettings.h"
#include "modelbarchartview.h"

using namespace Qt::StringLiterals;

namespace ub {

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    // Each language is named in itself, so it can be found whatever the current one is.
    m_ui->languageCombo->addItem(u"中文（简体）"_s, u"zh_CN"_s);
    m_ui->languageCombo->addItem(u"English"_s, u"en"_s);
    m_ui->themeCombo->addItem(tr("Light"), toKey(ChartTheme::Light));
    m_ui->themeCombo->addItem(tr("Dark"), toKey(ChartTheme::Dark));
    m_ui->themeCombo->addItem(tr("High contrast"), toKey(ChartTheme::HighContrast));
    AppSettings settings;
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(settings.language())));
    m_ui->themeCombo->setCurrentIndex(std::max(0, m_ui->themeCombo->findData(settings.chartTheme())));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PreferencesDialog::~PreferencesDialog() = default;

void PreferencesDialog::accept()
{
    AppSettings settings;
    const QString language = m_ui->languageCombo->currentData().toString();
    const QString theme = m_ui->themeCombo->currentData().toString();
    settings.setLanguage(language);
    settings.setChartTheme(theme);
    QDialog::accept();
    ModelBarChartView::setTheme(chartThemeFromKey(theme));
    if (language != AppEnvironment::language())
        AppEnvironment::setLanguage(language); // every widget gets LanguageChange and retranslates
}

} // namespace ub
