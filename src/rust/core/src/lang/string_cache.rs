//! What R's CHARSXP cache holds when a session starts, as the heap's model of it needs
//! ([`crate::heap::string_hash`]): the names of the start-up symbols, known one by one, and the
//! other start-up strings, known only by their number and standing in as well-spread hashes.
//!
//! That number is derived from `data/string-hash-growth.tsv` (tools/calibrate/string_hash.R): for
//! each family of strings `PREFIX1, PREFIX2, …`, the least k for which `paste0(PREFIX, seq_len(k))`
//! grows the table in a fresh session. `paste0` coerces the sequence to a deferred string whose
//! elements it reads, so the cache then holds "1" … "k" as well as the pasted strings. For each
//! family the least number of stand-ins that puts more than 85 % of the slots in use with the
//! family's 2k strings is found; the median over the families is the start-up's.

use std::rc::Rc;

use once_cell::sync::Lazy;

use super::base_loads::data_rows;
use crate::heap::string_hash::{char_hash, char_hash_from, pseudo_hashes, Slots, CHAR_HASH_SIZE};

/// Seed of the stand-ins' hashes.
const BACKGROUND_SEED: u64 = 0x5EED;

fn symbol_hashes() -> Vec<u32> {
    super::symbols::startup_symbol_names().map(|s| char_hash(s.as_bytes())).collect()
}

/// The measured families: prefix and the least k that grows the table.
fn families() -> Vec<(&'static str, usize)> {
    data_rows(include_str!("../../data/string-hash-growth.tsv"))
        .skip(1)
        .map(|l| {
            let (p, k) = l.split_once('\t').expect("string-hash-growth.tsv: prefix<TAB>k");
            (p, k.parse().expect("string-hash-growth.tsv: k"))
        })
        .collect()
}

/// The least number of stand-ins with which the start-up strings and `paste0(prefix, 1:k)` (with
/// the coerced "1" … "k") fill more than 85 % of the slots.
fn stand_ins_for(symbols: &[u32], prefix: &str, k: usize) -> usize {
    let mut slots = Slots::new(CHAR_HASH_SIZE);
    symbols.iter().for_each(|&h| slots.add(h));
    // (the strings' hashes without making the strings: this runs once per process, over
    // hundreds of thousands of numbers)
    let after_prefix = char_hash(prefix.as_bytes());
    let mut buf = [0u8; 20];
    for i in 1..=k {
        let digits = decimal(i, &mut buf);
        slots.add(char_hash(digits));
        slots.add(char_hash_from(after_prefix, digits));
    }
    let mut n = 0;
    for h in pseudo_hashes(BACKGROUND_SEED, CHAR_HASH_SIZE as usize) {
        if slots.full() {
            break;
        }
        slots.add(h);
        n += 1;
    }
    n
}

/// `i` written in decimal, in the end of `buf`.
fn decimal(mut i: usize, buf: &mut [u8; 20]) -> &[u8] {
    let mut k = buf.len();
    loop {
        k -= 1;
        buf[k] = b'0' + (i % 10) as u8;
        i /= 10;
        if i == 0 {
            return &buf[k..];
        }
    }
}

/// The number of start-up strings that stand in as hashes (see the module's description).
pub fn stand_ins() -> usize {
    static N: Lazy<usize> = Lazy::new(|| {
        let symbols = symbol_hashes();
        let mut per_family: Vec<usize> = families().iter().map(|(p, k)| stand_ins_for(&symbols, p, *k)).collect();
        assert!(!per_family.is_empty(), "string-hash-growth.tsv has no family");
        per_family.sort_unstable();
        per_family[per_family.len() / 2]
    });
    *N
}

/// The hashes of the strings in the cache when a session starts.
pub fn startup_hashes() -> Rc<[u32]> {
    static HASHES: Lazy<Vec<u32>> = Lazy::new(|| {
        let mut h = symbol_hashes();
        h.extend(pseudo_hashes(BACKGROUND_SEED, stand_ins()));
        h
    });
    HASHES.as_slice().into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_of_numbered_strings_are_those_of_the_strings() {
        let mut buf = [0u8; 20];
        for i in [1usize, 9, 10, 99, 100, 12345, usize::MAX] {
            assert_eq!(decimal(i, &mut buf), i.to_string().as_bytes());
            let d = decimal(i, &mut buf);
            assert_eq!(char_hash_from(char_hash(b"V"), d), char_hash(format!("V{i}").as_bytes()));
        }
    }

    /// With the derived start-up cache, each measured family grows the table at its measured k
    /// within 2 % (the stand-ins are not R's strings, so the families spread a little).
    #[test]
    fn the_startup_cache_reproduces_the_measured_growth() {
        let symbols = symbol_hashes();
        let n = stand_ins();
        assert!(n > 0 && n < 20_000, "stand-ins {n}");
        let fams = families();
        assert!(fams.len() >= 3);
        for (prefix, k) in fams {
            // the first k at which the family fills the table over the derived start-up cache
            let mut slots = Slots::new(CHAR_HASH_SIZE);
            symbols.iter().for_each(|&h| slots.add(h));
            pseudo_hashes(BACKGROUND_SEED, n).for_each(|h| slots.add(h));
            let hi = (1..=400_000usize)
                .find(|i| {
                    slots.add(char_hash(i.to_string().as_bytes()));
                    slots.add(char_hash(format!("{prefix}{i}").as_bytes()));
                    slots.full()
                })
                .expect("the family fills the table");
            let err = (hi as f64 - k as f64) / k as f64;
            assert!(err.abs() < 0.02, "{prefix}: R grows at {k}, the model at {hi}");
        }
    }
}
