//! The R binding of rheap: argument and result conversion only. Nothing here returns an `Err` to
//! extendr (it would turn it into a panic message on stderr): every method returns its value, or
//! `list(error = message)` that the R side raises with `stop()`. Every call into the core runs
//! inside `catch_unwind`, so a bug becomes an R error, never a crash.

use std::panic::{catch_unwind, AssertUnwindSafe};

use extendr_api::prelude::*;
use rheap_core::{GcMatrix, HeapConfig, Output, Session, SimError, Stream};

/// A message for the R side to raise.
struct Failure(String);

type Result<T> = std::result::Result<T, Failure>;

/// The value for R: the result, or `list(error = message)`.
fn to_r<T: Into<Robj>>(r: Result<T>) -> Robj {
    match r {
        Ok(v) => v.into(),
        Err(Failure(m)) => list!(error = m).into(),
    }
}

/// A simulated R session (the external pointer behind an `rheap` object).
#[extendr]
pub struct RHeap {
    session: Session,
}

fn guard<T>(what: &str, f: impl FnOnce() -> T) -> Result<T> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|p| {
        let detail = p
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_default();
        Failure(format!("rheap internal error in {what}: {detail}"))
    })
}

fn sim_error(e: &SimError) -> Failure {
    Failure(e.message.clone())
}

fn config(nsize: f64, vsize: f64, max_vsize: f64, max_nsize: f64, host_memory: f64) -> HeapConfig {
    let finite = |x: f64| if x.is_finite() { Some(x as u64) } else { None };
    HeapConfig {
        nsize: nsize as u64,
        vsize: vsize as u64,
        max_vsize: finite(max_vsize),
        max_nsize: finite(max_nsize),
        host_memory: host_memory as u64,
        ..HeapConfig::default()
    }
}

/// Output chunks as two parallel character vectors (stream, text).
fn output_list(out: &Output) -> List {
    let streams: Vec<&str> =
        out.chunks.iter().map(|(s, _)| if *s == Stream::Stdout { "stdout" } else { "stderr" }).collect();
    let texts: Vec<&str> = out.chunks.iter().map(|(_, t)| t.as_str()).collect();
    list!(streams = streams, texts = texts)
}

#[extendr]
impl RHeap {
    /// A fresh session (`Rscript --vanilla` start-up state).
    fn fresh(nsize: f64, vsize: f64, max_vsize: f64, max_nsize: f64, host_memory: f64) -> Robj {
        let cfg = config(nsize, vsize, max_vsize, max_nsize, host_memory);
        to_r(
            guard("heap()", || Session::new(cfg))
                .and_then(|r| r.map_err(|e| sim_error(&e)))
                .map(|s| RHeap { session: s }),
        )
    }

    /// A session in the state the 14 numbers of `.Internal(gc())` describe.
    fn from_gc(values: &[f64], nsize: f64, vsize: f64, max_vsize: f64, max_nsize: f64, host_memory: f64) -> Robj {
        if values.len() != 14 {
            return to_r::<Robj>(Err(Failure("'from' must hold the 14 numbers of a gc() matrix".into())));
        }
        let mut v = [0.0; 14];
        v.copy_from_slice(values);
        let cfg = config(nsize, vsize, max_vsize, max_nsize, host_memory);
        let r = guard("heap(from = )", || Session::from_gc(&GcMatrix { values: v }, cfg));
        to_r(r.and_then(|r| r.map_err(|e| sim_error(&e))).map(|s| RHeap { session: s }))
    }

    /// Evaluate code; `source_mode` runs it as `source()` does (no auto-printing, source()'s costs).
    fn eval(&mut self, code: &str, source_mode: bool) -> Robj {
        let r =
            guard("sim_eval()", || if source_mode { self.session.source(code) } else { self.session.eval(code, true) });
        to_r(r.map(|out| {
            let (message, line) = match &out.error {
                Some(e) => (Some(e.r_text()), e.line.map(|l| l as f64)),
                None => (None, None),
            };
            list!(output = output_list(&out.output), sim_error = message, line = line, in_addition = out.in_addition)
        }))
    }

    fn gc(&mut self, verbose: bool, reset: bool, full: bool) -> Robj {
        let r = guard("sim_gc()", || self.session.gc(verbose, reset, full));
        to_r(r.map(|(m, out)| list!(values = m.values.to_vec(), output = output_list(&out))))
    }

