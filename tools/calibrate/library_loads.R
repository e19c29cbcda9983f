# library_loads.R -- what R's lazy loading of each closure of base, stats and utils costs.
#
# For every closure of src/rust/core/data/library/{base,stats,utils}.R, in its own fresh
# `Rscript --vanilla` process with the JIT off: whether start-up already forced its promise, and
# otherwise what forcing it retains (Ncells, Vcells after a full collection) and the garbage the
# lazy-load machinery leaves (the peak before that collection, which `gc()`'s max used records
# after a reset, less what is retained). The measuring function's own cost is taken out by
# forcing an already-forced function the same way first.
#
# Usage, from the project root (about 10 minutes):
#   Rscript --vanilla tools/calibrate/library_loads.R src/rust/core/data/library-loads.tsv
out <- commandArgs(TRUE)[1L]
child <- tempfile(fileext = ".R")
writeLines(c(
    "a <- commandArgs(TRUE); pkg <- a[1L]; name <- a[2L]",
    "env <- if (pkg == 'base') baseenv() else asNamespace(pkg)",
    "g <- function() .Internal(gc(FALSE, TRUE, TRUE))",
    "h <- function() .Internal(gc(FALSE, FALSE, TRUE))",
    "force1 <- function(n) invisible(env[[n]])",
    "# used, and max used less used, after forcing: local variables only, so that the measuring",
    "# itself binds nothing new; warmed up twice, its own cost measured on an already forced function",
    "m <- function(n) { a <- g(); force1(n); b <- h(); c(b[1:2] - a[1:2], b[11:12] - b[1:2]) }",
    "invisible(m('invisible')); invisible(m('invisible')); loop <- m('invisible')",
    "r <- m(name) - loop",
    "cat(sprintf('%d\\t%d\\t%d\\t%d\\n', as.integer(r[1]), as.integer(r[2]), as.integer(r[3]), as.integer(r[4])))"),
    child)
# start-up's forced promises, listed by lazy_loads.R's C helper in a fresh process that does nothing
# else (building the helper here forces functions start-up does not)
source("tools/calibrate/lazy_loads.R")
lib <- forced_helper()
forced_at_start <- function(pkg) {
    code <- sprintf("dyn.load('%s'); cat(.Call('forced', %s), sep = '\\n')", lib,
                    if (pkg == "base") "baseenv()" else sprintf("asNamespace('%s')", pkg))
    system2(file.path(R.home("bin"), "Rscript"), c("--vanilla", "-e", shQuote(code)), stdout = TRUE)
}
rows <- "package\tname\tforced_at_start\tncells\tvcells\tgarbage_ncells\tgarbage_vcells"
for (pkg in c("base", "stats", "utils")) {
    lines <- readLines(file.path("src/rust/core/data/library", paste0(pkg, ".R")))
    names <- sub("^#@ closure [a-z]+ ", "", grep("^#@ closure ", lines, value = TRUE))
    forced <- forced_at_start(pkg)
    for (n in names) {
        if (n %in% forced) {
            rows <- c(rows, paste(pkg, n, 1L, 0L, 0L, 0L, 0L, sep = "\t"))
            next
        }
        r <- system2(file.path(R.home("bin"), "Rscript"), c("--vanilla", child, pkg, shQuote(n)),
                     stdout = TRUE, stderr = FALSE, env = "R_ENABLE_JIT=0")
        rows <- c(rows, paste(pkg, n, 0L, r, sep = "\t"))
    }
    cat(pkg, "done\n")
}
writeLines(rows, out)
