// Staff review of figures: corrections and "not a figure" marks as undoable commands.
#pragma once

#include "correctionstore.h"

#include <QObject>

class QUndoStack;

namespace ub {

class Store;

/**
 * Turns a review action into a QUndoCommand that writes a correction (redo) or takes it back
 * (undo) through CorrectionStore, and says so with figuresCorrected() so models re-read.
 */
class ReviewController final : public QObject
{
    Q_OBJECT
public:
    ReviewController(Store &store, QUndoStack &undoStack, QObject *parent = nullptr);

    /** Pushes one command per changed field (one undo step for them all). */
    void correct(qint64 figureId, const QList<QPair<CorrectableField, QVariant>> &changes, const QString &description);
    void setRejected(qint64 figureId, bool rejected);
    QUndoStack &undoStack() const { return m_undoStack; }
    /** Who corrections are recorded as: the login name unless set. */
    QString author() const;

Q_SIGNALS:
    void figuresCorrected();
    void correctionFailed(const QString &message);

private:
    friend class CorrectionCommand;
    Store &m_store;
    QUndoStack &m_undoStack;
};

} // namespace ub
