<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ChartBatch</name>
    <message>
        <source>one chart per year needs the year, categories or compare view: a city chart already spans the years</source>
        <translation>每年一张图只适用于年度、类别或对比图表：城市图表本身就跨越各年</translation>
    </message>
    <message>
        <source>the name template "%1" gives two charts the name %2; add {city}, {year} or {n}</source>
        <translation>文件名模板“%1”使两张图同名为 %2；请加入 {city}、{year} 或 {n}</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>ChartDataBuilder</name>
    <message>
        <source>all years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>%1</source>
        <comment>one year</comment>
        <translation>%1年</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <comment>range of years</comment>
        <translation>%1—%2年</translation>
    </message>
    <message>
        <source>Figures stated</source>
        <translation>数据条数</translation>
    </message>
    <message>
        <source>figures</source>
        <translation>条</translation>
    </message>
    <message>
        <source>Figures stated by region, %1</source>
        <translation>%1各地区数据条数</translation>
    </message>
    <message>
        <source>%1 by region, %2</source>
        <translation>%2各地区%1</translation>
    </message>
    <message>
        <source>Figures stated by category, %1</source>
        <translation>%1各类别数据条数</translation>
    </message>
    <message>
        <source>%1: figures stated per year</source>
        <translation>%1历年数据条数</translation>
    </message>
    <message>
        <source>%1: %2 per year</source>
        <translation>%1历年%2</translation>
    </message>
    <message>
        <source>%1: cities compared, %2</source>
        <translation>%2各市%1对比</translation>
    </message>
    <message>
        <source>%1 · unit: %2</source>
        <translation>%1 · 单位：%2</translation>
    </message>
</context>
<context>
    <name>ChartExportOptions</name>
    <message>
        <source>16:9 slide, 1920 × 1080</source>
        <translation>16:9 幻灯片，1920 × 1080</translation>
    </message>
    <message>
        <source>16:9 slide, 1280 × 720</source>
        <translation>16:9 幻灯片，1280 × 720</translation>
    </message>
    <message>
        <source>4:3 slide, 1024 × 768</source>
        <translation>4:3 幻灯片，1024 × 768</translation>
    </message>
    <message>
        <source>Half of a 16:9 slide, 960 × 1080</source>
        <translation>半张 16:9 幻灯片，960 × 1080</translation>
    </message>
    <message>
        <source>Custom, %1 × %2</source>
        <translation>自定义，%1 × %2</translation>
    </message>
    <message>
        <source>size %1×%2 is outside %3×%4 to %5×%6 pixels</source>
        <translation>尺寸 %1×%2 超出 %3×%4 至 %5×%6 像素的范围</translation>
    </message>
    <message>
        <source>scale %1 is not 1, 2 or 3</source>
        <translation>倍数 %1 不是 1、2 或 3</translation>
    </message>
</context>
<context>
    <name>ChartExporter</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1：无法写入文件：%2</translation>
    </message>
    <message>
        <source>%1: cannot create the file: %2</source>
        <translation>%1：无法创建文件：%2</translation>
    </message>
    <message>
        <source>%1: cannot write the image: %2</source>
        <translation>%1：无法写入图片：%2</translation>
    </message>
    <message>
        <source>%1: cannot start the PDF</source>
        <translation>%1：无法生成 PDF</translation>
    </message>
</context>
<context>
    <name>ChartSlide</name>
    <message>
        <source>Sources: no documents</source>
        <translation>来源：无</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>《%1》</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message numerus="yes">
        <source>Sources: %1 and %n more document(s)</source>
        <translation>
            <numerusform>来源：%1等，另有 %n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>来源：%1</translation>
    </message>
    <message>
        <source>Figures: %1</source>
        <translation>数据年份：%1</translation>
    </message>
    <message>
        <source>%1 includes approximate figures (余, 近, 约)</source>
        <translation>%1 含约数（余、近、约）</translation>
    </message>
    <message>
        <source>Exported %1</source>
        <translation>导出于 %1</translation>
    </message>
    <message>
        <source>UnionBoard</source>
        <translation>UnionBoard 工会数据看板</translation>
    </message>
    <message>
        <source>No figures match this chart.</source>
        <translation>没有符合此图表的数字。</translation>
    </message>
