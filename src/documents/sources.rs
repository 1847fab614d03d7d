//! The cells a document was made from, as `Sheet!A7`, for the manifest.

use crate::ingest::{CellRef, Field, Table, Workbook};
use crate::model::{Listing, Source};
use crate::plan::{Complaint, Packet, Rebuttal};

/// The source cells of one packet's records.
pub(crate) struct Sources<'a> {
    wb: &'a Workbook,
    packet: &'a Packet<'a>,
}

impl<'a> Sources<'a> {
    pub(crate) fn new(wb: &'a Workbook, packet: &'a Packet<'a>) -> Self {
        Sources { wb, packet }
    }

    fn cell(table: &Table, field: Field, source: &Source) -> String {
        let col = table.column(field).map_or(0, |c| c.col);
        format!("{}!{}", table.sheet, CellRef::new(source.row, col))
    }

    fn client(&self) -> String {
        Self::cell(&self.wb.clients, Field::ClientId, &self.packet.client.source)
    }

    /// The client's row and every right's.
    pub(crate) fn rights(&self) -> Vec<String> {
        let mut out = vec![self.client()];
        out.extend(
            self.packet
                .rights
                .iter()
                .map(|r| Self::cell(&self.wb.rights, Field::RightId, &r.source)),
        );
        out
    }

    fn listing(&self, listing: &Listing) -> Vec<String> {
        std::iter::once(&listing.source)
            .chain(&listing.merged_from)
            .map(|s| Self::cell(&self.wb.listings, Field::Url, s))
            .collect()
    }

    /// Every row of the packet.
    pub(crate) fn all(&self) -> Vec<String> {
        let mut out = self.rights();
        for listing in self.packet.listings() {
            out.extend(self.listing(listing));
        }
        if let Some(table) = &self.wb.counter_notices {
            for r in &self.packet.rebuttals {
                out.push(Self::cell(table, Field::Url, &r.notice.source));
            }
        }
        out
    }

    /// The client, the rights relied on and the complaint's listings.
    pub(crate) fn complaint(&self, c: &Complaint) -> Vec<String> {
        let mut out = vec![self.client()];
        out.extend(
            c.rights
                .iter()
                .map(|r| Self::cell(&self.wb.rights, Field::RightId, &r.source)),
        );
        for listing in &c.listings {
            out.extend(self.listing(listing));
        }
        out
    }

    /// The client, the counter-notice's row, the rights the listing names and the listing.
    pub(crate) fn rebuttal(&self, r: &Rebuttal) -> Vec<String> {
        let mut out = vec![self.client()];
        if let Some(table) = &self.wb.counter_notices {
            out.push(Self::cell(table, Field::Url, &r.notice.source));
        }
        for right in &r.rights {
            let cell = Self::cell(&self.wb.rights, Field::RightId, &right.source);
            if !out.contains(&cell) {
                out.push(cell);
            }
        }
        out.extend(self.listing(r.listing));
        out
    }
}
