<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>ChartBatch</name>
    <message>
        <source>one chart per year needs the year, categories or compare view: a city chart already spans the years</source>
        <translation>one chart per year needs the year, categories or compare view: a city chart already spans the years</translation>
    </message>
    <message>
        <source>the name template "%1" gives two charts the name %2; add {city}, {year} or {n}</source>
        <translation>the name template "%1" gives two charts the name %2; add {city}, {year} or {n}</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
    </message>
</context>
<context>
    <name>ChartDataBuilder</name>
    <message>
        <source>all years</source>
        <translation>all years</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>one year</comment>
        <translation>%1</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>range of years</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Figures stated</source>
        <translation>Figures stated</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>figures</translation>
    </message>
    <message>
        <source>Figures stated by region, %1</source>
        <translation>Figures stated by region, %1</translation>
    </message>
    <message>
        <source>%1 by region, %2</source>
        <translation>%1 by region, %2</translation>
    </message>
    <message>
        <source>Figures stated by category, %1</source>
        <translation>Figures stated by category, %1</translation>
    </message>
    <message>
        <source>%1: figures stated per year</source>
        <translation>%1: figures stated per year</translation>
    </message>
    <message>
        <source>%1: %2 per year</source>
        <translation>%1: %2 per year</translation>
    </message>
    <message>
        <source>%1: cities compared, %2</source>
        <translation>%1: cities compared, %2</translation>
    </message>
    <message>
        <source>%1 · unit: %2</source>
        <translation>%1 · unit: %2</translation>
    </message>
</context>
<context>
    <name>ChartExportOptions</name>
    <message>
        <source>16:9 slide, 1920 × 1080</source>
        <translation>16:9 slide, 1920 × 1080</translation>
    </message>
    <message>
        <source>16:9 slide, 1280 × 720</source>
        <translation>16:9 slide, 1280 × 720</translation>
    </message>
    <message>
        <source>4:3 slide, 1024 × 768</source>
        <translation>4:3 slide, 1024 × 768</translation>
    </message>
    <message>
        <source>Half of a 16:9 slide, 960 × 1080</source>
        <translation>Half of a 16:9 slide, 960 × 1080</translation>
    </message>
    <message>
        <source>Custom, %1 × %2</source>
        <translation>Custom, %1 × %2</translation>
    </message>
    <message>
        <source>size %1×%2 is outside %3×%4 to %5×%6 pixels</source>
        <translation>size %1×%2 is outside %3×%4 to %5×%6 pixels</translation>
    </message>
    <message>
        <source>scale %1 is not 1, 2 or 3</source>
        <translation>scale %1 is not 1, 2 or 3</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: cannot write the file: %2</translation>
    </message>
    <message>
        <source>%1: cannot create the file: %2</source>
        <translation>%1: cannot create the file: %2</translation>
    </message>
    <message>
        <source>%1: cannot write the image: %2</source>
        <translation>%1: cannot write the image: %2</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1: cannot start the PDF</translation>
    </message>
</context>
<context>
    <name>ChartSlide</name>
    <message>
        <source>Sources: no documents</source>
        <translation>Sources: no documents</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message numerus="yes">
        <source>Sources: %1 and %n more document(s)</source>
        <translation>
            <numerusform>Sources: %1 and %n more document</numerusform>
            <numerusform>Sources: %1 and %n more documents</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Sources: %1</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>Figures: %1</translation>
    </message>
    <message>
        <source>%1 includes approximate figures (余, 近, 约)</source>
        <translation>%1 includes approximate figures (余, 近, 约)</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>Exported %1</translation>
    </message>
    <message>
        <source>UnionBoard</source>
        <translation>UnionBoard</translation>
    </message>
    <message>
        <source>No figures match this chart.</source>
        <translation>No figures match this chart.</translation>
    </message>
