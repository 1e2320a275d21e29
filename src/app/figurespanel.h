// The figures panel: every figure, filtered, with its provenance and the review actions.
#pragma once

#include "editpermission.h"
#include "figurequeries.h"
#include "tablecsv.h"

#include <QWidget>

#include <memory>

namespace Ui {
class FiguresPanel;
}

class QAction;
class QLabel;

namespace ub {

class FigureTableModel;
class ReviewController;
class Store;

/** The table of figures, the sentence of the selected one, and correct / not-a-figure / open-in-report. */
class FiguresPanel final : public QWidget
{
    Q_OBJECT
public:
    FiguresPanel(Store &store, ReviewController &review, QWidget *parent = nullptr);
    ~FiguresPanel() override;

    /** Re-reads the filters' choices and the figures, keeping the selected figure where it can
     *  (by its id; else the same place in its report; else the same row). */
    void reload();
    /** A viewer's panel: Correct… and Not a Figure disabled, their tool tips saying why. */
    void setEditPermission(const EditPermission &permission);
    /** Cross-filter: show the figures of a region (and year, when given). */
    void showRegion(const QString &region, int year = 0);
    /** Shows exactly these figures (the ones behind a number another panel shows), under a banner
     *  naming that number; any filter the user changes shows all figures again. */
    void showFigures(const QList<qint64> &ids, const QString &caption);
    /** Every figure of one report, under a banner naming it (title, or file name). */
    void showDocument(const QString &documentName, const QString &caption);
    /** The figures of one 十大亮点 item. */
    void showHighlight(const QString &documentName, int item, const QString &caption);

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
    void updateReviewActions();
    /** The row of a figure among those loaded, or -1. */
    int rowOfFigure(qint64 id) const;
    int rowOfPlace(const QString &documentName, int start) const;
    void applyFilters();
    void showProvenance();
    /** Leaves a selection of figures for the filters' own. */
    void clearSelectionFilter();

    std::unique_ptr<Ui::FiguresPanel> m_ui;
    Store &m_store;
    ReviewController &m_review;
    FigureTableModel *m_model;
    /** The figures behind another panel's number, or of a highlight item, while shown. */
    FigureFilter m_selection;
    bool m_selecting = false;
    QWidget *m_banner;
    QLabel *m_bannerText;
    QAction *m_correctAction = nullptr;
    QAction *m_rejectAction = nullptr;
    EditPermission m_permission;
};

} // namespace ub
