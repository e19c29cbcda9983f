//! The global CHARSXP cache, `R_StringHash` (envir.c: `mkCharLenCE`, `R_StringHash_resize`;
//! memory.c: `RunGenCollect` "process CHARSXP cache"). Every CHARSXP is on the chain of its slot,
//! `char_hash(string) & (size - 1)`, and `HASHPRI` counts the slots whose chain is not empty.
//! When adding a string makes that more than 85 % of the slots, a table twice as large replaces
//! the table (a new VECSXP; the old one is garbage). A collection unlinks the CHARSXPs it frees
//! and recounts `HASHPRI`; the table never shrinks.
//!
//! The model keeps each slot's chain length. Strings are known by their hash; the strings R's
//! start-up leaves in the cache that the simulator does not know one by one stand in as a
//! `background` of hashes.

use std::rc::Rc;

use crate::fxhash::FxHashMap;

use super::ObjId;

/// `char_hash_size` at start-up (envir.c).
pub const CHAR_HASH_SIZE: u64 = 65536;
/// `R_HashSizeCheck`: resize when more than this fraction of the slots is in use.
pub const HASH_SIZE_THRESHOLD: f64 = 0.85;
/// The table stops doubling at 2^30 slots.
const MAX_CHAR_HASH_SIZE: u64 = 1 << 30;

/// `char_hash`: djb2 over the string's bytes (the bytes are signed chars in C, as here).
pub fn char_hash(s: &[u8]) -> u32 {
    char_hash_from(5381, s)
}

/// [`char_hash`] continued over more bytes: `char_hash_from(char_hash(a), b) == char_hash(a ++ b)`.
pub fn char_hash_from(mut h: u32, s: &[u8]) -> u32 {
    for &b in s {
        h = (h << 5).wrapping_add(h).wrapping_add(b as i8 as i32 as u32);
    }
    h
}

/// A deterministic stream of well-spread hashes, for strings known only to be distinct.
pub fn pseudo_hashes(seed: u64, n: usize) -> impl Iterator<Item = u32> {
    let mut x = seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1;
    (0..n).map(move |_| {
        // xorshift64*
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 32) as u32
    })
}

/// The cache's slots: chain lengths, `HASHPRI`, and the CHARSXP at the head of each chain.
#[derive(Clone, Debug)]
pub struct Slots {
    counts: Vec<u32>,
    pub pri: u64,
    /// The string (or batch of strings) last put at the front of each chain, while it lives;
    /// `NIL` when not known (start-up strings, or the head was freed and an older one leads).
    /// `mkCharLenCE` writes the new head into the table (`SET_VECTOR_ELT(R_StringHash, ...)`):
    /// once the table is old, the write barrier puts it on an old-to-new list, and a collection
    /// that leaves the table's generation alone marks every head from there, garbage or not
    /// (memory.c `RunGenCollect`: nodes with old-to-new pointers are scanned before the weak
    /// pass over the cache).
    pub heads: Vec<ObjId>,
}

impl Slots {
    pub fn new(size: u64) -> Slots {
        Slots { counts: vec![0; size as usize], pri: 0, heads: vec![super::NIL; size as usize] }
    }

    /// A new CHARSXP `id` of hash `hash` goes to the front of its chain.
    pub fn set_head(&mut self, hash: u32, id: ObjId) {
        let k = hash as usize & (self.counts.len() - 1);
        self.heads[k] = id;
    }

    /// `id`, of hash `hash`, is freed: an older string (not tracked) leads its chain now.
    pub fn drop_head(&mut self, hash: u32, id: ObjId) {
        let k = hash as usize & (self.counts.len() - 1);
        if self.heads[k] == id {
            self.heads[k] = super::NIL;
        }
    }

    pub fn size(&self) -> u64 {
        self.counts.len() as u64
    }

    pub fn add(&mut self, hash: u32) {
        let k = hash as usize & (self.counts.len() - 1);
        if self.counts[k] == 0 {
            self.pri += 1;
        }
        self.counts[k] += 1;
    }

    pub fn remove(&mut self, hash: u32) {
        let k = hash as usize & (self.counts.len() - 1);
        if self.counts[k] > 0 {
            self.counts[k] -= 1;
            if self.counts[k] == 0 {
                self.pri -= 1;
            }
        }
    }

    /// How many of `hashes`, added in order, make the table [`Self::full`] (the last of them is
    /// the one after which `mkCharLenCE` resizes it); `None` if it stays below.
    pub fn adds_until_full(&self, hashes: &[u32]) -> Option<usize> {
        if self.full() {
            return Some(0);
        }
        let mask = self.counts.len() - 1;
        let mut taken = crate::fxhash::FxHashSet::default();
        let mut pri = self.pri;
        for (i, &h) in hashes.iter().enumerate() {
            let k = h as usize & mask;
            if self.counts[k] == 0 && taken.insert(k) {
                pri += 1;
                if pri as f64 > self.size() as f64 * HASH_SIZE_THRESHOLD && self.size() < MAX_CHAR_HASH_SIZE {
                    return Some(i + 1);
                }
            }
        }
        None
    }

    /// `R_HashSizeCheck` on `R_StringHash`, with the 2^30 ceiling of `mkCharLenCE`.
    pub fn full(&self) -> bool {
        self.pri as f64 > self.size() as f64 * HASH_SIZE_THRESHOLD && self.size() < MAX_CHAR_HASH_SIZE
    }
}

/// The cache as the heap keeps it.
#[derive(Clone, Debug, Default)]
pub struct StringHash {
    /// The table's VECSXP (`NIL` while there is no model: bare heaps in tests).
    pub table: ObjId,
    pub slots: Option<Slots>,
    /// Hashes of the start-up strings not simulated one by one.
    pub background: Rc<[u32]>,
    /// Hashes of the strings of each batch of CHARSXPs (`Heap::alloc_strings`).
    pub batches: FxHashMap<ObjId, Rc<[u32]>>,
    /// The batch each hash of [`Self::batches`] was last made in.
    pub owner: FxHashMap<u32, ObjId>,
    /// Seed of the last batch given pseudo-random hashes.
    pub seed: u64,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// djb2 as R computes it (values checked against the C code by hand: h = h * 33 + c).
    #[test]
    fn char_hash_is_djb2() {
        assert_eq!(char_hash(b""), 5381);
        assert_eq!(char_hash(b"a"), 5381 * 33 + 97);
        assert_eq!(char_hash(b"ab"), (5381 * 33 + 97) * 33 + 98);
    }

    #[test]
    fn slots_count_chains_in_use() {
        let mut s = Slots::new(8);
        s.add(1);
        s.add(9); // same slot
        s.add(2);
        assert_eq!(s.pri, 2);
        s.remove(1);
        assert_eq!(s.pri, 2);
        s.remove(9);
        assert_eq!(s.pri, 1);
        for h in 0..7 {
            s.add(h);
        }
        assert!(s.full(), "7 of 8 slots is more than 85 %");
    }
}
