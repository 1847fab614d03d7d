//! What the child sends its parent, as it reads: the magic, then frames (a length, 4 bytes
//! little-endian, and a [`Message`] encoded with postcard), ended by `Done` or `Unusable`
//! and the end of the stream.
//!
//! The child sends each row as soon as it is read ([`Encoder`]) and the parent decodes it into
//! a [`Gather`] as soon as it arrives ([`receive`]): neither side holds the workbook twice, and
//! the parent's decoding overlaps the child's reading.

use std::io::{self, BufRead, Read, Write};
use std::sync::mpsc::{sync_channel, SyncSender};
use std::thread::JoinHandle;

use serde::{Deserialize, Serialize};

use crate::diag::Diagnostic;
use crate::ingest::cell::SheetExtras;
use crate::ingest::sink::{Gather, Opened, SheetHead, Sink};
use crate::ingest::{Cell, Row, Value};

/// The first bytes of every stream: tells a reply of this version from anything else.
const MAGIC: &[u8; 8] = b"TKDREAD3";

/// One frame's content.
#[derive(Debug, Serialize, Deserialize)]
enum Message {
    Sheet(SheetHead),
    Row(Row),
    Warn(Diagnostic),
    Extras(String, SheetExtras),
    /// The workbook was read whole.
    Done(Opened),
    /// The file could not be used; the message as [`crate::ingest::Error`] renders it.
    Unusable(String),
}

/// The child's [`Sink`]: writes each thing read as a frame. The first write that fails (the
/// parent stopped listening) ends the writing; [`Encoder::end`] tells.
pub(in crate::ingest) struct Encoder<W: Write> {
    out: W,
    frame: Vec<u8>,
    failed: Option<io::Error>,
}

impl<W: Write> Encoder<W> {
    /// Starts the stream with its magic.
    pub(in crate::ingest) fn new(mut out: W) -> Self {
        let failed = out.write_all(MAGIC).err();
        Encoder {
            out,
            frame: Vec::with_capacity(4096),
            failed,
        }
    }

    fn send(&mut self, message: &Message) {
        if self.failed.is_some() {
            return;
        }
        let mut frame = std::mem::take(&mut self.frame);
        frame.clear();
        frame.extend([0; 4]);
        match postcard::to_extend(message, frame) {
            Ok(mut frame) => {
                self.failed = match u32::try_from(frame.len() - 4) {
                    Ok(length) => {
                        frame[..4].copy_from_slice(&length.to_le_bytes());
                        self.out.write_all(&frame).err()
                    }
                    Err(_) => Some(io::Error::other("a frame over 4 GiB")),
                };
                self.frame = frame;
            }
            Err(err) => self.failed = Some(io::Error::other(err)),
        }
    }

    /// Ends the stream with what became of the reading, and flushes it.
    pub(in crate::ingest) fn end(mut self, outcome: Result<Opened, String>) -> io::Result<()> {
        self.send(&match outcome {
            Ok(opened) => Message::Done(opened),
            Err(message) => Message::Unusable(message),
        });
        match self.failed {
            Some(err) => Err(err),
            None => self.out.flush(),
        }
    }
}

impl<W: Write> Sink for Encoder<W> {
    fn sheet(&mut self, head: SheetHead) {
        self.send(&Message::Sheet(head));
    }

    fn row(&mut self, row: Row) {
        self.send(&Message::Row(row));
    }

    fn warn(&mut self, warning: Diagnostic) {
        self.send(&Message::Warn(warning));
    }

    fn extras(&mut self, sheet: String, extras: SheetExtras) {
        self.send(&Message::Extras(sheet, extras));
    }
}

/// The child's [`Sink`] when it can start a second thread: hands what it reads, rows in
/// batches, to a thread that encodes and writes it, so that reading never waits on encoding
/// or on the pipe.
pub(in crate::ingest) struct Handoff {
    batch: Vec<Row>,
    queue: Option<SyncSender<Item>>,
    writer: Option<JoinHandle<io::Result<()>>>,
}

/// What the reading hands to the writing thread.
enum Item {
    Sheet(SheetHead),
    Rows(Vec<Row>),
    Warn(Diagnostic),
    Extras(String, SheetExtras),
    End(Result<Opened, String>),
}

/// Rows handed over at a time, and batches that may wait (the memory between the two
/// threads stays small).
const BATCH: usize = 256;
const WAITING: usize = 8;

