//! The fuzz campaign (tools/fuzz/run.sh): random and mutated R programs and random bytes through the
//! parser, the evaluator and every entry point of a session, each batch of cases in a child process
//! so that a crash or a hang is counted, not lived through.
//!
//! `fuzz [--cases N] [--batch B] [--seed S] [--seeds DIR ...] [--timeout SECS] [--max-steps K]
//! [--max-rss MB]` runs N cases (B per child, default 500) and prints the figures: cases run,
//! crashes (a child killed by a signal or exiting abnormally), hangs (a child past SECS), escaped
//! panics (a panic the core raised and the binding would have had to catch; heap invariant
//! violations among them), cases whose host memory passed MB (default 2048: host memory must follow
//! the live simulated objects, not their simulated sizes), R errors, and the cases that failed,
//! each with the input that reproduces it (`fuzz --case SEED:I` runs one case and prints it).
//! Heap invariants are checked after every simulated collection (release builds included).
//! Exit status 1 when anything but R errors happened.

use std::io::{BufRead, BufReader, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use rheap_core::lang::builtins::Registry;
use rheap_core::limits::Budget;
use rheap_core::{HeapConfig, Session};

fn main() {
    rheap_core::limits::with_stack(rheap_core::limits::SESSION_STACK, run);
}

struct Opts {
    cases: u64,
    batch: u64,
    seed: u64,
    seeds: Vec<PathBuf>,
    timeout: u64,
    max_steps: u64,
    max_rss_mb: u64,
}

fn run() {
    let args: Vec<String> = std::env::args().collect();
    let mut o = Opts {
        cases: 100_000,
        batch: 500,
        seed: 1,
        seeds: Vec::new(),
        timeout: 120,
        max_steps: 20_000,
        max_rss_mb: 2048,
    };
    let mut child: Option<(u64, u64)> = None;
    let mut one: Option<(u64, u64)> = None;
    let mut i = 1;
    while i < args.len() {
        let val = |k: usize| args.get(k).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--cases" => o.cases = val(i + 1).parse().expect("--cases N"),
            "--batch" => o.batch = val(i + 1).parse().expect("--batch B"),
            "--seed" => o.seed = val(i + 1).parse().expect("--seed S"),
            "--timeout" => o.timeout = val(i + 1).parse().expect("--timeout SECS"),
            "--max-steps" => o.max_steps = val(i + 1).parse().expect("--max-steps K"),
            "--max-rss" => o.max_rss_mb = val(i + 1).parse().expect("--max-rss MB"),
            "--seeds" => o.seeds.push(PathBuf::from(val(i + 1))),
            "--child" => {
                let (a, b) = val(i + 1).split_once(':').map(|(a, b)| (a.to_string(), b.to_string())).unwrap();
                child = Some((a.parse().unwrap(), b.parse().unwrap()));
            }
            "--case" => {
                let (a, b) = val(i + 1).split_once(':').map(|(a, b)| (a.to_string(), b.to_string())).unwrap();
                one = Some((a.parse().unwrap(), b.parse().unwrap()));
            }
            other => panic!("unknown argument {other}"),
        }
        i += 2;
    }
    let corpus = Corpus::load(&o.seeds);
    if let Some((seed, k)) = one {
        let case = corpus.case(seed, k);
        println!("kind: {}\n{}", case.kind, String::from_utf8_lossy(&case.input));
        return;
    }
    match child {
        Some((from, count)) => run_child(&o, &corpus, from, count),
        None => run_parent(&o),
    }
}

/// The child's resident memory in MB (Linux: `/proc/self/statm`, pages of 4 KB).
fn rss_mb() -> Option<u64> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: u64 = statm.split_whitespace().nth(1)?.parse().ok()?;
    Some((pages * 4096) >> 20)
}

