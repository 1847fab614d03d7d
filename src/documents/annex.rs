//! Annexes: the files a document carries after its text, numbered in the order present.
//! Every sentence naming an annex takes its label from here, so a document can only name
//! an annex it has (and the build checks the rendered text against [`Annexes::count`]).

use serde_json::{json, Value};

use super::facts::FileCell;
use super::values::ListingValues;
use crate::document::{chinese_numeral, Attachment};
use crate::ingest::Field;
use crate::model::{Docket, FileRef, Listing};

/// `{"en": "Annex 2", "zh": "附件二"}`.
pub fn label(n: usize) -> Value {
    json!({"en": format!("Annex {n}"), "zh": format!("附件{}", chinese_numeral(n))})
}

/// The annexes of one document and the attachments their figures show.
#[derive(Default)]
pub(crate) struct Annexes {
    /// `[{n, label, kind, title, files}]` in order.
    list: Vec<Value>,
    pub attachments: Vec<Attachment>,
}

/// One file as a figure: its attachment number and the fields of its caption, each marked
/// with the cell that names the file.
pub(crate) struct Figure {
    pub at: usize,
    pub file: Value,
    pub sha256: Value,
    pub hash16: Value,
}

/// The evidence annex of a complaint or letter: its index rows and its figures.
#[derive(Default)]
pub(crate) struct Evidence {
    pub rows: Vec<Value>,
    pub figures: Vec<Value>,
}

impl Annexes {
    /// How many annexes there are.
    pub fn count(&self) -> usize {
        self.list.len()
    }

    /// Opens annex `kind` (titled `title`) and returns its label; `files` is how many files
    /// it holds.
    pub fn open(&mut self, kind: &str, title: Value, files: usize) -> Value {
        let n = self.list.len() + 1;
        let label = label(n);
        self.list.push(json!({
            "n": n, "label": label, "kind": kind, "title": title, "files": files,
        }));
        label
    }

    /// Opens the annex of the evidence of infringement when `listings` have any files: its
    /// label, or `None`.
    pub fn open_evidence<'a>(&mut self, listings: impl IntoIterator<Item = &'a Listing>) -> Option<Value> {
        let files: usize = listings.into_iter().map(|l| l.evidence.len()).sum();
        (files > 0).then(|| {
            self.open(
                "evidence",
                json!({"en": "Evidence of infringement", "zh": "侵权证据"}),
                files,
            )
        })
    }

    /// The list for templates.
    pub fn list(&self) -> Value {
        Value::Array(self.list.clone())
    }

    /// Adds `file` as an attachment (once per path) and returns its figure; `None` for a
    /// file that did not pass its checks (its client is blocked, so never in practice).
    pub fn attach(&mut self, docket: &Docket, file: &FileRef, cell: &FileCell) -> Option<Figure> {
        let info = docket.file(file)?;
        let at = match self.attachments.iter().position(|a| a.path == file.path) {
            Some(at) => at,
            None => {
                self.attachments.push(Attachment {
                    path: file.path.clone(),
                    kind: info.kind,
                    sha256: info.sha256.clone(),
                    width: info.width,
                    height: info.height,
                    components: info.components,
                    pages: info.pages,
                    bytes: info.bytes,
                    modified: info.modified,
                });
                self.attachments.len() - 1
            }
        };
        let name = std::path::Path::new(&file.written)
            .file_name()
            .map_or_else(|| file.written.clone(), |n| n.to_string_lossy().into_owned());
        let hash16: String = info.sha256.chars().take(16).collect();
        Some(Figure {
            at,
            file: cell.file(&name),
            sha256: cell.hash(&info.sha256),
            hash16: cell.hash(&hash16),
        })
    }

    /// Attaches the screenshots of listing no. `n` to the evidence annex (`label`): adds
    /// its rows to the annex's index and its figures (each captioned with the listing,
    /// link, store, capture date, file and hash) to `evidence`; returns the files' names.
    pub fn listing_evidence(
        &mut self,
        docket: &Docket,
        (n, listing, values): (usize, &Listing, &ListingValues),
        label: &Option<Value>,
        evidence: &mut Evidence,
    ) -> Vec<Value> {
        let store = if values.store.is_null() {
            json!("—")
        } else {
            values.store.clone()
        };
        let cell = values.files(Field::Evidence, "listing.evidence");
        let mut names = Vec::new();
        for file in &listing.evidence {
            let Some(fig) = self.attach(docket, file, &cell) else {
                continue;
            };
            evidence.rows.push(json!({
                "n": n, "url": values.url, "file": fig.file, "captured": values.captured_cell,
                "sha256": fig.sha256,
            }));
            evidence.figures.push(json!({
                "ref": fig.at, "n": n, "url": values.url, "store": store, "captured": values.captured,
                "file": fig.file, "hash": fig.hash16, "annex": label,
            }));
            names.push(fig.file);
        }
        names
    }

    /// The figures of plain documents (certificates, reports): `[{ref, file, hash, annex, title}]`.
    pub fn documents(
        &mut self,
        docket: &Docket,
        (files, cell): (&[FileRef], &FileCell),
        annex: &Value,
        title: &Value,
    ) -> Vec<Value> {
        files
            .iter()
            .filter_map(|f| self.attach(docket, f, cell))
            .map(|fig| {
                json!({
                    "ref": fig.at, "file": fig.file, "sha256": fig.sha256, "hash": fig.hash16,
                    "annex": annex, "title": title,
                })
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn annex_labels_in_chinese_numerals() {
        let zh: Vec<String> = [1, 2, 9, 10, 11, 20, 23, 99, 100].map(chinese_numeral).to_vec();
        assert_eq!(
            zh,
            ["一", "二", "九", "十", "十一", "二十", "二十三", "九十九", "100"]
        );
        assert_eq!(label(3), json!({"en": "Annex 3", "zh": "附件三"}));
    }
}
