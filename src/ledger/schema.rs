//! The ledger's tables, as numbered migrations compiled into the binary and applied when a
//! ledger is opened. The same SQL serves SQLite and PostgreSQL: text and `BIGINT` columns,
//! keys the ledger makes itself (no serial ids), `ON CONFLICT` upserts.

use super::store::{Conn, DbError, Value};

/// Migration `i` takes a ledger from version `i` to `i + 1`. A listing's `item_key` is its
/// platform item (`taobao:7215…`) or, without an item id, its canonical link: one index finds
/// a listing by either.
const MIGRATIONS: &[&str] = &[
    // 1: batches, what they wrote, and what the platforms did.
    "
    CREATE TABLE batches (
        id TEXT PRIMARY KEY,
        workbook TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        issued_on TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        seq BIGINT NOT NULL
    );
    CREATE TABLE clients (
        id TEXT PRIMARY KEY,
        name_en TEXT NOT NULL,
        name_zh TEXT
    );
    CREATE TABLE rights (
        client TEXT NOT NULL,
        id TEXT NOT NULL,
        kind TEXT NOT NULL,
        number TEXT NOT NULL,
        PRIMARY KEY (client, id)
    ) WITHOUT ROWID;
    CREATE TABLE listings (
        client TEXT NOT NULL,
        url TEXT NOT NULL,
        platform TEXT NOT NULL,
        item_key TEXT NOT NULL,
        item_id TEXT,
        store TEXT,
        seller_id TEXT,
        licence TEXT,
        rights TEXT NOT NULL,
        first_batch TEXT NOT NULL,
        relisted BIGINT NOT NULL,
        PRIMARY KEY (client, url)
    ) WITHOUT ROWID;
    CREATE INDEX listings_item ON listings (item_key);
    CREATE INDEX listings_licence ON listings (licence);
    CREATE TABLE documents (
        batch TEXT NOT NULL,
        client TEXT NOT NULL,
        file TEXT NOT NULL,
        kind TEXT NOT NULL,
        platform TEXT,
        right_id TEXT,
        PRIMARY KEY (batch, client, file)
    ) WITHOUT ROWID;
    CREATE TABLE complaint_listings (
        batch TEXT NOT NULL,
        client TEXT NOT NULL,
        file TEXT NOT NULL,
        url TEXT NOT NULL,
        PRIMARY KEY (client, url, batch, file)
    ) WITHOUT ROWID;
    CREATE TABLE events (
        client TEXT NOT NULL,
        url TEXT NOT NULL,
        status TEXT NOT NULL,
        case_no TEXT NOT NULL,
        filed_on TEXT NOT NULL,
        happened_on TEXT NOT NULL,
        reason TEXT,
        reply_by TEXT,
        art43_by TEXT,
        source TEXT NOT NULL,
        batch TEXT NOT NULL,
        seq BIGINT NOT NULL,
        PRIMARY KEY (client, url, status, case_no, happened_on)
    ) WITHOUT ROWID;
    CREATE TABLE cases (
        client TEXT NOT NULL,
        url TEXT NOT NULL,
        status TEXT NOT NULL,
        case_no TEXT NOT NULL,
        filed_on TEXT NOT NULL,
        happened_on TEXT NOT NULL,
        reply_by TEXT,
        art43_by TEXT,
        seq BIGINT NOT NULL,
        PRIMARY KEY (client, url)
    ) WITHOUT ROWID;
    CREATE INDEX cases_status ON cases (client, status);
    ",
    // 2: the contact a store gives (its telephone number or email address, as matched), which
    // joins stores into one operator as a shared licence number does.
    "
    ALTER TABLE listings ADD COLUMN contact TEXT;
    CREATE INDEX listings_contact ON listings (contact);
    ",
];

/// The schema version this build of takedown writes.
pub const VERSION: i64 = MIGRATIONS.len() as i64;

/// Why a ledger cannot be used.
#[derive(Debug)]
pub enum Refused {
    /// Made by a newer takedown.
    Newer(i64),
    /// Some other database, not a ledger.
    Foreign,
    Db(DbError),
}

impl From<DbError> for Refused {
    fn from(e: DbError) -> Refused {
        Refused::Db(e)
    }
}

/// Brings the ledger to [`VERSION`] inside the caller's write transaction: creates it when
/// empty, applies the migrations it lacks; refuses a newer one, or a database with tables of
/// its own and no version.
/// `sqlite`: the tables keyed by text are stored by their key (`WITHOUT ROWID`: one b-tree
/// per table instead of two); PostgreSQL reads the same SQL without those words.
pub fn migrate(conn: &mut dyn Conn, has_other_tables: bool, sqlite: bool) -> Result<(), Refused> {
    conn.batch("CREATE TABLE IF NOT EXISTS takedown_schema (version BIGINT NOT NULL)")?;
    let rows = conn.query("SELECT MAX(version) FROM takedown_schema", &[])?;
    let version = rows.first().and_then(|r| r.first()).and_then(Value::as_int);
    if version.is_none() && has_other_tables {
        return Err(Refused::Foreign);
    }
    let version = version.unwrap_or(0);
    if version > VERSION {
        return Err(Refused::Newer(version));
    }
    for sql in &MIGRATIONS[version as usize..] {
        match sqlite {
            true => conn.batch(sql)?,
            false => conn.batch(&sql.replace(" WITHOUT ROWID", ""))?,
        }
    }
    if version < VERSION {
        conn.exec("DELETE FROM takedown_schema", &[])?;
        conn.exec(
            "INSERT INTO takedown_schema (version) VALUES ($1)",
            &[Value::int(VERSION)],
        )?;
    }
    Ok(())
}
