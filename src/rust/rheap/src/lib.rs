//! The R binding of rheap: argument and result conversion. Nothing here returns an `Err` to
//! extendr: every function returns its value, or `list(error = message)` that the R side raises as
//! an `rheap_error`. Sessions live on their own thread (`worker.rs`); what R holds is a handle that
//! is checked before use (`rapi.rs`), so a forged or stale pointer is an R error, never a crash.

mod rapi;
mod worker;

// The functions R calls (R/extendr-wrappers.R) are internal to the package: their comments are
// plain, so that they make no help pages.

use extendr_api::prelude::*;
use rheap_core::census::{Contents, Place};
use rheap_core::{EvalOutcome, GcMatrix, HeapConfig, Output, Session, Stream};
use worker::Reply;

/// The value for R: the result, `list(error = message)`, or, when R signalled a condition while
/// the session ran (Ctrl-C, `setTimeLimit()`), the result with `condition` for the R side to
/// signal again.
fn to_r<T: Into<Robj>>(r: Reply<T>) -> Robj {
    match r {
        Reply::Done(v) => v.into(),
        Reply::Interrupted(v, cond) => {
            let v: Robj = v.into();
            match v.as_list() {
                Some(l) if v.names().is_some() => {
                    let mut names: Vec<String> = v.names().unwrap().map(|s| s.to_string()).collect();
                    let mut values: Vec<Robj> = l.values().collect();
                    names.push("condition".into());
                    values.push(cond);
                    List::from_names_and_values(names, values).map(Robj::from).unwrap_or_else(|_| list!().into())
                }
                _ => list!(condition = cond).into(),
            }
        }
        Reply::Failed(m) => list!(error = m).into(),
    }
}

fn failed(message: &str) -> Robj {
    list!(error = message).into()
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

/// R's code as UTF-8 text, or R's parser error for bytes that are not (as `parse(text = )`).
fn code_text(code: &Robj) -> std::result::Result<Vec<u8>, String> {
    rapi::string_bytes(code).ok_or_else(|| "`code` must be one string".to_string())
}

/// Runs `f` on session `h` with the bytes of the code string `code`, and converts its answer with
/// `to_list`: the shape of every entry point that simulates code.
fn with_code<T: Send + 'static>(
    h: &Robj,
    code: &Robj,
    f: impl FnOnce(&mut Session, Vec<u8>) -> T + Send + 'static,
    to_list: impl FnOnce(T) -> Robj,
) -> Robj {
    match code_text(code) {
        Ok(code) => to_r(map(worker::with_session(rapi::session_id(h), move |s| f(s, code)), to_list)),
        Err(m) => failed(&m),
    }
}

// A simulated session (`heap()`): fresh, or in the state of the 14 numbers of `.Internal(gc())`
// in `from`; at most `max_steps` evaluation steps per top-level call (`Inf`: no limit).
#[extendr]
fn rheap_new(
    from: Robj,
    nsize: f64,
    vsize: f64,
    max_vsize: f64,
    max_nsize: f64,
    host_memory: f64,
    max_steps: f64,
) -> Robj {
    let cfg = config(nsize, vsize, max_vsize, max_nsize, host_memory);
    let gc = if from.is_null() {
        None
    } else {
        match from.as_real_slice() {
            Some(v) if v.len() == 14 => {
                let mut values = [0.0; 14];
                values.copy_from_slice(v);
                Some(GcMatrix { values })
            }
            _ => return failed("'from' must hold the 14 numbers of a gc() matrix"),
        }
    };
    let steps = (max_steps.is_finite() && max_steps >= 0.0).then_some(max_steps as u64);
    let make = move |_: &std::collections::HashMap<u64, Session>| {
        match gc {
            None => Session::new(cfg),
            Some(m) => Session::from_gc(&m, cfg),
        }
        .map_err(|e| e.message)
    };
    match worker::create(make, steps) {
        Reply::Done(Ok(id)) => rapi::session_handle(id, collected),
        Reply::Done(Err(m)) | Reply::Failed(m) => failed(&m),
        Reply::Interrupted(_, cond) => list!(condition = cond).into(),
    }
}

