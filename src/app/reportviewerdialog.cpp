#include "reportviewerdialog.h"
#include "ui_reportviewerdialog.h"

#include "codepoints.h"

#include <QTextBlock>
#include <QTextCursor>

namespace ub {

ReportViewerDialog::ReportViewerDialog(const QString &title, const QString &text, qint64 start, qint64 end,
                                       QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportViewerDialog>())
{
    m_ui->setupUi(this);
    setWindowTitle(title);
    // Page breaks of PDFs are form feeds in the stored text; show them as a visible break.
    QString shown = text;
    shown.replace(QChar(u'\f'), QChar(u'\n'));
    m_ui->reportView->setPlainText(shown);
    const qsizetype from = utf16IndexOfCodePoint(text, start);
    const qsizetype to = utf16IndexOfCodePoint(text, end);
    QTextCursor cursor(m_ui->reportView->document());
    cursor.setPosition(int(from));
    cursor.setPosition(int(to), QTextCursor::KeepAnchor);
    QTextCharFormat highlight;
    highlight.setBackground(QColor(0xff, 0xe0, 0x8a));
    highlight.setFontWeight(QFont::Bold);
    cursor.mergeCharFormat(highlight);
    m_ui->reportView->setTextCursor(cursor);
    m_ui->reportView->ensureCursorVisible();
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReportViewerDialog::~ReportViewerDialog() = default;

QString ReportViewerDialog::selectedText() const { return m_ui->reportView->textCursor().selectedText(); }

} // namespace ub
