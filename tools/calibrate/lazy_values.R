# lazy_values.R -- what forcing a lazy-loaded value costs in R 4.2.2: every dataset of the datasets
# package and every variable of base, stats and utils that a fresh session holds as an unforced
# promise of its package's lazy-load database (the `lazy` entries of
# src/rust/core/data/library/values.txt, written by tools/library/values.R).
#
# For each, in its own fresh `Rscript --vanilla` process: what forcing it (`x <- env[[name]]`)
# retains (Ncells, Vcells after a full collection) and the garbage it leaves (the peak before that
# collection, which `gc()`'s max used records after a reset, less what is retained), less the same
# for a variable that is no promise (`T`). Also the
# record's uncompressed length (the first 4 bytes of its record in the .rdb), which lazyLoadDBfetch
# decompresses into.
#
# Usage, from the project root (about a minute):
#   Rscript --vanilla tools/calibrate/lazy_values.R tests/fixtures/lazy-value-loads.tsv
out <- commandArgs(TRUE)[1L]
child <- tempfile(fileext = ".R")
writeLines(c(
    "# top-level statements: the measuring binds nothing new (every variable exists before), and",
    "# the first lookup of each global variable (which adds a cell to R's global variable cache)",
    "# happens before; its own cost is measured on a variable that is no promise (T), twice",
    "a <- commandArgs(TRUE)",
    "e2 <- switch(a[1L], base = baseenv(), datasets = as.environment('package:datasets'), asNamespace(a[1L]))",
    "n2 <- a[2L]; e <- baseenv(); n <- 'T'; x <- NULL; r0 <- NULL; r1 <- NULL; loop <- NULL; r <- NULL",
    "invisible(list(e, n, e2, n2))",
    "r0 <- .Internal(gc(FALSE, TRUE, TRUE)); x <- e[[n]]; r1 <- .Internal(gc(FALSE, FALSE, TRUE)); loop <- c(r1[1:2] - r0[1:2], r1[11:12] - r1[1:2])",
    "r0 <- .Internal(gc(FALSE, TRUE, TRUE)); x <- e[[n]]; r1 <- .Internal(gc(FALSE, FALSE, TRUE)); loop <- c(r1[1:2] - r0[1:2], r1[11:12] - r1[1:2])",
    "r0 <- .Internal(gc(FALSE, TRUE, TRUE)); x <- e2[[n2]]; r1 <- .Internal(gc(FALSE, FALSE, TRUE)); r <- c(r1[1:2] - r0[1:2], r1[11:12] - r1[1:2]) - loop",
    "cat(sprintf('%d\\t%d\\t%d\\t%d\\n', as.integer(r[1]), as.integer(r[2]), as.integer(r[3]), as.integer(r[4])))"),
    child)
values <- readLines("src/rust/core/data/library/values.txt")
lazy <- do.call(rbind, strsplit(grep("^#@ value [a-z]+ \\S+ lazy [0-9]+$", values, value = TRUE), " "))
rdb_record_length <- function(pkg, name) {
    bases <- if (pkg == "datasets") file.path(R.home("library"), "datasets", "data", "Rdata")
             else file.path(R.home("library"), pkg, "R", c(pkg, "sysdata"))
    for (base in bases[file.exists(paste0(bases, ".rdx"))]) {
        key <- readRDS(paste0(base, ".rdx"))$variables[[name]]
        if (is.null(key)) next
        con <- file(paste0(base, ".rdb"), "rb"); seek(con, key[1L]); b <- readBin(con, "raw", 4L); close(con)
        return(sum(as.integer(b) * 256^(3:0)))
    }
    stop("no record for ", pkg, "::", name)
}
rows <- "package\tname\tncells\tvcells\tgarbage_ncells\tgarbage_vcells\trecord_length"
for (i in seq_len(nrow(lazy))) {
    pkg <- lazy[i, 3L]; name <- lazy[i, 4L]
    r <- system2(file.path(R.home("bin"), "Rscript"), c("--vanilla", child, pkg, shQuote(name)),
                 stdout = TRUE, stderr = FALSE)
    rows <- c(rows, paste(pkg, name, r, rdb_record_length(pkg, name), sep = "\t"))
}
writeLines(rows, out)
cat(nrow(lazy), "lazy values measured ->", out, "\n")
