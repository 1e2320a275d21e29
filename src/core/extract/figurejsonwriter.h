// Figures as JSON Lines written straight into bytes: what figureToJson() and QJsonDocument give,
// without building a JSON object per figure.
#pragma once

#include "figure.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QStringView>

namespace ub {

/** What a stored figure adds to the extract fields (`figures`' JSON Lines); unset fields are left out. */
struct FigureJsonExtras
{
    qint64 id = -1;
    int edited = -1;  ///< 0 or 1 when set
    int primary = -1; ///< 0 or 1 when set
    int confidence = -1;
    const QStringList *features = nullptr;
};

/**
 * Appends one line per figure to a byte buffer, byte for byte what
 * QJsonDocument(figureToJson(…)).toJson(QJsonDocument::Compact) + '\n' gives (keys in QJsonObject's
 * sorted order, integers and integral values as integers, other numbers in their shortest form,
 * strings escaped as Qt's writer escapes them). Profiles of `extract` showed most of its time in
 * building a QJsonObject per figure and re-encoding its sentence; here neither happens, and a
 * sentence shared by consecutive figures is encoded once.
 */
class FigureJsonWriter
{
public:
    explicit FigureJsonWriter(QByteArray &out)
        : m_out(out)
    {}

    void write(const Figure &figure, QStringView documentName, const FigureJsonExtras &extras = {});

    /** Appends `text` as a JSON string, quotes included, escaped as Qt's JSON writer does. */
    static void appendString(QByteArray &out, QStringView text);
    /** Appends a number as Qt's JSON writer does: integral values within 2^53 as integers. */
    static void appendNumber(QByteArray &out, double value);

private:
    void key(QByteArrayView name);
    void sentence(const QString &text);

    QByteArray &m_out;
    bool m_first = true;
    QString m_lastSentence; ///< held, so its data cannot be freed and reused while compared by address
    QByteArray m_lastSentenceJson = QByteArrayLiteral("\"\""); ///< of m_lastSentence, the empty one at first
};

} // namespace ub
