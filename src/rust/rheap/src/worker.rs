//! Where the simulated sessions live: one thread of the R process with a known, large stack
//! (`rheap_core::limits::SESSION_STACK`), so that R's deepest nesting (`options(expressions =
//! 500000)` runs about 11 800 nested calls before R's C stack stops it) fits the host stack whatever
//! R's main thread has left, and the core's host stack check knows its bounds. R's main thread
//! hands each request to that thread and waits for it, checking R's interrupts meanwhile (R's
//! API is only ever called from R's main thread): on Ctrl-C or a passed `setTimeLimit()` it raises
//! the session's interrupt flag, which the simulation polls between evaluation steps, waits for
//! the session to stop cleanly, and gives back R's condition to be signalled again.
//!
//! A panic in the core is caught on the session thread; the panic hook prints nothing for it.
//!
//! A forked child (`parallel::mclapply`) has no copy of that thread: the first request there
//! starts its own, and the parent's sessions are not live in it.

use std::cell::RefCell;
use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::mpsc::{channel, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

use extendr_api::Robj;
use rheap_core::limits::{declare_stack, Budget, SESSION_STACK};
use rheap_core::Session;

/// How a request to a session ended.
pub enum Reply<T> {
    Done(T),
    /// R signalled this condition (an interrupt, a time limit) while the session ran; the session
    /// was stopped (with what it did until then) and is usable.
    Interrupted(T, Robj),
    /// Not a live session, or the core failed (a panic, caught): the message for the user.
    Failed(String),
}

type Job = Box<dyn FnOnce(&mut HashMap<u64, Session>) + Send>;

struct Worker {
    /// The process that started the thread.
    pid: u32,
    jobs: Sender<Job>,
}

/// Sessions alive on the R side, with their interrupt flags.
static LIVE: OnceLock<Mutex<HashMap<u64, Arc<AtomicBool>>>> = OnceLock::new();
static NEXT_ID: AtomicU64 = AtomicU64::new(1);
static WORKER: Mutex<Option<Worker>> = Mutex::new(None);
static PANIC_HOOK: std::sync::Once = std::sync::Once::new();

fn live() -> std::sync::MutexGuard<'static, HashMap<u64, Arc<AtomicBool>>> {
    LIVE.get_or_init(Default::default).lock().unwrap_or_else(|p| p.into_inner())
}

thread_local! {
    /// Set on the session thread: a panic there is reported as an R error, not printed.
    static QUIET: RefCell<Option<String>> = const { RefCell::new(None) };
}

const THREAD_NAME: &str = "rheap-sessions";

/// Where to send jobs: the session thread of this process, started on first use.
fn jobs() -> Sender<Job> {
    let mut w = WORKER.lock().unwrap_or_else(|p| p.into_inner());
    let pid = std::process::id();
    if w.as_ref().is_none_or(|w| w.pid != pid) {
        if w.is_some() {
            // a forked child: the parent's sessions are not here
            live().clear();
        }
        PANIC_HOOK.call_once(install_panic_hook);
        let (tx, rx) = channel::<Job>();
        std::thread::Builder::new()
            .name(THREAD_NAME.into())
            .stack_size(SESSION_STACK)
            .spawn(move || {
                declare_stack(SESSION_STACK);
                let mut sessions: HashMap<u64, Session> = HashMap::new();
                while let Ok(job) = rx.recv() {
                    job(&mut sessions);
                }
            })
            .expect("rheap: cannot start the simulation thread");
        *w = Some(Worker { pid, jobs: tx });
    }
    w.as_ref().expect("started above").jobs.clone()
}

/// Panics on the session thread print nothing (the message becomes the R error); others go to the
/// hook that was there before (another package's, or Rust's).
fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if std::thread::current().name() == Some(THREAD_NAME) {
            let msg = info
                .payload()
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| info.payload().downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            let place = info.location().map(|l| format!(" at {}:{}", l.file(), l.line())).unwrap_or_default();
            QUIET.with(|q| *q.borrow_mut() = Some(format!("{msg}{place}")));
        } else {
            previous(info);
        }
    }));
}

/// Time between two looks at R's interrupts while a session runs.
const POLL: Duration = Duration::from_millis(10);

