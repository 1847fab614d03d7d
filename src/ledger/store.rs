//! The two databases behind one trait: [`Conn`] runs the ledger's SQL (written once, with
//! `$1`-style parameters), [`Backend`] opens write transactions and retries them when the
//! database asks to.

use std::time::Duration;

/// A value bound to a parameter or read from a column: the ledger stores text and integers.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub enum Value {
    Int(Option<i64>),
    Text(Option<String>),
}

impl Value {
    pub fn text(s: impl Into<String>) -> Value {
        Value::Text(Some(s.into()))
    }

    pub fn opt(s: Option<&str>) -> Value {
        Value::Text(s.map(str::to_owned))
    }

    pub fn int(i: i64) -> Value {
        Value::Int(Some(i))
    }

    /// The text, if this is non-null text.
    pub fn as_text(&self) -> Option<&str> {
        match self {
            Value::Text(t) => t.as_deref(),
            Value::Int(_) => None,
        }
    }

    /// The integer, if this is a non-null integer.
    pub fn as_int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => *i,
            Value::Text(_) => None,
        }
    }
}

/// One row of a query's result.
pub type Row = Vec<Value>;

/// What went wrong in the database.
#[derive(Debug, thiserror::Error)]
pub enum DbError {
    /// Another writer holds the database, or the transaction lost a race: run it again.
    #[error("{0}")]
    Retry(String),
    #[error("{0}")]
    Other(String),
}

/// SQL against one connection, inside or outside a transaction.
pub trait Conn {
    /// Runs a statement; the number of rows it changed.
    fn exec(&mut self, sql: &str, params: &[Value]) -> Result<u64, DbError>;
    /// Runs a query; its rows.
    fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, DbError>;
    /// Runs several statements without parameters (a migration).
    fn batch(&mut self, sql: &str) -> Result<(), DbError>;

    /// `head VALUES (…) tail` for each of `rows` (each of `width` values). By default as
    /// multi-row statements, as many rows per statement as the parameter limits allow (one
    /// round trip per statement to a server).
    fn insert_rows(
        &mut self,
        head: &str,
        width: usize,
        rows: &[Vec<Value>],
        tail: &str,
    ) -> Result<(), DbError> {
        insert_values(self, head, width, rows, tail)
    }
}

/// [`Conn::insert_rows`] as multi-row statements.
fn insert_values<C: Conn + ?Sized>(
    conn: &mut C,
    head: &str,
    width: usize,
    rows: &[Vec<Value>],
    tail: &str,
) -> Result<(), DbError> {
    let per = (30_000 / width.max(1)).max(1);
    for chunk in rows.chunks(per) {
        let sql = values_sql(head, width, chunk.len(), tail);
        let params: Vec<Value> = chunk.iter().flatten().cloned().collect();
        conn.exec(&sql, &params)?;
    }
    Ok(())
}

/// From how many rows PostgreSQL is sent them by `COPY` rather than as statements.
const COPY_FROM: usize = 1_000;

/// `rows` in PostgreSQL's `COPY` text format: tab-separated, `\N` for NULL, backslash,
/// tab, newline and carriage return escaped.
fn copy_text(rows: &[Vec<Value>]) -> Vec<u8> {
    let mut out = Vec::with_capacity(rows.len() * 64);
    for row in rows {
        for (i, v) in row.iter().enumerate() {
            if i > 0 {
                out.push(b'\t');
            }
            match v {
                Value::Int(Some(n)) => out.extend_from_slice(n.to_string().as_bytes()),
                Value::Text(Some(t)) => {
                    for b in t.bytes() {
                        match b {
                            b'\\' => out.extend_from_slice(b"\\\\"),
                            b'\t' => out.extend_from_slice(b"\\t"),
                            b'\n' => out.extend_from_slice(b"\\n"),
                            b'\r' => out.extend_from_slice(b"\\r"),
                            _ => out.push(b),
                        }
                    }
                }
                Value::Int(None) | Value::Text(None) => out.extend_from_slice(b"\\N"),
            }
        }
        out.push(b'\n');
    }
    out
}