/// R collected a session's handle (or is exiting): the session goes.
unsafe extern "C" fn collected(handle: rapi::SEXP) {
    if let Some(id) = rapi::take_session_id(handle) {
        worker::forget(id);
    }
}

fn outcome_list(out: &EvalOutcome) -> Robj {
    let (message, line) = match &out.error {
        // a stop is not an error of the simulated code: no "Error: "
        Some(e) if out.stop.is_some() => (Some(e.message.clone()), None),
        Some(e) => (Some(e.r_text()), e.line.map(|l| l as f64)),
        None => (None, None),
    };
    // the parts of the condition R would signal: its message and the deparsed call it names
    let simulated = out.error.as_ref().filter(|_| out.stop.is_none());
    let condition_message = simulated.map(|e| e.message.clone());
    let condition_call = simulated.and_then(|e| e.named_call().map(str::to_owned));
    let stop = out.stop.map(|s| match s {
        rheap_core::limits::Stop::Interrupt => "interrupt",
        rheap_core::limits::Stop::Steps(_) => "max_steps",
    });
    list!(
        output = output_list(&out.output),
        sim_error = message,
        condition_message = condition_message,
        condition_call = condition_call,
        line = line,
        in_addition = out.in_addition.clone(),
        stop = stop
    )
    .into()
}

// Evaluate code; `source_mode` runs it as `source()` does (no auto-printing, source()'s costs).
#[extendr]
fn rheap_eval(h: Robj, code: Robj, source_mode: bool) -> Robj {
    with_code(
        &h,
        &code,
        move |s, code| if source_mode { s.source_bytes(&code) } else { s.eval_bytes(&code, true) },
        |out| outcome_list(&out),
    )
}

fn map<T, U>(r: Reply<T>, f: impl FnOnce(T) -> U) -> Reply<U> {
    match r {
        Reply::Done(v) => Reply::Done(f(v)),
        Reply::Interrupted(v, c) => Reply::Interrupted(f(v), c),
        Reply::Failed(m) => Reply::Failed(m),
    }
}

#[extendr]
fn rheap_gc(h: Robj, verbose: bool, reset: bool, full: bool) -> Robj {
    let r = worker::with_session(rapi::session_id(&h), move |s| s.gc(verbose, reset, full));
    to_r(map(r, |(m, out)| Robj::from(list!(values = m.values.to_vec(), output = output_list(&out)))))
}

// `gcinfo()`: `verbose` NA leaves the flag as it is.
#[extendr]
fn rheap_gcinfo(h: Robj, verbose: Rbool) -> Robj {
    let v = if verbose.is_na() { None } else { Some(verbose.is_true()) };
    to_r(map(worker::with_session(rapi::session_id(&h), move |s| s.gcinfo(v)), Robj::from))
}

#[extendr]
fn rheap_object_size(h: Robj, code: Robj) -> Robj {
    let measure = |s: &mut Session, code: Vec<u8>| match std::str::from_utf8(&code) {
        Ok(text) => s.object_size(text).map_err(|e| match s.last_stop() {
            Some(_) => (e.message, true),
            None => (e.r_text(), false),
        }),
        Err(_) => Err((rheap_core::lang::parse::invalid_text_error(&code).r_text(), false)),
    };
    with_code(&h, &code, measure, |r| match r {
        Ok((bytes, alloc, out)) => Robj::from(list!(bytes = bytes, allocator = alloc, output = output_list(&out))),
        Err((message, stopped)) => Robj::from(list!(sim_error = message, stop = stopped)),
    })
}

#[extendr]
fn rheap_events(h: Robj) -> Robj {
    let r = worker::with_session(rapi::session_id(&h), |s| s.events().to_vec());
    to_r(map(r, |ev| events_list(&ev)))
}