/// Run `f` on the session thread and wait for its value, checking R's interrupts meanwhile.
fn run<T: Send + 'static>(
    f: impl FnOnce(&mut HashMap<u64, Session>) -> T + Send + 'static,
    flag: Option<Arc<AtomicBool>>,
) -> Reply<T> {
    let (tx, rx) = channel::<Result<T, String>>();
    let job: Job = Box::new(move |sessions| {
        let r = catch_unwind(AssertUnwindSafe(|| f(sessions)))
            .map_err(|_| QUIET.with(|q| q.borrow_mut().take()).unwrap_or_else(|| "a panic".into()));
        let _ = tx.send(r);
    });
    if jobs().send(job).is_err() {
        return Reply::Failed("rheap internal error: the simulation thread has stopped".into());
    }
    let mut interrupt: Option<Robj> = None;
    loop {
        match rx.recv_timeout(POLL) {
            Ok(Ok(v)) => {
                if let Some(f) = &flag {
                    f.store(false, Ordering::Relaxed);
                }
                return match interrupt {
                    Some(cond) => Reply::Interrupted(v, cond),
                    None => Reply::Done(v),
                };
            }
            Ok(Err(panic)) => {
                if let Some(f) = &flag {
                    f.store(false, Ordering::Relaxed);
                }
                return Reply::Failed(format!("rheap internal error (please report it): {panic}"));
            }
            Err(RecvTimeoutError::Timeout) => {
                if interrupt.is_none() {
                    if let Some(cond) = crate::rapi::pending_interrupt() {
                        // stop the simulation at its next step, then wait for it
                        if let Some(f) = &flag {
                            f.store(true, Ordering::Relaxed);
                        }
                        interrupt = Some(cond);
                    }
                }
            }
            Err(RecvTimeoutError::Disconnected) => {
                return Reply::Failed("rheap internal error: the simulation thread has stopped".into())
            }
        }
    }
}

/// A new session made by `make` on the session thread (from the sessions there); its number.
pub fn create(
    make: impl FnOnce(&HashMap<u64, Session>) -> Result<Session, String> + Send + 'static,
    max_steps: Option<u64>,
) -> Reply<Result<u64, String>> {
    let id = NEXT_ID.fetch_add(1, Ordering::Relaxed);
    let flag = Arc::new(AtomicBool::new(false));
    let budget = Budget { max_steps, interrupt: Some(flag.clone()) };
    let r = run(
        move |sessions| {
            let mut s = make(sessions)?;
            s.set_budget(budget);
            sessions.insert(id, s);
            Ok(id)
        },
        None,
    );
    if matches!(r, Reply::Done(Ok(_))) {
        live().insert(id, flag);
    }
    r
}

/// Whether `id` is a live session.
pub fn is_live(id: Option<u64>) -> bool {
    id.is_some_and(|id| live().contains_key(&id))
}

/// Run `f` on live session `id`.
pub fn with_session<T: Send + 'static>(
    id: Option<u64>,
    f: impl FnOnce(&mut Session) -> T + Send + 'static,
) -> Reply<T> {
    let Some(flag) = id.and_then(|id| live().get(&id).cloned()) else {
        return Reply::Failed(
            "`h` is not a live simulated session (sessions do not survive saving or a fork, and external \
             pointers of other packages are not sessions): make one with heap()"
                .into(),
        );
    };
    let id = id.expect("checked above");
    run(
        move |sessions| {
            let Some(s) = sessions.get_mut(&id) else { return Err(()) };
            match catch_unwind(AssertUnwindSafe(|| f(s))) {
                Ok(v) => Ok(v),
                Err(panic) => {
                    // back to the top level; a session whose heap no longer adds up is dropped
                    if !catch_unwind(AssertUnwindSafe(|| s.recover())).unwrap_or(false) {
                        sessions.remove(&id);
                    }
                    std::panic::resume_unwind(panic)
                }
            }
        },
        Some(flag),
    )
    .and_then(|r| {
        r.map_err(|_| {
            "rheap internal error: this session was lost after an internal error; make a new one with heap()"
                .to_string()
        })
    })
}

/// R collected the handle of session `id`: drop the session (without waiting).
pub fn forget(id: u64) {
    if live().remove(&id).is_none() {
        return;
    }
    let w = WORKER.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(w) = w.as_ref().filter(|w| w.pid == std::process::id()) {
        let job: Job = Box::new(move |sessions| {
            sessions.remove(&id);
        });
        let _ = w.jobs.send(job);
    }
}

impl<T> Reply<T> {
    fn and_then<U>(self, f: impl FnOnce(T) -> Result<U, String>) -> Reply<U> {
        match self {
            Reply::Done(v) => match f(v) {
                Ok(u) => Reply::Done(u),
                Err(m) => Reply::Failed(m),
            },
            Reply::Interrupted(v, c) => match f(v) {
                Ok(u) => Reply::Interrupted(u, c),
                Err(m) => Reply::Failed(m),
            },
            Reply::Failed(m) => Reply::Failed(m),
        }
    }
}
