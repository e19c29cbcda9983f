//! The few R C API entry points the binding uses beyond extendr's conversions: session handles as
//! external pointers that are checked before use, strings read as bytes, and R's interrupt check
//! run where its long jump cannot cross Rust frames. Everything here runs on R's main thread.

use std::ffi::{c_char, c_int, c_void};

use extendr_api::prelude::*;

/// An R object as the C API passes it (opaque here).
#[repr(C)]
pub struct SexpRec {
    _private: [u8; 0],
}
#[allow(clippy::upper_case_acronyms)] // R's own name
pub type SEXP = *mut SexpRec;

fn sexp(x: &Robj) -> SEXP {
    unsafe { x.get() as SEXP }
}

/// An R object from the C API, protected by extendr from here on.
unsafe fn robj(x: SEXP) -> Robj {
    Robj::from_sexp(x as extendr_api::SEXP)
}

/// `EXTPTRSXP`, `STRSXP`.
const EXTPTRSXP: c_int = 22;
const STRSXP: c_int = 16;

extern "C" {
    static R_NilValue: SEXP;
    static R_NaString: SEXP;
    fn TYPEOF(x: SEXP) -> c_int;
    fn LENGTH(x: SEXP) -> c_int;
    fn Rf_xlength(x: SEXP) -> isize;
    fn STRING_ELT(x: SEXP, i: isize) -> SEXP;
    fn R_CHAR(x: SEXP) -> *const c_char;
    fn Rf_install(name: *const c_char) -> SEXP;
    fn Rf_protect(x: SEXP) -> SEXP;
    fn Rf_unprotect(n: c_int);
    fn R_MakeExternalPtr(p: *mut c_void, tag: SEXP, prot: SEXP) -> SEXP;
    fn R_ExternalPtrAddr(s: SEXP) -> *mut c_void;
    fn R_ExternalPtrTag(s: SEXP) -> SEXP;
    fn R_ClearExternalPtr(s: SEXP);
    fn R_RegisterCFinalizerEx(s: SEXP, fun: unsafe extern "C" fn(SEXP), onexit: c_int);
    fn R_CheckUserInterrupt();
    fn R_tryCatch(
        body: unsafe extern "C" fn(*mut c_void) -> SEXP,
        bdata: *mut c_void,
        conds: SEXP,
        handler: unsafe extern "C" fn(SEXP, *mut c_void) -> SEXP,
        hdata: *mut c_void,
        finally: Option<unsafe extern "C" fn(*mut c_void)>,
        fdata: *mut c_void,
    ) -> SEXP;
}

/// The tag every session handle carries.
fn session_tag() -> SEXP {
    unsafe { Rf_install(c"rheap_session".as_ptr()) }
}

/// An external pointer standing for session `id` (its address is the number, never dereferenced);
/// `on_collect` runs when R collects it or R exits.
pub fn session_handle(id: u64, on_collect: unsafe extern "C" fn(SEXP)) -> Robj {
    unsafe {
        let p = Rf_protect(R_MakeExternalPtr(id as usize as *mut c_void, session_tag(), R_NilValue));
        R_RegisterCFinalizerEx(p, on_collect, 1);
        let r = robj(p);
        Rf_unprotect(1);
        r
    }
}

/// The session number behind a handle, if `x` is one of ours: an external pointer with our tag.
/// A pointer of another package, or one saved and reloaded (its address is cleared), is not.
pub fn session_id(x: &Robj) -> Option<u64> {
    unsafe {
        let s = sexp(x);
        if TYPEOF(s) != EXTPTRSXP || R_ExternalPtrTag(s) != session_tag() {
            return None;
        }
        let id = R_ExternalPtrAddr(s) as usize as u64;
        (id != 0).then_some(id)
    }
}

/// The session number of a handle R is collecting, after which the handle is cleared.
///
/// # Safety
/// `s` must be the external pointer R passes to a finalizer.
pub unsafe fn take_session_id(s: SEXP) -> Option<u64> {
    if TYPEOF(s) != EXTPTRSXP || R_ExternalPtrTag(s) != session_tag() {
        return None;
    }
    let id = R_ExternalPtrAddr(s) as usize as u64;
    R_ClearExternalPtr(s);
    (id != 0).then_some(id)
}

/// The bytes of a character vector's single element (R strings need not be valid UTF-8); `None`
/// for anything else or NA.
pub fn string_bytes(x: &Robj) -> Option<Vec<u8>> {
    unsafe {
        let s = sexp(x);
        if TYPEOF(s) != STRSXP || Rf_xlength(s) != 1 {
            return None;
        }
        let ch = STRING_ELT(s, 0);
        if ch == R_NaString {
            return None;
        }
        let n = LENGTH(ch) as usize;
        let p = R_CHAR(ch) as *const u8;
        Some(std::slice::from_raw_parts(p, n).to_vec())
    }
}

unsafe extern "C" fn check_interrupt(_: *mut c_void) -> SEXP {
    R_CheckUserInterrupt();
    R_NilValue
}

unsafe extern "C" fn keep_condition(cond: SEXP, _: *mut c_void) -> SEXP {
    cond
}

/// Whether R has an interrupt (Ctrl-C) pending or a `setTimeLimit()` limit has passed: R's own
/// check (`R_CheckUserInterrupt`), run inside `tryCatch` so that its long jump stays in R. The
/// condition R signalled is returned for the caller to signal again once the simulation stopped.
pub fn pending_interrupt() -> Option<Robj> {
    unsafe {
        let classes: Robj = Strings::from_values(["interrupt", "error"]).into();
        let classes = Rf_protect(sexp(&classes));
        let r = R_tryCatch(
            check_interrupt,
            std::ptr::null_mut(),
            classes,
            keep_condition,
            std::ptr::null_mut(),
            None,
            std::ptr::null_mut(),
        );
        let r = robj(r);
        Rf_unprotect(1);
        (!r.is_null()).then_some(r)
    }
}