</context>
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
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Documents with figures for the city</source>
        <translation>Documents with figures for the city</translation>
    </message>
    <message>
        <source>The city's indicators by year</source>
        <translation>The city's indicators by year</translation>
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
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Connect to Server</translation>
    </message>
    <message>
        <source>The federation's shared store on a PostgreSQL server. Ask its administrator for the address, the database and your login.</source>
        <translation>The federation's shared store on a PostgreSQL server. Ask its administrator for the address, the database and your login.</translation>
    </message>
    <message>
        <source>Why the connection failed</source>
        <translation>Why the connection failed</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation>Server host name</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>Server port</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Database:</translation>
    </message>
    <message>
        <source>unionboard</source>
        <translation>unionboard</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>Database name</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>Login name</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>&amp;Encryption (TLS):</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS mode</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop's keychain</source>
        <translation>&amp;Remember the password in the desktop's keychain</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>Keychain</translation>
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
    <name>DocumentCommands</name>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>Clear the %1 of %2</source>
        <translation>Clear the %1 of %2</translation>
    </message>
    <message>
        <source>Set the %1 of %2 to %3</source>
        <translation>Set the %1 of %2 to %3</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>Remove %1</translation>
    </message>
</context>
<context>
    <name>EditPermission</name>
    <message>
        <source>Needs the %1 role; %2 is signed in as %3.</source>
        <translation>Needs the %1 role; %2 is signed in as %3.</translation>
    </message>
