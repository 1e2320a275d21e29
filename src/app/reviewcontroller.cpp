#include "reviewcontroller.h"

#include "store.h"

#include <QUndoCommand>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace ub {

/** One field of one figure: redo records the correction, undo reverts that very correction. */
class CorrectionCommand final : public QUndoCommand
{
public:
    CorrectionCommand(ReviewController &controller, qint64 figureId, CorrectableField field, QVariant value,
                      QUndoCommand *parent)
        : QUndoCommand(parent)
        , m_controller(controller)
        , m_figureId(figureId)
        , m_field(field)
        , m_value(std::move(value))
    {
    }

    void redo() override
    {
        QString error;
        m_correctionId = CorrectionStore(m_controller.m_store).correct(m_figureId, m_field, m_value,
                                                                       m_controller.author(), &error);
        if (m_correctionId == 0)
            Q_EMIT m_controller.correctionFailed(error);
    }

    void undo() override
    {
        QString error;
        if (m_correctionId != 0 && !CorrectionStore(m_controller.m_store).revert(m_correctionId, &error))
            Q_EMIT m_controller.correctionFailed(error);
        m_correctionId = 0;
    }

private:
    ReviewController &m_controller;
    qint64 m_figureId;
    CorrectableField m_field;
    QVariant m_value;
    qint64 m_correctionId = 0;
};

/** Groups a figure's field commands and tells the views once. */
class ReviewCommand final : public QUndoCommand
{
public:
    ReviewCommand(ReviewController &controller, const QString &text) : QUndoCommand(text), m_controller(controller) {}
    void redo() override
    {
        QUndoCommand::redo();
        Q_EMIT m_controller.figuresCorrected();
    }
    void undo() override
    {
        QUndoCommand::undo();
        Q_EMIT m_controller.figuresCorrected();
    }

private:
    ReviewController &m_controller;
};

ReviewController::ReviewController(Store &store, QUndoStack &undoStack, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_undoStack(undoStack)
{
}

QString ReviewController::author() const
{
    // The database login on a shared server, so the record names who the server let write.
    return m_store.userName();
}

void ReviewController::correct(qint64 figureId, const QList<QPair<CorrectableField, QVariant>> &changes,
                               const QString &description)
{
    if (changes.isEmpty())
        return;
    auto *command = new ReviewCommand(*this, description);
    for (const auto &[field, value] : changes)
        new CorrectionCommand(*this, figureId, field, value, command);
    m_undoStack.push(command);
}

void ReviewController::setRejected(qint64 figureId, bool rejected)
{
    correct(figureId, {{CorrectableField::Rejected, rejected ? 1 : 0}},
            rejected ? tr("Mark as not a figure") : tr("Mark as a figure"));
}

} // namespace ub
