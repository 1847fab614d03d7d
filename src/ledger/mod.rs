//! The case ledger: what every batch wrote and what the platforms did with it, kept across
//! builds in an embedded SQLite file (default) or a PostgreSQL database a firm shares.
//!
//! A build reads its [`Memory`] before planning (open disputes, earlier notices of an item or
//! store) and records its [`Batch`] after its output folder is in place, in one transaction:
//! a batch is in the ledger whole or not at all, and the same workbook bytes built for the
//! same date are one batch.

mod batch;
mod changes;
mod memory;
mod operators;
mod prepare;
mod query;
pub mod report;
mod schema;
mod store;

use std::path::{Path, PathBuf};
use std::sync::Mutex;

pub use batch::{digest, Batch, DocumentRow, Event, ListingRow};
pub use changes::Change;
pub use memory::{Case, Facts, Memory, Notice, Via};
pub use operators::Operator;
pub use prepare::prepare;
pub use query::{Filed, History, ListingStatus, Status};
pub use schema::VERSION;

use store::{Backend, DbError, Value};

/// Where a ledger lives: `sqlite:PATH` (or a bare path) or `postgres://…`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    Sqlite(PathBuf),
    Postgres(String),
}

impl Location {
    /// `sqlite:PATH`, `postgres://…` / `postgresql://…`, or a path.
    pub fn parse(text: &str) -> Location {
        if text.starts_with("postgres://") || text.starts_with("postgresql://") {
            Location::Postgres(text.to_owned())
        } else {
            Location::Sqlite(PathBuf::from(text.strip_prefix("sqlite:").unwrap_or(text)))
        }
    }

    /// The ledger a command uses: `--ledger`, else the config's `ledger:` (a relative
    /// SQLite path taken from the config file's folder), else `default`.
    pub fn choose(flag: Option<&str>, config: &crate::config::Loaded, default: Location) -> Location {
        if let Some(flag) = flag {
            return Location::parse(flag);
        }
        match config.config.ledger.as_deref().map(Location::parse) {
            Some(Location::Sqlite(path)) if path.is_relative() => {
                let dir = config
                    .path
                    .as_deref()
                    .and_then(Path::parent)
                    .unwrap_or(Path::new(""));
                Location::Sqlite(dir.join(path))
            }
            Some(other) => other,
            None => default,
        }
    }

    /// How messages name it: the file, or the server and database without the password.
    pub fn describe(&self) -> String {
        match self {
            Location::Sqlite(path) => path.display().to_string(),
            Location::Postgres(url) => match url::Url::parse(url) {
                Ok(mut u) => {
                    let _ = u.set_password(None);
                    u.to_string()
                }
                Err(_) => "the PostgreSQL database".to_owned(),
            },
        }
    }
}

/// A ledger that cannot be opened or written, said once.
#[derive(Debug, thiserror::Error)]
#[error("ledger {place}: {why}")]
pub struct Error {
    place: String,
    why: String,
}

/// An open ledger. Shared by the threads of a build or a watcher; each call takes the
/// connection in turn.
pub struct Ledger {
    backend: Mutex<Box<dyn Backend>>,
    place: String,
}

impl std::fmt::Debug for Ledger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Ledger").field("place", &self.place).finish()
    }
}

