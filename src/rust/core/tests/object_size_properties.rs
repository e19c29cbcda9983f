//! Properties of `object.size()` of vectors (spec §7.1, `size.c: objectsize`): within a type the
//! size never decreases as the length grows, and it equals the documented formula — a 48-byte
//! vector header plus the data in object.size's buckets (0, 8, 16, 32, 48, 64, 128 bytes, then
//! whole Vcells), plus each distinct CHARSXP of a character vector. Checked at every length up
//! to 2100 and at large ones (1e5 .. 2^31 + 1 elements, where only the length is simulated).

use rheap_core::{HeapConfig, Session};

/// object.size's rounding of a vector's data (`vcnt` Vcells) to bytes.
fn bucket(vcells: u64) -> u64 {
    match vcells {
        0 => 0,
        1 => 8,
        2 => 16,
        3..=4 => 32,
        5..=6 => 48,
        7..=8 => 64,
        9..=16 => 128,
        v => 8 * v,
    }
}

/// Vcells of `n` elements of `bytes_per_element` bytes.
fn vcells(n: u64, bytes_per_element: u64) -> u64 {
    (n * bytes_per_element).div_ceil(8)
}

const HEADER: u64 = 48;
/// A CHARSXP of a 1-byte string ("a") or the empty string: header and one Vcell.
const SHORT_CHARSXP: u64 = 56;

struct Kind {
    make: fn(u64) -> String,
    formula: fn(u64) -> u64,
}

const KINDS: &[(&str, Kind)] = &[
    ("double", Kind { make: |n| format!("numeric({n})"), formula: |n| HEADER + bucket(vcells(n, 8)) }),
    ("integer", Kind { make: |n| format!("integer({n})"), formula: |n| HEADER + bucket(vcells(n, 4)) }),
    ("logical", Kind { make: |n| format!("logical({n})"), formula: |n| HEADER + bucket(vcells(n, 4)) }),
    ("raw", Kind { make: |n| format!("raw({n})"), formula: |n| HEADER + bucket(vcells(n, 1)) }),
    ("complex", Kind { make: |n| format!("complex({n})"), formula: |n| HEADER + bucket(vcells(n, 16)) }),
    ("list", Kind { make: |n| format!("vector(\"list\", {n})"), formula: |n| HEADER + bucket(vcells(n, 8)) }),
    (
        // one shared CHARSXP, counted once
        "rep(\"a\")",
        Kind {
            make: |n| format!("rep(\"a\", {n})"),
            formula: |n| HEADER + bucket(vcells(n, 8)) + if n > 0 { SHORT_CHARSXP } else { 0 },
        },
    ),
];

fn size(s: &mut Session, code: &str) -> u64 {
    s.eval(&format!("x <- {code}"), false);
    let (bytes, _, _) = s.object_size("x").unwrap_or_else(|e| panic!("{code}: {e}"));
    bytes as u64
}

#[test]
fn size_is_monotone_in_length_and_follows_the_formula() {
    let config = HeapConfig { host_memory: u64::MAX / 4, vsize: u64::MAX / 4, ..HeapConfig::default() };
    let lengths: Vec<u64> = (0..=2100).chain([100_000, 1_000_000, 123_456_789, (1 << 31) + 1]).collect();
    for (name, kind) in KINDS {
        let mut s = Session::new(config.clone()).unwrap();
        let mut previous = 0;
        for &n in &lengths {
            let got = size(&mut s, &(kind.make)(n));
            assert_eq!(got, (kind.formula)(n), "object.size of {name} of length {n}");
            assert!(got >= previous, "object.size of {name} decreases at length {n}: {previous} then {got}");
            previous = got;
            s.eval("rm(x)", false);
        }
    }
}
