# nmath_values.R -- values of R's mathematical library on a grid of arguments, for the Rust
# tests of src/rust/core/src/nmath (tests/nmath.rs).
#
# Usage, from the project root: Rscript --vanilla tools/calibrate/nmath_values.R
# Writes tests/fixtures/nmath-values.tsv: function, its arguments (x or p or q first, then up to
# two parameters; NA where a function has fewer), lower.tail, log (or log.p), and R's value,
# each number with 17 significant digits (exact round trip).
stopifnot(getRversion() == "4.2.2")
rows <- list()
fmt <- function(v) ifelse(is.na(v) & !is.nan(v), "NA", sprintf("%.17g", v))
add <- function(fun, x, a = NA, b = NA, lower = TRUE, log = FALSE) {
  f <- get(fun, mode = "function")
  args <- list(x)
  if (!is.na(a)) args <- c(args, list(a))
  if (!is.na(b)) args <- c(args, list(b))
  fm <- names(formals(args(f)))
  if ("lower.tail" %in% fm) args$lower.tail <- lower
  if ("log.p" %in% fm) args$log.p <- log else if ("log" %in% fm) args$log <- log
  v <- suppressWarnings(do.call(f, args))
  rows[[length(rows) + 1L]] <<- data.frame(fun = fun, x = fmt(x), a = fmt(a), b = fmt(b),
                                           lower = as.integer(lower), log = as.integer(log), value = fmt(v))
}
xs <- c(-3, -1.5, -0.2, 0, 1e-8, 0.3, 1, 2.5, 7, 40, 1e3)
ps <- c(0, 1e-12, 1e-4, 0.025, 0.3, 0.5, 0.77, 0.975, 0.9999, 1)
lps <- c(-1000, -50, -3, -0.7, -1e-5)
for (lt in c(TRUE, FALSE)) for (lg in c(FALSE, TRUE)) {
  pp <- if (lg) lps else ps
  for (x in xs) {
    add("pnorm", x, 0, 1, lt, lg); add("pnorm", x, 1, 2.5, lt, lg)
    for (df in c(0.5, 1, 2, 3.5, 10, 200)) add("pt", x, df, NA, lt, lg)
    for (df in c(0.7, 1, 3, 12, 150)) add("pchisq", abs(x), df, NA, lt, lg)
    for (s in c(0.3, 1, 2.5, 30)) add("pgamma", abs(x), s, 1.7, lt, lg)
    for (ab in list(c(0.5, 0.5), c(2, 3), c(0.2, 8), c(30, 50), c(150, 120), c(1, 1e-3)))
      add("pbeta", min(abs(x) / 10, 1), ab[1], ab[2], lt, lg)
    for (d in list(c(1, 1), c(3, 12), c(10, 0.5), c(50, 60))) add("pf", abs(x), d[1], d[2], lt, lg)
    add("pbinom", round(abs(x)), 10, 0.3, lt, lg); add("pbinom", round(abs(x)), 300, 0.02, lt, lg)
    add("ppois", round(abs(x)), 2.5, NA, lt, lg); add("ppois", round(abs(x)), 400, NA, lt, lg)
    add("pexp", x, 2, NA, lt, lg); add("punif", x, -1, 3, lt, lg)
    add("plnorm", abs(x), 0.5, 1.2, lt, lg); add("plogis", x, 1, 2, lt, lg)
    add("pcauchy", x, 0, 1, lt, lg); add("pweibull", abs(x), 1.5, 2, lt, lg)
    add("pgeom", round(abs(x)), 0.2, NA, lt, lg)
  }
  for (p in pp) {
    add("qnorm", p, 0, 1, lt, lg); add("qnorm", p, 3, 0.5, lt, lg)
    for (df in c(0.5, 1, 2, 3.5, 10, 200)) add("qt", p, df, NA, lt, lg)
    for (df in c(0.7, 1, 3, 12, 150)) add("qchisq", p, df, NA, lt, lg)
    for (s in c(0.3, 1, 2.5, 30)) add("qgamma", p, s, 1.7, lt, lg)
    for (ab in list(c(0.5, 0.5), c(2, 3), c(0.2, 8), c(30, 50), c(150, 120)))
      add("qbeta", p, ab[1], ab[2], lt, lg)
    for (d in list(c(1, 1), c(3, 12), c(10, 0.5), c(50, 60))) add("qf", p, d[1], d[2], lt, lg)
    add("qbinom", p, 10, 0.3, lt, lg); add("qbinom", p, 300, 0.02, lt, lg)
    add("qpois", p, 2.5, NA, lt, lg); add("qpois", p, 400, NA, lt, lg); add("qpois", p, 1e5, NA, lt, lg)
    add("qexp", p, 2, NA, lt, lg); add("qunif", p, -1, 3, lt, lg)
    add("qlnorm", p, 0.5, 1.2, lt, lg); add("qlogis", p, 1, 2, lt, lg)
    add("qcauchy", p, 0, 1, lt, lg); add("qweibull", p, 1.5, 2, lt, lg); add("qgeom", p, 0.2, NA, lt, lg)
  }
}
for (lg in c(FALSE, TRUE)) for (x in xs) {
  add("dnorm", x, 0, 1, log = lg); add("dnorm", x * 10, 0.5, 0.3, log = lg)
  for (df in c(0.5, 1, 3.5, 10, 1e6)) add("dt", x, df, NA, log = lg)
  for (df in c(0.7, 2, 12)) add("dchisq", abs(x), df, NA, log = lg)
  for (s in c(0.3, 1, 2.5, 30)) add("dgamma", abs(x), s, 1.7, log = lg)
  for (ab in list(c(0.5, 0.5), c(2, 3), c(30, 50))) add("dbeta", min(abs(x) / 10, 1), ab[1], ab[2], log = lg)
  for (d in list(c(1, 1), c(3, 12), c(50, 60))) add("df", abs(x), d[1], d[2], log = lg)
  for (k in c(0, 1, 3, 10, 150)) {
    add("dbinom", k, 10, 0.3, log = lg); add("dbinom", k, 2000, pi / 10, log = lg)
    add("dpois", k, 2.5, NA, log = lg); add("dpois", k, 150.5, NA, log = lg); add("dgeom", k, 0.2, NA, log = lg)
  }
  add("dexp", x, 2, NA, log = lg); add("dunif", x, -1, 3, log = lg); add("dlnorm", abs(x), 0.5, 1.2, log = lg)
  add("dlogis", x, 1, 2, log = lg); add("dcauchy", x, 0, 1, log = lg); add("dweibull", abs(x), 1.5, 2, log = lg)
}
for (x in c(-10.5, -2.3, -0.5, 1e-300, 1e-5, 0.1, 0.5, 1, 1.5, 3, 4.7, 10, 11.5, 25, 100, 171.5, 1e5, 1e20)) {
  add("gamma", x); add("lgamma", x); add("digamma", x); add("trigamma", x)
  add("psigamma", x, 2); add("psigamma", x, 3)
  add("cospi", x); add("sinpi", x); add("tanpi", x)
  for (b in c(0.2, 3, 15, 300)) { add("beta", abs(x), b); add("lbeta", abs(x), b) }
}
for (n in c(-7.5, -3, 0, 1, 4, 5.5, 10, 50, 100, 1e4)) for (k in c(0, 1, 2, 3, 7, 30, 40)) {
  add("choose", n, k); add("lchoose", n, k)
}
for (x in c(-2.5, -1.005, 0.15, 0.125, 2.5, 2.675, 3.14159265, 12345.6789, 1e-300, 123456789.123))
  for (d in c(-3, -1, 0, 1, 2, 3, 5, 12)) { add("round", x, d); add("signif", x, d) }
out <- do.call(rbind, rows)
write.table(out, "tests/fixtures/nmath-values.tsv", sep = "\t", quote = FALSE, row.names = FALSE)
cat(nrow(out), "values\n")
