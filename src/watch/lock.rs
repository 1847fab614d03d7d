//! The lock file of a drop folder (`DIR/.takedown-watch.lock`): one watcher at a time; a lock
//! left by a watcher that is gone is taken over.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};

use super::files::write_synced;
use super::LOCK_FILE;

/// The lock file of a drop folder, holding the watcher's pid; removed when dropped.
pub(super) struct Lock {
    path: PathBuf,
}

impl Lock {
    pub(super) fn acquire(dir: &Path) -> anyhow::Result<Lock> {
        let path = dir.join(LOCK_FILE);
        let pid = std::process::id();
        // Written whole under a private name, then linked into place: the lock file never
        // exists without its pid.
        let mine = dir.join(format!("{LOCK_FILE}.{pid}"));
        write_synced(&mine, format!("{pid}\n").as_bytes())?;
        let result = Self::link(&path, &mine, pid);
        let _ = std::fs::remove_file(&mine);
        result?;
        Ok(Lock { path })
    }

    fn link(path: &Path, mine: &Path, pid: u32) -> anyhow::Result<()> {
        match std::fs::hard_link(mine, path) {
            Ok(()) => return Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(_) => {
                // A file system without hard links: create it exclusively instead.
                let mut file = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .open(path);
                if let Ok(file) = &mut file {
                    file.write_all(format!("{pid}\n").as_bytes())?;
                    return Ok(());
                }
            }
        }
        let holder = std::fs::read_to_string(path)
            .ok()
            .and_then(|s| s.trim().parse::<u32>().ok());
        let dir = path.parent().unwrap_or(Path::new("."));
        match holder {
            Some(other) if other != pid && is_running(other) => bail!(
                "{} is already watched by process {other} (lock file {}); stop that watcher first",
                dir.display(),
                path.display()
            ),
            _ => {
                // Left by a watcher that is gone: take it over.
                std::fs::rename(mine, path)
                    .with_context(|| format!("failed to take over {}", path.display()))?;
                tracing::debug!(
                    "took over the lock of process {}, which is no longer running",
                    holder.map_or("?".to_owned(), |p| p.to_string())
                );
                Ok(())
            }
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        let ours =
            std::fs::read_to_string(&self.path).is_ok_and(|s| s.trim() == std::process::id().to_string());
        if ours {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(unix)]
fn is_running(pid: u32) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 only checks that the process exists and may be signalled.
    let alive = unsafe { libc::kill(pid, 0) } == 0;
    alive || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn is_running(_pid: u32) -> bool {
    // No cheap check: a lock is held until its file is deleted.
    true
}