impl Ledger {
    /// Opens (creating it when absent) and migrates the ledger at `location`.
    pub fn open(location: &Location) -> Result<Ledger, Error> {
        let place = location.describe();
        let fail = |why: String| Error {
            place: place.clone(),
            why,
        };
        let (mut backend, tables_sql): (Box<dyn Backend>, &str) = match location {
            Location::Sqlite(path) => {
                if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(|e| fail(e.to_string()))?;
                }
                let db = store::Sqlite::open(path).map_err(|e| fail(damaged(&e)))?;
                (
                    Box::new(db),
                    "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name <> 'takedown_schema'",
                )
            }
            Location::Postgres(url) => (
                Box::new(store::Postgres::open(url).map_err(|e| fail(e.to_string()))?),
                "SELECT COUNT(*) FROM information_schema.tables \
                 WHERE table_schema = current_schema() AND table_name <> 'takedown_schema'",
            ),
        };
        let sqlite = matches!(location, Location::Sqlite(_));
        let mut refused = None;
        backend
            .write(&mut |conn| {
                let others = conn.query(tables_sql, &[])?;
                let others = others.first().and_then(|r| r.first()).and_then(Value::as_int).unwrap_or(0);
                match schema::migrate(conn, others > 0, sqlite) {
                    Ok(()) => Ok(()),
                    Err(schema::Refused::Db(e)) => Err(e),
                    Err(why) => {
                        refused = Some(why);
                        Err(DbError::Other("refused".into()))
                    }
                }
            })
            .map_err(|e| {
                fail(match refused.take() {
                    Some(schema::Refused::Newer(v)) => format!(
                        "it has schema version {v}, made by a newer takedown; this one knows up to version {VERSION}: use the newer takedown, or another ledger"
                    ),
                    Some(_) => "it is a database of something else (it has tables and no takedown schema); name another ledger with --ledger".to_owned(),
                    None => damaged(&e),
                })
            })?;
        Ok(Ledger {
            backend: Mutex::new(backend),
            place,
        })
    }

    /// The ledger a build writing to `out` uses by default: `out/ledger.sqlite`.
    pub fn default_for(out: &Path) -> Location {
        Location::Sqlite(out.join("ledger.sqlite"))
    }

    fn error(&self, e: DbError) -> Error {
        Error {
            place: self.place.clone(),
            why: damaged(&e),
        }
    }

    fn with<T>(&self, f: impl FnOnce(&mut dyn Backend) -> Result<T, DbError>) -> Result<T, Error> {
        let mut backend = self.backend.lock().unwrap_or_else(|p| p.into_inner());
        f(backend.as_mut()).map_err(|e| self.error(e))
    }

    /// What the ledger knows of the docket's clients before batch `batch_id` (that batch's own
    /// records left out, so that building it again plans the same).
    pub fn memory(&self, clients: &[&str], batch_id: &str) -> Result<Memory, Error> {
        self.with(|b| memory::load(b.read(), clients, batch_id))
    }

    /// The clients of listings the ledger knows by item key or canonical link.
    pub fn owners(&self, keys: &[(Option<String>, String)]) -> Result<Vec<Vec<(String, Facts)>>, Error> {
        self.with(|b| memory::owners(b.read(), keys))
    }

    /// Records a batch in one transaction; `false` when that batch is in the ledger already.
    pub fn record(&self, batch: &Batch) -> Result<bool, Error> {
        self.with(|b| {
            let mut recorded = false;
            b.write(&mut |conn| {
                recorded = batch::record(conn, batch)?;
                Ok(())
            })?;
            Ok(recorded)
        })
    }

    /// `takedown status`.
    pub fn status(&self, client: Option<&str>) -> Result<Status, Error> {
        self.with(|b| query::status(b.read(), client))
    }

    /// What changed for `client` since its last build other than `batch`, for a review
    /// sheet; `packet`'s complaints name the links of this build.
    pub fn changes(
        &self,
        client: &str,
        packet: &crate::plan::Packet,
        batch: Option<&str>,
    ) -> Result<Vec<Change>, Error> {
        let now: Vec<String> = packet
            .complaints
            .iter()
            .flat_map(|c| c.listings.iter().map(|l| l.url.clone()))
            .collect();
        self.with(|b| changes::changes(b.read(), client, &now, batch))
    }

    /// The links of every complaint of `client`'s latest batch, for the platforms' filing
    /// lists.
    pub fn latest_complaints(&self, client: &str) -> Result<Vec<Filed>, Error> {
        self.with(|b| query::latest_complaints(b.read(), client))
    }

    /// A client's name in English and Chinese, as its latest batch gave it.
    pub fn client_name(&self, id: &str) -> Result<Option<(String, Option<String>)>, Error> {
        self.with(|b| {
            let rows = b.read().query(
                "SELECT name_en, name_zh FROM clients WHERE id = $1",
                &[store::Value::text(id)],
            )?;
            Ok(rows.first().map(|r| {
                let text = |i: usize| r.get(i).and_then(store::Value::as_text).map(str::to_owned);
                (text(0).unwrap_or_default(), text(1))
            }))
        })
    }

    /// `takedown history`.
    pub fn history(&self, key: &str) -> Result<History, Error> {
        self.with(|b| query::history(b.read(), key))
    }
}

/// A database error as a user reads it: SQLite's "file is not a database" says the file is
/// damaged or something else.
fn damaged(e: &DbError) -> String {
    let text = e.to_string();
    if text.contains("not a database") || text.contains("malformed") {
        format!("{text}: the file is damaged or not a ledger; move it aside (a new one is made) or restore it from a backup")
    } else {
        text
    }
}

/// A listing's item key in the ledger: `taobao:721560983342` (one id space for Taobao and
/// Tmall); `None` for a link without an item id.
pub fn item_key(url: &str) -> Option<String> {
    match crate::model::canonicalize(url).ok()?.key {
        crate::model::ListingKey::Item(space, id) => Some(format!("{space}:{id}")),
        crate::model::ListingKey::Url(_) => None,
    }
}

/// The key a listing is found by in the ledger: its item key, else its canonical link.
fn lookup_key(item_key: Option<&str>, url: &str) -> String {
    item_key.unwrap_or(url).to_owned()
}
