# English texts the layout adds to a document. Each has a Chinese twin with the same id in
# locales/zh-CN/layout.ftl. Plain text only (no markup).

# Ends the text before an execution block that has to start a page of its own.
layout-signature-follows = (Signature page follows)
# Heads that page; $title is the document's title.
layout-signature-page = Signature page to the { $title }
# Follows a table row's number where the row continues on a new page: "3 (cont.)".
layout-continued = (cont.)
