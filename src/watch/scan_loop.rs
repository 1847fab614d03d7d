//! The scan loop: looks at the inbox, woken by native file events or on a timer, and takes
//! each entry once it has settled; a workbook held open in an Office program waits.

use std::collections::{HashMap, HashSet};
use std::ffi::OsString;
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

use anyhow::Context;

use super::inbox::{self, Signature};
use super::{Watcher, NATIVE_IDLE, POLL_IDLE, STOP_CHECK};

struct Pending {
    signature: Signature,
    since: Instant,
}

impl Watcher {
    /// The scan loop: takes each inbox entry once it has settled.
    pub(super) fn run(&mut self) -> anyhow::Result<()> {
        let mut pending: HashMap<OsString, Pending> = HashMap::new();
        let mut refused: HashMap<OsString, Signature> = HashMap::new();
        let events = if self.opts.poll || self.opts.once {
            None
        } else {
            match native_events(&self.dirs.inbox) {
                Ok(events) => Some(events),
                Err(e) => {
                    tracing::warn!(
                        "native file events are not available ({e}); polling {} instead",
                        self.dirs.inbox.display()
                    );
                    None
                }
            }
        };
        let stale = Duration::from_secs(self.engine.config.config.limits.stale_lock_hours * 3600);
        // Workbooks held back by a lock file (each said once while it lasts), and stale locks
        // already warned about.
        let mut waiting: HashSet<String> = HashSet::new();
        let mut warned: HashSet<(String, String)> = HashSet::new();
        loop {
            if self.stopping() {
                return Ok(());
            }
            let now = Instant::now();
            let scan = inbox::scan(&self.dirs.inbox, stale)
                .with_context(|| format!("failed to read {}", self.dirs.inbox.display()))?;
            waiting.retain(|name| {
                scan.locked
                    .iter()
                    .any(|l| &l.name == name && l.stale_hours.is_none())
            });
            for locked in &scan.locked {
                match locked.stale_hours {
                    None => {
                        if waiting.insert(locked.name.clone()) {
                            tracing::info!(
                                "waiting: {} is open in Excel or LibreOffice (lock file {})",
                                locked.name,
                                locked.lock
                            );
                        }
                    }
                    Some(hours) => {
                        if warned.insert((locked.name.clone(), locked.lock.clone())) {
                            tracing::warn!(
                                "warning: {}: its lock file {} is {hours} hours old, so it is taken as left behind and the workbook is read",
                                locked.name,
                                locked.lock
                            );
                        }
                    }
                }
            }
            let seen = scan.entries;
            pending.retain(|name, _| seen.iter().any(|(n, _)| n == name));
            refused.retain(|name, sig| seen.iter().any(|(n, s)| n == name && s == sig));
            // An input put back unchanged for long enough is read once more, as it is.
            for (name, deferral) in &mut self.deferred {
                if !deferral.retried && deferral.since.elapsed() >= super::PATIENCE {
                    deferral.retried = true;
                    refused.remove(name);
                }
            }
            self.deferred
                .retain(|name, _| seen.iter().any(|(n, _)| n == name));
            let mut ready = Vec::new();
            for (name, signature) in seen {
                if refused.contains_key(&name) {
                    continue;
                }
                let old_enough = SystemTime::now()
                    .duration_since(signature.modified)
                    .is_ok_and(|age| age >= self.opts.settle);
                match pending.get_mut(&name) {
                    Some(p) if p.signature == signature => {
                        if now.duration_since(p.since) >= self.opts.settle || old_enough {
                            ready.push((name, signature));
                        }
                    }
                    Some(p) => {
                        p.signature = signature;
                        p.since = now;
                    }
                    None if old_enough => ready.push((name, signature)),
                    None => {
                        pending.insert(
                            name,
                            Pending {
                                signature,
                                since: now,
                            },
                        );
                    }
                }
            }
            ready.sort_by(|a, b| a.0.cmp(&b.0));
            for (name, signature) in ready {
                if self.stopping() {
                    return Ok(());
                }
                pending.remove(&name);
                if !self.take(&name) {
                    refused.insert(name, signature);
                }
            }
            if self.opts.once && pending.is_empty() && self.deferred.values().all(|d| d.retried) {
                return Ok(());
            }
            let next = pending
                .values()
                .map(|p| (p.since + self.opts.settle).saturating_duration_since(Instant::now()))
                .chain(
                    self.deferred
                        .values()
                        .filter(|d| !d.retried)
                        .map(|d| (d.since + super::PATIENCE).saturating_duration_since(Instant::now())),
                )
                .min();
            match &events {
                Some((_watcher, rx)) => {
                    let wait = next.unwrap_or(NATIVE_IDLE);
                    if self.wait_for_event(rx, wait) {
                        // Coalesce a burst of events into one rescan.
                        std::thread::sleep(Duration::from_millis(20));
                        while rx.try_recv().is_ok() {}
                    }
                }
                None => {
                    let wait = next.unwrap_or(POLL_IDLE).min(POLL_IDLE);
                    std::thread::sleep(wait.max(Duration::from_millis(10)));
                }
            }
        }
    }

    /// Waits up to `wait` for a file event, looking at the stop flag every so often; true
    /// when an event came.
    fn wait_for_event(&self, rx: &mpsc::Receiver<()>, wait: Duration) -> bool {
        let deadline = Instant::now() + wait;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() || self.stopping() {
                return false;
            }
            match rx.recv_timeout(left.min(STOP_CHECK)) {
                Ok(()) => return true,
                Err(mpsc::RecvTimeoutError::Timeout) => {}
                Err(mpsc::RecvTimeoutError::Disconnected) => {
                    std::thread::sleep(left.min(STOP_CHECK));
                }
            }
        }
    }
}

type Events = (notify::RecommendedWatcher, mpsc::Receiver<()>);

/// Native events on the inbox (and inside CSV folders in it); each one only wakes the loop.
fn native_events(inbox: &Path) -> notify::Result<Events> {
    use notify::Watcher as _;
    let (tx, rx) = mpsc::channel();
    let mut watcher = notify::recommended_watcher(move |_: notify::Result<notify::Event>| {
        let _ = tx.send(());
    })?;
    watcher.watch(inbox, notify::RecursiveMode::Recursive)?;
    Ok((watcher, rx))
}
