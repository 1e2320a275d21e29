// Reading a report's structure: title, kind, period, 十大亮点 items, and who speaks for which region where.
#pragma once

#include "figure.h"

#include <QList>
#include <QString>
#include <QStringView>

namespace ub {

struct MappedText;
struct RegionMention;
class Gazetteer;

/** A stretch of the original text and the region and year its figures belong to by default. */
struct AttributionSpan
{
    qsizetype start = 0; ///< UTF-16 index into the original
    qsizetype end = 0;
    QString region;
    QString subregion;
    int year = 0;
    int block = -1; ///< index into DocumentStructure::blocks, -1 for the document itself
};

/** A 十大亮点 item as found in the layout (UTF-16 offsets into the original). */
struct ItemSpan
{
    int number = 0;
    QString title; ///< normalised
    qsizetype start = 0;
    qsizetype end = 0;
};

/** Everything the structure recogniser learned; offsets are UTF-16 indices into the original. */
struct StructureAnalysis
{
    DocumentStructure structure; ///< spans still in UTF-16 (the extractor converts to code points)
    QList<AttributionSpan> spans; ///< tile the text in order
    QList<ItemSpan> items;        ///< in text order (the layout may shuffle them)
};

/**
 * Finds the title (the "——X总工会2019年十大工作亮点" line), the kind, the date and period and
 * the document's subject region (documentprofile.h; compact is the compact matching text and
 * compactMentions the gazetteer's mentions in it); 十大亮点 items even when a two-column layout shuffled them; and the
 * blocks of speech digests and newspaper pages. A block opens where a paragraph names its subject
 * ("2020年，西安市总工会…", "本报讯（记者）…宝鸡市陈仓区总工会…"); a byline (name and office, or
 * an organisation on its own line) before its block confirms it, one after a block without subject
 * claims it. Linear in the text;
 * hints (what staff or the file itself said of the document) outrank what the text suggests.
 */
StructureAnalysis recognizeStructure(QStringView original, const MappedText &normalized, QStringView compact,
                                     const QList<RegionMention> &compactMentions, const Gazetteer &gazetteer,
                                     const DocumentHints &hints = {});

/** The year of "2019年" / "2023 " at the start of text, or 0. */
int leadingYear(QStringView text);

} // namespace ub
