# record.R -- record the corpus scripts in real R 4.2.2 (Rscript --vanilla), twice each.
#
#   Rscript --vanilla tools/corpus/record.R [--runs N] [--keep] [SCRIPT.R | DIR ...]
#
# N runs per script (default 2; 4 for a script that draws random numbers without set.seed(), except
# the benchmark's, whose random data are never printed and take too long to run four times).
# Default: every tests/corpus/*/*.R. For each script a fresh process runs, from an empty temporary
# working directory with LC_ALL=C.UTF-8 and no standard input, a driver file holding only
#   source("/abs/path/SCRIPT.R")
#   .rheap_end <- gc()
#   saveRDS(.rheap_end, "<result file>")
# i.e. the script's first statement is source() (plain: no echo, no autoprint) and the final gc()
# follows it, as rheap's Session::new() + Session::source() + Session::gc() model it (the
# public workloads' record.R does the same with a gc(reset = TRUE) and gcinfo(TRUE) around it).
# SCRIPT.json is written beside the script: stdout and stderr lines, whether the script ran to the
# end (and R's error otherwise), the final gc() matrix (used, max used, triggers), and which of these
# varied between runs. A script that R does not run to the end, or whose standard output or final
# gc() "used" Ncells/Vcells differ between runs (what the comparison measures), is dropped (without --keep): its .R is removed and tests/corpus/dropped.tsv
# says why; provenance.tsv keeps only the scripts that stay.

suppressPackageStartupMessages(library(jsonlite))
args <- commandArgs(TRUE)
runs <- 2L
keep <- FALSE
if (length(args) >= 2L && args[1L] == "--runs") { runs <- as.integer(args[2L]); args <- args[-(1:2)] }
if (length(args) && args[1L] == "--keep") { keep <- TRUE; args <- args[-1L] }
corpus <- "tests/corpus"
if (!length(args)) args <- list.dirs(corpus, recursive = FALSE)
files <- unlist(lapply(args, function(a)
  if (dir.exists(a)) sort(list.files(a, pattern = "\\.R$", full.names = TRUE)) else a))
rscript <- file.path(R.home("bin"), "Rscript")
TIMEOUT_S <- 300

gc_fields <- function(m) {
  mx <- which(colnames(m) == "max used")
  list(ncells_used = m[1, 1], vcells_used = m[2, 1],
       ncells_trigger = m[1, 3], vcells_trigger = m[2, 3],
       ncells_max_used = m[1, mx], vcells_max_used = m[2, mx])
}

# R's error message: from the first line starting "Error" to before "Calls:" / "Execution halted".
error_text <- function(err) {
  i <- grep("^Error", err)
  if (!length(i)) return(paste(tail(err, 3L), collapse = "\n"))
  e <- err[i[1L]:length(err)]
  stop_at <- grep("^(Calls:|Execution halted|In addition:)", e)
  if (length(stop_at)) e <- e[seq_len(stop_at[1L] - 1L)]
  paste(e, collapse = "\n")
}

run_once <- function(f) {
  td <- tempfile("corpus"); dir.create(td)
  on.exit(unlink(td, recursive = TRUE))
  driver <- file.path(td, "driver.R"); res <- file.path(td, "end.rds")
  writeLines(c(sprintf("source(%s)", deparse(normalizePath(f))),
               ".rheap_end <- gc()",
               sprintf("saveRDS(.rheap_end, %s)", deparse(res))), driver)
  out <- file.path(td, "stdout"); err <- file.path(td, "stderr")
  wd <- file.path(td, "wd"); dir.create(wd)
  t0 <- proc.time()[[3L]]
  st <- suppressWarnings(system2("/usr/bin/env",
    c("-C", shQuote(wd), "LC_ALL=C.UTF-8", rscript, "--vanilla", shQuote(driver)),
    stdout = out, stderr = err, stdin = "/dev/null", timeout = TIMEOUT_S))
  el <- proc.time()[[3L]] - t0
  stdout <- readLines(out, warn = FALSE)
  stderr <- readLines(err, warn = FALSE)
  done <- file.exists(res)
  list(stdout = stdout, stderr = stderr, ran_to_end = done, status = st,
       error = if (done) NULL else if (st == 124L) sprintf("timeout after %d s", TIMEOUT_S) else error_text(stderr),
       end = if (done) gc_fields(readRDS(res)) else NULL, elapsed_s = round(el, 2))
}

