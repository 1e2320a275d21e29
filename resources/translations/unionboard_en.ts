<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>CityPanel</name>
    <message>
        <source>&amp;City:</source>
        <translation>&amp;City:</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;By:</translation>
    </message>
    <message>
        <source>Group figures by</source>
        <translation>Group figures by</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>The city's figures by year</source>
        <translation>The city's figures by year</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Documents with figures for the city</source>
        <translation>Documents with figures for the city</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>&amp;Cities (2–11):</source>
        <translation>&amp;Cities (2–11):</translation>
    </message>
    <message>
        <source>Cities to compare</source>
        <translation>Cities to compare</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Measure:</translation>
    </message>
    <message>
        <source>Indicator or category</source>
        <translation>Indicator or category</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>&amp;Years:</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>First year</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Last year</translation>
    </message>
    <message>
        <source>Cities side by side</source>
        <translation>Cities side by side</translation>
    </message>
</context>
<context>
    <name>CorrectFigureDialog</name>
    <message>
        <source>Correct Figure</source>
        <translation>Correct Figure</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Value:</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tegory:</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Indicator:</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>Search figures, subjects and sentences…</source>
        <translation>Search figures, subjects and sentences…</translation>
    </message>
    <message>
        <source>Search figures</source>
        <translation>Search figures</translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation>Year filter</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>Region filter</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>Category filter</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Where this figure comes from</source>
        <translation>Where this figure comes from</translation>
    </message>
    <message>
        <source>Source sentence</source>
        <translation>Source sentence</translation>
    </message>
    <message>
        <source>&amp;Open in Report</source>
        <translation>&amp;Open in Report</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>&amp;Not a Figure</source>
        <translation>&amp;Not a Figure</translation>
    </message>
    <message>
        <source>Indicator filter</source>
        <translation>Indicator filter</translation>
    </message>
    <message>
        <source>Unit filter</source>
        <translation>Unit filter</translation>
    </message>
    <message>
        <source>Qualifier filter</source>
        <translation>Qualifier filter</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>people</source>
        <translation>people</translation>
    </message>
    <message>
        <source>person-times</source>
        <translation>person-times</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>yuan</translation>
    </message>
    <message>
        <source>items</source>
        <translation>items</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>percent</translation>
    </message>
    <message>
        <source>other</source>
        <translation>other</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>exact</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>at least</translation>
    </message>
    <message>
        <source>nearly</source>
        <translation>nearly</translation>
    </message>
    <message>
        <source>about</source>
        <translation>about</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Members</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Events</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>Funds</translation>
    </message>
    <message>
        <source>Competitions</source>
        <translation>Competitions</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1 yuan</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1 people</translation>
    </message>
    <message>
        <source>%1 person-times</source>
        <translation>%1 person-times</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1 sessions</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1 items</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>UnionBoard</source>
        <translation>UnionBoard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Import Reports…</source>
        <translation>&amp;Import Reports…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About UnionBoard</source>
        <translation>&amp;About UnionBoard</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>Panels</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>Import &amp;Folder…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Correct Figure…</source>
        <translation>&amp;Correct Figure…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Mark as &amp;Not a Figure</source>
        <translation>Mark as &amp;Not a Figure</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferences…</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>&amp;Year</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>&amp;City</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>C&amp;ompare</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>&amp;Figures</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferences</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>Language of the interface</translation>
    </message>
    <message>
        <source>Chart &amp;theme:</source>
        <translation>Chart &amp;theme:</translation>
    </message>
    <message>
        <source>Chart theme</source>
        <translation>Chart theme</translation>
    </message>
</context>
<context>
    <name>ReportViewerDialog</name>
    <message>
        <source>Report text</source>
        <translation>Report text</translation>
    </message>
</context>
<context>
    <name>YearPanel</name>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Top ten highlights</source>
        <translation>Top ten highlights</translation>
    </message>
    <message>
        <source>Highlights of the year</source>
        <translation>Highlights of the year</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the store</source>
        <translation>Cannot open the store</translation>
    </message>
</context>
<context>
    <name>ub::AggregateModel</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Approximate</translation>
    </message>
</context>
<context>
    <name>ub::CityPanel</name>
    <message>
        <source>Figures over the years</source>
        <translation>Figures over the years</translation>
    </message>
    <message>
        <source>%1: figures per year</source>
        <translation>%1: figures per year</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
</context>
<context>
    <name>ub::CompareModel</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>% change</source>
        <translation>% change</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rank</translation>
    </message>
