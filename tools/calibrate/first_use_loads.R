# first_use_loads.R -- which base functions the first call of each simulated function lazy-loads,
# and what loading each base function retains.
#   Rscript --vanilla tools/calibrate/first_use_loads.R tools/calibrate/first-use-exprs.tsv src/rust/core/data
# first-use-exprs.tsv: `name<TAB>expression` (the expression calls the function once). Each runs in
# a fresh Rscript --vanilla at top level; the base functions whose lazy-load promises it forced
# (listed by a small C helper, lazy_loads.R) are its set. Writes first-use-loads.tsv
# (`name<TAB>functions`) and base-function-costs.tsv (`function<TAB>Ncells<TAB>Vcells`, measured by
# lazy_load_costs()). The simulator charges a function's measured
# first-use cost (builtins/mod.rs FIRST_USE) less what those of its set already loaded retain.
args <- commandArgs(TRUE)
exprs <- strsplit(readLines(args[1L]), "\t", fixed = TRUE)
out_dir <- args[2L]
rscript <- file.path(R.home("bin"), "Rscript")
source(file.path(dirname(normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)[1L]))),
                 "lazy_loads.R"))
so <- forced_helper()
sets <- lapply(exprs, function(p) {
  f <- tempfile(fileext = ".R")
  writeLines(c(sprintf("dyn.load(%s); .b0 <- .Call('forced', baseenv())", deparse(so)),
               sprintf("invisible({%s})", p[2L]),
               ".b1 <- .Call('forced', baseenv())",
               "cat('LOADS', setdiff(.b1, .b0), '\\n')"), f)
  o <- system2(rscript, c("--vanilla", f), stdout = TRUE, stderr = FALSE)
  unlink(f)
  sort(strsplit(trimws(sub("^LOADS", "", grep("^LOADS", o, value = TRUE))), " ")[[1L]])
})
names(sets) <- vapply(exprs, `[`, "", 1L)
fs <- unique(unlist(sets, use.names = FALSE))
costs <- sub("^base::", "", lazy_load_costs(paste0("base::", fs)))
writeLines(c("# function\tbase functions its first call loads (tools/calibrate/first_use_loads.R)",
             sprintf("%s\t%s", names(sets), vapply(sets, paste, "", collapse = " "))),
           file.path(out_dir, "first-use-loads.tsv"))
writeLines(c("# base function\tNcells\tVcells retained by loading it (tools/calibrate/first_use_loads.R)", costs),
           file.path(out_dir, "base-function-costs.tsv"))
