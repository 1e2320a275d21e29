// Staff corrections of figures: recorded with who/when/old/new, applied to figures, kept across re-imports.
#pragma once

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

namespace ub {

class Store;

/** The figure attributes staff may correct; Rejected marks "not a figure". */
enum class CorrectableField { Value, Region, Year, Category, Indicator, Rejected };
QString toKey(CorrectableField field);
std::optional<CorrectableField> correctableFieldFromKey(QStringView key);

struct Correction
{
    qint64 id = 0;
    QString documentName;
    QString figureKey;
    CorrectableField field = CorrectableField::Value;
    QString oldValue;
    QString newValue;
    QString author;
    QString createdAt;
    bool active = true;
};

/**
 * Writes corrections. A correction names its figure by document and figure key, never by row id,
 * so `reapply` can find the figure again after the document is re-imported.
 */
class CorrectionStore
{
public:
    explicit CorrectionStore(Store &store) : m_store(store) {}

    /** Changes one field of a figure and records it; returns the correction's id, or 0 with *error. */
    qint64 correct(qint64 figureId, CorrectableField field, const QVariant &newValue, const QString &author,
                   QString *error);
    /** Takes a correction back: the figure gets its old value and the correction stays in the history. */
    bool revert(qint64 correctionId, QString *error);
    /** Active corrections of a figure, oldest first. */
    QList<Correction> correctionsOf(qint64 figureId, QString *error);
    /** Applies the document's active corrections to its freshly imported figures (inside the
     *  caller's transaction, before it counts them in figure_summary); *applied (if given) is
     *  how many corrections there were to apply. */
    bool reapply(qint64 documentId, const QString &documentName, QString *error, int *applied = nullptr);

private:
    bool setField(qint64 figureId, CorrectableField field, const QString &value, bool edited, QString *error);

    Store &m_store;
};

} // namespace ub