/// The child: cases `from..from + count`, one line each on stdout (`start I` before, then
/// `ok I`, `error I`, or `panic I message`); a case whose host memory passes the limit ends the
/// child (`memory I MB`).
fn run_child(o: &Opts, corpus: &Corpus, from: u64, count: u64) {
    // `--child A:B` runs cases A..A+B; with RHEAP_FUZZ_ONLY=I,J,.. those cases (to replay a failure)
    let list: Vec<u64> = match std::env::var("RHEAP_FUZZ_ONLY") {
        Ok(l) => l.split(',').filter_map(|k| k.parse().ok()).collect(),
        Err(_) => (from..from + count).collect(),
    };
    rheap_core::heap::check_invariants_after_collections(true);
    let current = std::sync::Arc::new(std::sync::atomic::AtomicU64::new(u64::MAX));
    let watched = current.clone();
    let cap = o.max_rss_mb;
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_millis(20));
        if let Some(mb) = rss_mb().filter(|&mb| mb > cap) {
            let k = watched.load(std::sync::atomic::Ordering::Relaxed);
            let mut out = std::io::stdout().lock();
            let _ = writeln!(out, "memory {k} {mb}");
            let _ = out.flush();
            std::process::exit(3);
        }
    });
    let stdout = std::io::stdout();
    // the panic message goes to the parent's report, not to the terminal
    std::panic::set_hook(Box::new(|_| {}));
    let budget = Budget { max_steps: Some(o.max_steps), interrupt: None };
    let new_session = || {
        let mut s = Session::new(HeapConfig::default()).expect("a session");
        s.set_budget(budget.clone());
        s
    };
    let mut s = new_session();
    for k in list {
        let case = corpus.case(o.seed, k);
        current.store(k, std::sync::atomic::Ordering::Relaxed);
        let mut out = stdout.lock();
        writeln!(out, "start {k}").unwrap();
        out.flush().unwrap();
        drop(out);
        let r = catch_unwind(AssertUnwindSafe(|| exercise(&mut s, &case)));
        let mut out = stdout.lock();
        match r {
            Ok(true) => writeln!(out, "error {k}").unwrap(),
            Ok(false) => writeln!(out, "ok {k}").unwrap(),
            Err(p) => {
                let msg = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                writeln!(out, "panic {k} {}", msg.replace('\n', " ")).unwrap();
                // as the binding does: back to the top level, or a new session
                if !catch_unwind(AssertUnwindSafe(|| s.recover())).unwrap_or(false) {
                    s = new_session();
                }
            }
        }
        // a session that has grown large is replaced (as a user would start a new one)
        if s.heap().n_objects() > 2_000_000 || (k - from) % 100 == 99 {
            s = new_session();
        }
    }
}

/// One case through a session's entry points; whether it ended in an R error.
fn exercise(s: &mut Session, case: &Case) -> bool {
    let outcome = match case.kind {
        Kind::Bytes => s.eval_bytes(&case.input, true),
        _ if case.input.len().is_multiple_of(3) => s.source_bytes(&case.input),
        _ => s.eval_bytes(&case.input, true),
    };
    let error = outcome.error.is_some();
    // the other entry points, on whatever state the case left
    let text = String::from_utf8_lossy(&case.input);
    let first = text.lines().next().unwrap_or("");
    let _ = s.object_size(first);
    let _ = s.gc(
        case.input.len().is_multiple_of(2),
        case.input.len().is_multiple_of(5),
        case.input.len().is_multiple_of(7),
    );
    let _ = s.gcinfo(None);
    let _ = s.events().len() + s.copies().len() + s.notes().len() + s.pool().len();
    let _ = s.summary();
    error
}

