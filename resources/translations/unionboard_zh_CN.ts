<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>UnionBoard</source>
        <translation>工会数据看板</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>年份(&amp;Y)：</translation>
    </message>
    <message>
        <source>Year filter</source>
        <translation>年份筛选</translation>
    </message>
    <message>
        <source>Search figures, subjects and sentences…</source>
        <translation>搜索数字、指标和原文…</translation>
    </message>
    <message>
        <source>Search figures</source>
        <translation>搜索数字</translation>
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
</context>
<context>
    <name>main</name>
    <message>
        <source>Cannot open the store</source>
        <translation>无法打开数据库</translation>
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
</context>
<context>
    <name>ub::MainWindow</name>
    <message>
        <source>Figures per region chart</source>
        <translation>各地区数字图表</translation>
    </message>
    <message>
        <source>Figures per region</source>
        <translation>各地区数字数量</translation>
    </message>
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
        <source>Reports (*.txt *.pdf);;All files (*)</source>
        <translation>报告 (*.txt *.pdf);;所有文件 (*)</translation>
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
</context>
<context>
    <name>ub::RegionCountModel</name>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>Approximate</source>
        <translation>近似值</translation>
    </message>
</context>
</TS>
