#include "pagerecognizer.h"

#include <QDir>
#include <QFileInfo>
#include <QStringList>

#include <utility>

using namespace Qt::StringLiterals;

namespace ub::pdftext {

namespace {

const QString kSimplified = u"chi_sim"_s;
const QString kTraditional = u"chi_tra"_s;
const QString kDebianTessdata = u"/usr/share/tesseract-ocr/5/tessdata"_s;

bool hasModel(const QString &directory, const QString &model)
{
    return QFileInfo(directory + u'/' + model + u".traineddata"_s).isFile();
}

/** Below this a symbol is one the model was unsure of: in clean print, nearly every character
 *  chi_sim reads of simplified text gets 99 or 100. */
constexpr int kUnsureConfidence = 95;

/**
 * A chi_sim reading with more unsure symbols than this share may be of traditional text. chi_sim
 * folds most traditional glyphs to their simplified characters, but less surely, and misreads the
 * rarer ones (團 → 转, 億 → 估, 「 → [). Measured at 250 DPI on seven pages of sample reports and a
 * three-line page, set in Noto Sans CJK SC and, converted with ICU's Hans-Hant, in Noto Sans CJK
 * TC: 1.1–5.0 % of the symbols were unsure on the simplified pages, 7.4–15.3 % on the traditional
 * ones. Between them, 6 % sends every traditional page to chi_tra and no simplified one. A poor
 * simplified scan above it costs a second pass, and keeps whichever reading is more confident.
 */
constexpr double kMaxUnsureShare = 0.06;

/** How surely a model read a page: over its symbols, the mean confidence and the unsure ones. */
struct Certainty
{
    qsizetype symbols = 0;
    qsizetype unsure = 0;
    double meanConfidence = 0;
};

Certainty certaintyOf(const OcrPage &page)
{
    Certainty certainty;
    double sum = 0;
    for (const OcrParagraph &paragraph : page.paragraphs) {
        for (const OcrLine &line : paragraph.lines) {
            for (const OcrWord &word : line.words) {
                for (const OcrSymbol &symbol : word.symbols) {
                    ++certainty.symbols;
                    sum += symbol.confidence;
                    if (symbol.confidence < kUnsureConfidence)
                        ++certainty.unsure;
                }
            }
        }
    }
    if (certainty.symbols > 0)
        certainty.meanConfidence = sum / double(certainty.symbols);
    return certainty;
}

/** Whether a chi_sim reading is poor in the way traditional text reads with it (kMaxUnsureShare). */
bool mayBeTraditional(const Certainty &simplified)
{
    return simplified.symbols > 0 && double(simplified.unsure) > kMaxUnsureShare * double(simplified.symbols);
}

} // namespace

QString tessdataDirectory()
{
    QStringList candidates;
    const QString prefix = qEnvironmentVariable("TESSDATA_PREFIX");
    if (!prefix.isEmpty())
        candidates << prefix << prefix + u"/tessdata"_s;
    candidates << kDebianTessdata;
    for (const QString &candidate : std::as_const(candidates)) {
        if (hasModel(candidate, kSimplified))
            return QDir::cleanPath(candidate);
    }
    return {};
}

PageRecognizer::PageRecognizer()
    : m_simplified(kSimplified)
{}

PageRecognizer::~PageRecognizer() = default;

QString PageRecognizer::load()
{
    if (m_simplified.isLoaded())
        return {};
    const QString directory = tessdataDirectory();
    if (directory.isEmpty())
        return u"找不到 Tesseract 中文识别模型（chi_sim.traineddata；可设置 TESSDATA_PREFIX）"_s;
    if (!m_simplified.load(directory))
        return u"无法加载 Tesseract 中文识别模型（%1）"_s.arg(directory);
    m_directory = directory;
    return {};
}

TesseractModel *PageRecognizer::traditionalModel()
{
    if (!m_traditionalTried) {
        m_traditionalTried = true;
        auto model = std::make_unique<TesseractModel>(kTraditional);
        if (hasModel(m_directory, kTraditional) && model->load(m_directory))
            m_traditional = std::move(model);
    }
    return m_traditional.get();
}

std::optional<Recognition> PageRecognizer::recognize(const QImage &image, int dpi)
{
    std::optional<OcrPage> simplified = m_simplified.read(image, dpi);
    if (!simplified)
        return std::nullopt;
    Recognition recognition{std::move(*simplified), kSimplified, 1};
    const Certainty simplifiedCertainty = certaintyOf(recognition.page);
    if (!mayBeTraditional(simplifiedCertainty))
        return recognition;
    TesseractModel *traditional = traditionalModel();
    if (!traditional)
        return recognition;
    // chi_tra failing on a page chi_sim did read is no reason to fail the page.
    std::optional<OcrPage> traditionalPage = traditional->read(image, dpi);
    recognition.passes = 2;
    if (traditionalPage &&
        certaintyOf(*traditionalPage).meanConfidence > simplifiedCertainty.meanConfidence) {
        recognition.page = std::move(*traditionalPage);
        recognition.model = kTraditional;
    }
    return recognition;
}

} // namespace ub::pdftext