impl Handoff {
    /// Starts the writing thread on `out`; `None` when no thread can be started.
    pub(in crate::ingest) fn start<W: Write + Send + 'static>(out: W) -> Option<Handoff> {
        let (queue, items) = sync_channel::<Item>(WAITING);
        let writer = std::thread::Builder::new()
            .spawn(move || {
                let mut encoder = Encoder::new(out);
                for item in items {
                    match item {
                        Item::Sheet(head) => encoder.sheet(head),
                        Item::Rows(rows) => rows.into_iter().for_each(|row| encoder.row(row)),
                        Item::Warn(warning) => encoder.warn(warning),
                        Item::Extras(sheet, extras) => encoder.extras(sheet, extras),
                        Item::End(outcome) => return encoder.end(outcome),
                    }
                }
                Err(io::Error::other("the reading ended without an outcome"))
            })
            .ok()?;
        Some(Handoff {
            batch: Vec::with_capacity(BATCH),
            queue: Some(queue),
            writer: Some(writer),
        })
    }

    fn send(&mut self, item: Item) {
        // A writer that stopped (the parent stopped listening) takes nothing more.
        if self.queue.as_ref().is_some_and(|queue| queue.send(item).is_err()) {
            self.queue = None;
        }
    }

    fn flush(&mut self) {
        if !self.batch.is_empty() {
            let rows = std::mem::replace(&mut self.batch, Vec::with_capacity(BATCH));
            self.send(Item::Rows(rows));
        }
    }

    /// Ends the stream with what became of the reading, and waits until it is written.
    pub(in crate::ingest) fn end(mut self, outcome: Result<Opened, String>) -> io::Result<()> {
        self.flush();
        self.send(Item::End(outcome));
        self.queue = None;
        match self.writer.take().map(JoinHandle::join) {
            Some(Ok(written)) => written,
            _ => Err(io::Error::other("the writing thread failed")),
        }
    }
}

impl Sink for Handoff {
    fn sheet(&mut self, head: SheetHead) {
        self.flush();
        self.send(Item::Sheet(head));
    }

    fn row(&mut self, row: Row) {
        self.batch.push(row);
        if self.batch.len() == BATCH {
            self.flush();
        }
    }

    fn warn(&mut self, warning: Diagnostic) {
        self.flush();
        self.send(Item::Warn(warning));
    }

    fn extras(&mut self, sheet: String, extras: SheetExtras) {
        self.flush();
        self.send(Item::Extras(sheet, extras));
    }
}

/// What the parent made of a child's stream.
pub(super) enum Received {
    /// The whole workbook: its rows, and the rest of it.
    Read(Gather, Opened),
    /// The child found the file unusable, and said why.
    Unusable(String),
    /// It sent more than the output limit, or cells that would hold more than it in memory.
    Over,
    /// Not a whole stream: cut short, followed by more, or not one at all.
    Broken,
}

/// Reads a child's stream from `input` as it arrives, at most `cap` bytes of it, and cells
/// holding at most `cap` bytes of this process's memory: a child reading a sheet row by row
/// needs little memory itself, so its own limit no longer bounds what it sends.
pub(super) fn receive(input: impl Read, cap: u64) -> Received {
    let mut input = io::BufReader::with_capacity(1 << 20, input);
    let mut magic = [0u8; MAGIC.len()];
    if input.read_exact(&mut magic).is_err() || magic != *MAGIC {
        return Received::Broken;
    }
    let mut taken = MAGIC.len() as u64;
    let mut held: u64 = 0;
    let mut gather = Gather::default();
    let mut frame = Vec::new();
    loop {
        let mut length = [0u8; 4];
        if input.read_exact(&mut length).is_err() {
            return Received::Broken;
        }
        let length = u64::from(u32::from_le_bytes(length));
        taken += 4 + length;
        if taken > cap {
            return Received::Over;
        }
        let message = match usize::try_from(length) {
            // Most frames are already in the buffer: decoded where they are.
            Ok(length) if input.buffer().len() >= length => {
                let message = postcard::from_bytes::<Message>(&input.buffer()[..length]);
                input.consume(length);
                message
            }
            // A frame longer than what has arrived: read in as it comes (grown as the bytes
            // arrive, not as much as a length claims).
            _ => {
                frame.clear();
                match (&mut input).take(length).read_to_end(&mut frame) {
                    Ok(read) if read as u64 == length => postcard::from_bytes::<Message>(&frame),
                    _ => return Received::Broken,
                }
            }
        };
        let ended = match message {
            Ok(Message::Sheet(head)) => {
                gather.sheet(head);
                continue;
            }
            Ok(Message::Row(row)) if gather.in_sheet() => {
                held = held.saturating_add(footprint(&row));
                if held > cap {
                    return Received::Over;
                }
                gather.row(row);
                continue;
            }
            Ok(Message::Warn(warning)) => {
                gather.warn(warning);
                continue;
            }
            Ok(Message::Extras(sheet, extras)) => {
                gather.extras(sheet, extras);
                continue;
            }
            Ok(Message::Done(opened)) => Received::Read(gather, opened),
            Ok(Message::Unusable(message)) => Received::Unusable(message),
            Ok(Message::Row(_)) | Err(_) => return Received::Broken,
        };
        // Nothing may follow the end.
        let mut more = [0u8; 1];
        return match input.read(&mut more) {
            Ok(0) => ended,
            _ => Received::Broken,
        };
    }
}

