//! Run a recorded workload the way `record.R` did and print rheap's collections beside R's.
//! `cargo run --example trace -- path/to/workload.R`

use rheap_core::{GcMatrix, HeapConfig, Session, Stream};

fn mb(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn main() {
    let path = std::path::PathBuf::from(std::env::args().nth(1).expect("usage: trace WORKLOAD.R"));
    let j: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(path.with_extension("json")).unwrap()).unwrap();
    let s0 = &j["start"];
    let f = |k: &str| s0[k].as_f64().unwrap();
    let m = GcMatrix {
        values: [
            f("ncells_used"),
            f("vcells_used"),
            mb(f("ncells_used_mb")),
            mb(f("vcells_used_mb")),
            f("ncells_trigger"),
            f("vcells_trigger"),
            mb(f("ncells_trigger_mb")),
            mb(f("vcells_trigger_mb")),
            f64::NAN,
            f64::NAN,
            f("ncells_max_used"),
            f("vcells_max_used"),
            mb(f("ncells_max_used_mb")),
            mb(f("vcells_max_used_mb")),
        ],
    };
    let mut s = Session::from_gc(&m, HeapConfig::default()).unwrap();
    s.gcinfo(Some(true));
    let out = s.source(&std::fs::read_to_string(&path).unwrap());
    s.gcinfo(Some(false));
    let (end, _) = s.gc(false, false, true);
    print!("{}", out.output.text(Stream::Stdout));
    if let Some(e) = out.error {
        println!("ERROR {e}");
    }
    let gcs = j["gcs"].as_array().unwrap();
    let ours: Vec<_> = s.events().iter().collect();
    println!(" n  | R: lvl cons  vec   | rheap: n lvl  cons   vec  trigger  line  reason");
    for (k, e) in ours.iter().enumerate() {
        let r = gcs.iter().find(|g| g["n"].as_u64() == Some(e.n as u64));
        let rs = r.map_or("               ".to_string(), |g| {
            format!("{} {:>5} {:>6}", g["level"], g["cons_mb"], g["vec_mb"])
        });
        println!(
            "{:>3} | {} | {:>3} {} {:>6.1} {:>6.1} {:>9} {:>4?} {:?}/{:?} N{} V{}",
            e.n,
            rs,
            k,
            e.level,
            rheap_core::report::report_mb(e.ncells_used, 56),
            rheap_core::report::report_mb(e.vcells_used, 8),
            e.vcells_trigger,
            e.line,
            e.trigger,
            e.level_reason,
            e.ncells_before,
            e.vcells_before
        );
    }
    let e = &j["end"];
    println!("end used   R {} {}  rheap {} {}", e["ncells_used"], e["vcells_used"], end.values[0], end.values[1]);
    println!(
        "end max    R {} {}  rheap {} {}",
        e["ncells_max_used"], e["vcells_max_used"], end.values[10], end.values[11]
    );
    println!("end trig   R {} {}  rheap {} {}", e["ncells_trigger"], e["vcells_trigger"], end.values[4], end.values[5]);
}
