// The dialog in which staff correct a figure's value, region, year, category or indicator.
#pragma once

#include "correctionstore.h"

#include <QDialog>

#include <memory>

namespace Ui {
class CorrectFigureDialog;
}

namespace ub {

struct Figure;

/** Shows a figure's current values; changes() lists only the fields the user changed. */
class CorrectFigureDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CorrectFigureDialog(const Figure &figure, QWidget *parent = nullptr);
    ~CorrectFigureDialog() override;

    QList<QPair<CorrectableField, QVariant>> changes() const;

private:
    std::unique_ptr<Ui::CorrectFigureDialog> m_ui;
    const Figure &m_figure;
};

} // namespace ub