/// `head VALUES ($1,…,$w),(…) tail` for `rows` rows.
fn values_sql(head: &str, width: usize, rows: usize, tail: &str) -> String {
    let mut sql = String::with_capacity(head.len() + tail.len() + rows * width * 5);
    sql.push_str(head);
    sql.push_str(" VALUES ");
    let mut n = 0;
    for i in 0..rows {
        if i > 0 {
            sql.push(',');
        }
        sql.push('(');
        for j in 0..width {
            if j > 0 {
                sql.push(',');
            }
            n += 1;
            sql.push('$');
            sql.push_str(&n.to_string());
        }
        sql.push(')');
    }
    sql.push(' ');
    sql.push_str(tail);
    sql
}

/// A database the ledger lives in.
pub trait Backend: Send {
    /// Runs `work` in one write transaction, committed when it returns `Ok`; run again from
    /// the start when the database reports a conflict with another writer.
    fn write(&mut self, work: &mut dyn FnMut(&mut dyn Conn) -> Result<(), DbError>) -> Result<(), DbError>;
    /// A connection for reads, each statement seeing committed data.
    fn read(&mut self) -> &mut dyn Conn;
}

/// How often a conflicting transaction is run again before its error is given.
const RETRIES: usize = 20;

/// The embedded SQLite file: write-ahead log, a busy timeout, and `BEGIN IMMEDIATE` so that
/// two writers queue instead of deadlocking.
pub struct Sqlite {
    conn: rusqlite::Connection,
}

impl Sqlite {
    pub fn open(path: &std::path::Path) -> Result<Sqlite, DbError> {
        let conn = rusqlite::Connection::open(path).map_err(sqlite_error)?;
        conn.busy_timeout(Duration::from_secs(60)).map_err(sqlite_error)?;
        // Reading the journal mode is the first read of the file: a damaged one fails here.
        // Switching a new file to WAL takes its lock without the busy handler, so two
        // processes opening it at once may be told "busy": try again for a while.
        let mut tries = 0;
        loop {
            match conn
                .pragma_update(None, "journal_mode", "WAL")
                .map_err(sqlite_error)
            {
                Err(DbError::Retry(_)) if tries < 600 => {
                    tries += 1;
                    std::thread::sleep(Duration::from_millis(100));
                }
                other => break other?,
            }
        }
        conn.pragma_update(None, "synchronous", "NORMAL")
            .map_err(sqlite_error)?;
        Ok(Sqlite { conn })
    }
}

fn sqlite_error(e: rusqlite::Error) -> DbError {
    use rusqlite::ErrorCode;
    match e.sqlite_error_code() {
        Some(ErrorCode::DatabaseBusy | ErrorCode::DatabaseLocked) => DbError::Retry(e.to_string()),
        _ => DbError::Other(e.to_string()),
    }
}

/// `$1` → `?1`: SQLite numbers `?NNN` parameters by the number written, as PostgreSQL does
/// `$N` (a `$1` would be a named parameter, numbered by where it first appears).
fn sqlite_sql(sql: &str) -> std::borrow::Cow<'_, str> {
    if !sql.contains('$') {
        return sql.into();
    }
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        if c == '\'' {
            quoted = !quoted;
        }
        if c == '$' && !quoted && chars.peek().is_some_and(char::is_ascii_digit) {
            out.push('?');
        } else {
            out.push(c);
        }
    }
    out.into()
}

impl Conn for rusqlite::Connection {
    fn exec(&mut self, sql: &str, params: &[Value]) -> Result<u64, DbError> {
        let mut stmt = self.prepare_cached(&sqlite_sql(sql)).map_err(sqlite_error)?;
        let n = stmt
            .execute(rusqlite::params_from_iter(params.iter().map(to_sqlite)))
            .map_err(sqlite_error)?;
        Ok(n as u64)
    }

    fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, DbError> {
        let mut stmt = self.prepare_cached(&sqlite_sql(sql)).map_err(sqlite_error)?;
        let width = stmt.column_count();
        let mut rows = stmt
            .query(rusqlite::params_from_iter(params.iter().map(to_sqlite)))
            .map_err(sqlite_error)?;
        let mut out = Vec::new();
        while let Some(row) = rows.next().map_err(sqlite_error)? {
            let mut values = Vec::with_capacity(width);
            for i in 0..width {
                use rusqlite::types::ValueRef;
                values.push(match row.get_ref(i).map_err(sqlite_error)? {
                    ValueRef::Null => Value::Text(None),
                    ValueRef::Integer(n) => Value::int(n),
                    ValueRef::Real(f) => Value::int(f as i64),
                    ValueRef::Text(t) => Value::text(String::from_utf8_lossy(t)),
                    ValueRef::Blob(_) => Value::Text(None),
                });
            }
            out.push(values);
        }
        Ok(out)
    }

