// The whole report a figure came from, scrolled to the figure and with it highlighted.
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class ReportViewerDialog;
}

namespace ub {

/** Shows a document's decoded text; the span is in code points, as provenance stores it. */
class ReportViewerDialog final : public QDialog
{
    Q_OBJECT
public:
    ReportViewerDialog(const QString &title, const QString &text, qint64 start, qint64 end, QWidget *parent = nullptr);
    ~ReportViewerDialog() override;

    /** The text now selected (the figure), for tests. */
    QString selectedText() const;

private:
    std::unique_ptr<Ui::ReportViewerDialog> m_ui;
};

} // namespace ub
