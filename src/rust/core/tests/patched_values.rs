//! Long vectors whose values are known but for a few places (a fill or a sequence with patches)
//! keep them known through subassignment, indexing, arithmetic, `c()`, `sum()`, `mean()`,
//! `max()`, `any()`, printing; and the host holds the patches, not the vectors. The expected
//! output of each snippet is what `Rscript --vanilla -e SNIPPET` printed (R 4.2.2).

use rheap_core::heap::{Body, Num, ObjId};
use rheap_core::{HeapConfig, Session, Stream};

const CASES: &[(&str, &str)] = &[
    (
        "y <- numeric(1e6); y[1] <- 1; x <- 1:1e6; print(c(x[1], y[1]))",
        "[1] 1 1\n",
    ),
    (
        "y <- numeric(1e6); y[10] <- 5; y[999999] <- -2.5; print(y[c(1, 10, 999999, 1e6)]); print(sum(y)); print(mean(y))",
        "[1]  0.0  5.0 -2.5  0.0\n[1] 2.5\n[1] 2.5e-06\n",
    ),
    (
        "y <- numeric(1e6); y[3] <- 2; print(head(y)); print(tail(y, 2)); print(y[[3]])",
        "[1] 0 0 2 0 0 0\n[1] 0 0\n[1] 2\n",
    ),
    (
        "y <- numeric(1e6); y[2] <- 4; z <- y * 2 + 1; print(z[1:3]); print(sum(z > 1)); print(max(z)); print(min(-z))",
        "[1] 1 9 1\n[1] 1\n[1] 9\n[1] -9\n",
    ),
    (
        "x <- 1:1e6; x[5] <- 0L; print(x[4:6]); print(sum(x)); print(typeof(x)); print(max(x)); print(min(x))",
        "[1] 4 0 6\n[1] 500000499995\n[1] \"integer\"\n[1] 1000000\n[1] 0\n",
    ),
    (
        "s <- seq(1, 2e5, by = 1); s[100] <- NA; print(s[99:101]); print(anyNA(s)); print(sum(s, na.rm = TRUE)); print(sum(s))",
        "[1]  99  NA 101\n[1] TRUE\n[1] 20000099900\n[1] NA\n",
    ),
    (
        "v <- rep(3L, 1e5); v[2] <- NA; print(is.na(v)[1:3]); print(any(v > 3)); print(any(v > 3, na.rm = TRUE)); print(all(v == 3, na.rm = TRUE))",
        "[1] FALSE  TRUE FALSE\n[1] NA\n[1] FALSE\n[1] TRUE\n",
    ),
    (
        "y <- numeric(1e6); u <- c(y, 7); print(length(u)); print(u[1000001]); w <- c(2, y); print(w[1:2]); print(sum(w))",
        "[1] 1000001\n[1] 7\n[1] 2 0\n[1] 2\n",
    ),
    (
        "g <- numeric(1e5); for (i in 1:10) g[i] <- i^2; print(g[1:12]); print(sum(g)); print(mean(g))",
        " [1]   1   4   9  16  25  36  49  64  81 100   0   0\n[1] 385\n[1] 0.00385\n",
    ),
    (
        "y <- numeric(1e6); y[1] <- 1; k <- y; k[1] <- 100; print(c(k[1], y[1])); h <- -k; print(h[1:2])",
        "[1] 100   1\n[1] -100    0\n",
    ),
    (
        "e <- numeric(1e6); e[1e6 + 1] <- 9; print(length(e)); print(e[1e6:(1e6 + 1)]); e[1e6 + 3] <- 1; print(e[(1e6 + 1):(1e6 + 3)])",
        "[1] 1000001\n[1] 0 9\n[1]  9 NA  1\n",
    ),
    (
        "y <- numeric(1e6); y[1] <- 0.1; y[2] <- 0.2; print(y[1] + y[2]); print(sum(y[1:2])); if (y[2] > y[1]) print(\"ordered\")",
        "[1] 0.3\n[1] 0.3\n[1] \"ordered\"\n",
    ),
    (
        "y <- numeric(2e5); y[7] <- 3; d <- y - y; print(sum(d)); m <- y * y; print(m[7]); q <- y / 2; print(q[6:7])",
        "[1] 0\n[1] 9\n[1] 0.0 1.5\n",
    ),
];

#[test]
fn patched_vectors_print_what_r_prints() {
    let mut problems = Vec::new();
    for (code, want) in CASES {
        let mut s = Session::new(HeapConfig::default()).unwrap();
        let out = s.eval(code, true);
        let got: String =
            out.output.chunks.iter().filter(|(s, _)| *s == Stream::Stdout).map(|(_, c)| c.as_str()).collect();
        if out.error.is_some() || got != *want {
            problems.push(format!("{code}\n--- R\n{want}--- rheap\n{got}{:?}", out.error));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The most patches any numeric vector of length `len` in the session's heap holds (garbage not
/// yet swept included).
fn most_patches(s: &Session, len: u64) -> Option<usize> {
    let heap = s.heap();
    (0..heap.n_objects() as u32)
        .map(ObjId)
        .filter_map(|id| {
            let o = heap.obj(id);
            match &o.body {
                Body::Num(Num::Patched(p)) if o.length == len => Some(p.patches.len()),
                _ => None,
            }
        })
        .max()
}

#[test]
fn host_memory_follows_the_patches() {
    let mut s = Session::new(HeapConfig::default()).unwrap();
    let out = s.eval("y <- numeric(1e8); for (i in 1:3000) y[i * 1000] <- i; print(sum(y)); print(y[2999000])", true);
    assert_eq!(out.output.text(Stream::Stdout), "[1] 4501500\n[1] 2999\n");
    assert_eq!(most_patches(&s, 100_000_000), Some(3000));
    // past MAX_PATCHES the values are given up rather than held (R prints -1)
    let out = s.eval("for (i in 1:5000) y[i] <- -i; print(y[1])", true);
    assert_eq!(out.output.text(Stream::Stdout), "<double vector of length 1: values not simulated>\n");
    assert!(most_patches(&s, 100_000_000).is_some_and(|n| n <= rheap_core::heap::MAX_PATCHES));
}