/// Collections as the columns of `sim_events()`.
fn events_list(ev: &[rheap_core::GcEvent]) -> Robj {
    let col = |f: &dyn Fn(&rheap_core::GcEvent) -> f64| ev.iter().map(f).collect::<Vec<f64>>();
    let mb = |x: u64, unit: u64| rheap_core::report::report_mb(x, unit);
    let pct = |x: u64, t: u64| rheap_core::report::percent(x, t) as f64;
    Robj::from(list!(
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
        alloc_time = col(&|e| e.serial as f64),
        line = col(&|e| e.line.map_or(f64::NAN, |l| l as f64))
    ))
}

#[extendr]
fn rheap_summary(h: Robj) -> Robj {
    let r = worker::with_session(rapi::session_id(&h), |s| s.summary());
    to_r(map(r, |s| {
        Robj::from(list!(
            profile = s.profile,
            ncells_used = s.ncells_used,
            vcells_used = s.vcells_used,
            ncells_trigger = s.ncells_trigger,
            vcells_trigger = s.vcells_trigger,
            n_gcs = s.n_gcs as f64
        ))
    }))
}

#[extendr]
fn rheap_pool(h: Robj) -> Robj {
    let r = worker::with_session(rapi::session_id(&h), |s| s.pool());
    to_r(map(r, |rows| {
        let col = |f: &dyn Fn(&rheap_core::heap::pool::PoolRow) -> f64| rows.iter().map(f).collect::<Vec<f64>>();
        Robj::from(list!(
            class = col(&|r| r.class as f64),
            node_bytes = col(&|r| r.node_bytes as f64),
            nodes_per_page = col(&|r| r.nodes_per_page as f64),
            pages = col(&|r| r.pages as f64),
            slots_in_use = col(&|r| r.slots_in_use as f64),
            slots_free = col(&|r| r.slots_free as f64),
            fragmentation = col(&|r| r.fragmentation),
            pages_released = col(&|r| r.pages_released as f64)
        ))
    }))
}

#[extendr]
fn rheap_copies(h: Robj) -> Robj {
    let r = worker::with_session(rapi::session_id(&h), |s| s.copies().to_vec());
    to_r(map(r, |c| {
        Robj::from(list!(
            line = c.iter().map(|r| r.line as f64).collect::<Vec<f64>>(),
            what = c.iter().map(|r| r.type_name).collect::<Vec<&str>>(),
            length = c.iter().map(|r| r.length as f64).collect::<Vec<f64>>(),
            vcells = c.iter().map(|r| r.vcells as f64).collect::<Vec<f64>>(),
            reason = c.iter().map(|r| r.reason).collect::<Vec<&str>>()
        ))
    }))
}

#[extendr]
fn rheap_notes(h: Robj) -> Robj {
    to_r(map(worker::with_session(rapi::session_id(&h), |s| s.notes().to_vec()), Robj::from))
}

/// Where an object lives, as the `environment` column of the tables of live objects says it.
fn place_label(p: &Place) -> String {
    match p {
        Place::Global => "R_GlobalEnv".into(),
        Place::Frame(call) => call.clone(),
        Place::Variable { name, within } => format!("{name} in {}", place_label(within)),
        Place::ClosureEnv { name, within } => format!("environment(<{name}>) in {}", place_label(within)),
        Place::Other => "<environment>".into(),
        Place::Temporary => "(temporary)".into(),
    }
}

/// A table of live objects as columns.
fn contents_list(c: &Contents) -> Robj {
    let o = &c.objects;
    let num = |f: &dyn Fn(&rheap_core::census::LiveObject) -> f64| o.iter().map(f).collect::<Vec<f64>>();
    let names: Vec<Option<String>> = o.iter().map(|x| x.name.clone()).collect();
    list!(
        name = names.iter().map(|n| n.as_deref().unwrap_or("")).collect::<Vec<&str>>(),
        named = o.iter().map(|x| x.name.is_some()).collect::<Vec<bool>>(),
        environment = o.iter().map(|x| place_label(&x.place)).collect::<Vec<String>>(),
        type_name = o.iter().map(|x| x.type_name).collect::<Vec<&str>>(),
        length = num(&|x| x.length as f64),
        object_size = num(&|x| x.object_size),
        allocator_bytes = num(&|x| x.allocator_bytes),
        refs = num(&|x| x.refs as f64),
        same_as = o.iter().map(|x| x.same_as.as_deref().unwrap_or("")).collect::<Vec<&str>>(),
        calls = c.calls.clone(),
        usage = vec![c.ncells as f64, c.vcells as f64, c.reachable_ncells as f64, c.reachable_vcells as f64]
    )
    .into()
}

