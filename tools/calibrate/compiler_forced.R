# compiler_forced.R -- which of the byte-code compiler's functions running each workload forces,
# as record.R runs it (source() in a fresh Rscript --vanilla).
#   Rscript --vanilla tools/calibrate/compiler_forced.R OUT.tsv WORKLOAD.R ...
# Writes `workload<TAB>functions` (space-separated, sorted), read by tests/workloads.rs. The
# compiler namespace's functions are promises of its lazy-load database; a small C helper lists
# those already forced (lazy_loads.R).
args <- commandArgs(TRUE)
out <- args[1L]
files <- args[-1L]
rscript <- file.path(R.home("bin"), "Rscript")
source(file.path(dirname(normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)[1L]))),
                 "lazy_loads.R"))
so <- forced_helper()
rows <- vapply(files, function(f) {
  child <- tempfile(fileext = ".R")
  writeLines(c(
    sprintf("dyn.load(%s); .ns <- asNamespace('compiler'); .b0 <- .Call('forced', .ns)", deparse(so)),
    "start <- gc(reset = TRUE)",
    "gcinfo(TRUE)",
    sprintf("source(%s)", deparse(normalizePath(f))),
    "gcinfo(FALSE)",
    ".b1 <- .Call('forced', .ns)",
    "cat('FORCED', sort(setdiff(.b1, .b0)), '\\n')"), child)
  o <- system2(rscript, c("--vanilla", child), stdout = TRUE, stderr = FALSE)
  unlink(child)
  line <- grep("^FORCED", o, value = TRUE)
  paste(sub("\\.R$", "", basename(f)), trimws(sub("^FORCED", "", line)), sep = "\t")
}, "")
writeLines(c("# workload\tcompiler functions running it forces (tools/calibrate/compiler_forced.R)", rows), out)
