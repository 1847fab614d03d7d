// The annotations of a PDF as pdf.js (Firefox's PDF viewer) reads them, one JSON object per
// line; the review tests compare them with what takedown wrote.
// Usage: node pdfjs-annots.mjs file.pdf
// Uses Debian's libjs-pdf (pdf.js 2.14.305). Override its location with PDFJS_DIR
// (e.g. PDFJS_DIR=./node_modules/pdfjs-dist/legacy/build for an npm install).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";

const require = createRequire(import.meta.url);
const print = (line) => process.stdout.write(line + "\n");
console.log = console.error; // pdf.js prints its "Warning: ..." lines with console.log: send them to stderr
const dir = process.env.PDFJS_DIR || "/usr/share/nodejs/pdfjs-dist/build";
// Node has no Web Worker: pdf.js runs a "fake worker" in this thread. Hand it the worker
// module ourselves so no workerSrc path is needed.
globalThis.pdfjsWorker = require(`${dir}/pdf.worker.js`);
const pdfjs = require(`${dir}/pdf.js`);

const data = new Uint8Array(readFileSync(process.argv[2]));
const doc = await pdfjs.getDocument({ data }).promise;

async function destPage(dest) {
  try {
    if (typeof dest === "string") dest = await doc.getDestination(dest); // named dest
    if (!Array.isArray(dest)) return null;
    const target = dest[0];
    if (Number.isInteger(target)) return target + 1; // page index (remote-style dest)
    return (await doc.getPageIndex(target)) + 1; // {num, gen} ref
  } catch {
    return null;
  }
}

for (let p = 1; p <= doc.numPages; p++) {
  const page = await doc.getPage(p);
  // default intent "display": annotations flagged Hidden/NoView are left out; use { intent: "any" } for all
  for (const a of await page.getAnnotations()) {
    const out = {
      page: p,
      subtype: a.subtype,
      rect: a.rect,
      // pdf.js gives a list of quads, each 4 {x,y} points (UL, UR, LL, LR), normalised
      // to the quad's bounding box; flattened here to [[x1,y1,...,x4,y4], ...].
      quadPoints: a.quadPoints ? a.quadPoints.map((q) => q.flatMap((pt) => [pt.x, pt.y])) : null,
      contents: a.contentsObj?.str ?? null,
      title: a.titleObj?.str ?? null,
      color: a.color ? Array.from(a.color) : null, // RGB 0..255, as pdf.js stores it
    };
    if (a.subtype === "Link") {
      out.dest = a.dest ?? null;
      out.destPage = a.dest ? await destPage(a.dest) : null;
      if (a.url) out.url = a.url;
    }
    print(JSON.stringify(out));
  }
}
await doc.destroy();