dropped_file <- file.path(corpus, "dropped.tsv")
dropped <- if (file.exists(dropped_file))
  read.delim(dropped_file, stringsAsFactors = FALSE, quote = "") else
  data.frame(script = character(), reason = character(), detail = character())
drop <- function(rel, reason, detail) {
  dropped <<- dropped[dropped$script != rel, ]
  dropped[nrow(dropped) + 1L, ] <<- list(rel, reason, gsub("[\t\n]", " ", substr(detail, 1L, 300L)))
}

# Scripts that draw random numbers without set.seed() are run RANDOM_RUNS times: their output may
# differ only now and then.
source("tools/corpus/prune.R")  # walk_expr
RANDOM_RUNS <- 4L
RNG_FUNS <- c(setdiff(grep("^r[a-z]+$", getNamespaceExports("stats"), value = TRUE),
                      c("reshape", "relevel", "reorder", "resid", "residuals", "runmed", "rect.hclust",
                        "read.ftable", "rstandard", "rstudent", "refit")),
              "sample", "sample.int", "simulate", "r2dtable", "rWishart", "kmeans", "jitter")
unseeded_random <- function(f) {
  w <- walk_expr(as.call(c(as.name("{"), as.list(parse(f, keep.source = FALSE)))))
  used <- sub("^(base|stats|utils):::?", "", c(w$calls, w$values))
  any(used %in% RNG_FUNS) && !"set.seed" %in% used
}

for (f in files) {
  rel <- sub(paste0("^", corpus, "/"), "", f)
  n_runs <- if (unseeded_random(f) && !startsWith(rel, "benchmark/")) max(runs, RANDOM_RUNS) else runs
  rs <- lapply(seq_len(n_runs), function(i) run_once(f))
  r1 <- rs[[1L]]
  same <- function(get) all(vapply(rs[-1L], function(r) identical(get(r), get(r1)), logical(1)))
  varying <- c(if (!same(function(r) r$ran_to_end)) "ran_to_end",
               if (!same(function(r) r$stdout)) "stdout",
               if (!same(function(r) r$stderr)) "stderr",
               if (!same(function(r) r$end[c("ncells_used", "vcells_used")])) "end.used",
               if (!same(function(r) r$end[c("ncells_max_used", "vcells_max_used")])) "end.max_used",
               if (!same(function(r) r$end[c("ncells_trigger", "vcells_trigger")])) "end.trigger")
  js <- list(file = rel, r_version = R.version.string,
             protocol = "Rscript --vanilla DRIVER, DRIVER = source(SCRIPT); gc()  [tools/corpus/record.R; LC_ALL=C.UTF-8, stdin /dev/null]",
             runs = n_runs, ran_to_end = r1$ran_to_end, error = r1$error,
             stdout = I(as.character(r1$stdout)), stderr = I(as.character(r1$stderr)), end = r1$end,
             elapsed_s = r1$elapsed_s, stable = !any(c("ran_to_end", "stdout", "end.used") %in% varying),
             varying_fields = I(as.character(varying)))
  verdict <- "kept"
  if (!keep) {
    if (!r1$ran_to_end) { drop(rel, "R does not run it to the end", r1$error); verdict <- "dropped" }
    else if (!js$stable) { drop(rel, paste("not deterministic:", paste(intersect(varying, c("ran_to_end", "stdout", "end.used")), collapse = ", ")), ""); verdict <- "dropped" }
  }
  if (verdict == "kept") {
    write_json(js, sub("\\.R$", ".json", f), auto_unbox = TRUE, digits = NA, pretty = TRUE, null = "null")
    dropped <- dropped[dropped$script != rel, ]
  } else {
    unlink(c(f, sub("\\.R$", ".json", f)))
  }
  cat(sprintf("%-45s %-7s end=%s %5.1fs %s\n", rel, verdict,
              if (r1$ran_to_end) sprintf("%d/%d", r1$end$ncells_used, r1$end$vcells_used) else "-",
              r1$elapsed_s, if (verdict == "dropped") dropped$reason[nrow(dropped)] else paste(varying, collapse = ",")))
}

dropped <- dropped[order(dropped$script), ]
write.table(dropped, dropped_file, sep = "\t", quote = FALSE, row.names = FALSE)
pf <- file.path(corpus, "provenance.tsv")
if (file.exists(pf)) {
  prov <- read.delim(pf, stringsAsFactors = FALSE, quote = "")
  prov <- prov[file.exists(file.path(corpus, prov$script)), ]
  write.table(prov, pf, sep = "\t", quote = FALSE, row.names = FALSE)
}
