# 版式添加的中文文字，与 locales/en-US/layout.ftl 同 id 对应。仅限纯文本。

# 签署栏须另起一页时，正文末尾的标注。
layout-signature-follows = （以下无正文）
# 该页页首；$title 为文件标题。
layout-signature-page = （本页为《{ $title }》签署页）
# 表格行跨页续排时，行号后的标注：“3（续）”。
layout-continued = （续）
