//! Benchmarks (not tests): simulated allocations per second in the core, and simulating the
//! public workloads against the time real R takes to run them (timed in the same run when `Rscript`
//! is on the PATH, else `elapsed_s` in each trace), and a scalar loop in both.
//! `cargo run --release -p rheap-core --example bench`

use std::time::Instant;

use rheap_core::heap::{Body, Heap, Num, Obj, SexpType};
use rheap_core::{GcMatrix, HeapConfig, Session};

/// Allocate small vectors as fast as the heap takes them; collections happen as in R.
fn allocations_per_second() -> f64 {
    let mut heap = Heap::new(&HeapConfig::default());
    heap.install_static(273_000, 458_000);
    let n = 20_000_000u64;
    let t = Instant::now();
    for i in 0..n {
        let mark = heap.root_mark();
        heap.alloc(Obj::vector(SexpType::Real, 1 + (i % 8), Body::Num(Num::Unknown))).unwrap();
        heap.release_to(mark, None);
    }
    n as f64 / t.elapsed().as_secs_f64()
}

fn peak_rss_kb() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .map(|l| l.split_whitespace().nth(1).unwrap_or("0").parse().unwrap_or(0))
        })
        .unwrap_or(0)
}

fn main() {
    // first, before anything else grows the process: a 1e12-element matrix (host memory set
    // large enough for the simulated malloc to succeed)
    let mut s = Session::new(HeapConfig { host_memory: u64::MAX / 4, ..HeapConfig::default() }).unwrap();
    let out = s.eval(
        "x <- matrix(0, nrow = 1e6, ncol = 1e6)\ny <- x[, 1:3]\nz <- sort(runif(1e8))\nu <- unique(runif(1e8))\n\
         d <- data.frame(a = 1:1e7, b = runif(1e7))\nh <- head(d)\nw <- which(runif(1e8) > 0.5)\nv <- numeric(2e8)\nv1 <- v[1:1e8]\nv2 <- v[-1]\ngc()",
        false,
    );
    println!(
        "a 1e12-element matrix, then indexing, sort, unique, which, a data frame of 1e7 rows ({}): peak RSS {} MB",
        if out.error.is_none() { "simulated" } else { "refused" },
        peak_rss_kb() / 1024
    );

    let rate = allocations_per_second();
    println!("core: {:.1} million simulated allocations/s (target >= 20)", rate / 1e6);

    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../tests/fixtures/public/workloads");
    let mut names: Vec<_> =
        std::fs::read_dir(&dir).map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect()).unwrap_or_default();
    names.retain(|p| p.extension().is_some_and(|x| x == "R") && p.with_extension("json").exists());
    names.sort();
    println!("\n{:<12} {:>10} {:>10} {:>9}", "workload", "R (s)", "rheap (s)", "speed-up");
    for p in names {
        let j: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(p.with_extension("json")).unwrap()).unwrap();
        // R timed now on this machine when Rscript is here, else the trace's recorded time
        let r_time = r_file_seconds(&p).or(j["elapsed_s"].as_f64()).unwrap_or(f64::NAN);
        let s0 = &j["start"];
        let f = |k: &str| s0[k].as_f64().unwrap();
        let m = GcMatrix {
            values: [
                f("ncells_used"),
                f("vcells_used"),
                0.0,
                0.0,
                f("ncells_trigger"),
                f("vcells_trigger"),
                0.0,
                0.0,
                f64::NAN,
                f64::NAN,
                f("ncells_max_used"),
                f("vcells_max_used"),
                0.0,
                0.0,
            ],
        };
        let code = std::fs::read_to_string(&p).unwrap();
        let t = Instant::now();
        let mut s = Session::from_gc(&m, HeapConfig::default()).unwrap();
        s.gcinfo(Some(true));
        let _ = s.source(&code);
        let secs = t.elapsed().as_secs_f64();
        println!(
            "{:<12} {:>10.3} {:>10.4} {:>8.1}x",
            p.file_stem().unwrap().to_string_lossy(),
            r_time,
            secs,
            r_time / secs
        );
    }

    // the scalar loop, here and in real R (when Rscript is on the PATH), best of 3 each
    const SCALAR_LOOP: &str = "s <- 0\nfor (i in 1:1000000) s <- s + i";
    let rheap_s = (0..3)
        .map(|_| {
            // like R's system.time(): the session's start-up is not part of it
            let mut s = Session::new(HeapConfig::default()).unwrap();
            let t = Instant::now();
            let _ = s.eval(SCALAR_LOOP, false);
            t.elapsed().as_secs_f64()
        })
        .fold(f64::INFINITY, f64::min);
    match r_seconds(SCALAR_LOOP) {
        Some(r) => println!(
            "\nscalar loop, 1e6 iterations: rheap {rheap_s:.3} s, R {r:.3} s: rheap takes {:.2}x R's time",
            rheap_s / r
        ),
        None => println!("\nscalar loop, 1e6 iterations: rheap {rheap_s:.3} s (Rscript not found)"),
    }
}

/// `system.time()` elapsed seconds of sourcing `path` in `Rscript --vanilla` (output discarded).
fn r_file_seconds(path: &std::path::Path) -> Option<f64> {
    let expr = format!("cat(system.time(capture.output(source({:?})))[[3]])", path.to_string_lossy());
    let out = std::process::Command::new("Rscript").args(["--vanilla", "-e", &expr]).output().ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

/// Seconds real R takes to run `code` as top-level code of a fresh `Rscript --vanilla` (as the
/// simulator runs it: loops compiled by R's JIT, the compiler loaded on first use), best of 3.
fn r_seconds(code: &str) -> Option<f64> {
    let expr = format!(".t0 <- proc.time()[[3L]]\n{code}\ncat(proc.time()[[3L]] - .t0)");
    (0..3)
        .filter_map(|_| {
            let out = std::process::Command::new("Rscript").args(["--vanilla", "-e", &expr]).output().ok()?;
            String::from_utf8_lossy(&out.stdout).trim().parse::<f64>().ok()
        })
        .reduce(f64::min)
}
