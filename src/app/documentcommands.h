// Staff's changes to stored reports as undoable commands: a property set, a report removed.
#pragma once

#include "importer.h"

#include <QUndoCommand>

#include <optional>

namespace ub {

class DocumentTableModel;

/** Sets (or clears) one property of a document; undo gives back the value staff had given, or
 *  clears it so the extracted one stands again. A redo that fails leaves no step on the stack. */
class SetDocumentPropertyCommand final : public QUndoCommand
{
public:
    /** `previous`: the value staff had given before, nullopt when there was none. */
    SetDocumentPropertyCommand(DocumentTableModel &model, QString name, DocumentProperty property,
                               QString value, std::optional<QString> previous,
                               QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    DocumentTableModel &m_model;
    QString m_name;
    DocumentProperty m_property;
    QString m_value;
    std::optional<QString> m_previous;
};

/** Takes a document out of the store; undo puts it back as it was, figures and corrections too. */
class RemoveDocumentCommand final : public QUndoCommand
{
public:
    RemoveDocumentCommand(DocumentTableModel &model, QString name, const QString &title,
                          QUndoCommand *parent = nullptr);

    void redo() override;
    void undo() override;

private:
    DocumentTableModel &m_model;
    QString m_name;
    std::optional<RemovedDocument> m_removed;
};

} // namespace ub