</context>
<context>
    <name>ub::ComparePanel</name>
    <message>
        <source>Cities compared</source>
        <translation>Cities compared</translation>
    </message>
    <message>
        <source>Choose at least two cities.</source>
        <translation>Choose at least two cities.</translation>
    </message>
    <message>
        <source>Values in %1; a dash means the city has no figure.</source>
        <translation>Values in %1; a dash means the city has no figure.</translation>
    </message>
</context>
<context>
    <name>ub::CorrectFigureDialog</name>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
</context>
<context>
    <name>ub::DocumentMentionModel</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
</context>
<context>
    <name>ub::FigureTableModel</name>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>As written</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>Qualifier</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Subregion</source>
        <translation>Subregion</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Corrected by staff</source>
        <translation>Corrected by staff</translation>
    </message>
</context>
<context>
    <name>ub::FiguresPanel</name>
    <message>
        <source>All regions</source>
        <translation>All regions</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>&amp;Correct…</translation>
    </message>
    <message>
        <source>Mark as &amp;Not a Figure</source>
        <translation>Mark as &amp;Not a Figure</translation>
    </message>
    <message>
        <source>&amp;Open in Report</source>
        <translation>&amp;Open in Report</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>All years</translation>
    </message>
    <message>
        <source>%1 · characters %2–%3</source>
        <translation>%1 · characters %2–%3</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>page %1</translation>
    </message>
    <message>
        <source>corrected by staff</source>
        <translation>corrected by staff</translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation>Correct %1</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>All indicators</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>All units</translation>
    </message>
    <message>
        <source>Exact or not</source>
        <translation>Exact or not</translation>
    </message>
</context>
<context>
    <name>ub::HighlightModel</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>Highlight</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
</context>
<context>
    <name>ub::KpiCardsWidget</name>
    <message numerus="yes">
        <source>%n figure(s)</source>
        <translation>
            <numerusform>%n figure</numerusform>
            <numerusform>%n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ub::KpiModel</name>
    <message numerus="yes">
        <source>%1: %2 from %n figure(s)</source>
        <translation>
            <numerusform>%1: %2 from %n figure</numerusform>
            <numerusform>%1: %2 from %n figures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ub::MainWindow</name>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import failed</translation>
    </message>
    <message>
        <source>Preparing import…</source>
        <translation>Preparing import…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Importing reports</source>
        <translation>Importing reports</translation>
    </message>
    <message>
        <source>First start: importing the sample reports from %1</source>
        <translation>First start: importing the sample reports from %1</translation>
    </message>
    <message>
        <source>Import Reports</source>
        <translation>Import Reports</translation>
    </message>
    <message>
        <source>Reports (*.txt *.pdf);;All files (*)</source>
        <translation>Reports (*.txt *.pdf);;All files (*)</translation>
    </message>
    <message>
        <source>Imported %1, unchanged %2, replaced %3, rejected %4.</source>
        <translation>Imported %1, unchanged %2, replaced %3, rejected %4.</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>Import finished</translation>
    </message>
    <message>
        <source>%1 figures from %2 reports</source>
        <translation>%1 figures from %2 reports</translation>
    </message>
    <message>
        <source>About UnionBoard</source>
        <translation>About UnionBoard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;UnionBoard %1&lt;/h3&gt;&lt;p&gt;Figures from trade-union work reports, traced to their sentences.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;UnionBoard %1&lt;/h3&gt;&lt;p&gt;Figures from trade-union work reports, traced to their sentences.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>City</source>
        <translation>City</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Compare</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Correction failed</source>
        <translation>Correction failed</translation>
    </message>
    <message>
        <source>Import a Folder of Reports</source>
        <translation>Import a Folder of Reports</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>(cancelled)</translation>
    </message>
</context>
<context>
    <name>ub::PreferencesDialog</name>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>High contrast</translation>
    </message>
</context>
<context>
    <name>ub::ReviewController</name>
    <message>
        <source>Mark as not a figure</source>
        <translation>Mark as not a figure</translation>
    </message>
    <message>
        <source>Mark as a figure</source>
        <translation>Mark as a figure</translation>
    </message>
</context>
<context>
    <name>ub::YearPanel</name>
    <message>
        <source>Figures by region</source>
        <translation>Figures by region</translation>
    </message>
    <message>
        <source>Figures by category</source>
        <translation>Figures by category</translation>
    </message>
    <message>
        <source>Figures by region, %1</source>
        <translation>Figures by region, %1</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Figures by category, %1</source>
        <translation>Figures by category, %1</translation>
    </message>
</context>
</TS>