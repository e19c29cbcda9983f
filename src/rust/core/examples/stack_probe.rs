//! How much host stack a nested simulated R call takes: run a recursion of depth `n` on a thread
//! with a given stack size. `cargo run --release --example stack_probe -- STACK_KB DEPTH`

use rheap_core::{HeapConfig, Session};

fn main() {
    let a: Vec<String> = std::env::args().collect();
    let kb: usize = a[1].parse().unwrap();
    let depth: usize = a[2].parse().unwrap();
    let h = std::thread::Builder::new()
        .stack_size(kb * 1024)
        .spawn(move || {
            let mut s = Session::new(HeapConfig::default()).unwrap();
            let out = s.eval(&format!("f <- function(n) {{ if (n > 0) f(n - 1) else 0 }}\nf({depth})"), true);
            println!("{:?} {:?}", out.output.text(rheap_core::Stream::Stdout).trim(), out.error.map(|e| e.message));
        })
        .unwrap();
    let _ = h.join();
}