</context>
<context>
    <name>ExportChartDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Chart</translation>
    </message>
    <message>
        <source>&amp;Plot:</source>
        <translation>&amp;Plot:</translation>
    </message>
    <message>
        <source>&amp;Charts:</source>
        <translation>&amp;Charts:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>S&amp;ubtitle:</translation>
    </message>
    <message>
        <source>Source &amp;footer (documents, year, approximate figures, export date)</source>
        <translation>Source &amp;footer (documents, year, approximate figures, export date)</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Si&amp;ze:</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>Width in pixels</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>Height in pixels</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>&amp;Resolution:</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Background:</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>File &amp;names:</translation>
    </message>
    <message>
        <source>{year}, {city}, {indicator}, {view} and {n} are replaced for each chart</source>
        <translation>{year}, {city}, {indicator}, {view} and {n} are replaced for each chart</translation>
    </message>
    <message>
        <source>All charts as pages of one &amp;PDF</source>
        <translation>All charts as pages of one &amp;PDF</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Preview</translation>
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
    <message>
        <source>billion</source>
        <translation>billion</translation>
    </message>
    <message>
        <source>million</source>
        <translation>million</translation>
    </message>
    <message>
        <source>thousand</source>
        <translation>thousand</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>flow</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>stock</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>rate</translation>
    </message>
    <message>
        <source>Yearly highlights</source>
        <translation>Yearly highlights</translation>
    </message>
    <message>
        <source>Speech digest</source>
        <translation>Speech digest</translation>
    </message>
    <message>
        <source>Newspaper page</source>
        <translation>Newspaper page</translation>
    </message>
    <message>
        <source>Work summary</source>
        <translation>Work summary</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>Web page</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>document kind</comment>
        <translation>Other</translation>
    </message>
    <message numerus="yes">
        <source>OCR (%n page(s))</source>
        <translation>
            <numerusform>OCR (%n page)</numerusform>
            <numerusform>OCR (%n pages)</numerusform>
        </translation>
    </message>
    <message>
        <source>PDF + %1</source>
        <translation>PDF + %1</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Word</source>
        <translation>Word</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
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
    <message>
        <source>&amp;Export Chart…</source>
        <translation>&amp;Export Chart…</translation>
    </message>
    <message>
        <source>Export the chart of this panel for a slide deck: PNG, SVG or PDF, one chart or one per city or year</source>
        <translation>Export the chart of this panel for a slide deck: PNG, SVG or PDF, one chart or one per city or year</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation>&amp;Copy Chart as Image</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Export &amp;Table as CSV…</source>
        <translation>Export &amp;Table as CSV…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Recent Stores</source>
        <translation>&amp;Recent Stores</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>&amp;Open Store…</translation>
    </message>
    <message>
        <source>Open a store file (SQLite) in this window</source>
        <translation>Open a store file (SQLite) in this window</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Connect to &amp;Server…</translation>
    </message>
    <message>
        <source>Open the federation's shared store on a PostgreSQL server in this window</source>
        <translation>Open the federation's shared store on a PostgreSQL server in this window</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;New Window</source>
        <translation>&amp;New Window</translation>
    </message>
    <message>
        <source>Open another window on the same store</source>
        <translation>Open another window on the same store</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Stores</source>
        <translation>&amp;Clear Recent Stores</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <source>no keychain is available</source>
        <translation>no keychain is available</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>the keychain did not answer within %n second</numerusform><numerusform>the keychain did not answer within %n seconds</numerusform></translation>
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
    <name>ReportsPanel</name>
    <message>
        <source>Search titles, files, units and kinds…</source>
        <translation>Search titles, files, units and kinds…</translation>
    </message>
    <message>
        <source>Search reports</source>
        <translation>Search reports</translation>
    </message>
    <message>
        <source>Reports summary</source>
        <translation>Reports summary</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Show &amp;Figures</source>
        <translation>Show &amp;Figures</translation>
    </message>
    <message>
        <source>List the figures of this report in the Figures panel (or double-click the report)</source>
        <translation>List the figures of this report in the Figures panel (or double-click the report)</translation>
    </message>
    <message>
        <source>E&amp;xtract Again</source>
        <translation>E&amp;xtract Again</translation>
    </message>
    <message>
        <source>Read the figures of the selected reports again from their stored text, keeping corrections</source>
        <translation>Read the figures of the selected reports again from their stored text, keeping corrections</translation>
    </message>
    <message>
        <source>Extract &amp;All Again…</source>
        <translation>Extract &amp;All Again…</translation>
    </message>
    <message>
        <source>Read the figures of every report again, after an upgrade of UnionBoard</source>
        <translation>Read the figures of every report again, after an upgrade of UnionBoard</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message>
        <source>Take the report and its figures out of the store (Edit ▸ Undo puts it back)</source>
        <translation>Take the report and its figures out of the store (Edit ▸ Undo puts it back)</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>the keychain refused the password</source>
        <translation>the keychain refused the password</translation>
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
        <source>Highlights of the year, by report</source>
        <translation>Highlights of the year, by report</translation>
    </message>
    <message>
        <source>Figures of the selected highlight</source>
        <translation>Figures of the selected highlight</translation>
    </message>
    <message>
        <source>Figures of the selected highlight with their sentences</source>
        <translation>Figures of the selected highlight with their sentences</translation>
    </message>
    <message>
        <source>&amp;Indicator by city:</source>
        <translation>&amp;Indicator by city:</translation>
    </message>
    <message>
        <source>Indicator shown by city</source>
        <translation>Indicator shown by city</translation>
    </message>
    <message>
        <source>Pin to Cards</source>
        <translation>Pin to Cards</translation>
    </message>
    <message>
        <source>Always show this indicator among the year's cards</source>
        <translation>Always show this indicator among the year's cards</translation>
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
    <name>ub::CityPanel</name>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>The selected indicator over the years</source>
        <translation>The selected indicator over the years</translation>
    </message>
    <message>
        <source>%1 of %2 in %3</source>
        <translation>%1 of %2 in %3</translation>
    </message>
