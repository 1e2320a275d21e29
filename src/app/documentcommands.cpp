#include "documentcommands.h"

#include "documenttablemodel.h"

#include <QCoreApplication>

namespace ub {

namespace {

QString propertyName(DocumentProperty property)
{
    switch (property) {
    case DocumentProperty::Title:
        return QCoreApplication::translate("DocumentCommands", "title");
    case DocumentProperty::Year:
        return QCoreApplication::translate("DocumentCommands", "year");
    case DocumentProperty::Region:
        return QCoreApplication::translate("DocumentCommands", "unit");
    }
    return {};
}

} // namespace

SetDocumentPropertyCommand::SetDocumentPropertyCommand(DocumentTableModel &model, QString name,
                                                       DocumentProperty property, QString value,
                                                       std::optional<QString> previous, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_model(model)
    , m_name(std::move(name))
    , m_property(property)
    , m_value(std::move(value))
    , m_previous(std::move(previous))
{
    setText(m_value.isEmpty() ? QCoreApplication::translate("DocumentCommands", "Clear the %1 of %2")
                                    .arg(propertyName(property), m_name)
                              : QCoreApplication::translate("DocumentCommands", "Set the %1 of %2 to %3")
                                    .arg(propertyName(property), m_name, m_value));
}

void SetDocumentPropertyCommand::redo()
{
    // A refused value (the model has said why) must not leave an undo step that undoes nothing.
    if (!m_model.setProperty(m_name, m_property, m_value))
        setObsolete(true);
}

void SetDocumentPropertyCommand::undo()
{
    m_model.setProperty(m_name, m_property, m_previous.value_or(QString()));
}

RemoveDocumentCommand::RemoveDocumentCommand(DocumentTableModel &model, QString name, const QString &title,
                                             QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("DocumentCommands", "Remove %1").arg(title), parent)
    , m_model(model)
    , m_name(std::move(name))
{}

void RemoveDocumentCommand::redo()
{
    m_removed = m_model.remove(m_name);
    if (!m_removed)
        setObsolete(true);
}

void RemoveDocumentCommand::undo()
{
    if (m_removed && m_model.restore(*m_removed))
        m_removed.reset();
}

} // namespace ub