</context>
<context>
    <name>CityPanel</name>
    <message>
        <source>&amp;City:</source>
        <translation>城市(&amp;C)：</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>相关文档</translation>
    </message>
    <message>
        <source>Documents with figures for the city</source>
        <translation>含该城市数字的文档</translation>
    </message>
    <message>
        <source>The city's indicators by year</source>
        <translation>该城市各指标逐年数值</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>&amp;Cities (2–11):</source>
        <translation>城市（2–11 个）(&amp;C)：</translation>
    </message>
    <message>
        <source>Cities to compare</source>
        <translation>参与对比的城市</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>比较项(&amp;M)：</translation>
    </message>
    <message>
        <source>Indicator or category</source>
        <translation>指标或类别</translation>
    </message>
    <message>
        <source>&amp;Years:</source>
        <translation>年份范围(&amp;Y)：</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>起始年份</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>截止年份</translation>
    </message>
    <message>
        <source>Cities side by side</source>
        <translation>城市对比表</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>连接服务器</translation>
    </message>
    <message>
        <source>The federation's shared store on a PostgreSQL server. Ask its administrator for the address, the database and your login.</source>
        <translation>总工会在 PostgreSQL 服务器上的共享数据库。服务器地址、数据库名和您的登录名请向管理员索取。</translation>
    </message>
    <message>
        <source>Why the connection failed</source>
        <translation>连接失败的原因</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>db.example.org</source>
        <translation>db.example.org</translation>
    </message>
    <message>
        <source>Server host name</source>
        <translation>服务器主机名</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Server port</source>
        <translation>服务器端口</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>数据库(&amp;D)：</translation>
    </message>
    <message>
        <source>unionboard</source>
        <translation>unionboard</translation>
    </message>
    <message>
        <source>Database name</source>
        <translation>数据库名</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>登录名(&amp;L)：</translation>
    </message>
    <message>
        <source>Login name</source>
        <translation>登录名</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>&amp;Encryption (TLS):</source>
        <translation>加密（TLS）(&amp;E)：</translation>
    </message>
    <message>
        <source>TLS mode</source>
        <translation>TLS 模式</translation>
    </message>
    <message>
        <source>&amp;Remember the password in the desktop's keychain</source>
        <translation>在桌面钥匙串中记住密码(&amp;R)</translation>
    </message>
    <message>
        <source>Keychain</source>
        <translation>钥匙串</translation>
    </message>