fn run_parent(o: &Opts) {
    let exe = std::env::current_exe().expect("this program");
    let t0 = Instant::now();
    let mut f = Figures::default();
    let mut from = 0;
    while from < o.cases {
        let count = o.batch.min(o.cases - from);
        let mut args = vec![
            "--child".to_string(),
            format!("{from}:{count}"),
            "--seed".into(),
            o.seed.to_string(),
            "--max-steps".into(),
            o.max_steps.to_string(),
            "--max-rss".into(),
            o.max_rss_mb.to_string(),
        ];
        for d in &o.seeds {
            args.push("--seeds".into());
            args.push(d.display().to_string());
        }
        let mut child = Command::new(&exe)
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("a child process");
        let stdout = child.stdout.take().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                if tx.send(line).is_err() {
                    break;
                }
            }
        });
        let deadline = Instant::now() + Duration::from_secs(o.timeout);
        let mut last_started: Option<u64> = None;
        let mut done = 0;
        let mut hung = false;
        let mut over_memory = false;
        loop {
            match rx.recv_timeout(Duration::from_millis(100)) {
                Ok(line) => {
                    let mut w = line.splitn(3, ' ');
                    let (tag, k) = (w.next().unwrap_or(""), w.next().and_then(|k| k.parse::<u64>().ok()));
                    match (tag, k) {
                        ("start", Some(k)) => last_started = Some(k),
                        ("ok", Some(_)) => {
                            f.ok += 1;
                            done += 1;
                        }
                        ("error", Some(_)) => {
                            f.r_errors += 1;
                            done += 1;
                        }
                        ("panic", Some(k)) => {
                            let msg = w.next().unwrap_or("");
                            f.panics += 1;
                            if msg.starts_with("heap invariant violated") {
                                f.invariant_violations += 1;
                            }
                            done += 1;
                            f.failed.push(format!("panic {}:{k} {msg}", o.seed));
                        }
                        ("memory", Some(k)) => {
                            over_memory = true;
                            f.memory += 1;
                            let mb = w.next().unwrap_or("?");
                            f.failed
                                .push(format!("memory {}:{k} (host RSS {mb} MB, over {} MB)", o.seed, o.max_rss_mb));
                        }
                        _ => {}
                    }
                }
                Err(std::sync::mpsc::RecvTimeoutError::Timeout) => {
                    if Instant::now() > deadline {
                        hung = true;
                        let _ = child.kill();
                        break;
                    }
                }
                Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => break,
            }
        }
        let status = child.wait().expect("the child's status");
        if over_memory {
            // the case is counted; the rest of the batch runs in the next child
        } else if hung {
            f.hangs += 1;
            f.failed.push(format!("hang {}:{} (batch past {} s)", o.seed, last_started.unwrap_or(from), o.timeout));
        } else if !status.success() || done < count {
            f.crashes += 1;
            f.failed.push(format!("crash {}:{} ({status})", o.seed, last_started.unwrap_or(from)));
        }
        // the cases after a crash or a hang run in the next child
        from = last_started.map_or(from + count, |k| if done < count { k + 1 } else { from + count });
    }
    f.cases = f.ok + f.r_errors + f.panics + f.crashes + f.hangs + f.memory;
    let secs = t0.elapsed().as_secs_f64();
    println!(
        "fuzz seed {}: {} cases in {:.0} s ({:.0}/s): {} ran without error, {} ended in R errors; \
         {} crashes, {} hangs, {} escaped panics ({} heap invariant violations), {} cases over {} MB of host memory",
        o.seed,
        f.cases,
        secs,
        f.cases as f64 / secs,
        f.ok,
        f.r_errors,
        f.crashes,
        f.hangs,
        f.panics,
        f.invariant_violations,
        f.memory,
        o.max_rss_mb
    );
    for l in f.failed.iter().take(50) {
        println!("  {l}");
    }
    if f.crashes + f.hangs + f.panics + f.memory > 0 {
        std::process::exit(1);
    }
}

#[derive(Default)]
struct Figures {
    cases: u64,
    ok: u64,
    r_errors: u64,
    crashes: u64,
    hangs: u64,
    panics: u64,
    invariant_violations: u64,
    memory: u64,
    failed: Vec<String>,
}

#[derive(Clone, Copy, Debug)]
enum Kind {
    /// A program from the generator.
    Random,
    /// A seed script, mutated.
    Mutated,
    /// Random bytes (some R-like, some not UTF-8).
    Bytes,
}

impl std::fmt::Display for Kind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{self:?}")
    }
}

struct Case {
    kind: Kind,
    input: Vec<u8>,
}

/// splitmix64: the cases are a function of (seed, index), so any one can be replayed.
struct Rng(u64);

