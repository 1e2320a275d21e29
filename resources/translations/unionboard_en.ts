<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>UnionBoard</source>
        <translation>UnionBoard</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Year:</translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation>Year filter</translation>
    </message>
    <message>
        <source>Search figures, subjects and sentences…</source>
        <translation>Search figures, subjects and sentences…</translation>
    </message>
    <message>
        <source>Search figures</source>
        <translation>Search figures</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the store</source>
        <translation>Cannot open the store</translation>
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
</context>
<context>
    <name>ub::MainWindow</name>
    <message>
        <source>Figures per region chart</source>
        <translation>Figures per region chart</translation>
    </message>
    <message>
        <source>Figures per region</source>
        <translation>Figures per region</translation>
    </message>
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
</context>
<context>
    <name>ub::RegionCountModel</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>Approximate</translation>
    </message>
</context>
</TS>
