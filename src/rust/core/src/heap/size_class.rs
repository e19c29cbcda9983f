//! From a vector's type and length to the Vcells R charges for it and the node class that holds it
//! (`Defn.h: BYTE2VEC …`, `memory.c: allocVector3`).

use crate::profile::{LARGE_NODE_CLASS, NODE_CLASS_SIZE, VCELL_SIZE};

/// R's SEXPTYPE codes (`Rinternals.h`), for the types the simulator builds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, serde::Serialize)]
#[repr(u8)]
pub enum SexpType {
    Nil = 0,
    Sym = 1,
    List = 2,
    Clo = 3,
    Env = 4,
    Prom = 5,
    Lang = 6,
    Special = 7,
    Builtin = 8,
    Char = 9,
    Lgl = 10,
    Int = 13,
    Real = 14,
    Cplx = 15,
    Str = 16,
    Dot = 17,
    Vec = 19,
    Expr = 20,
    Bcode = 21,
    ExtPtr = 22,
    WeakRef = 23,
    Raw = 24,
    S4 = 25,
}

impl SexpType {
    /// The name `typeof()` gives.
    pub fn type_name(self) -> &'static str {
        match self {
            SexpType::Nil => "NULL",
            SexpType::Sym => "symbol",
            SexpType::List => "pairlist",
            SexpType::Clo => "closure",
            SexpType::Env => "environment",
            SexpType::Prom => "promise",
            SexpType::Lang => "language",
            SexpType::Special => "special",
            SexpType::Builtin => "builtin",
            SexpType::Char => "char",
            SexpType::Lgl => "logical",
            SexpType::Int => "integer",
            SexpType::Real => "double",
            SexpType::Cplx => "complex",
            SexpType::Str => "character",
            SexpType::Dot => "...",
            SexpType::Vec => "list",
            SexpType::Expr => "expression",
            SexpType::Bcode => "bytecode",
            SexpType::ExtPtr => "externalptr",
            SexpType::WeakRef => "weakref",
            SexpType::Raw => "raw",
            SexpType::S4 => "S4",
        }
    }

    /// Whether R stores this type as a vector (header + data).
    pub fn is_vector(self) -> bool {
        matches!(
            self,
            SexpType::Char
                | SexpType::Lgl
                | SexpType::Int
                | SexpType::Real
                | SexpType::Cplx
                | SexpType::Str
                | SexpType::Vec
                | SexpType::Expr
                | SexpType::Raw
        )
    }

    /// Bytes of data for `len` elements (`CHARSXP`: `len` bytes plus the terminating NUL).
    pub fn data_bytes(self, len: u64) -> u64 {
        match self {
            SexpType::Raw => len,
            SexpType::Char => len + 1,
            SexpType::Lgl | SexpType::Int => len.saturating_mul(4),
            SexpType::Real | SexpType::Str | SexpType::Vec | SexpType::Expr => len.saturating_mul(8),
            SexpType::Cplx => len.saturating_mul(16),
            _ => 0,
        }
    }
}

/// `BYTE2VEC`: Vcells needed for `bytes` bytes (ceiling division by 8).
pub fn vcells_for_bytes(bytes: u64) -> u64 {
    if bytes == 0 {
        0
    } else {
        (bytes - 1) / VCELL_SIZE + 1
    }
}

/// Vcells of data a vector of this type and length needs.
pub fn vector_vcells(t: SexpType, len: u64) -> u64 {
    vcells_for_bytes(t.data_bytes(len))
}

/// Where `allocVector3` puts a vector of `vcells` Vcells of data, and what it charges.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Placement {
    /// Node class 0..5 (paged) or [`LARGE_NODE_CLASS`].
    pub class: u8,
    /// Vcells added to `R_SmallVallocSize` / `R_LargeVallocSize`.
    pub charge: u64,
}

impl Placement {
    pub fn is_large(self) -> bool {
        self.class == LARGE_NODE_CLASS
    }
}

/// The allocator's placement of a vector with `vcells` Vcells of data. A zero-length vector is a
/// plain class-0 node with no data.
pub fn place_vector(vcells: u64) -> Placement {
    if vcells == 0 {
        return Placement { class: 0, charge: 0 };
    }
    for (class, &cap) in NODE_CLASS_SIZE.iter().enumerate().skip(1) {
        if vcells <= cap {
            return Placement { class: class as u8, charge: cap };
        }
    }
    Placement { class: LARGE_NODE_CLASS, charge: vcells }
}

/// The Vcells `allocVector3` tests against the free vector heap before allocating: the charge, but 1
/// for a zero-length vector (R tests with the small-vector size of one cell).
pub fn trigger_charge(p: Placement) -> u64 {
    p.charge.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// §1.12 of the spec: allocator charge for lengths 0..20 (double, integer, raw, complex, list,
    /// CHARSXP of n bytes).
    #[test]
    fn charges_match_the_spec_table() {
        let table: [[u64; 6]; 21] = [
            [0, 0, 0, 0, 0, 1],
            [1, 1, 1, 2, 1, 1],
            [2, 1, 1, 4, 2, 1],
            [4, 2, 1, 8, 4, 1],
            [4, 2, 1, 8, 4, 1],
            [8, 4, 1, 16, 8, 1],
            [8, 4, 1, 16, 8, 1],
            [8, 4, 1, 16, 8, 1],
            [8, 4, 1, 16, 8, 2],
            [16, 8, 2, 18, 16, 2],
            [16, 8, 2, 20, 16, 2],
            [16, 8, 2, 22, 16, 2],
            [16, 8, 2, 24, 16, 2],
            [16, 8, 2, 26, 16, 2],
            [16, 8, 2, 28, 16, 2],
            [16, 8, 2, 30, 16, 2],
            [16, 8, 2, 32, 16, 4],
            [17, 16, 4, 34, 17, 4],
            [18, 16, 4, 36, 18, 4],
            [19, 16, 4, 38, 19, 4],
            [20, 16, 4, 40, 20, 4],
        ];
        let types = [SexpType::Real, SexpType::Int, SexpType::Raw, SexpType::Cplx, SexpType::Vec, SexpType::Char];
        for (n, row) in table.iter().enumerate() {
            for (t, &want) in types.iter().zip(row) {
                let got = place_vector(vector_vcells(*t, n as u64)).charge;
                assert_eq!(got, want, "{t:?} of length {n}");
            }
        }
    }

    #[test]
    fn large_boundaries() {
        assert!(!place_vector(vector_vcells(SexpType::Real, 16)).is_large());
        assert!(place_vector(vector_vcells(SexpType::Real, 17)).is_large());
        assert!(place_vector(vector_vcells(SexpType::Int, 33)).is_large());
        assert!(!place_vector(vector_vcells(SexpType::Int, 32)).is_large());
        assert!(place_vector(vector_vcells(SexpType::Raw, 129)).is_large());
        assert!(place_vector(vector_vcells(SexpType::Cplx, 9)).is_large());
        assert!(place_vector(vector_vcells(SexpType::Char, 128)).is_large());
        assert_eq!(trigger_charge(place_vector(0)), 1);
    }
}
