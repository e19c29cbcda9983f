//! Interned names, as R's own symbols are: one shared string per distinct name, so that comparing
//! and hashing a name is comparing and hashing a pointer. Variable lookup happens on every
//! evaluation step; with names compared by content it was the simulator's largest host cost.
//!
//! The table is per thread (a session never leaves its thread) and never shrinks, like R's symbol
//! table.

use std::cell::RefCell;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::ops::Deref;
use std::rc::Rc;

use crate::fxhash::FxHashSet;

thread_local! {
    static TABLE: RefCell<FxHashSet<Rc<str>>> = RefCell::new(FxHashSet::default());
}

/// A name. Equal names are the same allocation, so equality and hashing are by address.
#[derive(Clone)]
pub struct Sym(Rc<str>);

impl Sym {
    pub fn new(name: &str) -> Sym {
        TABLE.with(|t| {
            let mut t = t.borrow_mut();
            if let Some(s) = t.get(name) {
                return Sym(s.clone());
            }
            let s: Rc<str> = Rc::from(name);
            t.insert(s.clone());
            Sym(s)
        })
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The shared string itself (for tables keyed by `Rc<str>`).
    pub fn as_rc(&self) -> &Rc<str> {
        &self.0
    }
}

impl PartialEq for Sym {
    #[inline]
    fn eq(&self, other: &Sym) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Eq for Sym {}

impl Hash for Sym {
    #[inline]
    fn hash<H: Hasher>(&self, h: &mut H) {
        h.write_usize(Rc::as_ptr(&self.0) as *const u8 as usize);
    }
}

impl Deref for Sym {
    type Target = str;
    #[inline]
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Sym {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl From<&str> for Sym {
    fn from(s: &str) -> Sym {
        Sym::new(s)
    }
}

impl fmt::Debug for Sym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Sym {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::Sym;

    #[test]
    fn equal_names_are_one_symbol() {
        let a = Sym::new("x");
        let b = Sym::new(&String::from("x"));
        assert_eq!(a, b);
        assert!(std::ptr::eq(a.as_str(), b.as_str()));
        assert_ne!(a, Sym::new("y"));
        assert_eq!(&*a, "x");
    }
}
