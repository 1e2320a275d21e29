// A row of KPI cards, one per row of a KpiModel: the category and its headline amount.
#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;

namespace ub {

/** Shows a KpiModel as cards; rebuilt whenever the model resets. Owns no data. */
class KpiCardsWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit KpiCardsWidget(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model);
    /** The headline texts now shown, in card order (for tests and accessibility). */
    QStringList headlines() const;

private:
    void rebuild();

    QPointer<QAbstractItemModel> m_model;
    QHBoxLayout *m_layout;
};

} // namespace ub