</context>
<context>
    <name>CorrectFigureDialog</name>
    <message>
        <source>Correct Figure</source>
        <translation>更正数字</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>数值(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>地区(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Indicator:</source>
        <translation>指标(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>DocumentCommands</name>
    <message>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Clear the %1 of %2</source>
        <translation>清除 %2 的%1</translation>
    </message>
    <message>
        <source>Set the %1 of %2 to %3</source>
        <translation>将 %2 的%1设为 %3</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>移除 %1</translation>
    </message>
</context>
<context>
    <name>EditPermission</name>
    <message>
        <source>Needs the %1 role; %2 is signed in as %3.</source>
        <translation>需要%1角色；当前登录 %2 是%3。</translation>
    </message>
</context>
<context>
    <name>ExportChartDialog</name>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>图表</translation>
    </message>
    <message>
        <source>&amp;Plot:</source>
        <translation>绘制(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Charts:</source>
        <translation>图表数量(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>副标题(&amp;U)：</translation>
    </message>
    <message>
        <source>Source &amp;footer (documents, year, approximate figures, export date)</source>
        <translation>来源脚注(&amp;F)（报告、年份、约数、导出日期）</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>尺寸(&amp;Z)：</translation>
    </message>
    <message>
        <source>Width in pixels</source>
        <translation>宽度（像素）</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Height in pixels</source>
        <translation>高度（像素）</translation>
    </message>
    <message>
        <source>&amp;Resolution:</source>
        <translation>分辨率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>背景(&amp;B)：</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>格式(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>File &amp;names:</source>
        <translation>文件名(&amp;N)：</translation>
    </message>
    <message>
        <source>{year}, {city}, {indicator}, {view} and {n} are replaced for each chart</source>
        <translation>每张图的 {year}、{city}、{indicator}、{view} 和 {n} 会被替换</translation>
    </message>
    <message>
        <source>All charts as pages of one &amp;PDF</source>
        <translation>全部图表存为一个多页 &amp;PDF</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
</context>
<context>
    <name>FiguresPanel</name>
    <message>
        <source>Search figures, subjects and sentences…</source>
        <translation>搜索数字、指标和原文…</translation>
    </message>
    <message>
        <source>Search figures</source>
        <translation>搜索数字</translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation>年份筛选</translation>
    </message>
    <message>
        <source>Region filter</source>
        <translation>地区筛选</translation>
    </message>
    <message>
        <source>Category filter</source>
        <translation>类别筛选</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Where this figure comes from</source>
        <translation>数字出处</translation>
    </message>
    <message>
        <source>Source sentence</source>
        <translation>原文句子</translation>
    </message>
    <message>
        <source>&amp;Open in Report</source>
        <translation>在报告中查看(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Not a Figure</source>
        <translation>不是数字(&amp;N)</translation>
    </message>
    <message>
        <source>Indicator filter</source>
        <translation>指标筛选</translation>
    </message>
    <message>
        <source>Unit filter</source>
        <translation>单位筛选</translation>
    </message>
    <message>
        <source>Qualifier filter</source>
        <translation>限定筛选</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>people</source>
        <translation>人</translation>
    </message>
    <message>
        <source>person-times</source>
        <translation>人次</translation>
    </message>
    <message>
        <source>yuan</source>
        <translation>元</translation>
    </message>
    <message>
        <source>items</source>
        <translation>个</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>场次</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>百分比</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>exact</source>
        <translation>精确</translation>
    </message>
    <message>
        <source>at least</source>
        <translation>至少</translation>
    </message>
    <message>
        <source>nearly</source>
        <translation>接近</translation>
    </message>
    <message>
        <source>about</source>
        <translation>约</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>会员</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Funds</source>
        <translation>资金</translation>
    </message>
    <message>
        <source>Competitions</source>
        <translation>竞赛</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 yuan</source>
        <translation>%1元</translation>
    </message>
    <message>
        <source>%1 people</source>
        <translation>%1人</translation>
    </message>
    <message>
        <source>%1 person-times</source>
        <translation>%1人次</translation>
    </message>
    <message>
        <source>%1 sessions</source>
        <translation>%1场次</translation>
    </message>
    <message>
        <source>%1 items</source>
        <translation>%1个</translation>
    </message>
    <message>
        <source>billion</source>
        <translation>十亿</translation>
    </message>
    <message>
        <source>million</source>
        <translation>百万</translation>
    </message>
    <message>
        <source>thousand</source>
        <translation>千</translation>
    </message>
    <message>
        <source>flow</source>
        <translation>流量</translation>
    </message>
    <message>
        <source>stock</source>
        <translation>存量</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <source>Yearly highlights</source>
        <translation>十大亮点</translation>
    </message>
    <message>
        <source>Speech digest</source>
        <translation>讲话摘编</translation>
    </message>
    <message>
        <source>Newspaper page</source>
        <translation>报纸版面</translation>
    </message>
    <message>
        <source>Work summary</source>
        <translation>工作总结</translation>
    </message>
    <message>
        <source>Web page</source>
        <translation>网页</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>document kind</comment>
        <translation>其他</translation>
    </message>
    <message numerus="yes">
        <source>OCR (%n page(s))</source>
        <translation>
            <numerusform>OCR（%n 页）</numerusform>
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
        <translation>文本</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>UnionBoard</source>
        <translation>工会数据看板</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Import Reports…</source>
        <translation>导入报告(&amp;I)…</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <source>&amp;About UnionBoard</source>
        <translation>关于工会数据看板(&amp;A)</translation>
    </message>
    <message>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Import &amp;Folder…</source>
        <translation>导入文件夹(&amp;F)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <source>&amp;Correct Figure…</source>
        <translation>更正数字(&amp;C)…</translation>
    </message>
    <message>
        <source>F2</source>
        <translation>F2</translation>
    </message>
    <message>
        <source>Mark as &amp;Not a Figure</source>
        <translation>标记为不是数字(&amp;N)</translation>
    </message>
    <message>
        <source>Ctrl+Del</source>
        <translation>Ctrl+Del</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>年度(&amp;Y)</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>&amp;City</source>
        <translation>城市(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>对比(&amp;O)</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>&amp;Figures</source>
        <translation>数字(&amp;F)</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>&amp;Export Chart…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>Export the chart of this panel for a slide deck: PNG, SVG or PDF, one chart or one per city or year</source>
        <translation>把本面板的图表导出到幻灯片：PNG、SVG 或 PDF，单张或每市、每年一张</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>&amp;Copy Chart as Image</source>
        <translation>复制图表为图片(&amp;C)</translation>
    </message>
    <message>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <source>Export &amp;Table as CSV…</source>
        <translation>导出表格为 CSV(&amp;T)…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>报告(&amp;R)</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>&amp;Recent Stores</source>
        <translation>最近的数据库(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Open Store…</source>
        <translation>打开数据库(&amp;O)…</translation>
    </message>
    <message>
        <source>Open a store file (SQLite) in this window</source>
        <translation>在本窗口中打开一个数据库文件（SQLite）</translation>
    </message>
    <message>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>连接服务器(&amp;S)…</translation>
    </message>
    <message>
        <source>Open the federation's shared store on a PostgreSQL server in this window</source>
        <translation>在本窗口中打开总工会在 PostgreSQL 服务器上的共享数据库</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <source>&amp;New Window</source>
        <translation>新建窗口(&amp;N)</translation>
    </message>
    <message>
        <source>Open another window on the same store</source>
        <translation>在同一数据库上再打开一个窗口</translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation>Ctrl+N</translation>
    </message>
    <message>
        <source>&amp;Clear Recent Stores</source>
        <translation>清除最近的数据库(&amp;C)</translation>
    </message>
</context>
<context>
    <name>PasswordKeychain</name>
    <message>
        <source>no keychain is available</source>
        <translation>没有可用的钥匙串</translation>
    </message>
    <message numerus="yes">
        <source>the keychain did not answer within %n second(s)</source>
        <translation>
            <numerusform>钥匙串在 %n 秒内没有响应</numerusform></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>界面语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Language of the interface</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <source>Chart &amp;theme:</source>
        <translation>图表主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Chart theme</source>
        <translation>图表主题</translation>
    </message>
</context>
<context>
    <name>ReportViewerDialog</name>
    <message>
        <source>Report text</source>
        <translation>报告全文</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Search titles, files, units and kinds…</source>
        <translation>搜索标题、文件、单位和类型…</translation>
    </message>
    <message>
        <source>Search reports</source>
        <translation>搜索报告</translation>
    </message>
    <message>
        <source>Reports summary</source>
        <translation>报告概况</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Show &amp;Figures</source>
        <translation>查看数字(&amp;F)</translation>
    </message>
    <message>
        <source>List the figures of this report in the Figures panel (or double-click the report)</source>
        <translation>在“数字”面板中列出这份报告的数字（也可双击报告）</translation>
    </message>
    <message>
        <source>E&amp;xtract Again</source>
        <translation>重新提取(&amp;X)</translation>
    </message>
    <message>
        <source>Read the figures of the selected reports again from their stored text, keeping corrections</source>
        <translation>从已存的正文重新提取所选报告的数字，保留更正</translation>
    </message>
    <message>
        <source>Extract &amp;All Again…</source>
        <translation>全部重新提取(&amp;A)…</translation>
    </message>
    <message>
        <source>Read the figures of every report again, after an upgrade of UnionBoard</source>
        <translation>升级 UnionBoard 后，重新提取每份报告的数字</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message>
        <source>Take the report and its figures out of the store (Edit ▸ Undo puts it back)</source>
        <translation>从数据库中移除这份报告及其数字（“编辑 ▸ 撤销”可恢复）</translation>
    </message>
</context>
<context>
    <name>StoreOpener</name>
    <message>
        <source>the keychain refused the password</source>
        <translation>钥匙串拒绝保存该密码</translation>
    </message>
</context>
<context>
    <name>YearPanel</name>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Top ten highlights</source>
        <translation>十大亮点</translation>
    </message>
    <message>
        <source>Highlights of the year, by report</source>
        <translation>本年各报告的十大亮点</translation>
    </message>
    <message>
        <source>Figures of the selected highlight</source>
        <translation>所选亮点中的数字</translation>
    </message>
    <message>
        <source>Figures of the selected highlight with their sentences</source>
        <translation>所选亮点中的数字及其原句</translation>
    </message>
    <message>
        <source>&amp;Indicator by city:</source>
        <translation>各地区指标(&amp;I)：</translation>
    </message>
    <message>
        <source>Indicator shown by city</source>
        <translation>按地区显示的指标</translation>
    </message>
    <message>
        <source>Pin to Cards</source>
        <translation>固定到卡片</translation>
    </message>
    <message>
        <source>Always show this indicator among the year's cards</source>
        <translation>在各年份的卡片中始终显示此指标</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the store</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>ub::CityPanel</name>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>The selected indicator over the years</source>
        <translation>所选指标的逐年变化</translation>
    </message>
    <message>
        <source>%1 of %2 in %3</source>
        <translation>%2 %3年的%1</translation>
    </message>
</context>
<context>
    <name>ub::CityStatisticsModel</name>
    <message>
        <source>No figure for %1</source>
        <translation>%1年没有数字</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2: %3 (%4), %n report(s)</source>
        <translation>
            <numerusform>%1 %2年：%3（%4），%n 份报告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>sum of %n fact(s)</source>
        <translation>
            <numerusform>%n 项事实之和</numerusform>
        </translation>
    </message>
    <message>
        <source>level as of %1</source>
        <translation>截至 %1 的存量</translation>
    </message>
    <message>
        <source>rate as stated</source>
        <translation>比率，按原文</translation>
    </message>
    <message>
        <source>* the sum of its counties: the city states none itself</source>
        <translation>* 各区县之和：该市本身未报数字</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source> (%1)</source>
        <comment>the unit after an indicator's name</comment>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>ub::CompareModel</name>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>% change</source>
        <translation>变化率</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
    </message>
</context>
<context>
    <name>ub::ComparePanel</name>
    <message>
        <source>Cities compared</source>
        <translation>城市对比图</translation>
    </message>
    <message>
        <source>Choose at least two cities.</source>
        <translation>请至少选择两个城市。</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>%1 of %2 in %3</source>
        <translation>%2 %3年的%1</translation>
    </message>
    <message>
        <source>Values in %1; a dash means the city has no figure, a star that its counties' figures stand in for it.</source>
        <translation>数值单位：%1；“—”表示该城市没有相应数字，“*”表示以其区县数字合计代替。</translation>
    </message>
</context>
<context>
    <name>ub::ConnectDialog</name>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>disable: never encrypt</source>
        <translation>disable：从不加密</translation>
    </message>
    <message>
        <source>allow: encrypt only when the server insists</source>
        <translation>allow：仅在服务器要求时加密</translation>
    </message>
    <message>
        <source>prefer: encrypt when the server can (default)</source>
        <translation>prefer：服务器支持时加密（默认）</translation>
    </message>
    <message>
        <source>require: always encrypt, trust any certificate</source>
        <translation>require：始终加密，不验证证书</translation>
    </message>
    <message>
        <source>verify-ca: always encrypt, check the certificate's authority</source>
        <translation>verify-ca：始终加密，验证证书的签发机构</translation>
    </message>
    <message>
        <source>verify-full: always encrypt, check the authority and the server's name</source>
        <translation>verify-full：始终加密，验证签发机构和服务器名称</translation>
    </message>
    <message>
        <source>The desktop's keychain is not available, so the password is kept only until UnionBoard closes; it is never written to a file.</source>
        <translation>桌面钥匙串不可用，密码只保留到 UnionBoard 关闭为止，绝不会写入文件。</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>（%1）</translation>
    </message>
</context>
<context>
    <name>ub::CorrectFigureDialog</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
</context>
<context>
    <name>ub::DocumentDelegate</name>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
</context>
<context>
    <name>ub::DocumentMentionModel</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
</context>
<context>
    <name>ub::DocumentTableModel</name>
    <message>
        <source>Set by staff. Clear it to use what was read from the report.</source>
        <translation>由工作人员设定。清除后使用从报告中读出的值。</translation>
    </message>
    <message numerus="yes">
        <source>Recognised by OCR from %n page(s).</source>
        <translation>
            <numerusform>经 OCR 识别，共 %n 页。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) recognised with less than %1% confidence: check them.</source>
        <translation>
            <numerusform>%n 个数字的识别置信度低于 %1%，请核对。</numerusform>
        </translation>
    </message>
    <message>
        <source>Every figure was recognised with at least %1% confidence.</source>
        <translation>所有数字的识别置信度均不低于 %1%。</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页数</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>读取方式</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>导入时间</translation>
    </message>
    <message>
        <source>Imported by</source>
        <translation>导入人</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>%1 is not a year from %2 to %3.</source>
        <translation>“%1”不是 %2 至 %3 之间的年份。</translation>
    </message>
    <message>
        <source>%1 is not a unit of the federation: choose %2.</source>
        <translation>“%1”不是本会所属单位，请从以下单位中选择：%2。</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>无法修改 %1：%2</translation>
    </message>
    <message>
        <source>Cannot remove %1: %2</source>
        <translation>无法移除 %1：%2</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>无法恢复 %1：%2</translation>
    </message>
    <message>
        <source>Cannot extract %1 again.</source>
        <translation>无法重新提取 %1。</translation>
    </message>
</context>
<context>
    <name>ub::ExportChartDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>复制到剪贴板(&amp;C)</translation>
    </message>
    <message>
        <source>This chart</source>
        <translation>仅此图表</translation>
    </message>
    <message>
        <source>One chart per city</source>
        <translation>每个城市一张</translation>
    </message>
    <message>
        <source>One chart per year</source>
        <translation>每年一张</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>自定义</translation>
    </message>
    <message>
        <source>%1× (PNG and clipboard)</source>
        <translation>%1×（PNG 和剪贴板）</translation>
    </message>
    <message>
        <source>White</source>
        <translation>白色</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>透明</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG 图片</translation>
    </message>
    <message>
        <source>SVG vector drawing</source>
        <translation>SVG 矢量图</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF 文档</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Automatic: years and unit</source>
        <translation>自动：年份和单位</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>Export Charts to Folder</source>
        <translation>导出图表到文件夹</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Export Chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>No chart has figures to show.</source>
        <translation>没有可显示数字的图表。</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) with figures; the preview shows the first.</source>
        <translation>
            <numerusform>%n 张有数字的图表；预览显示第一张。</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to Export</source>
        <translation>没有可导出的内容</translation>
    </message>
    <message>
        <source>No figures match this chart.</source>
        <translation>没有符合此图表的数字。</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1：无法创建文件夹</translation>
    </message>
</context>
<context>
    <name>ub::FigureTableModel</name>
    <message>
        <source>Document</source>
        <translation>文档</translation>
    </message>
    <message>
        <source>As written</source>
        <translation>原文</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Qualifier</source>
        <translation>限定</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Subregion</source>
        <translation>区县/单位</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>统计对象</translation>
    </message>
    <message>
        <source>Corrected by staff</source>
        <translation>已由工作人员更正</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>原句</translation>
    </message>
    <message>
        <source>Recognised by OCR, confidence %1%: check it against the page</source>
        <translation>经 OCR 识别，置信度 %1%：请对照原页核对</translation>
    </message>
    <message>
        <source>Recognised by OCR, confidence %1%</source>
        <translation>经 OCR 识别，置信度 %1%</translation>
    </message>
</context>
<context>
    <name>ub::FiguresPanel</name>
    <message>
        <source>All regions</source>
        <translation>全部地区</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>&amp;Correct…</source>
        <translation>更正(&amp;C)…</translation>
    </message>
    <message>
        <source>Mark as &amp;Not a Figure</source>
        <translation>标记为不是数字(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open in Report</source>
        <translation>在报告中查看(&amp;O)</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>全部年份</translation>
    </message>
    <message>
        <source>%1 · characters %2–%3</source>
        <translation>%1 · 第 %2–%3 字</translation>
    </message>
    <message>
        <source>page %1</source>
        <translation>第 %1 页</translation>
    </message>
    <message>
        <source>corrected by staff</source>
        <translation>已由工作人员更正</translation>
    </message>
    <message>
        <source>Correct %1</source>
        <translation>更正 %1</translation>
    </message>
    <message>
        <source>All indicators</source>
        <translation>全部指标</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>全部单位</translation>
    </message>
    <message>
        <source>Exact or not</source>
        <translation>精确与近似</translation>
    </message>
    <message>
        <source>Show &amp;All Figures</source>
        <translation>显示全部数字(&amp;A)</translation>
    </message>
    <message numerus="yes">
        <source>The %n figure(s) behind %1</source>
        <translation>
            <numerusform>%1 背后的 %n 个数字</numerusform>
        </translation>
    </message>
    <message>
        <source>The figures of highlight %1</source>
        <translation>亮点 %1 中的数字</translation>
    </message>
    <message>
        <source>The figures of %1</source>
        <translation>%1 中的数字</translation>
    </message>
</context>
<context>
    <name>ub::HighlightModel</name>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>亮点</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Key figures</source>
        <translation>主要数字</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n item(s))</source>
        <translation>
            <numerusform>%1（%n 项）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ub::KpiCardsWidget</name>
    <message>
        <source>Click to see the figures behind it.</source>
        <translation>点击查看其背后的数字。</translation>
    </message>
    <message>
        <source>No figure of a comparable indicator this year.</source>
        <translation>本年没有可比指标的数字。</translation>
    </message>
</context>
<context>
    <name>ub::KpiModel</name>
    <message>
        <source>%1%2% on %3</source>
        <translation>较%3年 %1%2%</translation>
    </message>
    <message numerus="yes">
        <source>%n fact(s) from %1 figure(s) in %2 document(s)</source>
        <translation>
            <numerusform>%n 项事实，来自 %2 份文档中的 %1 个数字</numerusform>
        </translation>
    </message>
    <message>
        <source>sum of the cities</source>
        <translation>各市合计</translation>
    </message>
    <message>
        <source>range of the cities</source>
        <translation>各市范围</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ub::MainWindow</name>
    <message>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>正在导入 %1…</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>导入失败</translation>
    </message>
    <message>
        <source>Preparing import…</source>
        <translation>正在准备导入…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Importing reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>First start: importing the sample reports from %1</source>
        <translation>首次启动：正在从 %1 导入示例报告</translation>
    </message>
    <message>
        <source>Import Reports</source>
        <translation>导入报告</translation>
    </message>
    <message>
        <source>Imported %1, unchanged %2, replaced %3, rejected %4.</source>
        <translation>导入 %1 个，未变 %2 个，替换 %3 个，拒绝 %4 个。</translation>
    </message>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>%1 figures from %2 reports</source>
        <translation>共 %1 个数字，来自 %2 份报告</translation>
    </message>
    <message>
        <source>About UnionBoard</source>
        <translation>关于工会数据看板</translation>
    </message>
    <message>
        <source>&lt;h3&gt;UnionBoard %1&lt;/h3&gt;&lt;p&gt;Figures from trade-union work reports, traced to their sentences.&lt;/p&gt;&lt;p&gt;Store: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;工会数据看板 %1&lt;/h3&gt;&lt;p&gt;从工会工作报告中提取数字，并可追溯到原文句子。&lt;/p&gt;&lt;p&gt;数据库：%2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>对比</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Correction failed</source>
        <translation>更正失败</translation>
    </message>
    <message>
        <source>Import a Folder of Reports</source>
        <translation>导入报告文件夹</translation>
    </message>
    <message>
        <source>(cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s): %1</source>
        <translation>
            <numerusform>已导出 %n 个文件：%1</numerusform>
        </translation>
    </message>
    <message>
        <source>Chart copied: paste it into PowerPoint, WPS or a document.</source>
        <translation>图表已复制：可粘贴到 PowerPoint、WPS 或文档中。</translation>
    </message>
    <message>
        <source>Export Table as CSV</source>
        <translation>导出表格为 CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1：无法写入文件：%2</translation>
    </message>
    <message>
        <source>Export Failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>Table exported: %1</source>
        <translation>表格已导出：%1</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>报告</translation>
    </message>
    <message numerus="yes">
        <source>Extracted %n report(s) again.</source>
        <translation>
            <numerusform>已重新提取 %n 份报告。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reports (%1)</source>
        <translation>报告（%1）</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Recognising %1: page %2 of %3 (OCR)…</source>
        <translation>正在识别 %1：第 %2 页，共 %3 页（OCR）…</translation>
    </message>
    <message>
        <source>Reading %1: page %2 of %3…</source>
        <translation>正在读取 %1：第 %2 页，共 %3 页…</translation>
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
        <translation>导出图表…</translation>
    </message>
    <message>
        <source>Copy Chart as Image</source>
        <translation>复制图表为图片</translation>
    </message>
</context>
<context>
    <name>ub::PreferencesDialog</name>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>高对比度</translation>
    </message>
</context>
<context>
    <name>ub::ReportsPanel</name>
    <message>
        <source>Show &amp;Figures</source>
        <translation>查看数字(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>E&amp;xtract Again</source>
        <translation>重新提取(&amp;X)</translation>
    </message>
    <message>
        <source>&amp;Remove…</source>
        <translation>移除(&amp;R)…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n 份报告</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 figures</source>
        <translation>%1 个数字</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>显示 %n 份</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n read by OCR</source>
        <translation>
            <numerusform>%n 份经 OCR 识别</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n figure(s) to check</source>
        <translation>
            <numerusform>%n 个数字待核对</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot Change the Report</source>
        <translation>无法修改报告</translation>
    </message>
    <message>
        <source>Cannot change %1: %2</source>
        <translation>无法修改 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Remove “%1” (%2) and its %n figure(s) from the store?</source>
        <translation>
            <numerusform>从数据库中移除“%1”（%2）及其 %n 个数字？</numerusform>
        </translation>
    </message>
    <message>
        <source>Its corrections go with it. Edit ▸ Undo puts it all back.</source>
        <translation>它的更正也会一并移除。“编辑 ▸ 撤销”可全部恢复。</translation>
    </message>
    <message>
        <source>Remove Report</source>
        <translation>移除报告</translation>
    </message>
    <message>
        <source>Extracting the reports again…</source>
        <translation>正在重新提取报告…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Extract All Again</source>
        <translation>全部重新提取</translation>
    </message>
    <message>
        <source>Extracting %1 again (%2 of %3)…</source>
        <translation>正在重新提取 %1（第 %2 份，共 %3 份）…</translation>
    </message>
</context>
<context>
    <name>ub::ReviewController</name>
    <message>
        <source>Mark as not a figure</source>
        <translation>标记为不是数字</translation>
    </message>
    <message>
        <source>Mark as a figure</source>
        <translation>恢复为数字</translation>
    </message>
</context>
<context>
    <name>ub::StoreStatusLabel</name>
    <message>
        <source>may read every panel and export, but not import, correct or remove</source>
        <translation>可以查看所有面板和导出，但不能导入、更正或移除</translation>
    </message>
    <message>
        <source>may read, export, import, correct and remove</source>
        <translation>可以查看、导出、导入、更正和移除</translation>
    </message>
    <message>
        <source>may do everything, grant roles and upgrade the store</source>
        <translation>可以做所有操作，还能授予角色和升级数据库</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2.</source>
        <translation>%1%2。</translation>
    </message>
    <message>
        <source>Connection lost, reconnecting…</source>
        <translation>连接已断开，正在重新连接…</translation>
    </message>
    <message>
        <source>Changes by other clients are not shown until a reload: %1</source>
        <translation>其他客户端的更改要重新打开后才能看到：%1</translation>
    </message>
</context>
<context>
    <name>ub::TableCsv</name>
    <message>
        <source>%1: cannot write the file: %2</source>
        <translation>%1：无法写入文件：%2</translation>
    </message>
</context>
<context>
    <name>ub::WindowManager</name>
    <message>
        <source>An import is running: wait for it to finish, or cancel it, before opening another store.</source>
        <translation>正在导入：请等导入完成或取消导入后再打开其他数据库。</translation>
    </message>
    <message>
        <source>%1 no longer exists; it was removed from the recent stores.</source>
        <translation>%1 已不存在，已从最近的数据库中移除。</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>打开数据库</translation>
    </message>
    <message>
        <source>UnionBoard stores (*.sqlite *.db)</source>
        <translation>UnionBoard 数据库 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The password could not go to the keychain (%1): it is kept only until UnionBoard closes.</source>
        <translation>密码无法存入钥匙串（%1），只保留到 UnionBoard 关闭为止。</translation>
    </message>
    <message>
        <source>Cannot Open the Store</source>
        <translation>无法打开数据库</translation>
    </message>
</context>
<context>
    <name>ub::YearPanel</name>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>An indicator by city</source>
        <translation>各地区的一个指标</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1，%2年：%3</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%2 %3年的%1</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>指标</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n region(s))</source>
        <translation>
            <numerusform>%1（%n 个地区）</numerusform>
        </translation>
    </message>
</context>
</TS>