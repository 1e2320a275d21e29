// The figures panel: every figure, filtered, with its provenance and the review actions.
#pragma once

#include "tablecsv.h"

#include <QWidget>

#include <memory>

namespace Ui {
class FiguresPanel;
}

namespace ub {

class FigureTableModel;
class ReviewController;
class Store;
struct FigureRecord;

/** The table of figures, the sentence of the selected one, and correct / not-a-figure / open-in-report. */
class FiguresPanel final : public QWidget
{
    Q_OBJECT
public:
    FiguresPanel(Store &store, ReviewController &review, QWidget *parent = nullptr);
    ~FiguresPanel() override;

    /** Re-reads the filters' choices and the figures, keeping the selection where it can. */
    void reload();
    /** Cross-filter: show the figures of a region (and year, when given). */
    void showRegion(const QString &region, int year = 0);

    FigureTableModel *model() const { return m_model; }
    const FigureRecord *currentRecord() const;
    /** The filters now applied, as (filter, choice) pairs for the header of an exported table. */
    TableFilters filterDescription() const;
    void selectRow(int row);
    /** Opens the correction dialog for the selected figure (modal). */
    void correctCurrent();
    void toggleRejectedCurrent();
    void openCurrentInReport();

Q_SIGNALS:
    void figureSelected(qint64 figureId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fillFilterChoices();
    void applyFilters();
    void showProvenance();

    std::unique_ptr<Ui::FiguresPanel> m_ui;
    Store &m_store;
    ReviewController &m_review;
    FigureTableModel *m_model;
};

} // namespace ub
