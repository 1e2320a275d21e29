// Deciding a figure's region when its own clause names a subject other than its block's.
#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace ub {

struct RegionMention;

/** A region a clause names as its subject. */
struct ClauseSubject
{
    QString region;    ///< prefecture-level unit, 陕西省, 全国 or 外省; empty when the clause names none
    QString subregion; ///< the county, when one is named
    bool unionActs = false; ///< the place's (or body's) union is the clause's agent: 商洛市总工会筹措…
};

/** Whether rest starts with a unit's own union after a short unit name of at most unitNameReach
 *  Han characters: 国防工会…, 陈仓区某某镇工会…, 水利电力勘测设计研究院工会…. */
bool startsWithUnitUnion(QStringView rest, qsizetype unitNameReach);

/**
 * The subject of the clause starting at clauseStart in text, when it is a place followed by its
 * union or government ("甘泉县总工会新建…", "全国工会…", "湖北省总工会…"): a figure in that clause
 * belongs to that place, not to its block. Places named as objects ("捐助湖北十堰市", "举办西安市
 * 培训班") do not move a figure. mentions are the gazetteer's mentions in text, sorted by start.
 */
ClauseSubject clauseSubject(QStringView text, const QList<RegionMention> &mentions, qsizetype clauseStart,
                            qsizetype figureStart);

} // namespace ub
