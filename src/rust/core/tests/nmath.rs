//! R's mathematical library against R 4.2.2: every value of `tests/fixtures/nmath-values.tsv`
//! (recorded by `tools/calibrate/nmath_values.R`) recomputed by `rheap_core::nmath`.

use rheap_core::nmath::{beta, binom, distn, gamma, normal, polygamma, round, t};

fn parse(s: &str) -> f64 {
    match s {
        "NA" => f64::NAN,
        "NaN" => f64::NAN,
        "Inf" => f64::INFINITY,
        "-Inf" => f64::NEG_INFINITY,
        _ => s.parse().unwrap_or_else(|_| panic!("bad number {s}")),
    }
}

fn compute(fun: &str, x: f64, a: f64, b: f64, lt: bool, lg: bool) -> f64 {
    match fun {
        "pnorm" => normal::pnorm(x, a, b, lt, lg),
        "qnorm" => normal::qnorm(x, a, b, lt, lg),
        "dnorm" => normal::dnorm(x, a, b, lg),
        "pt" => t::pt(x, a, lt, lg),
        "qt" => t::qt(x, a, lt, lg),
        "dt" => t::dt(x, a, lg),
        "pchisq" => distn::pchisq(x, a, lt, lg),
        "qchisq" => distn::qchisq(x, a, lt, lg),
        "dchisq" => distn::dchisq(x, a, lg),
        // R passes scale = 1/rate
        "pgamma" => distn::pgamma(x, a, 1. / b, lt, lg),
        "qgamma" => distn::qgamma(x, a, 1. / b, lt, lg),
        "dgamma" => distn::dgamma(x, a, 1. / b, lg),
        "pbeta" => beta::pbeta(x, a, b, lt, lg),
        "qbeta" => beta::qbeta(x, a, b, lt, lg),
        "dbeta" => beta::dbeta(x, a, b, lg),
        "pf" => beta::pf(x, a, b, lt, lg),
        "qf" => beta::qf(x, a, b, lt, lg),
        "df" => beta::df(x, a, b, lg),
        "pbinom" => beta::pbinom(x, a, b, lt, lg),
        "qbinom" => binom::qbinom(x, a, b, lt, lg),
        "dbinom" => binom::dbinom(x, a, b, lg),
        "ppois" => distn::ppois(x, a, lt, lg),
        "qpois" => distn::qpois(x, a, lt, lg),
        "dpois" => distn::dpois(x, a, lg),
        "pexp" => distn::pexp(x, 1. / a, lt, lg),
        "qexp" => distn::qexp(x, 1. / a, lt, lg),
        "dexp" => distn::dexp(x, 1. / a, lg),
        "punif" => distn::punif(x, a, b, lt, lg),
        "qunif" => distn::qunif(x, a, b, lt, lg),
        "dunif" => distn::dunif(x, a, b, lg),
        "plnorm" => distn::plnorm(x, a, b, lt, lg),
        "qlnorm" => distn::qlnorm(x, a, b, lt, lg),
        "dlnorm" => distn::dlnorm(x, a, b, lg),
        "plogis" => distn::plogis(x, a, b, lt, lg),
        "qlogis" => distn::qlogis(x, a, b, lt, lg),
        "dlogis" => distn::dlogis(x, a, b, lg),
        "pcauchy" => distn::pcauchy(x, a, b, lt, lg),
        "qcauchy" => distn::qcauchy(x, a, b, lt, lg),
        "dcauchy" => distn::dcauchy(x, a, b, lg),
        "pweibull" => distn::pweibull(x, a, b, lt, lg),
        "qweibull" => distn::qweibull(x, a, b, lt, lg),
        "dweibull" => distn::dweibull(x, a, b, lg),
        "pgeom" => distn::pgeom(x, a, lt, lg),
        "qgeom" => distn::qgeom(x, a, lt, lg),
        "dgeom" => distn::dgeom(x, a, lg),
        "gamma" => gamma::gammafn(x),
        "lgamma" => gamma::lgammafn(x),
        "digamma" => polygamma::digamma(x),
        "trigamma" => polygamma::trigamma(x),
        "psigamma" => polygamma::psigamma(x, a),
        "cospi" => gamma::cospi(x),
        "sinpi" => gamma::sinpi(x),
        "tanpi" => gamma::tanpi(x),
        "beta" => gamma::beta(x, a),
        "lbeta" => gamma::lbeta(x, a),
        "choose" => gamma::choose(x, a),
        "lchoose" => gamma::lchoose(x, a),
        "round" => round::fround(x, a),
        "signif" => round::fprec(x, a),
        _ => panic!("no function {fun}"),
    }
}

#[test]
fn nmath_agrees_with_r() {
    let text = include_str!("../../../../tests/fixtures/nmath-values.tsv");
    let (mut n, mut exact) = (0, 0);
    let mut bad = Vec::new();
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let (x, a, b, want) = (parse(f[1]), parse(f[2]), parse(f[3]), parse(f[6]));
        let got = compute(f[0], x, a, b, f[4] == "1", f[5] == "1");
        let _ = rheap_core::nmath::take_warnings();
        n += 1;
        let same = (got.is_nan() && want.is_nan()) || got == want;
        if same {
            exact += 1;
        } else {
            bad.push(format!("{line}\tgot {got:e} (rel {:.1e})", ((got - want) / want).abs()));
        }
    }
    // every value is the same double as R's (the same algorithms, the same C library)
    assert!(bad.is_empty(), "{} of {n} values differ from R's:\n{}", bad.len(), bad.join("\n"));
    assert_eq!(exact, n);
}