</context>
<context>
    <name>ub::CityStatisticsModel</name>
    <message>
        <source>No figure for %1</source>
        <translation>No figure for %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3 (%4), %n report(s)</source>
        <translation>
            <numerusform>%1 %2: %3 (%4), %n report</numerusform>
            <numerusform>%1 %2: %3 (%4), %n reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sum of %n fact(s)</source>
        <translation>
            <numerusform>sum of %n fact</numerusform>
            <numerusform>sum of %n facts</numerusform>
        </translation>
    </message>
    <message>
        <source>level as of %1</source>
        <translation>level as of %1</translation>
    </message>
    <message>
        <source>rate as stated</source>
        <translation>rate as stated</translation>
    </message>
    <message>
        <source>* the sum of its counties: the city states none itself</source>
        <translation>* the sum of its counties: the city states none itself</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>the unit after an indicator's name</comment>
        <translation> (%1)</translation>
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
        <source>Measure</source>
        <translation>Measure</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regions</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>%1 of %2 in %3</source>
        <translation>%1 of %2 in %3</translation>
    </message>
    <message>
        <source>Values in %1; a dash means the city has no figure, a star that its counties' figures stand in for it.</source>
        <translation>Values in %1; a dash means the city has no figure, a star that its counties' figures stand in for it.</translation>
    </message>
</context>
<context>
    <name>ub::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connect</translation>
    </message>
    <message>
        <source>disable: never encrypt</source>
        <translation>disable: never encrypt</translation>
    </message>
    <message>
        <source>allow: encrypt only when the server insists</source>
        <translation>allow: encrypt only when the server insists</translation>
    </message>
    <message>
        <source>prefer: encrypt when the server can (default)</source>
        <translation>prefer: encrypt when the server can (default)</translation>
    </message>
    <message>
        <source>require: always encrypt, trust any certificate</source>
        <translation>require: always encrypt, trust any certificate</translation>
    </message>
    <message>
        <source>verify-ca: always encrypt, check the certificate's authority</source>
        <translation>verify-ca: always encrypt, check the certificate's authority</translation>
    </message>
    <message>
        <source>verify-full: always encrypt, check the authority and the server's name</source>
        <translation>verify-full: always encrypt, check the authority and the server's name</translation>
    </message>
    <message>
        <source>The desktop's keychain is not available, so the password is kept only until UnionBoard closes; it is never written to a file.</source>
        <translation>The desktop's keychain is not available, so the password is kept only until UnionBoard closes; it is never written to a file.</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
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
    <name>ub::DocumentDelegate</name>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
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
    <name>ub::DocumentTableModel</name>
    <message>
        <source>Set by staff. Clear it to use what was read from the report.</source>
        <translation>Set by staff. Clear it to use what was read from the report.</translation>
    </message>
    <message numerus="yes">
        <source>Recognised by OCR from %n page(s).</source>
        <translation>
            <numerusform>Recognised by OCR from %n page.</numerusform>
            <numerusform>Recognised by OCR from %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) recognised with less than %1% confidence: check them.</source>
        <translation>
            <numerusform>%n figure recognised with less than %1% confidence: check it.</numerusform>
            <numerusform>%n figures recognised with less than %1% confidence: check them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every figure was recognised with at least %1% confidence.</source>
        <translation>Every figure was recognised with at least %1% confidence.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Figures</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Read as</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Imported</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>Imported by</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>%1 is not a year from %2 to %3.</source>
        <translation>%1 is not a year from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 is not a unit of the federation: choose %2.</source>
        <translation>%1 is not a unit of the federation: choose %2.</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>Cannot change %1: %2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>Cannot remove %1: %2</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>Cannot restore %1: %2</translation>
    </message>
    <message>
        <source>Cannot extract %1 again.</source>
        <translation>Cannot extract %1 again.</translation>
    </message>