/// The memory a row holds once decoded: its cells and their text.
fn footprint(row: &Row) -> u64 {
    let text: usize = row
        .cells
        .iter()
        .map(|cell| match &cell.value {
            Value::Text(text) | Value::Date(text) | Value::Error(text) => text.len(),
            Value::Number(_) | Value::Int(_) | Value::Bool(_) => 0,
        })
        .sum();
    (size_of::<Row>() + row.cells.len() * size_of::<Cell>() + text) as u64
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn stream(path: &Path) -> (Vec<u8>, Result<Opened, String>) {
        let mut bytes = Vec::new();
        let mut encoder = Encoder::new(&mut bytes);
        let outcome = crate::ingest::read_into(path, &mut encoder).map_err(|err| err.to_string());
        encoder.end(outcome.clone()).expect("writes to memory");
        (bytes, outcome)
    }

    #[test]
    fn a_workbook_survives_the_trip_and_anything_else_is_refused() {
        let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample.xlsx");
        let workbook = crate::ingest::read_workbook(&sample).expect("the sample reads");
        let (bytes, _) = stream(&sample);
        match receive(&bytes[..], 1 << 30) {
            Received::Read(gather, opened) => {
                assert_eq!(gather.finish(&sample, opened).expect("makes tables"), workbook)
            }
            _ => panic!("the stream did not decode"),
        }
        // Cut short, followed by more, over the limit, not a stream at all.
        assert!(matches!(
            receive(&bytes[..bytes.len() / 2], 1 << 30),
            Received::Broken
        ));
        assert!(matches!(
            receive(&bytes[..bytes.len() - 1], 1 << 30),
            Received::Broken
        ));
        let mut longer = bytes.clone();
        longer.push(0);
        assert!(matches!(receive(&longer[..], 1 << 30), Received::Broken));
        assert!(matches!(receive(&bytes[..], 1000), Received::Over));
        assert!(matches!(
            receive(&b"memory allocation of 2199023124480 bytes failed"[..], 1 << 30),
            Received::Broken
        ));
        // A frame claiming far more than follows is cut short, not allocated.
        let mut claims = MAGIC.to_vec();
        claims.extend(u32::MAX.to_le_bytes());
        claims.extend([1, 2, 3]);
        assert!(matches!(receive(&claims[..], 1 << 40), Received::Broken));
    }

    #[test]
    fn cells_that_would_hold_more_than_the_limit_are_refused_whatever_they_take_to_send() {
        let mut bytes = Vec::new();
        let mut encoder = Encoder::new(&mut bytes);
        encoder.sheet(SheetHead {
            kind: crate::ingest::SheetKind::Clients,
            file: "f".into(),
            name: "s".into(),
            height: 0,
        });
        for number in 1..=1000 {
            encoder.row(Row {
                number,
                cells: (0..10)
                    .map(|col| Cell {
                        at: crate::ingest::CellRef::new(number, col),
                        value: Value::Bool(true),
                    })
                    .collect(),
            });
        }
        let opened = Opened {
            file: "f".into(),
            format: crate::ingest::Format::Csv,
            sheets: Vec::new(),
        };
        encoder.end(Ok(opened)).expect("writes to memory");
        // 10,000 cells are about 40 KB to send, and hold about 10,000 × 40 bytes.
        let held = 1000 * (size_of::<Row>() + 10 * size_of::<Cell>()) as u64;
        assert!((bytes.len() as u64) < held / 4);
        assert!(matches!(receive(&bytes[..], held - 1), Received::Over));
        assert!(matches!(receive(&bytes[..], held), Received::Read(..)));
    }

    #[test]
    fn handed_to_a_writing_thread_the_stream_is_the_same() {
        let sample = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/sample.xlsx");
        let (direct, _) = stream(&sample);
        let shared = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        struct Shared(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);
        impl Write for Shared {
            fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
                self.0.lock().expect("not poisoned").extend_from_slice(bytes);
                Ok(bytes.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let mut handoff = Handoff::start(Shared(shared.clone())).expect("a thread starts");
        let outcome = crate::ingest::read_into(&sample, &mut handoff).map_err(|err| err.to_string());
        handoff.end(outcome).expect("writes to memory");
        assert!(*shared.lock().expect("not poisoned") == direct);
    }

    #[test]
    fn an_unusable_file_arrives_as_its_message() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("empty.xlsx");
        std::fs::write(&path, b"").expect("writes");
        let (bytes, outcome) = stream(&path);
        let message = outcome.expect_err("an empty file is unusable");
        assert!(message.ends_with("the file is empty (0 bytes)"), "{message}");
        match receive(&bytes[..], 1 << 30) {
            Received::Unusable(said) => assert_eq!(said, message),
            _ => panic!("the stream did not say the file is unusable"),
        }
    }
}
