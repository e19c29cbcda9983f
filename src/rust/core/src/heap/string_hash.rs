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

/// The hashes of a batch of CHARSXPs (`Heap::alloc_strings`): those of strings known one by one,
/// or, for strings known only to be distinct, a pseudo-random stream kept as its seed, so that
/// the host memory a batch takes does not follow its count.
#[derive(Clone, Debug)]
pub enum BatchHashes {
    Known(Rc<[u32]>),
    Pseudo { seed: u64, count: u64 },
}

impl BatchHashes {
    pub fn iter(&self) -> Box<dyn Iterator<Item = u32> + '_> {
        match self {
            BatchHashes::Known(h) => Box::new(h.iter().copied()),
            BatchHashes::Pseudo { seed, count } => Box::new(pseudo_hashes(*seed, *count as usize)),
        }
    }

    /// The first `k` of these strings.
    pub fn prefix(self, k: u64) -> BatchHashes {
        match self {
            BatchHashes::Known(h) => BatchHashes::Known(Rc::from(&h[..k as usize])),
            BatchHashes::Pseudo { seed, .. } => BatchHashes::Pseudo { seed, count: k },
        }
    }

    /// The hashes of strings known one by one (those a later `mkChar` can find again).
    pub fn known(&self) -> &[u32] {
        match self {
            BatchHashes::Known(h) => h,
            BatchHashes::Pseudo { .. } => &[],
        }
    }
}

/// The cache's slots: chain lengths, `HASHPRI`, and the CHARSXP at the head of each chain.
#[derive(Clone, Debug)]
pub struct Slots {
    /// Chain lengths, a byte each (the table has up to 2^30 slots); longer chains in `long`.
    counts: Vec<u8>,
    long: FxHashMap<u32, u32>,
    pub pri: u64,
    /// The string (or batch of strings) last put at the front of each chain, while it lives;
    /// `NIL` when not known (start-up strings, or the head was freed and an older one leads).
    /// `mkCharLenCE` writes the new head into the table (`SET_VECTOR_ELT(R_StringHash, ...)`):
    /// once the table is old, the write barrier puts it on an old-to-new list, and a collection
    /// that leaves the table's generation alone marks every head from there, garbage or not
    /// (memory.c `RunGenCollect`: nodes with old-to-new pointers are scanned before the weak
    /// pass over the cache).
    /// Past [`HEADS_MAX`] slots, a head stands for the slots that share the low bits of its slot
    /// (the last string put there): host memory stays bounded where R's table has up to 2^30
    /// slots, at the price of fewer heads known in tables of more than 2^24 strings.
    pub heads: Vec<ObjId>,
}

/// Most heads of chains tracked one by one (see [`Slots::heads`]).
const HEADS_MAX: u64 = 1 << 24;

impl Slots {
    pub fn new(size: u64) -> Slots {
        Slots {
            counts: vec![0; size as usize],
            long: FxHashMap::default(),
            pri: 0,
            heads: vec![super::NIL; size.min(HEADS_MAX) as usize],
        }
    }

    /// A new CHARSXP `id` of hash `hash` goes to the front of its chain.
    pub fn set_head(&mut self, hash: u32, id: ObjId) {
        let k = hash as usize & (self.heads.len() - 1);
        self.heads[k] = id;
    }

    /// `id`, of hash `hash`, is freed: an older string (not tracked) leads its chain now.
    pub fn drop_head(&mut self, hash: u32, id: ObjId) {
        let k = hash as usize & (self.heads.len() - 1);
        if self.heads[k] == id {
            self.heads[k] = super::NIL;
        }
    }

    pub fn size(&self) -> u64 {
        self.counts.len() as u64
    }

    pub fn add(&mut self, hash: u32) {
        let k = hash as usize & (self.counts.len() - 1);
        match self.counts[k] {
            0 => {
                self.pri += 1;
                self.counts[k] = 1;
            }
            u8::MAX => *self.long.entry(k as u32).or_insert(0) += 1,
            c => self.counts[k] = c + 1,
        }
    }

    pub fn remove(&mut self, hash: u32) {
        let k = hash as usize & (self.counts.len() - 1);
        match self.counts[k] {
            0 => {}
            u8::MAX if self.long.contains_key(&(k as u32)) => {
                let more = self.long.get_mut(&(k as u32)).unwrap();
                *more -= 1;
                if *more == 0 {
                    self.long.remove(&(k as u32));
                }
            }
            c => {
                self.counts[k] = c - 1;
                if c == 1 {
                    self.pri -= 1;
                }
            }
        }
    }

    /// How many of `hashes`, added in order, make the table [`Self::full`] (the last of them is
    /// the one after which `mkCharLenCE` resizes it); `None` if it stays below.
    pub fn adds_until_full(&self, hashes: impl Iterator<Item = u32>) -> Option<usize> {
        if self.full() {
            return Some(0);
        }
        let mask = self.counts.len() - 1;
        let mut taken = crate::fxhash::FxHashSet::default();
        let mut pri = self.pri;
        for (i, h) in hashes.enumerate() {
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
    pub batches: FxHashMap<ObjId, BatchHashes>,
    /// The batch each known hash of [`Self::batches`] was last made in.
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

    /// Chains longer than a byte counts keep their length.
    #[test]
    fn long_chains_count_past_a_byte() {
        let mut s = Slots::new(8);
        for _ in 0..300 {
            s.add(3);
        }
        s.add(4);
        assert_eq!(s.pri, 2);
        for _ in 0..299 {
            s.remove(3);
        }
        assert_eq!(s.pri, 2, "one string left on the chain");
        s.remove(3);
        assert_eq!(s.pri, 1);
        s.remove(3);
        assert_eq!(s.pri, 1, "an empty chain stays empty");
    }

    /// A batch of pseudo-random hashes is its seed: the same stream each time it is read.
    #[test]
    fn pseudo_batches_replay_their_hashes() {
        let b = BatchHashes::Pseudo { seed: 7, count: 1000 };
        let first: Vec<u32> = b.iter().collect();
        assert_eq!(first.len(), 1000);
        assert_eq!(first, b.iter().collect::<Vec<_>>());
        assert!(b.known().is_empty());
    }
}