</context>
<context>
    <name>ub::ExportChartDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Copy to Clipboard</translation>
    </message>
    <message>
        <source>This chart</source>
        <translation>This chart</translation>
    </message>
    <message>
        <source>One chart per city</source>
        <translation>One chart per city</translation>
    </message>
    <message>
        <source>One chart per year</source>
        <translation>One chart per year</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Custom</translation>
    </message>
    <message>
        <source>%1× (PNG and clipboard)</source>
        <translation>%1× (PNG and clipboard)</translation>
    </message>
    <message>
        <source>White</source>
        <translation>White</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG image</translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation>SVG vector drawing</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF document</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatic</translation>
    </message>
    <message>
        <source>Automatic: years and unit</source>
        <translation>Automatic: years and unit</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Folder:</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>&amp;Save to:</translation>
    </message>
    <message>
        <source>Export Charts to Folder</source>
        <translation>Export Charts to Folder</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG drawings (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>Export Chart</translation>
    </message>
    <message>
        <source>No chart has figures to show.</source>
        <translation>No chart has figures to show.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) with figures; the preview shows the first.</source>
        <translation>
            <numerusform>%n chart with figures; the preview shows the first.</numerusform>
            <numerusform>%n charts with figures; the preview shows the first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>Nothing to Export</translation>
    </message>
    <message>
        <source>No figures match this chart.</source>
        <translation>No figures match this chart.</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: cannot create the folder</translation>
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
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Sentence</translation>
    </message>
    <message>
        <source>Recognised by OCR, confidence %1%: check it against the page</source>
        <translation>Recognised by OCR, confidence %1%: check it against the page</translation>
    </message>
    <message>
        <source>Recognised by OCR, confidence %1%</source>
        <translation>Recognised by OCR, confidence %1%</translation>
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
    <message>
        <source>Show &amp;All Figures</source>
        <translation>Show &amp;All Figures</translation>
    </message>
    <message numerus="yes">
        <source>The %n figure(s) behind %1</source>
        <translation>
            <numerusform>The %n figure behind %1</numerusform>
            <numerusform>The %n figures behind %1</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures of highlight %1</source>
        <translation>The figures of highlight %1</translation>
    </message>
    <message>
        <source>The figures of %1</source>
        <translation>The figures of %1</translation>
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
    <message>
        <source>Key figures</source>
        <translation>Key figures</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1 (%n item)</numerusform>
            <numerusform>%1 (%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ub::KpiCardsWidget</name>
    <message>
        <source>Click to see the figures behind it.</source>
        <translation>Click to see the figures behind it.</translation>
    </message>
    <message>
        <source>No figure of a comparable indicator this year.</source>
        <translation>No figure of a comparable indicator this year.</translation>
    </message>
</context>
<context>
    <name>ub::KpiModel</name>
    <message>
        <source>%1%2% on %3</source>
        <translation>%1%2% on %3</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) from %1 figure(s) in %2 document(s)</source>
        <translation>
            <numerusform>%n fact from %1 figure in %2 document</numerusform>
            <numerusform>%n facts from %1 figures in %2 documents</numerusform>
        </translation>
    </message>
    <message>
        <source>sum of the cities</source>
        <translation>sum of the cities</translation>
    </message>
    <message>
        <source>range of the cities</source>
        <translation>range of the cities</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
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
    <message numerus="yes">
        <source>Exported %n file(s): %1</source>
        <translation>
            <numerusform>Exported %n file: %1</numerusform>
            <numerusform>Exported %n files: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart copied: paste it into PowerPoint, WPS or a document.</source>
        <translation>Chart copied: paste it into PowerPoint, WPS or a document.</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>Export Table as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: cannot write the file: %2</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>Export Failed</translation>
    </message>
    <message>
        <source>Table exported: %1</source>
        <translation>Table exported: %1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n report(s) again.</source>
        <translation>
            <numerusform>Extracted %n report again.</numerusform>
            <numerusform>Extracted %n reports again.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports (%1)</source>
        <translation>Reports (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>Recognising %1: page %2 of %3 (OCR)…</source>
        <translation>Recognising %1: page %2 of %3 (OCR)…</translation>
    </message>
    <message>
        <source>Reading %1: page %2 of %3…</source>
        <translation>Reading %1: page %2 of %3…</translation>
    </message>
    <message>
        <source>%1 — UnionBoard</source>
        <translation>%1 — UnionBoard</translation>
    </message>
</context>
<context>
    <name>ub::ModelBarChartView</name>
    <message>
        <source>Export Chart…</source>
        <translation>Export Chart…</translation>
    </message>
    <message>
        <source>Copy Chart as Image</source>
        <translation>Copy Chart as Image</translation>
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
    <name>ub::ReportsPanel</name>
    <message>
        <source>Show &amp;Figures</source>
        <translation>Show &amp;Figures</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>E&amp;xtract Again</source>
        <translation>E&amp;xtract Again</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>&amp;Remove…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 figures</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read by OCR</source>
        <translation>
            <numerusform>%n read by OCR</numerusform>
            <numerusform>%n read by OCR</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) to check</source>
        <translation>
            <numerusform>%n figure to check</numerusform>
            <numerusform>%n figures to check</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Change the Report</source>
        <translation>Cannot Change the Report</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>Cannot change %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” (%2) and its %n figure(s) from the store?</source>
        <translation>
            <numerusform>Remove “%1” (%2) and its %n figure from the store?</numerusform>
            <numerusform>Remove “%1” (%2) and its %n figures from the store?</numerusform>
        </translation>
    </message>
    <message>
        <source>Its corrections go with it. Edit ▸ Undo puts it all back.</source>
        <translation>Its corrections go with it. Edit ▸ Undo puts it all back.</translation>
    </message>
    <message>
        <source>Remove Report</source>
        <translation>Remove Report</translation>
    </message>
    <message>
        <source>Extracting the reports again…</source>
        <translation>Extracting the reports again…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Extract All Again</source>
        <translation>Extract All Again</translation>
    </message>
    <message>
        <source>Extracting %1 again (%2 of %3)…</source>
        <translation>Extracting %1 again (%2 of %3)…</translation>
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
    <name>ub::StoreStatusLabel</name>
    <message>
        <source>may read every panel and export, but not import, correct or remove</source>
        <translation>may read every panel and export, but not import, correct or remove</translation>
    </message>
    <message>
        <source>may read, export, import, correct and remove</source>
        <translation>may read, export, import, correct and remove</translation>
    </message>
    <message>
        <source>may do everything, grant roles and upgrade the store</source>
        <translation>may do everything, grant roles and upgrade the store</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1 %2.</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting…</source>
        <translation>Connection lost, reconnecting…</translation>
    </message>
    <message>
        <source>Changes by other clients are not shown until a reload: %1</source>
        <translation>Changes by other clients are not shown until a reload: %1</translation>
    </message>
