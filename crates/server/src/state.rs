//! Shared state of the handlers: a pool of ledger connections and the write
//! token.
//!
//! A [`Ledger`] is one SQLite connection: `Send`, not `Sync`. The pool keeps
//! up to [`crate::Limits::connections`] of them; each request borrows one on a
//! blocking thread (`spawn_blocking`), so slow database work never stalls the
//! async workers. Writes go through one more lock, so the server's own writers
//! queue in order instead of waiting on SQLite's busy timeout; readers see the
//! last committed state (WAL).

use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use swapledger_ledger::Ledger;
use tokio::sync::Semaphore;

use crate::config::{Limits, WriteToken};
use crate::error::{Result, ServerError};

/// The state every handler gets.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The ledger connections.
    pub pool: Arc<Pool>,
    /// The write token; `None`: read-only.
    pub token: Option<Arc<WriteToken>>,
    /// The limits in force.
    pub limits: Limits,
}

/// A pool of ledger connections to one file.
#[derive(Debug)]
pub struct Pool {
    path: PathBuf,
    idle: Mutex<Vec<Ledger>>,
    permits: Arc<Semaphore>,
    writer: tokio::sync::Mutex<()>,
}

impl Pool {
    /// A pool of `size` connections to `path`; one is opened now (creating the
    /// file and running migrations), the rest when first needed.
    pub fn open(path: PathBuf, size: usize) -> Result<Pool> {
        let first = Ledger::open(&path)?;
        Ok(Pool {
            path,
            idle: Mutex::new(vec![first]),
            permits: Arc::new(Semaphore::new(size.max(1))),
            writer: tokio::sync::Mutex::new(()),
        })
    }

    fn take(&self) -> Result<Ledger> {
        let idle = self.idle.lock().ok().and_then(|mut v| v.pop());
        match idle {
            Some(l) => Ok(l),
            None => Ok(Ledger::open(&self.path)?),
        }
    }

    fn give_back(&self, ledger: Ledger) {
        if let Ok(mut v) = self.idle.lock() {
            v.push(ledger);
        }
    }

    /// Run `f` with a connection on a blocking thread.
    pub async fn read<T, F>(self: &Arc<Self>, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&Ledger) -> Result<T> + Send + 'static,
    {
        let permit = self
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| ServerError::Internal("the pool is closed".into()))?;
        let pool = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let ledger = pool.take()?;
            let out = f(&ledger);
            pool.give_back(ledger);
            drop(permit);
            out
        })
        .await
        .map_err(|e| ServerError::Internal(format!("a ledger worker failed: {e}")))?
    }

    /// Run `f` with a connection that may write, one writer at a time.
    pub async fn write<T, F>(self: &Arc<Self>, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Ledger) -> Result<T> + Send + 'static,
    {
        let _writer = self.writer.lock().await;
        let permit = self
            .permits
            .clone()
            .acquire_owned()
            .await
            .map_err(|_| ServerError::Internal("the pool is closed".into()))?;
        let pool = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let mut ledger = pool.take()?;
            let out = f(&mut ledger);
            pool.give_back(ledger);
            drop(permit);
            out
        })
        .await
        .map_err(|e| ServerError::Internal(format!("a ledger worker failed: {e}")))?
    }
}
