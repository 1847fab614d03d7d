#!/usr/bin/env python3
"""Print the annotations of a PDF, as PDFium (Chrome's engine) parses them, one JSON object per line.
Usage: python3 pdfium-annots.py file.pdf      (needs: pip install pypdfium2)"""
import ctypes, json, sys
import pypdfium2 as pdfium
import pypdfium2.raw as R

# FPDF_ANNOT_* subtype numbers (fpdf_annot.h) -> PDF names
SUBTYPES = ["Unknown", "Text", "Link", "FreeText", "Line", "Square", "Circle", "Polygon", "PolyLine",
            "Highlight", "Underline", "Squiggly", "StrikeOut", "Stamp", "Caret", "Ink", "Popup",
            "FileAttachment", "Sound", "Movie", "Widget", "Screen", "PrinterMark", "TrapNet",
            "Watermark", "3D", "RichMedia", "XFAWidget", "Redact"]


def string_value(annot, key):
    """/Contents, /T etc. PDFium returns UTF-16LE with a NUL terminator; None if the key is absent."""
    if not R.FPDFAnnot_HasKey(annot, key.encode()):
        return None
    n = R.FPDFAnnot_GetStringValue(annot, key.encode(), None, 0)
    buf = ctypes.create_string_buffer(n)
    R.FPDFAnnot_GetStringValue(annot, key.encode(), ctypes.cast(buf, ctypes.POINTER(R.FPDF_WCHAR)), n)
    return buf.raw[:n - 2].decode("utf-16-le")


def link_target(doc, annot):
    """(destPage 1-based or None, url or None) for a Link annotation."""
    link = R.FPDFAnnot_GetLink(annot)
    if not link:
        return None, None
    dest = R.FPDFLink_GetDest(doc, link)  # /Dest (explicit array or named)
    action = R.FPDFLink_GetAction(link)
    url = None
    if not dest and action:
        kind = R.FPDFAction_GetType(action)
        if kind == R.PDFACTION_GOTO:
            dest = R.FPDFAction_GetDest(doc, action)
        elif kind == R.PDFACTION_URI:
            n = R.FPDFAction_GetURIPath(doc, action, None, 0)
            buf = ctypes.create_string_buffer(n)
            R.FPDFAction_GetURIPath(doc, action, buf, n)
            url = buf.raw[:n - 1].decode("latin-1")
    index = R.FPDFDest_GetDestPageIndex(doc, dest) if dest else -1
    return (index + 1 if index >= 0 else None), url


def main(path):
    pdf = pdfium.PdfDocument(path)
    doc = pdf.raw
    for pno in range(len(pdf)):
        page_obj = pdf[pno]  # keep a reference: the page is closed when this is collected
        page = page_obj.raw
        for i in range(R.FPDFPage_GetAnnotCount(page)):
            annot = R.FPDFPage_GetAnnot(page, i)
            st = R.FPDFAnnot_GetSubtype(annot)
            r = R.FS_RECTF()
            R.FPDFAnnot_GetRect(annot, r)
            quads = []
            for q in range(R.FPDFAnnot_CountAttachmentPoints(annot)):  # 0 if no /QuadPoints
                p = R.FS_QUADPOINTSF()
                R.FPDFAnnot_GetAttachmentPoints(annot, q, p)
                quads.append([p.x1, p.y1, p.x2, p.y2, p.x3, p.y3, p.x4, p.y4])
            c = [ctypes.c_uint() for _ in range(4)]
            # Fails (-> null) if the annotation has an appearance stream (/AP); RGBA 0..255
            ok = R.FPDFAnnot_GetColor(annot, R.FPDFANNOT_COLORTYPE_Color, *map(ctypes.byref, c))
            out = {
                "page": pno + 1,
                "subtype": SUBTYPES[st] if 0 <= st < len(SUBTYPES) else st,
                "rect": [r.left, r.bottom, r.right, r.top],
                "quadPoints": quads or None,  # list of quads, each [x1,y1,...,x4,y4] in file order
                "contents": string_value(annot, "Contents"),
                "title": string_value(annot, "T"),
                "color": [v.value for v in c[:3]] if ok else None,
            }
            if st == R.FPDF_ANNOT_LINK:
                out["destPage"], url = link_target(doc, annot)
                if url:
                    out["url"] = url
            print(json.dumps(out, ensure_ascii=False, separators=(",", ":")))
            R.FPDFPage_CloseAnnot(annot)


if __name__ == "__main__":
    main(sys.argv[1])
