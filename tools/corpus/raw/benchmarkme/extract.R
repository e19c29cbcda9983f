# extract.R -- write R-benchmark-25's tests as the CRAN package benchmarkme 1.0.8 runs them, one
# script per test, from Debian's r-cran-benchmarkme (GPL-2, Colin Gillespie):
#
#   Rscript --vanilla tools/corpus/raw/benchmarkme/extract.R   (as root: apt-get download)
#
# Each script is the package's functions, deparsed from its lazy-load database (the byte-compiled
# closures keep no source), followed by one call of the test, as benchmark_std() makes it but with
# runs = 1 and verbose = FALSE (its timings are computed, never printed). One change: benchmarkme's
# Rnorm() calls RcppZiggurat::zrnorm() when that package is installed and rnorm() otherwise; the
# scripts define it as the latter.
out <- "tools/corpus/raw/benchmarkme"
td <- tempfile("bm"); dir.create(td)
owd <- setwd(td)
stopifnot(system2("apt-get", c("download", "-qq", "r-cran-benchmarkme=1.0.8-1")) == 0L)
deb <- list.files(pattern = "\\.deb$")
stopifnot(system2("dpkg-deb", c("-x", deb, "x")) == 0L)
setwd(owd)
e <- new.env()
lazyLoad(file.path(td, "x/usr/lib/R/site-library/benchmarkme/R/benchmarkme"), envir = e)
src <- function(name) {
  f <- get(name, e)
  environment(f) <- globalenv()
  c(paste(name, "<-"), deparse(f, control = c("keepInteger", "keepNA", "niceNames", "showAttributes")))
}
rnorm_def <- c("Rnorm <- function(n) rnorm(n)  # benchmarkme's Rnorm() without RcppZiggurat")
tests <- grep("^bm_(prog|matrix)_", ls(e), value = TRUE)
for (t in tests) {
  body_lines <- src(t)
  uses <- function(f) any(grepl(paste0("\\b", f, "\\("), body_lines))
  lines <- c(if (uses("Rnorm")) rnorm_def, if (uses("timings_mean")) src("timings_mean"), body_lines,
             paste0("timings <- ", t, "(runs = 1, verbose = FALSE)"))
  writeLines(lines, file.path(out, paste0(t, ".R")))
}
unlink(td, recursive = TRUE)
cat(length(tests), "tests written\n")