impl Rng {
    fn new(seed: u64, k: u64) -> Rng {
        let mut r = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ k.wrapping_mul(0xD1B5_4A32_D192_ED03));
        r.next();
        r
    }
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn pick<'a, T>(&mut self, v: &'a [T]) -> &'a T {
        &v[self.below(v.len())]
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 > 1.0 - p
    }
}

struct Corpus {
    scripts: Vec<Vec<u8>>,
    functions: Vec<&'static str>,
}

/// Values the generator and the mutations use: R's special values and sizes near its limits.
const ATOMS: &[&str] = &[
    "1",
    "0",
    "-1",
    "1L",
    "2.5",
    "NA",
    "NA_integer_",
    "NA_real_",
    "NA_character_",
    "NaN",
    "Inf",
    "-Inf",
    "TRUE",
    "FALSE",
    "NULL",
    "'a'",
    "\"\"",
    "\"\\xff\"",
    "'\\u00e9'",
    "1e308",
    "1e-308",
    "2147483647L",
    "-2147483647L",
    "1e9",
    "1e15",
    "2^31",
    "2^53",
    "4503599627370496",
    "1:3",
    "1:1e6",
    "c(1, NA, 3)",
    "list()",
    "list(1, 'a')",
    "character(0)",
    "numeric(0)",
    "integer(0)",
    "matrix(1:6, 2)",
    "data.frame(a = 1:2)",
    "factor(c('a', 'b'))",
    "quote(x)",
    "quote(f(x))",
    "function(x) x",
    "new.env()",
    "globalenv()",
    "emptyenv()",
    "x",
    "y",
    "...",
    "letters",
    "1i",
    "as.raw(255)",
    "-0",
    "0x10",
    "1e",
    ".Machine$integer.max",
    "environment()",
    "sys.call()",
];

const NAMES: &[&str] = &["x", "y", "z", "f", "g", "l", "e", "i", "a", "b", "T", "c", "`my var`"];

const TOKENS: &[&str] = &[
    "(", ")", "{", "}", "[", "]", "[[", "]]", ",", ",,", ";", "\n", "<-", "<<-", "->", "=", "==", "+", "-", "*", "/",
    "^", "%%", "%/%", "%in%", "%o%", ":", "::", ":::", "$", "@", "~", "?", "!", "&&", "||", "&", "|", "|>", "\\(x)",
    "function", "if", "else", "for", "while", "repeat", "break", "next", "in", "'", "\"", "`", "#", "\\", "...", "..1",
    "..2", "'\\", "\"\\x", "\\u{", "r\"(", ")\"", "1e", "0x", "1e5000", "1L", "1i",
];

