//! Writes done in groups, one commit for many requests. On SQLite writes take turns (see
//! [`Db::write_turn`]) and each commit waits for the disk (the WAL is synced; about 0.5 ms on these
//! machines), so where each request commits on its own, the turn is held for the sync too and
//! the portal takes reports at the disk's pace (docs/decisions/0042-group-commit.md).
//!
//! A request puts its job in the queue and waits for the queue's turn. Whoever gets the turn
//! first does every job waiting at that moment in one transaction and tells each waiter how its
//! job went; the others then find theirs done and go on. Nobody is answered before their job is
//! committed. A job the group could not do is handed back and its waiter does it alone, so each
//! request gets its own outcome and its own error.

use std::future::Future;
use std::sync::{Mutex as SyncMutex, PoisonError};

use tokio::sync::oneshot::error::TryRecvError;
use tokio::sync::{oneshot, Mutex};

use super::Db;

/// A write that can share a transaction with others of its kind.
pub trait Job: Sized + Send + 'static {
    type Done: Send + 'static;

    /// Does every job of `group` in one transaction and commits it: for each job its outcome,
    /// or the job handed back undone (then it is done alone).
    fn do_group(db: Db, group: Vec<Self>) -> impl Future<Output = Vec<Result<Self::Done, Self>>> + Send;

    /// Does this job in a transaction of its own.
    fn do_alone(self, db: &Db) -> impl Future<Output = Self::Done> + Send;

    /// The outcome when the group's task ended without telling (it panicked).
    fn stopped() -> Self::Done;
}

type Told<J> = oneshot::Sender<Result<<J as Job>::Done, J>>;

/// The jobs waiting, and the turn to do them. One per kind of job, kept in [`Db`].
pub struct Queue<J: Job> {
    waiting: SyncMutex<Vec<(J, Told<J>)>>,
    turn: Mutex<()>,
}

impl<J: Job> Default for Queue<J> {
    fn default() -> Self {
        Queue { waiting: SyncMutex::new(Vec::new()), turn: Mutex::new(()) }
    }
}

impl<J: Job> std::fmt::Debug for Queue<J> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Queue").finish_non_exhaustive()
    }
}

impl<J: Job> Queue<J> {
    /// Does `job`, in a group with the jobs that wait with it, and returns once it is committed.
    pub async fn run(&self, db: &Db, job: J) -> J::Done {
        let (told, mut outcome) = oneshot::channel();
        self.waiting.lock().unwrap_or_else(PoisonError::into_inner).push((job, told));
        let _turn = self.turn.lock().await;
        let told = match outcome.try_recv() {
            Ok(told) => told,
            // Taken by a group whose task ended without telling.
            Err(TryRecvError::Closed) => return J::stopped(),
            // Not done yet, so still waiting: this request does the group, its own job among it.
            Err(TryRecvError::Empty) => {
                self.do_waiting(db).await;
                match outcome.try_recv() {
                    Ok(told) => told,
                    Err(_) => return J::stopped(),
                }
            }
        };
        match told {
            Ok(done) => done,
            Err(job) => job.do_alone(db).await,
        }
    }

    /// Does every job waiting now (the caller's own among them), and tells each waiter how it
    /// went. Others' jobs are done in a task of their own, so that a request dropped half-way
    /// (its caller gone) cannot drop them with it; the caller's job alone is done right here,
    /// since handing it to another thread and back costs a lone request about a tenth of its
    /// time (docs/decisions/0045).
    async fn do_waiting(&self, db: &Db) {
        let group = std::mem::take(&mut *self.waiting.lock().unwrap_or_else(PoisonError::into_inner));
        if group.len() == 1 {
            do_and_tell(db.clone(), group).await;
        } else {
            // A task that panicked told nobody: each waiter answers J::stopped().
            _ = tokio::spawn(do_and_tell(db.clone(), group)).await;
        }
    }
}

async fn do_and_tell<J: Job>(db: Db, group: Vec<(J, Told<J>)>) {
    let (jobs, told): (Vec<J>, Vec<Told<J>>) = group.into_iter().unzip();
    let outcomes = J::do_group(db, jobs).await;
    for (told, outcome) in told.into_iter().zip(outcomes) {
        _ = told.send(outcome);
    }
}