// A copy of a session in the same state: a forked child's view.
#[extendr]
fn rheap_replica(h: Robj) -> Robj {
    let id = rapi::session_id(&h);
    if !worker::is_live(id) {
        return failed("`h` is not a live simulated session: make one with heap()");
    }
    let id = id.expect("live");
    let make = move |sessions: &std::collections::HashMap<u64, Session>| {
        let s = sessions.get(&id).ok_or("the session was lost")?;
        Ok(s.replica())
    };
    // (the copy has no step budget; it can be interrupted)
    match worker::create(make, None) {
        Reply::Done(Ok(id)) => rapi::session_handle(id, collected),
        Reply::Done(Err(m)) | Reply::Failed(m) => failed(&m),
        Reply::Interrupted(_, cond) => list!(condition = cond).into(),
    }
}

// The objects alive now (variables of the global environment and what they reach), largest first.
#[extendr]
fn rheap_objects(h: Robj) -> Robj {
    to_r(map(worker::with_session(rapi::session_id(&h), |s| s.objects()), |c| contents_list(&c)))
}

// Run code (as source() when `source_mode`) and find its true peak and what was alive at it.
#[extendr]
fn rheap_simulate(h: Robj, code: Robj, source_mode: bool) -> Robj {
    let run = move |s: &mut Session, code: Vec<u8>| {
        let run = s.simulate(&code, source_mode);
        let h = s.heap();
        let (n_max, v_max) = (h.n_maxused, h.v_maxused);
        // the final gc() of the run, in a copy: the session itself is not collected
        let (gc, gc_event) = s.gc_in_copy();
        (run, n_max, v_max, gc, gc_event)
    };
    with_code(&h, &code, run, |(run, n_max, v_max, gc, gc_event)| {
        let p = &run.peak;
        Robj::from(list!(
            gc = gc.values.to_vec(),
            gc_event = events_list(gc_event.as_slice()),
            outcome = outcome_list(&run.outcome),
            peak = vec![
                p.bytes as f64,
                p.ncells as f64,
                p.vcells as f64,
                p.line as f64,
                p.ncells_max as f64,
                p.vcells_max as f64,
                p.serial as f64
            ],
            start = vec![run.start_ncells as f64, run.start_vcells as f64, run.start_serial as f64],
            max_used = vec![n_max as f64, v_max as f64],
            contents = run.contents.as_ref().map_or_else(|| Robj::from(()), contents_list),
            contents_missing = run.contents_missing.clone()
        ))
    })
}

// A failure of the simulator itself, for the tests of what the user sees then (an R error of
// class rheap_error saying so, nothing else printed, the session usable afterwards).
#[extendr]
fn rheap_internal_failure(h: Robj) -> Robj {
    let r =
        worker::with_session(rapi::session_id(&h), |_| -> bool { panic!("the internal failure the tests ask for") });
    to_r(map(r, Robj::from))
}

extendr_module! {
    mod rheap;
    fn rheap_new;
    fn rheap_eval;
    fn rheap_gc;
    fn rheap_gcinfo;
    fn rheap_object_size;
    fn rheap_events;
    fn rheap_summary;
    fn rheap_pool;
    fn rheap_copies;
    fn rheap_notes;
    fn rheap_objects;
    fn rheap_replica;
    fn rheap_simulate;
    fn rheap_internal_failure;
}
