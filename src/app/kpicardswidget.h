// A row of cards, one per row of a KpiModel: an indicator, its value, its change, its sources.
#pragma once

#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
class QHBoxLayout;

namespace ub {

/** Shows a KpiModel as cards; rebuilt whenever the model resets. Owns no data. A card is a
 *  button: clicking it (or Enter on it) reports its row. */
class KpiCardsWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit KpiCardsWidget(QWidget *parent = nullptr);
    void setModel(QAbstractItemModel *model);
    /** The headline texts now shown, in card order (for tests and accessibility). */
    QStringList headlines() const;

Q_SIGNALS:
    /** The card of this model row was clicked. */
    void cardActivated(int row);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void rebuild();

    QPointer<QAbstractItemModel> m_model;
    QHBoxLayout *m_layout;
};

} // namespace ub
