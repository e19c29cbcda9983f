//! The collector marks from the roots and sweeps: what is unreachable goes, cycles included, and
//! the counters always equal the sum over the objects that remain.

use rheap_core::heap::{Body, Val};
use rheap_core::lang::interp::Interp;
use rheap_core::startup::rscript_session;
use rheap_core::HeapConfig;

fn session() -> Interp {
    rscript_session(&HeapConfig::default()).unwrap()
}

/// Names used as bindings below become symbols (permanent) the first time; install them first so
/// the counts compare the objects alone.
fn prepare(it: &mut Interp) {
    for name in ["other", "data", "e", "x"] {
        it.install(name).unwrap();
    }
}

fn full_gc(it: &mut Interp) {
    it.heap.gc_explicit(false, true);
}

/// Two environments that point at each other and at a large vector, reachable from nothing: a
/// reference count would keep all three forever; R's collector (and rheap's) frees them.
#[test]
fn an_unreachable_cycle_of_environments_is_collected() {
    let mut it = session();
    prepare(&mut it);
    full_gc(&mut it);
    let (n0, v0) = (it.heap.nodes_in_use, it.heap.vcells_in_use());

    let mark = it.heap.root_mark();
    let g = it.global;
    let a = it.new_env(g, 0).unwrap();
    let b = it.new_env(g, 0).unwrap();
    let big = it.new_num(rheap_core::heap::SexpType::Real, 1_000_000, rheap_core::heap::Num::Fill(0.0)).unwrap();
    it.define(a, "other", Val::Obj(b)).unwrap();
    it.define(b, "other", Val::Obj(a)).unwrap();
    it.define(a, "data", Val::Obj(big)).unwrap();
    assert!(it.heap.obj(a).refs > 0 && it.heap.obj(b).refs > 0, "each env is referenced by the other");
    it.heap.release_to(mark, None); // nothing holds them any more

    full_gc(&mut it);
    assert_eq!((it.heap.nodes_in_use, it.heap.vcells_in_use()), (n0, v0));
    assert!(matches!(it.heap.obj(a).body, Body::Free));
    assert!(matches!(it.heap.obj(b).body, Body::Free));
}

/// The same cycle bound to a global variable survives, and goes once the variable is removed.
#[test]
fn a_reachable_cycle_survives_until_unbound() {
    let mut it = session();
    prepare(&mut it);
    full_gc(&mut it);
    let n0 = it.heap.nodes_in_use;
    let g = it.global;
    let a = it.new_env(g, 0).unwrap();
    let b = it.new_env(g, 0).unwrap();
    it.define(a, "other", Val::Obj(b)).unwrap();
    it.define(b, "other", Val::Obj(a)).unwrap();
    it.define(g, "e", Val::Obj(a)).unwrap();
    it.heap.release_to(0, None);
    full_gc(&mut it);
    // two envs with one binding cell each, and the global binding
    assert_eq!(it.heap.nodes_in_use, n0 + 5);
    it.unbind(g, "e");
    full_gc(&mut it);
    assert_eq!(it.heap.nodes_in_use, n0);
}

/// Level-0 collections leave old garbage alone (floating garbage); a level-1 collection frees it.
#[test]
fn old_garbage_floats_until_its_generation_is_collected() {
    let mut it = session();
    prepare(&mut it);
    full_gc(&mut it);
    let g = it.global;
    let x = it.new_num(rheap_core::heap::SexpType::Real, 100_000, rheap_core::heap::Num::Fill(0.0)).unwrap();
    it.define(g, "x", Val::Obj(x)).unwrap();
    it.heap.release_to(0, None);
    // a level-0 collection promotes x to the old generation
    it.heap.gc_explicit(false, false);
    assert_eq!(it.heap.events.last().unwrap().level, 0);
    let v_live = it.heap.vcells_in_use();
    // replace x: the old vector is garbage, but old
    let y = it.new_num(rheap_core::heap::SexpType::Real, 10, rheap_core::heap::Num::Fill(0.0)).unwrap();
    it.define(g, "x", Val::Obj(y)).unwrap();
    it.heap.release_to(0, None);
    it.heap.gc_explicit(false, false);
    assert_eq!(it.heap.events.last().unwrap().level, 0);
    assert_eq!(it.heap.vcells_in_use(), v_live + 16, "the old vector floats");
    it.heap.policy.num_old_gens_to_collect = 1;
    it.heap.gc_explicit(false, false);
    assert_eq!(it.heap.events.last().unwrap().level, 1);
    assert_eq!(it.heap.vcells_in_use(), v_live - 100_000 + 16, "level 1 frees it");
}

/// A string made and dropped at once stays while it heads its chain of the CHARSXP cache: the
/// table is old and on an old-to-new list (mkCharLenCE writes each new head into it), so a
/// collection that leaves the table's generation alone marks every head (memory.c RunGenCollect,
/// before the weak pass over the cache); only a collection of the table's generation frees it.
#[test]
fn garbage_strings_at_chain_heads_survive_young_collections() {
    let mut it = session();
    prepare(&mut it);
    full_gc(&mut it);
    let n0 = it.heap.nodes_in_use;
    let mark = it.heap.root_mark();
    for i in 0..100 {
        it.mk_char(&format!("rheap-garbage-{i}")).unwrap();
    }
    it.heap.release_to(mark, None);
    it.heap.gc_explicit(false, false);
    assert_eq!(it.heap.events.last().unwrap().level, 0);
    assert_eq!(it.heap.nodes_in_use, n0 + 100, "level 0 keeps the 100 heads");
    it.heap.policy.num_old_gens_to_collect = 1;
    it.heap.gc_explicit(false, false);
    assert_eq!(it.heap.events.last().unwrap().level, 1);
    assert_eq!(it.heap.nodes_in_use, n0 + 100, "level 1 keeps them too: the table is in the oldest generation");
    full_gc(&mut it);
    assert_eq!(it.heap.nodes_in_use, n0, "a full collection frees them");
}
