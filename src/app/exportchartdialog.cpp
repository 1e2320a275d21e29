#include "exportchartdialog.h"
#include "ui_exportchartdialog.h"

#include "appsettings.h"
#include "indicatorcatalogue.h"
#include "chartbatch.h"
#include "chartdatabuilder.h"
#include "chartexporter.h"
#include "labels.h"

#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace ub {

namespace {

const QString kCustomSize = QStringLiteral("custom");

} // namespace

ExportChartDialog::ExportChartDialog(Store &store, const ChartRequest &request, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ExportChartDialog>())
    , m_store(store)
    , m_request(request)
{
    m_ui->setupUi(this);
    m_ui->buttonBox->button(QDialogButtonBox::Save)->setText(tr("&Export"));
    QPushButton *copy = m_ui->buttonBox->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, &ExportChartDialog::copyToClipboard);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ExportChartDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ExportChartDialog::reject);

    fillMeasures();
    m_ui->batchCombo->addItem(tr("This chart"), int(Batch::None));
    m_ui->batchCombo->addItem(tr("One chart per city"), int(Batch::PerCity));
    if (request.view != ChartView::City)
        m_ui->batchCombo->addItem(tr("One chart per year"), int(Batch::PerYear));
    for (const SizePreset &preset : sizePresets())
        m_ui->sizeCombo->addItem(preset.name(), preset.key);
    m_ui->sizeCombo->addItem(tr("Custom"), kCustomSize);
    for (QSpinBox *spin : {m_ui->widthSpin, m_ui->heightSpin}) {
        spin->setRange(spin == m_ui->widthSpin ? ChartExportOptions::kMinimumSize.width()
                                               : ChartExportOptions::kMinimumSize.height(),
                       spin == m_ui->widthSpin ? ChartExportOptions::kMaximumSize.width()
                                               : ChartExportOptions::kMaximumSize.height());
    }
    for (int scale = 1; scale <= ChartExportOptions::kMaximumScale; ++scale)
        m_ui->scaleCombo->addItem(tr("%1× (PNG and clipboard)").arg(scale), scale);
    m_ui->backgroundCombo->addItem(tr("White"), false);
    m_ui->backgroundCombo->addItem(tr("Transparent"), true);
    for (ExportFormat format : {ExportFormat::Png, ExportFormat::Svg, ExportFormat::Pdf}) {
        const QStringList names = {tr("PNG image"), tr("SVG vector drawing"), tr("PDF document")};
        m_ui->formatCombo->addItem(names.at(int(format)), toKey(format));
    }
    m_ui->titleEdit->setPlaceholderText(tr("Automatic"));
    m_ui->subtitleEdit->setPlaceholderText(tr("Automatic: years and unit"));
    restoreChoices();

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(120);
    connect(&m_previewTimer, &QTimer::timeout, this, &ExportChartDialog::renderPreview);
    const auto changed = [this] {
        updateControls();
        m_previewTimer.start();
    };
    for (QComboBox *combo : {m_ui->measureCombo, m_ui->batchCombo, m_ui->sizeCombo, m_ui->scaleCombo,
                             m_ui->backgroundCombo, m_ui->formatCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    for (QSpinBox *spin : {m_ui->widthSpin, m_ui->heightSpin})
        connect(spin, &QSpinBox::valueChanged, this, changed);
    for (QLineEdit *edit : {m_ui->titleEdit, m_ui->subtitleEdit})
        connect(edit, &QLineEdit::textChanged, this, changed);
    connect(m_ui->footerCheck, &QCheckBox::toggled, this, changed);
    connect(m_ui->onePdfCheck, &QCheckBox::toggled, this, changed);
    connect(m_ui->pathEdit, &QLineEdit::textEdited, this, [this] { m_pathEdited = true; });
    connect(m_ui->browseButton, &QToolButton::clicked, this, &ExportChartDialog::browse);
    connect(m_ui->sizeCombo, &QComboBox::currentIndexChanged, this, [this] {
        for (const SizePreset &preset : sizePresets()) {
            if (preset.key == m_ui->sizeCombo->currentData().toString()) {
                QSignalBlocker width(m_ui->widthSpin);
                QSignalBlocker height(m_ui->heightSpin);
                m_ui->widthSpin->setValue(preset.size.width());
                m_ui->heightSpin->setValue(preset.size.height());
            }
        }
    });
    updateControls();
    renderPreview();
}

ExportChartDialog::~ExportChartDialog() = default;

void ExportChartDialog::fillMeasures()
{
    m_ui->measureCombo->addItem(ChartDataBuilder::measureName({}), u"figures"_s);
    if (m_request.view == ChartView::Categories) {
        m_ui->measureCombo->setEnabled(false); // a chart of categories counts figures
        return;
    }
    for (Category category : allCategories())
        m_ui->measureCombo->addItem(Labels::category(category), toKey(category));
    m_ui->measureCombo->insertSeparator(m_ui->measureCombo->count());
    for (const Indicator &indicator : IndicatorCatalogue::instance().indicators())
        m_ui->measureCombo->addItem(Labels::indicator(indicator.key), indicator.key);
    m_ui->measureCombo->setCurrentIndex(std::max(0, m_ui->measureCombo->findData(m_request.measure.key())));
}

void ExportChartDialog::restoreChoices()
{
    const AppSettings settings;
    const QString size = settings.exportChoice(u"size"_s, sizePresets().first().key).toString();
    m_ui->sizeCombo->setCurrentIndex(std::max(0, m_ui->sizeCombo->findData(size)));
    m_ui->widthSpin->setValue(settings.exportChoice(u"width"_s, 1920).toInt());
    m_ui->heightSpin->setValue(settings.exportChoice(u"height"_s, 1080).toInt());
    for (const SizePreset &preset : sizePresets()) {
        if (preset.key == size) {
            m_ui->widthSpin->setValue(preset.size.width());
            m_ui->heightSpin->setValue(preset.size.height());
        }
    }
    m_ui->scaleCombo->setCurrentIndex(std::max(0, m_ui->scaleCombo->findData(settings.exportChoice(u"scale"_s, 2))));
    m_ui->backgroundCombo->setCurrentIndex(settings.exportChoice(u"transparent"_s, false).toBool() ? 1 : 0);
    m_ui->formatCombo->setCurrentIndex(
        std::max(0, m_ui->formatCombo->findData(settings.exportChoice(u"format"_s, u"png"_s))));
    m_ui->footerCheck->setChecked(settings.exportChoice(u"footer"_s, true).toBool());
    m_ui->onePdfCheck->setChecked(settings.exportChoice(u"onePdf"_s, false).toBool());
    m_ui->templateEdit->setText(settings.exportChoice(u"template"_s, ChartBatch::kDefaultTemplate).toString());
    suggestPath();
}

void ExportChartDialog::saveChoices() const
{
    AppSettings settings;
    settings.setExportChoice(u"size"_s, m_ui->sizeCombo->currentData());
    settings.setExportChoice(u"width"_s, m_ui->widthSpin->value());
    settings.setExportChoice(u"height"_s, m_ui->heightSpin->value());
    settings.setExportChoice(u"scale"_s, m_ui->scaleCombo->currentData());
    settings.setExportChoice(u"transparent"_s, m_ui->backgroundCombo->currentData());
    settings.setExportChoice(u"format"_s, m_ui->formatCombo->currentData());
    settings.setExportChoice(u"footer"_s, m_ui->footerCheck->isChecked());
    settings.setExportChoice(u"onePdf"_s, m_ui->onePdfCheck->isChecked());
    settings.setExportChoice(u"template"_s, m_ui->templateEdit->text());
    const QFileInfo path(m_ui->pathEdit->text());
    settings.setExportChoice(u"directory"_s, batch() != Batch::None && !m_ui->onePdfCheck->isChecked()
                                                 ? path.absoluteFilePath()
                                                 : path.absolutePath());
}

ExportChartDialog::Batch ExportChartDialog::batch() const { return Batch(m_ui->batchCombo->currentData().toInt()); }

ExportFormat ExportChartDialog::format() const
{
    if (batch() != Batch::None && m_ui->onePdfCheck->isChecked())
        return ExportFormat::Pdf;
    return exportFormatFromKey(m_ui->formatCombo->currentData().toString()).value_or(ExportFormat::Png);
}

ChartRequest ExportChartDialog::request() const
{
    ChartRequest request = m_request;
    request.measure = ChartMeasure::fromKey(m_ui->measureCombo->currentData().toString()).value_or(ChartMeasure{});
    return request;
}

ChartExportOptions ExportChartDialog::options() const
{
    ChartExportOptions options;
    options.size = QSize(m_ui->widthSpin->value(), m_ui->heightSpin->value());
    options.scale = m_ui->scaleCombo->currentData().toInt();
    options.transparent = m_ui->backgroundCombo->currentData().toBool();
    options.title = m_ui->titleEdit->text().trimmed();
    options.subtitle = m_ui->subtitleEdit->text().trimmed();
    options.footer = m_ui->footerCheck->isChecked();
    return options;
}

ChartExportOptions ExportChartDialog::rememberedOptions()
{
    const AppSettings settings;
    ChartExportOptions options;
    options.size = QSize(settings.exportChoice(u"width"_s, 1920).toInt(), settings.exportChoice(u"height"_s, 1080).toInt());
    options.scale = settings.exportChoice(u"scale"_s, 2).toInt();
    options.transparent = settings.exportChoice(u"transparent"_s, false).toBool();
    options.footer = settings.exportChoice(u"footer"_s, true).toBool();
    if (!options.isValid())
        options = ChartExportOptions();
    return options;
}

void ExportChartDialog::updateControls()
{
    const bool custom = m_ui->sizeCombo->currentData().toString() == kCustomSize;
    m_ui->widthSpin->setEnabled(custom);
    m_ui->heightSpin->setEnabled(custom);
    const bool batched = batch() != Batch::None;
    const bool toFolder = batched && !m_ui->onePdfCheck->isChecked();
    m_ui->onePdfCheck->setVisible(batched);
    m_ui->templateEdit->setEnabled(toFolder);
    m_ui->templateLabel->setEnabled(toFolder);
    m_ui->formatCombo->setEnabled(!(batched && m_ui->onePdfCheck->isChecked()));
    m_ui->scaleCombo->setEnabled(format() == ExportFormat::Png);
    m_ui->pathLabel->setText(toFolder ? tr("&Folder:") : tr("&Save to:"));
    if (!m_pathEdited)
        suggestPath();
    else if (!toFolder) // keep the user's name, with the extension of the chosen format
        m_ui->pathEdit->setText(QDir(QFileInfo(m_ui->pathEdit->text()).absolutePath())
                                    .filePath(QFileInfo(m_ui->pathEdit->text()).completeBaseName() + u'.' +
                                              toKey(format())));
}

void ExportChartDialog::suggestPath()
{
    const AppSettings settings;
    const QString pictures = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    const QString directory = settings.exportChoice(u"directory"_s, pictures.isEmpty() ? QDir::homePath() : pictures)
                                  .toString();
    const bool toFolder = batch() != Batch::None && !m_ui->onePdfCheck->isChecked();
    if (toFolder) {
        m_ui->pathEdit->setText(directory);
        return;
    }
    ChartData named;
    named.request = request();
    named.request.regions = m_request.regions;
    QString name = ChartBatch::fileName(u"{year}_{city}_{indicator}"_s, named, 1, format());
    if (batch() != Batch::None)
        name = ChartBatch::fileName(u"{view}_{indicator}_"_s + (batch() == Batch::PerCity ? u"cities"_s : u"years"_s),
                                    named, 1, ExportFormat::Pdf);
    m_ui->pathEdit->setText(QDir(directory).filePath(name));
}

void ExportChartDialog::browse()
{
    const bool toFolder = batch() != Batch::None && !m_ui->onePdfCheck->isChecked();
    QString path;
    if (toFolder) {
        path = QFileDialog::getExistingDirectory(this, tr("Export Charts to Folder"), m_ui->pathEdit->text());
    } else {
        const QString filter = format() == ExportFormat::Png   ? tr("PNG images (*.png)")
                               : format() == ExportFormat::Svg ? tr("SVG drawings (*.svg)")
                                                               : tr("PDF documents (*.pdf)");
        path = QFileDialog::getSaveFileName(this, tr("Export Chart"), m_ui->pathEdit->text(), filter);
    }
    if (path.isEmpty())
        return;
    m_pathEdited = true;
    m_ui->pathEdit->setText(path);
    if (!toFolder) {
        if (const std::optional<ExportFormat> chosen = exportFormatForPath(path))
            m_ui->formatCombo->setCurrentIndex(m_ui->formatCombo->findData(toKey(*chosen)));
    }
}

const QList<ChartData> &ExportChartDialog::charts(QString *error)
{
    const QString key = request().measure.key() + u'/' + QString::number(int(batch()));
    if (key != m_chartsKey) {
        m_chartsKey = key;
        m_charts.clear();
        m_chartsError.clear();
        ChartDataBuilder builder(m_store);
        QList<ChartRequest> requests = {request()};
        if (batch() != Batch::None) {
            requests = ChartBatch::expand(builder, request(),
                                          batch() == Batch::PerCity ? ChartBatch::Per::City : ChartBatch::Per::Year,
                                          &m_chartsError);
        }
        for (const ChartRequest &each : std::as_const(requests)) {
            ChartData chart = builder.build(each, &m_chartsError);
            if (chart.hasValues() || batch() == Batch::None)
                m_charts << chart;
        }
    }
    if (error)
        *error = m_chartsError;
    return m_charts;
}

void ExportChartDialog::renderPreview()
{
    QString error;
    const QList<ChartData> &charts = this->charts(&error);
    if (charts.isEmpty()) {
        m_ui->previewLabel->setPixmap({});
        m_ui->previewLabel->setText(error.isEmpty() ? tr("No chart has figures to show.") : error);
        m_ui->summaryLabel->clear();
        return;
    }
    ChartExportOptions preview = options();
    preview.scale = 1;
    const QImage image = ChartExporter(preview).image(charts.first());
    const QSize room = m_ui->previewLabel->contentsRect().size() * devicePixelRatioF();
    QPixmap pixmap = QPixmap::fromImage(image.scaled(room, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    pixmap.setDevicePixelRatio(devicePixelRatioF());
    m_ui->previewLabel->setPixmap(pixmap);
    const QSize pixels = preview.size * (format() == ExportFormat::Png ? options().scale : 1);
    m_ui->summaryLabel->setText(batch() == Batch::None
                                    ? tr("%1 × %2 pixels").arg(pixels.width()).arg(pixels.height())
                                    : tr("%n chart(s) with figures; the preview shows the first.", nullptr,
                                         int(charts.size())));
}

bool ExportChartDialog::exportCharts()
{
    QString error;
    const QList<ChartData> charts = this->charts(&error);
    if (charts.isEmpty() || !charts.first().hasValues()) {
        QMessageBox::warning(this, tr("Nothing to Export"),
                             error.isEmpty() ? tr("No figures match this chart.") : error);
        return false;
    }
    const ChartExporter exporter(options());
    const QString path = m_ui->pathEdit->text().trimmed();
    QStringList written;
    bool ok = false;
    if (batch() != Batch::None && !m_ui->onePdfCheck->isChecked()) {
        QString nameTemplate = m_ui->templateEdit->text().trimmed();
        if (nameTemplate.isEmpty())
            nameTemplate = ChartBatch::kDefaultTemplate;
        ok = ChartBatch::writeFiles(exporter, charts, path, nameTemplate, format(), &written, &error);
    } else if (!m_pathEdited && !QDir().mkpath(QFileInfo(path).absolutePath())) {
        // The suggested folder (~/Pictures) need not exist yet on a fresh account (#14); one the
        // user typed or chose is taken as it is.
        error = tr("%1: cannot create the folder").arg(QFileInfo(path).absolutePath());
    } else if (format() == ExportFormat::Pdf) {
        ok = exporter.writePdf(charts, path, &error);
        written << path;
    } else {
        ok = exporter.write(charts.first(), path, &error);
        written << path;
    }
    if (!ok) {
        QMessageBox::critical(this, tr("Export Failed"), error);
        return false;
    }
    saveChoices();
    Q_EMIT chartsExported(written);
    return true;
}

void ExportChartDialog::accept()
{
    if (exportCharts())
        QDialog::accept();
}

void ExportChartDialog::copyToClipboard()
{
    QString error;
    const QList<ChartData> &charts = this->charts(&error);
    if (charts.isEmpty())
        return;
    QGuiApplication::clipboard()->setMimeData(ChartExporter(options()).mimeData(charts.first()));
    saveChoices();
}

} // namespace ub
