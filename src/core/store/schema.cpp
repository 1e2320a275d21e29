#include "schema.h"

#include "documentrows.h"

using namespace Qt::StringLiterals;

namespace ub {

static_assert(kRowsPerDocument == 16777216, "migration 5 numbers rows with this factor");

const QList<Migration> &migrations()
{
    static const QList<Migration> all = {
        {1,
         {
             // One row per report file; `name` (the file name) is its identity across re-imports.
             u"CREATE TABLE documents ("
             "  id %ID%,"
             "  name TEXT NOT NULL UNIQUE,"
             "  path TEXT NOT NULL,"
             "  sha256 TEXT NOT NULL,"
             "  format TEXT NOT NULL,"
             "  encoding TEXT NOT NULL,"
             "  invalid_sequences INTEGER NOT NULL DEFAULT 0,"
             "  kind TEXT NOT NULL,"
             "  title TEXT NOT NULL,"
             "  year INTEGER,"
             "  period TEXT NOT NULL,"
             "  region TEXT NOT NULL,"
             "  page_count INTEGER NOT NULL DEFAULT 0,"
             "  figure_count INTEGER NOT NULL DEFAULT 0,"
             "  text TEXT NOT NULL,"
             "  imported_at TEXT NOT NULL)"_s,
             u"CREATE TABLE highlights ("
             "  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
             "  number INTEGER NOT NULL,"
             "  title TEXT NOT NULL,"
             "  start_offset %BIGINT% NOT NULL,"
             "  end_offset %BIGINT% NOT NULL,"
             "  PRIMARY KEY (document_id, number))"_s,
             u"CREATE TABLE blocks ("
             "  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
             "  ordinal INTEGER NOT NULL,"
             "  heading TEXT NOT NULL,"
             "  region TEXT NOT NULL,"
             "  subregion TEXT NOT NULL,"
             "  speaker TEXT NOT NULL,"
             "  start_offset %BIGINT% NOT NULL,"
             "  end_offset %BIGINT% NOT NULL,"
             "  PRIMARY KEY (document_id, ordinal))"_s,
             // `figure_key` identifies a figure across re-imports of a changed file (its quote,
             // sentence and occurrence), so corrections can find it again.
             u"CREATE TABLE figures ("
             "  id %ID%,"
             "  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
             "  ordinal INTEGER NOT NULL,"
             "  figure_key TEXT NOT NULL,"
             "  start_offset %BIGINT% NOT NULL,"
             "  end_offset %BIGINT% NOT NULL,"
             "  quote TEXT NOT NULL,"
             "  value %REAL% NOT NULL,"
             "  unit TEXT NOT NULL,"
             "  unit_text TEXT NOT NULL,"
             "  qualifier TEXT NOT NULL,"
             "  region TEXT NOT NULL,"
             "  subregion TEXT NOT NULL,"
             "  year INTEGER,"
             "  category TEXT NOT NULL,"
             "  indicator TEXT NOT NULL,"
             "  subject TEXT NOT NULL,"
             "  sentence TEXT NOT NULL,"
             "  sentence_start %BIGINT% NOT NULL,"
             "  page INTEGER NOT NULL DEFAULT 0,"
             "  highlight_item INTEGER NOT NULL DEFAULT 0,"
             "  block INTEGER NOT NULL DEFAULT -1,"
             "  fact INTEGER NOT NULL,"
             "  is_primary INTEGER NOT NULL,"
             "  edited INTEGER NOT NULL DEFAULT 0,"
             "  rejected INTEGER NOT NULL DEFAULT 0)"_s,
             u"CREATE INDEX figures_document ON figures(document_id, ordinal)"_s,
             u"CREATE INDEX figures_year_region ON figures(year, region, category, indicator)"_s,
             u"CREATE INDEX figures_region_year ON figures(region, year, category, indicator)"_s,
             u"CREATE INDEX figures_indicator ON figures(indicator, year, region)"_s,
             // Corrections outlive the figures they correct: they name the document and the
             // figure's key, not its row id, so a re-import can apply them again.
             u"CREATE TABLE corrections ("
             "  id %ID%,"
             "  document_name TEXT NOT NULL,"
             "  figure_key TEXT NOT NULL,"
             "  field TEXT NOT NULL,"
             "  old_value TEXT NOT NULL,"
             "  new_value TEXT NOT NULL,"
             "  author TEXT NOT NULL,"
             "  created_at TEXT NOT NULL,"
             "  active INTEGER NOT NULL DEFAULT 1)"_s,
             u"CREATE INDEX corrections_figure ON corrections(document_name, figure_key)"_s,
             u"CREATE TABLE import_log ("
             "  id %ID%,"
             "  at TEXT NOT NULL,"
             "  file TEXT NOT NULL,"
             "  outcome TEXT NOT NULL,"
             "  message TEXT NOT NULL)"_s,
             u"CREATE TABLE regions ("
             "  code TEXT PRIMARY KEY,"
             "  name TEXT NOT NULL,"
             "  level TEXT NOT NULL,"
             "  prefecture TEXT NOT NULL)"_s,
             u"CREATE TABLE indicators ("
             "  key TEXT PRIMARY KEY,"
             "  name_zh TEXT NOT NULL,"
             "  name_en TEXT NOT NULL,"
             "  category TEXT NOT NULL,"
             "  unit TEXT NOT NULL)"_s,
         }},
        {2,
         {
             // Covering indexes for the panel aggregates (#7): each panel query is answered from
             // one index range without touching the wide figure rows (quote, sentence). They
             // replace version 1's narrower indexes, which forced a row lookup per figure.
             u"DROP INDEX IF EXISTS figures_year_region"_s,
             u"DROP INDEX IF EXISTS figures_region_year"_s,
             u"DROP INDEX IF EXISTS figures_indicator"_s,
             // Year panel: year = Y, grouped by (region,) category, unit.
             u"CREATE INDEX figures_panel_year ON figures(year, is_primary, rejected, region, category, unit, "
             "qualifier, value, indicator)"_s,
             // City panel: region = R, grouped by year, category or indicator, unit.
             u"CREATE INDEX figures_panel_region ON figures(region, is_primary, rejected, year, category, "
             "indicator, unit, qualifier, value)"_s,
             // Compare: indicator (or category) and unit over regions and years.
             u"CREATE INDEX figures_panel_indicator ON figures(indicator, unit, region, year, is_primary, "
             "rejected, qualifier, value)"_s,
             u"CREATE INDEX figures_panel_category ON figures(category, unit, region, year, is_primary, "
             "rejected, qualifier, value)"_s,
         }},
        {3,
         {
             // Per-group sums and counts of the figures (#7), kept exact by FigureSummary inside
             // every transaction that writes figures. The panels, the figure count and the
             // per-region counts read its few thousand rows instead of up to a million figures.
             // `year` is 0 for "unknown" (figures hold NULL), so the key has no NULLs and the
             // upsert's ON CONFLICT always finds the row. Clustered on its key in SQLite, so an
             // upsert dirties one b-tree page instead of a table page and a key-index page.
             u"CREATE TABLE figure_summary ("
             "  region TEXT NOT NULL,"
             "  year INTEGER NOT NULL,"
             "  category TEXT NOT NULL,"
             "  indicator TEXT NOT NULL,"
             "  unit TEXT NOT NULL,"
             "  is_primary INTEGER NOT NULL,"
             "  rejected INTEGER NOT NULL,"
             "  total %REAL% NOT NULL,"
             "  figures INTEGER NOT NULL,"
             "  approximate INTEGER NOT NULL,"
             "  PRIMARY KEY (region, year, category, indicator, unit, is_primary, rejected))%WITHOUT_ROWID%"_s,
             // The year panel picks one year, the compare panel one indicator (or category) and
             // unit; the city panel's region leads the key itself.
             u"CREATE INDEX figure_summary_year ON figure_summary(year, region)"_s,
             u"CREATE INDEX figure_summary_indicator ON figure_summary(indicator, unit, region, year)"_s,
             u"CREATE INDEX figure_summary_category ON figure_summary(category, unit, region, year)"_s,
             u"INSERT INTO figure_summary (region, year, category, indicator, unit, is_primary, rejected, total, "
             "figures, approximate) "
             "SELECT region, COALESCE(year, 0), category, indicator, unit, is_primary, rejected, sum(value), "
             "count(*), sum(CASE WHEN qualifier = 'exact' THEN 0 ELSE 1 END) FROM figures "
             "GROUP BY region, COALESCE(year, 0), category, indicator, unit, is_primary, rejected"_s,
             // The wide panel indexes of version 2 cost every import a write into four large
             // b-trees per figure; the summary answers the panels, the counts and the year list
             // now. One narrow index remains for the per-region document list; the figure
             // table's filtered pages walk figures_document in order until a page is full.
             u"DROP INDEX IF EXISTS figures_panel_year"_s,
             u"DROP INDEX IF EXISTS figures_panel_region"_s,
             u"DROP INDEX IF EXISTS figures_panel_indicator"_s,
             u"DROP INDEX IF EXISTS figures_panel_category"_s,
             u"CREATE INDEX figures_region ON figures(region, year)"_s,
             // A long sentence is stored once per document instead of once per figure in it (#8):
             // a figure-dense one-line report gave each of ~100,000 figures its own copy of a
             // 600-character window, twenty times the report's own size. Such figures keep
             // `sentence` empty and name the shared text; shorter sentences stay inline.
             u"CREATE TABLE sentences ("
             "  id %ID%,"
             "  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
             "  text TEXT NOT NULL)"_s,
             u"CREATE INDEX sentences_document ON sentences(document_id)"_s,
             u"ALTER TABLE figures ADD COLUMN sentence_id %BIGINT%"_s,
         }},
        {4,
         {
             // Which documents the figures of each summary group come from (#7): the source list
             // under an exported chart. It replaces the figures(region, year) index, which cost
             // every import a hundred inserts at scattered places in a million-entry b-tree; these
             // rows are a document's few dozen groups, appended at the end of a table clustered
             // by document. Kept exact by FigureSummary with figure_summary. Read by a scan
             // (~280,000 short rows at a million figures, 20–60 ms): an index on the region cost
             // every import 9 % and saved the city panel's document list 4 ms of 27.
             u"CREATE TABLE figure_sources ("
             "  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
             "  region TEXT NOT NULL,"
             "  year INTEGER NOT NULL,"
             "  category TEXT NOT NULL,"
             "  indicator TEXT NOT NULL,"
             "  unit TEXT NOT NULL,"
             "  is_primary INTEGER NOT NULL,"
             "  rejected INTEGER NOT NULL,"
             "  figures INTEGER NOT NULL,"
             "  PRIMARY KEY (document_id, region, year, category, indicator, unit, is_primary, rejected))"
             "%WITHOUT_ROWID%"_s,
             u"INSERT INTO figure_sources (document_id, region, year, category, indicator, unit, is_primary, "
             "rejected, figures) "
             "SELECT document_id, region, COALESCE(year, 0), category, indicator, unit, is_primary, rejected, "
             "count(*) FROM figures "
             "GROUP BY document_id, region, COALESCE(year, 0), category, indicator, unit, is_primary, rejected"_s,
             u"DROP INDEX IF EXISTS figures_region"_s,
             // Highlights and blocks clustered on their keys: a rowid table kept a second b-tree
             // for the same (document, number) key, written by every import.
             u"CREATE TABLE highlights_v4 ("
             "  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
             "  number INTEGER NOT NULL,"
             "  title TEXT NOT NULL,"
             "  start_offset %BIGINT% NOT NULL,"
             "  end_offset %BIGINT% NOT NULL,"
             "  PRIMARY KEY (document_id, number))%WITHOUT_ROWID%"_s,
             u"INSERT INTO highlights_v4 (document_id, number, title, start_offset, end_offset) "
             "SELECT document_id, number, title, start_offset, end_offset FROM highlights"_s,
             u"DROP TABLE highlights"_s,
             u"ALTER TABLE highlights_v4 RENAME TO highlights"_s,
             u"CREATE TABLE blocks_v4 ("
             "  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,"
             "  ordinal INTEGER NOT NULL,"
             "  heading TEXT NOT NULL,"
             "  region TEXT NOT NULL,"
             "  subregion TEXT NOT NULL,"
             "  speaker TEXT NOT NULL,"
             "  start_offset %BIGINT% NOT NULL,"
             "  end_offset %BIGINT% NOT NULL,"
             "  PRIMARY KEY (document_id, ordinal))%WITHOUT_ROWID%"_s,
             u"INSERT INTO blocks_v4 (document_id, ordinal, heading, region, subregion, speaker, start_offset, "
             "end_offset) SELECT document_id, ordinal, heading, region, subregion, speaker, start_offset, end_offset "
             "FROM blocks"_s,
             u"DROP TABLE blocks"_s,
             u"ALTER TABLE blocks_v4 RENAME TO blocks"_s,
         }},
        {5,
         {
             // Figures and figure_sources numbered inside their document's own id range (see
             // documentrows.h): both tables stay clustered by document without the
             // figures(document_id, ordinal) index, which cost every import a second b-tree
             // (about 7 % of its time), and figure_sources loses its separate key b-tree. Their
             // foreign keys go with it: deleting a document would make SQLite look for its
             // children by document_id, a full scan without that index; the importer deletes a
             // document's rows by their id range before the document instead. 16777216 is
             // kRowsPerDocument, spelled out because a migration's statements are history.
             u"CREATE TABLE figures_v5 ("
             "  id %ASSIGNED_ID%,"
             "  document_id INTEGER NOT NULL,"
             "  ordinal INTEGER NOT NULL,"
             "  figure_key TEXT NOT NULL,"
             "  start_offset %BIGINT% NOT NULL,"
             "  end_offset %BIGINT% NOT NULL,"
             "  quote TEXT NOT NULL,"
             "  value %REAL% NOT NULL,"
             "  unit TEXT NOT NULL,"
             "  unit_text TEXT NOT NULL,"
             "  qualifier TEXT NOT NULL,"
             "  region TEXT NOT NULL,"
             "  subregion TEXT NOT NULL,"
             "  year INTEGER,"
             "  category TEXT NOT NULL,"
             "  indicator TEXT NOT NULL,"
             "  subject TEXT NOT NULL,"
             "  sentence TEXT NOT NULL,"
             "  sentence_start %BIGINT% NOT NULL,"
             "  page INTEGER NOT NULL DEFAULT 0,"
             "  highlight_item INTEGER NOT NULL DEFAULT 0,"
             "  block INTEGER NOT NULL DEFAULT -1,"
             "  fact INTEGER NOT NULL,"
             "  is_primary INTEGER NOT NULL,"
             "  edited INTEGER NOT NULL DEFAULT 0,"
             "  rejected INTEGER NOT NULL DEFAULT 0,"
             "  sentence_id %BIGINT%)"_s,
             u"INSERT INTO figures_v5 (id, document_id, ordinal, figure_key, start_offset, end_offset, quote, value, "
             "unit, unit_text, qualifier, region, subregion, year, category, indicator, subject, sentence, "
             "sentence_start, page, highlight_item, block, fact, is_primary, edited, rejected, sentence_id) "
             "SELECT CAST(document_id AS BIGINT) * 16777216 + ordinal, document_id, ordinal, figure_key, start_offset, end_offset, "
             "quote, value, unit, unit_text, qualifier, region, subregion, year, category, indicator, subject, "
             "sentence, sentence_start, page, highlight_item, block, fact, is_primary, edited, rejected, sentence_id "
             "FROM figures ORDER BY document_id, ordinal"_s,
             u"DROP TABLE figures"_s,
             u"ALTER TABLE figures_v5 RENAME TO figures"_s,
             u"CREATE TABLE figure_sources_v5 ("
             "  id %ASSIGNED_ID%,"
             "  document_id INTEGER NOT NULL,"
             "  region TEXT NOT NULL,"
             "  year INTEGER NOT NULL,"
             "  category TEXT NOT NULL,"
             "  indicator TEXT NOT NULL,"
             "  unit TEXT NOT NULL,"
             "  is_primary INTEGER NOT NULL,"
             "  rejected INTEGER NOT NULL,"
             "  figures INTEGER NOT NULL)"_s,
             u"INSERT INTO figure_sources_v5 (id, document_id, region, year, category, indicator, unit, is_primary, "
             "rejected, figures) "
             "SELECT CAST(document_id AS BIGINT) * 16777216 + row_number() OVER (PARTITION BY document_id ORDER BY region, year, "
             "category, indicator, unit, is_primary, rejected) - 1, document_id, region, year, category, indicator, "
             "unit, is_primary, rejected, figures FROM figure_sources"_s,
             u"DROP TABLE figure_sources"_s,
             u"ALTER TABLE figure_sources_v5 RENAME TO figure_sources"_s,
         }},
        {6,
         {
             // Each figure's kind (#15): how it combines with others of its indicator (flow,
             // stock, rate), and the date a stock or rate stands at (yyyymmdd, 0 when unknown).
             // Older figures are flows but their percentages, which are rates; re-importing a
             // report gives every figure the kind its wording says.
             u"ALTER TABLE figures ADD COLUMN kind TEXT NOT NULL DEFAULT 'flow'"_s,
             u"ALTER TABLE figures ADD COLUMN as_of INTEGER NOT NULL DEFAULT 0"_s,
             u"UPDATE figures SET kind = 'rate' WHERE unit = 'percent'"_s,
             // The document's own date (a dateline, yyyymmdd; 0 when it states none).
             u"ALTER TABLE documents ADD COLUMN date INTEGER NOT NULL DEFAULT 0"_s,
             // The indicator keys of shared/docs/indicators.md: competition_teams is one of the
             // competition_units now, and funds_other (any money) was no comparable measure.
             u"UPDATE figures SET indicator = 'competition_units' WHERE indicator = 'competition_teams'"_s,
             u"UPDATE figures SET indicator = '' WHERE indicator = 'funds_other'"_s,
             u"UPDATE corrections SET new_value = 'competition_units' WHERE field = 'indicator' AND "
             "new_value = 'competition_teams'"_s,
             u"UPDATE corrections SET new_value = '' WHERE field = 'indicator' AND new_value = 'funds_other'"_s,
             u"DELETE FROM figure_summary"_s,
             u"INSERT INTO figure_summary (region, year, category, indicator, unit, is_primary, rejected, total, "
             "figures, approximate) "
             "SELECT region, COALESCE(year, 0), category, indicator, unit, is_primary, rejected, sum(value), "
             "count(*), sum(CASE WHEN qualifier = 'exact' THEN 0 ELSE 1 END) FROM figures "
             "GROUP BY region, COALESCE(year, 0), category, indicator, unit, is_primary, rejected"_s,
             u"DELETE FROM figure_sources"_s,
             u"INSERT INTO figure_sources (id, document_id, region, year, category, indicator, unit, is_primary, "
             "rejected, figures) "
             "SELECT CAST(document_id AS BIGINT) * 16777216 + row_number() OVER (PARTITION BY document_id ORDER BY "
             "region, COALESCE(year, 0), category, indicator, unit, is_primary, rejected) - 1, document_id, region, "
             "COALESCE(year, 0), category, indicator, unit, is_primary, rejected, count(*) FROM figures "
             "GROUP BY document_id, region, COALESCE(year, 0), category, indicator, unit, is_primary, rejected"_s,
         }},
        {7,
         {
             // Statistics by kind (#16), one row per indicator, region, year and unit: the numbers
             // every panel, `stats` and exported chart show, with the ids of the figures behind
             // each (their documents are id >> 24). StatisticsBuilder keeps them in step: a
             // transaction that changes figures marks their cells (an import just its document:
             // one row appended per file), and the marked cells are rebuilt before the next read.
             // An index over the figures kept in step by every import cost it half its speed.
             u"CREATE TABLE statistics ("
             "  region TEXT NOT NULL,"
             "  indicator TEXT NOT NULL,"
             "  year INTEGER NOT NULL,"
             "  unit TEXT NOT NULL,"
             "  kind TEXT NOT NULL,"
             "  value %REAL% NOT NULL,"
             "  qualifier TEXT NOT NULL,"
             "  partial INTEGER NOT NULL,"
             "  as_of INTEGER NOT NULL,"
             "  facts INTEGER NOT NULL,"
             "  figure_ids TEXT NOT NULL,"
             "  PRIMARY KEY (region, indicator, year, unit))%WITHOUT_ROWID%"_s,
             u"CREATE INDEX statistics_indicator ON statistics(indicator, year)"_s,
             u"CREATE TABLE store_state ("
             "  key TEXT PRIMARY KEY,"
             "  value INTEGER NOT NULL)"_s,
             u"CREATE TABLE statistics_stale_documents (document_id %BIGINT% PRIMARY KEY)"_s,
             u"CREATE TABLE statistics_stale_cells ("
             "  indicator TEXT NOT NULL,"
             "  region TEXT NOT NULL,"
             "  year INTEGER NOT NULL,"
             "  PRIMARY KEY (indicator, region, year))%WITHOUT_ROWID%"_s,
             // 2: everything is rebuilt, from the figures the store already holds.
             u"INSERT INTO store_state (key, value) VALUES ('statistics_stale', 2)"_s,
         }},
        {8,
         {
             // Reports as staff have them (#17): how each was read (text, a PDF's text layer, OCR,
             // Word, web page), how many pages were recognised and with what confidence per
             // character (qCompress'd, base64; empty unless OCR'd: a re-extraction needs it), the
             // title the file declares, and who imported it. Older PDFs were read from their
             // text layer: there was no recogniser.
             u"ALTER TABLE documents ADD COLUMN read_method TEXT NOT NULL DEFAULT 'text'"_s,
             u"UPDATE documents SET read_method = 'pdf' WHERE format = 'pdf'"_s,
             u"ALTER TABLE documents ADD COLUMN ocr_pages INTEGER NOT NULL DEFAULT 0"_s,
             u"ALTER TABLE documents ADD COLUMN ocr_confidence TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE documents ADD COLUMN declared_title TEXT NOT NULL DEFAULT ''"_s,
             u"ALTER TABLE documents ADD COLUMN imported_by TEXT NOT NULL DEFAULT ''"_s,
             // An OCR'd figure's confidence, the least of its characters' (0–100); -1: read from text.
             u"ALTER TABLE figures ADD COLUMN confidence INTEGER NOT NULL DEFAULT -1"_s,
             // What staff said of a document (title, year, unit), over what was extracted: by
             // name, like corrections, so a re-import applies them again.
             u"CREATE TABLE document_properties ("
             "  document_name TEXT NOT NULL,"
             "  field TEXT NOT NULL,"
             "  value TEXT NOT NULL,"
             "  author TEXT NOT NULL,"
             "  created_at TEXT NOT NULL,"
             "  PRIMARY KEY (document_name, field))"_s,
         }},
        // 9 (#18): nothing in the tables. On PostgreSQL every migration ends by setting up the
        // roles viewer, editor and admin and their privileges (Store::grantRoles); this version
        // is the one that gives stores made before the roles existed theirs.
        {9, {}},
    };
    return all;
}

int currentSchemaVersion() { return migrations().constLast().version; }

} // namespace ub