</context>
<context>
    <name>ub::TableCsv</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1: cannot write the file: %2</translation>
    </message>
</context>
<context>
    <name>ub::WindowManager</name>
    <message>
        <source>An import is running: wait for it to finish, or cancel it, before opening another store.</source>
        <translation>An import is running: wait for it to finish, or cancel it, before opening another store.</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent stores.</source>
        <translation>%1 no longer exists; it was removed from the recent stores.</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Open Store</translation>
    </message>
    <message>
        <source>UnionBoard stores (*.sqlite *.db)</source>
        <translation>UnionBoard stores (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>All files (*)</translation>
    </message>
    <message>
        <source>The password could not go to the keychain (%1): it is kept only until UnionBoard closes.</source>
        <translation>The password could not go to the keychain (%1): it is kept only until UnionBoard closes.</translation>
    </message>
    <message>
        <source>Cannot Open the Store</source>
        <translation>Cannot Open the Store</translation>
    </message>
</context>
<context>
    <name>ub::YearPanel</name>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>An indicator by city</source>
        <translation>An indicator by city</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 of %2, %3</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Indicator</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n region(s))</source>
        <translation>
            <numerusform>%1 (%n region)</numerusform>
            <numerusform>%1 (%n regions)</numerusform>
        </translation>
    </message>
</context>
</TS>