    fn batch(&mut self, sql: &str) -> Result<(), DbError> {
        self.execute_batch(sql).map_err(sqlite_error)
    }

    /// One prepared one-row statement run per row: in-process, that beats compiling and
    /// binding statements of thousands of parameters.
    fn insert_rows(
        &mut self,
        head: &str,
        width: usize,
        rows: &[Vec<Value>],
        tail: &str,
    ) -> Result<(), DbError> {
        let sql = values_sql(head, width, 1, tail);
        let mut stmt = self.prepare_cached(&sqlite_sql(&sql)).map_err(sqlite_error)?;
        for row in rows {
            for (i, v) in row.iter().enumerate() {
                let bound = match v {
                    Value::Int(Some(n)) => stmt.raw_bind_parameter(i + 1, n),
                    Value::Text(Some(t)) => stmt.raw_bind_parameter(i + 1, t.as_str()),
                    Value::Int(None) | Value::Text(None) => {
                        stmt.raw_bind_parameter(i + 1, rusqlite::types::Null)
                    }
                };
                bound.map_err(sqlite_error)?;
            }
            stmt.raw_execute().map_err(sqlite_error)?;
        }
        Ok(())
    }
}

fn to_sqlite(v: &Value) -> rusqlite::types::Value {
    use rusqlite::types::Value as V;
    match v {
        Value::Int(Some(i)) => V::Integer(*i),
        Value::Text(Some(t)) => V::Text(t.clone()),
        Value::Int(None) | Value::Text(None) => V::Null,
    }
}

impl Backend for Sqlite {
    fn write(&mut self, work: &mut dyn FnMut(&mut dyn Conn) -> Result<(), DbError>) -> Result<(), DbError> {
        let mut tries = 0;
        loop {
            let result = (|| {
                self.conn.execute_batch("BEGIN IMMEDIATE").map_err(sqlite_error)?;
                match work(&mut self.conn) {
                    Ok(()) => self.conn.execute_batch("COMMIT").map_err(sqlite_error),
                    Err(e) => Err(e),
                }
            })();
            if result.is_err() && !self.conn.is_autocommit() {
                let _ = self.conn.execute_batch("ROLLBACK");
            }
            match result {
                Err(DbError::Retry(_)) if tries < RETRIES => tries += 1,
                other => return other,
            }
        }
    }

    fn read(&mut self) -> &mut dyn Conn {
        &mut self.conn
    }
}

/// A PostgreSQL database: serializable transactions, run again on a serialization failure
/// or a deadlock.
pub struct Postgres {
    client: PgRead,
}

impl Postgres {
    pub fn open(url: &str) -> Result<Postgres, DbError> {
        let client = postgres::Client::connect(url, postgres::NoTls).map_err(pg_error)?;
        Ok(Postgres {
            client: PgRead(client),
        })
    }
}

fn pg_error(e: postgres::Error) -> DbError {
    use postgres::error::SqlState;
    match e.code() {
        Some(code)
            if *code == SqlState::T_R_SERIALIZATION_FAILURE || *code == SqlState::T_R_DEADLOCK_DETECTED =>
        {
            DbError::Retry(e.to_string())
        }
        // A race on a unique key between two first inserts: the retry sees the winner's row.
        Some(code) if *code == SqlState::UNIQUE_VIOLATION => DbError::Retry(e.to_string()),
        _ => match e.as_db_error() {
            Some(db) => DbError::Other(db.message().to_owned()),
            None => DbError::Other(e.to_string()),
        },
    }
}

type PgParam = Box<dyn postgres::types::ToSql + Sync>;

fn to_pg(v: &Value) -> PgParam {
    match v {
        Value::Int(i) => Box::new(*i),
        Value::Text(t) => Box::new(t.clone()),
    }
}

fn pg_rows(rows: Vec<postgres::Row>) -> Result<Vec<Row>, DbError> {
    use postgres::types::Type;
    rows.iter()
        .map(|row| {
            (0..row.len())
                .map(|i| {
                    let ty = row.columns()[i].type_();
                    Ok(if *ty == Type::INT8 {
                        Value::Int(row.try_get::<_, Option<i64>>(i).map_err(pg_error)?)
                    } else if *ty == Type::INT4 {
                        Value::Int(row.try_get::<_, Option<i32>>(i).map_err(pg_error)?.map(i64::from))
                    } else {
                        Value::Text(row.try_get::<_, Option<String>>(i).map_err(pg_error)?)
                    })
                })
                .collect()
        })
        .collect()
}

