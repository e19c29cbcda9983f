//! What a session records for the user (its collections, copies and notes), bounded so that host
//! memory does not grow with the length of a session: past a limit the oldest records are dropped
//! and counted, and repeated notes are counted rather than kept again.

use std::ops::Deref;

/// The most recent records, at most `limit` of them shown; the ones dropped are counted.
#[derive(Clone, Debug)]
pub struct Recent<T> {
    items: Vec<T>,
    limit: usize,
    dropped: u64,
}

impl<T> Recent<T> {
    pub fn new(limit: usize) -> Recent<T> {
        Recent { items: Vec::new(), limit: limit.max(1), dropped: 0 }
    }

    /// Record `x`. The oldest records go in batches, so that a push stays constant work.
    pub fn push(&mut self, x: T) {
        self.items.push(x);
        if self.items.len() >= 2 * self.limit {
            let extra = self.items.len() - self.limit;
            self.items.drain(..extra);
            self.dropped += extra as u64;
        }
    }

    /// Records made and no longer shown.
    pub fn dropped(&self) -> u64 {
        self.dropped + (self.items.len() - self.len_shown()) as u64
    }

    /// Records made in all.
    pub fn total(&self) -> u64 {
        self.dropped + self.items.len() as u64
    }

    pub fn limit(&self) -> usize {
        self.limit
    }

    fn len_shown(&self) -> usize {
        self.items.len().min(self.limit)
    }
}

impl<T> Deref for Recent<T> {
    type Target = [T];

    /// The most recent records, oldest first.
    fn deref(&self) -> &[T] {
        &self.items[self.items.len() - self.len_shown()..]
    }
}

/// Notes, each text kept once with how many times it was noted; at most `limit` distinct texts.
#[derive(Clone, Debug)]
pub struct Notes {
    texts: Vec<(String, u64)>,
    index: crate::fxhash::FxHashMap<String, usize>,
    limit: usize,
    dropped: u64,
}

impl Notes {
    pub fn new(limit: usize) -> Notes {
        Notes { texts: Vec::new(), index: Default::default(), limit, dropped: 0 }
    }

    pub fn push(&mut self, text: String) {
        if let Some(&i) = self.index.get(&text) {
            self.texts[i].1 += 1;
        } else if self.texts.len() < self.limit {
            self.index.insert(text.clone(), self.texts.len());
            self.texts.push((text, 1));
        } else {
            self.dropped += 1;
        }
    }

    /// The notes in the order first noted (a repeated one says how often), then what was not kept.
    pub fn lines(&self) -> Vec<String> {
        let mut out: Vec<String> =
            self.texts.iter().map(|(t, n)| if *n > 1 { format!("{t} (noted {n} times)") } else { t.clone() }).collect();
        if self.dropped > 0 {
            out.push(format!(
                "rheap keeps the first {} different notes: {} more were not kept",
                self.limit, self.dropped
            ));
        }
        out
    }

    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recent_records_are_bounded_and_counted() {
        let mut r = Recent::new(3);
        for i in 0..10 {
            r.push(i);
        }
        assert_eq!(&*r, &[7, 8, 9]);
        assert_eq!((r.dropped(), r.total()), (7, 10));
        assert_eq!(r.last(), Some(&9));
    }

    #[test]
    fn repeated_notes_are_counted_and_distinct_ones_bounded() {
        let mut n = Notes::new(2);
        for t in ["a", "b", "a", "c", "a", "d"] {
            n.push(t.to_string());
        }
        assert_eq!(
            n.lines(),
            ["a (noted 3 times)", "b", "rheap keeps the first 2 different notes: 2 more were not kept"]
        );
    }
}