    /// `gcinfo()`: `verbose` NA leaves the flag as it is.
    fn gcinfo(&mut self, verbose: Rbool) -> Robj {
        let v = if verbose.is_na() { None } else { Some(verbose.is_true()) };
        to_r(guard("sim_gcinfo()", || self.session.gcinfo(v)))
    }

    fn object_size(&mut self, code: &str) -> Robj {
        let r = guard("sim_object_size()", || self.session.object_size(code));
        to_r(
            r.and_then(|r| r.map_err(|e| sim_error(&e)))
                .map(|(bytes, alloc, out)| list!(bytes = bytes, allocator = alloc, output = output_list(&out))),
        )
    }

    fn events(&self) -> Robj {
        to_r(guard("sim_events()", || {
            let ev = self.session.events();
            let col = |f: &dyn Fn(&rheap_core::GcEvent) -> f64| ev.iter().map(f).collect::<Vec<f64>>();
            let mb = |x: u64, unit: u64| rheap_core::report::report_mb(x, unit);
            let pct = |x: u64, t: u64| rheap_core::report::percent(x, t) as f64;
            list!(
                n = col(&|e| e.n as f64),
                level = col(&|e| e.level as f64),
                reason = ev.iter().map(|e| e.trigger.label()).collect::<Vec<&str>>(),
                level_reason = ev.iter().map(|e| e.level_reason.label()).collect::<Vec<&str>>(),
                cons_mb = col(&|e| mb(e.ncells_used, 56)),
                cons_pct = col(&|e| pct(e.ncells_used, e.ncells_trigger)),
                vec_mb = col(&|e| mb(e.vcells_used, 8)),
                vec_pct = col(&|e| pct(e.vcells_used, e.vcells_trigger)),
                ncells_used = col(&|e| e.ncells_used as f64),
                vcells_used = col(&|e| e.vcells_used as f64),
                ncells_trigger = col(&|e| e.ncells_trigger as f64),
                vcells_trigger = col(&|e| e.vcells_trigger as f64),
                ncells_before = col(&|e| e.ncells_before as f64),
                vcells_before = col(&|e| e.vcells_before as f64),
                ncells_trigger_before = col(&|e| e.ncells_trigger_before as f64),
                vcells_trigger_before = col(&|e| e.vcells_trigger_before as f64),
                size_needed = col(&|e| e.size_needed as f64),
                reported = ev.iter().map(|e| e.reported).collect::<Vec<bool>>(),
                line = col(&|e| e.line.map_or(f64::NAN, |l| l as f64))
            )
        }))
    }

    fn summary(&self) -> Robj {
        to_r(guard("format()", || {
            let s = self.session.summary();
            list!(
                profile = s.profile,
                ncells_used = s.ncells_used,
                vcells_used = s.vcells_used,
                ncells_trigger = s.ncells_trigger,
                vcells_trigger = s.vcells_trigger,
                n_gcs = s.n_gcs as f64
            )
        }))
    }

    fn pool(&self) -> Robj {
        to_r(guard("sim_pool()", || {
            let rows = self.session.pool();
            let col = |f: &dyn Fn(&rheap_core::heap::pool::PoolRow) -> f64| rows.iter().map(f).collect::<Vec<f64>>();
            list!(
                class = col(&|r| r.class as f64),
                node_bytes = col(&|r| r.node_bytes as f64),
                nodes_per_page = col(&|r| r.nodes_per_page as f64),
                pages = col(&|r| r.pages as f64),
                slots_in_use = col(&|r| r.slots_in_use as f64),
                slots_free = col(&|r| r.slots_free as f64),
                fragmentation = col(&|r| r.fragmentation),
                pages_released = col(&|r| r.pages_released as f64)
            )
        }))
    }

    fn copies(&self) -> Robj {
        to_r(guard("sim_copies()", || {
            let c = self.session.copies();
            list!(
                line = c.iter().map(|r| r.line as f64).collect::<Vec<f64>>(),
                what = c.iter().map(|r| r.type_name).collect::<Vec<&str>>(),
                length = c.iter().map(|r| r.length as f64).collect::<Vec<f64>>(),
                vcells = c.iter().map(|r| r.vcells as f64).collect::<Vec<f64>>(),
                reason = c.iter().map(|r| r.reason).collect::<Vec<&str>>()
            )
        }))
    }

    fn notes(&self) -> Robj {
        to_r(guard("sim_notes()", || self.session.notes().to_vec()))
    }
}

extendr_module! {
    mod rheap;
    impl RHeap;
}