/// [`Conn`] over anything that runs PostgreSQL statements (a client, a transaction).
struct Pg<'a, C: postgres::GenericClient>(&'a mut C);

impl<C: postgres::GenericClient> Conn for Pg<'_, C> {
    fn exec(&mut self, sql: &str, params: &[Value]) -> Result<u64, DbError> {
        let owned: Vec<PgParam> = params.iter().map(to_pg).collect();
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = owned.iter().map(|b| b.as_ref()).collect();
        self.0.execute(sql, &refs).map_err(pg_error)
    }

    fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, DbError> {
        let owned: Vec<PgParam> = params.iter().map(to_pg).collect();
        let refs: Vec<&(dyn postgres::types::ToSql + Sync)> = owned.iter().map(|b| b.as_ref()).collect();
        pg_rows(self.0.query(sql, &refs).map_err(pg_error)?)
    }

    fn batch(&mut self, sql: &str) -> Result<(), DbError> {
        self.0.batch_execute(sql).map_err(pg_error)
    }

    /// Many rows go by `COPY` into a temporary table of the same columns, then one
    /// `INSERT … SELECT` with the upsert's tail: one round trip for the data instead of one per
    /// statement of a few thousand rows, and no statement to parse per chunk.
    fn insert_rows(
        &mut self,
        head: &str,
        width: usize,
        rows: &[Vec<Value>],
        tail: &str,
    ) -> Result<(), DbError> {
        let parts = head
            .strip_prefix("INSERT INTO ")
            .and_then(|rest| rest.split_once(' '))
            .and_then(|(table, cols)| Some((table, cols, cols.strip_prefix('(')?.strip_suffix(')')?)));
        let Some((table, cols, list)) = parts.filter(|_| rows.len() >= COPY_FROM) else {
            return insert_values(self, head, width, rows, tail);
        };
        let tmp = format!("takedown_copy_{table}");
        self.0
            .batch_execute(&format!(
                "DROP TABLE IF EXISTS {tmp}; CREATE TEMP TABLE {tmp} AS SELECT {list} FROM {table} WITH NO DATA"
            ))
            .map_err(pg_error)?;
        let mut writer = self
            .0
            .copy_in(&format!("COPY {tmp} {cols} FROM STDIN"))
            .map_err(pg_error)?;
        std::io::Write::write_all(&mut writer, &copy_text(rows))
            .map_err(|e| DbError::Other(format!("sending rows to the server: {e}")))?;
        writer.finish().map_err(pg_error)?;
        // `WHERE true` keeps ON CONFLICT from being read as part of the FROM clause.
        self.0
            .batch_execute(&format!(
                "INSERT INTO {table} {cols} SELECT {list} FROM {tmp} WHERE true {tail}; DROP TABLE {tmp}"
            ))
            .map_err(pg_error)
    }
}

/// The reads' connection (autocommit).
struct PgRead(postgres::Client);

impl Conn for PgRead {
    fn exec(&mut self, sql: &str, params: &[Value]) -> Result<u64, DbError> {
        Pg(&mut self.0).exec(sql, params)
    }

    fn query(&mut self, sql: &str, params: &[Value]) -> Result<Vec<Row>, DbError> {
        Pg(&mut self.0).query(sql, params)
    }

    fn batch(&mut self, sql: &str) -> Result<(), DbError> {
        Pg(&mut self.0).batch(sql)
    }
}

impl Backend for Postgres {
    fn write(&mut self, work: &mut dyn FnMut(&mut dyn Conn) -> Result<(), DbError>) -> Result<(), DbError> {
        let mut tries = 0;
        loop {
            let result = (|| {
                let mut tx = self
                    .client
                    .0
                    .build_transaction()
                    .isolation_level(postgres::IsolationLevel::Serializable)
                    .start()
                    .map_err(pg_error)?;
                work(&mut Pg(&mut tx))?;
                tx.commit().map_err(pg_error)
            })();
            match result {
                Err(DbError::Retry(_)) if tries < RETRIES => {
                    tries += 1;
                    std::thread::sleep(Duration::from_millis(10 * tries as u64));
                }
                other => return other,
            }
        }
    }

    fn read(&mut self) -> &mut dyn Conn {
        &mut self.client
    }
}
