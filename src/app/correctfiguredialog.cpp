#include "correctfiguredialog.h"
#include "ui_correctfiguredialog.h"

#include "indicatorcatalogue.h"
#include "labels.h"
#include "regionorder.h"

using namespace Qt::StringLiterals;

namespace ub {

CorrectFigureDialog::CorrectFigureDialog(const Figure &figure, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::CorrectFigureDialog>())
    , m_figure(figure)
{
    m_ui->setupUi(this);
    m_ui->sentenceLabel->setText(figure.sentence.toHtmlEscaped().replace(
        figure.quote.toHtmlEscaped(), u"<b style=\"background:#ffe08a\">"_s + figure.quote.toHtmlEscaped() + u"</b>"_s));
    m_ui->valueSpin->setValue(figure.value);
    QStringList regions = standardRegions();
    regions << QString::fromUtf16(kNationalRegion) << QString::fromUtf16(kOtherProvinceRegion);
    for (const QString &region : regions)
        m_ui->regionCombo->addItem(region, region);
    if (m_ui->regionCombo->findData(figure.region) < 0)
        m_ui->regionCombo->addItem(figure.region, figure.region);
    m_ui->regionCombo->setCurrentIndex(m_ui->regionCombo->findData(figure.region));
    m_ui->yearSpin->setValue(figure.year > 0 ? figure.year : m_ui->yearSpin->minimum());
    for (Category category : allCategories())
        m_ui->categoryCombo->addItem(Labels::category(category), toKey(category));
    m_ui->categoryCombo->setCurrentIndex(m_ui->categoryCombo->findData(toKey(figure.category)));
    m_ui->indicatorCombo->addItem(tr("(none)"), QString());
    for (const Indicator &indicator : IndicatorCatalogue::instance().indicators())
        m_ui->indicatorCombo->addItem(Labels::indicator(indicator.key), indicator.key);
    m_ui->indicatorCombo->setCurrentIndex(std::max(0, m_ui->indicatorCombo->findData(figure.indicator)));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CorrectFigureDialog::~CorrectFigureDialog() = default;

QList<QPair<CorrectableField, QVariant>> CorrectFigureDialog::changes() const
{
    QList<QPair<CorrectableField, QVariant>> changes;
    if (!qFuzzyCompare(m_ui->valueSpin->value() + 1, m_figure.value + 1))
        changes.append({CorrectableField::Value, m_ui->valueSpin->value()});
    if (m_ui->regionCombo->currentData().toString() != m_figure.region)
        changes.append({CorrectableField::Region, m_ui->regionCombo->currentData()});
    const int year = m_ui->yearSpin->value() == m_ui->yearSpin->minimum() ? 0 : m_ui->yearSpin->value();
    if (year != m_figure.year)
        changes.append({CorrectableField::Year, year});
    if (m_ui->categoryCombo->currentData().toString() != toKey(m_figure.category))
        changes.append({CorrectableField::Category, m_ui->categoryCombo->currentData()});
    if (m_ui->indicatorCombo->currentData().toString() != m_figure.indicator)
        changes.append({CorrectableField::Indicator, m_ui->indicatorCombo->currentData()});
    return changes;
}

} // namespace ub
