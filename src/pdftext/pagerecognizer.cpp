#include "pagerecognizer.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStringList>

#include <cstdio>

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

double meanConfidenceX(const OcrPage &page, int *count, QString *text)
{
    double sum = 0;
    int n = 0;
    for (const auto &p : page.paragraphs)
        for (const auto &l : p.lines) {
            for (const auto &w : l.words)
                for (const auto &s : w.symbols) {
                    sum += s.confidence;
                    ++n;
                    *text += s.text;
                    if (qEnvironmentVariableIsSet("UB_OCR_SYMBOLS"))
                        std::fprintf(stderr, "SYM %s %d\n", qPrintable(s.text), int(s.confidence));
                }
            *text += u'\n';
        }
    *count = n;
    int below[5] = {0, 0, 0, 0, 0};
    const int limits[5] = {95, 90, 80, 70, 50};
    for (const auto &p : page.paragraphs)
        for (const auto &l : p.lines)
            for (const auto &w : l.words)
                for (const auto &s : w.symbols)
                    for (int i = 0; i < 5; ++i)
                        below[i] += s.confidence < limits[i];
    std::fprintf(stderr, "DBG below95 %d below90 %d below80 %d below70 %d below50 %d (%.3f %.3f %.3f)\n", below[0], below[1], below[2], below[3], below[4], double(below[0]) / n, double(below[1]) / n, double(below[2]) / n);
    return n ? sum / n : 0;
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
    QElapsedTimer t;
    t.start();
    std::optional<OcrPage> simplified = m_simplified.read(image, dpi);
    if (!simplified)
        return std::nullopt;
    Recognition recognition{std::move(*simplified), kSimplified, 1};
    if (qEnvironmentVariableIsSet("UB_OCR_DEBUG")) {
        int n; QString text;
        const double c = meanConfidenceX(recognition.page, &n, &text);
        std::fprintf(stderr, "DBG sim %lld ms mean %.1f n %d\n%s\n", (long long)t.restart(), c, n, qPrintable(text));
        if (TesseractModel *tra = traditionalModel()) {
            std::optional<OcrPage> p = tra->read(image, dpi);
            QString text2;
            const double c2 = meanConfidenceX(*p, &n, &text2);
            std::fprintf(stderr, "DBG tra %lld ms mean %.1f n %d\n%s\n", (long long)t.restart(), c2, n, qPrintable(text2));
        }
    }
    return recognition;
}

} // namespace ub::pdftext
