// A store with the sample reports imported, for the model tests.
#pragma once

#include "extractor.h"
#include "importer.h"
#include "storefixture.h"
#include "testpaths.h"

namespace ub::test {

/** StoreTest plus the sample reports (or given files) imported. */
class SampleStoreTest : public StoreTest
{
protected:
    void importPaths(const QStringList &paths)
    {
        Extractor extractor;
        Importer importer(*m_store, extractor);
        QStringList problems;
        const ImportSummary summary = importer.importFiles(Importer::collectReportFiles(paths, &problems));
        ASSERT_FALSE(summary.hasRejections()) << summary.toText().toStdString();
    }
    void importSamples() { importPaths({sampleReportsDir()}); }
};

} // namespace ub::test