impl Corpus {
    fn load(dirs: &[PathBuf]) -> Corpus {
        let mut scripts = Vec::new();
        let mut stack: Vec<PathBuf> = dirs.to_vec();
        while let Some(d) = stack.pop() {
            let Ok(rd) = std::fs::read_dir(&d) else { continue };
            let mut entries: Vec<PathBuf> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
            entries.sort();
            for p in entries {
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|e| e == "R") {
                    if let Ok(b) = std::fs::read(&p) {
                        if b.len() < 20_000 {
                            scripts.push(b);
                        }
                    }
                }
            }
        }
        if scripts.is_empty() {
            scripts.push(b"x <- c(1, 2, 3)\nf <- function(n) if (n < 2) n else f(n - 1) + f(n - 2)\nf(10)\n".to_vec());
        }
        let mut functions: Vec<&'static str> = Registry::names().to_vec();
        functions.sort();
        Corpus { scripts, functions }
    }

    fn case(&self, seed: u64, k: u64) -> Case {
        let mut r = Rng::new(seed, k);
        match r.below(10) {
            0..=3 => Case { kind: Kind::Random, input: self.program(&mut r).into_bytes() },
            4..=8 => Case { kind: Kind::Mutated, input: self.mutated(&mut r) },
            _ => Case { kind: Kind::Bytes, input: bytes(&mut r) },
        }
    }

    /// A random program: statements of calls of the simulated functions on random arguments.
    fn program(&self, r: &mut Rng) -> String {
        let n = 1 + r.below(6);
        let mut out = String::new();
        for _ in 0..n {
            let s = match r.below(8) {
                0 => format!("{} <- {}", r.pick(NAMES), self.expr(r, 3)),
                1 => format!("for (i in {}) {}", self.expr(r, 1), self.expr(r, 2)),
                2 => format!("if ({}) {} else {}", self.expr(r, 1), self.expr(r, 2), self.expr(r, 2)),
                3 => format!("f <- function(x, ...) {{ {} }}; f({})", self.expr(r, 2), self.expr(r, 2)),
                4 => format!("tryCatch({}, error = function(e) conditionMessage(e))", self.expr(r, 3)),
                5 => format!("{}[{}] <- {}", r.pick(NAMES), self.expr(r, 1), self.expr(r, 2)),
                _ => self.expr(r, 3),
            };
            out.push_str(&s);
            out.push(if r.chance(0.2) { ';' } else { '\n' });
        }
        out
    }

    fn expr(&self, r: &mut Rng, depth: u32) -> String {
        if depth == 0 || r.chance(0.3) {
            return r.pick(ATOMS).to_string();
        }
        match r.below(6) {
            0 => {
                let ops = ["+", "-", "*", "/", "^", "==", "<", "&", "|", "%%", ":", "&&", "%in%"];
                format!("({} {} {})", self.expr(r, depth - 1), r.pick(&ops), self.expr(r, depth - 1))
            }
            1 => format!("{}[[{}]]", self.expr(r, depth - 1), self.expr(r, depth - 1)),
            _ => {
                let f = r.pick(&self.functions);
                let nargs = r.below(4);
                let args: Vec<String> = (0..nargs)
                    .map(|_| {
                        let v = self.expr(r, depth - 1);
                        if r.chance(0.2) {
                            format!("{} = {v}", r.pick(&["x", "n", "length.out", "times", "each", "na.rm", "i"]))
                        } else if r.chance(0.05) {
                            String::new()
                        } else {
                            v
                        }
                    })
                    .collect();
                let fname = if f.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '_') {
                    f.to_string()
                } else {
                    format!("`{f}`")
                };
                format!("{fname}({})", args.join(", "))
            }
        }
    }

    /// A seed script with a few random edits.
    fn mutated(&self, r: &mut Rng) -> Vec<u8> {
        let mut s = r.pick(&self.scripts).clone();
        for _ in 0..1 + r.below(4) {
            let len = s.len().max(1);
            let at = r.below(len).min(s.len());
            match r.below(7) {
                0 => {
                    let end = (at + r.below(40)).min(s.len());
                    s.drain(at..end);
                }
                1 => {
                    let end = (at + r.below(80)).min(s.len());
                    let piece = s[at..end].to_vec();
                    let to = r.below(s.len() + 1);
                    s.splice(to..to, piece);
                }
                2 => {
                    let t = r.pick(TOKENS).as_bytes().to_vec();
                    s.splice(at..at, t);
                }
                3 => {
                    let t = r.pick(ATOMS).as_bytes().to_vec();
                    s.splice(at..at, t);
                }
                4 => s.truncate(at),
                5 => {
                    // a number made extreme
                    if let Some(p) = s[at..].iter().position(|b| b.is_ascii_digit()) {
                        let v = r.pick(&["1e9", "-1", "0", "NA", "1e15", "2147483648", "4503599627370496"]).as_bytes();
                        s.splice(at + p..at + p + 1, v.iter().copied());
                    }
                }
                _ => {
                    if !s.is_empty() {
                        let k = r.below(s.len());
                        s[k] = (r.next() & 0xff) as u8;
                    }
                }
            }
        }
        s
    }
}

/// Random bytes: R tokens, ASCII and arbitrary bytes.
fn bytes(r: &mut Rng) -> Vec<u8> {
    let n = r.below(200);
    let mut v = Vec::with_capacity(n);
    let mode = r.below(3);
    for _ in 0..n {
        match mode {
            0 => v.extend_from_slice(r.pick(TOKENS).as_bytes()),
            1 => v.push(b' ' + (r.next() % 95) as u8),
            _ => v.push((r.next() & 0xff) as u8),
        }
    }
    v
}
