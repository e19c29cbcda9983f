# compare.R -- run every corpus script in the simulator and compare it with real R's recording.
#
#   Rscript --vanilla tools/corpus/compare.R [--bin PATH] [--timeout S] [--no-write] [--update-ratchet]
#                                            [SCRIPT.R ...]
#   (make corpus: builds the example binary first)
#
# For each tests/corpus/SOURCE/NAME.R that has its recording NAME.json (tools/corpus/record.R), the
# core's example binary runs it as Session::new() + Session::source() + Session::gc()
# (`run NAME.R --source --json`), the way record.R's driver ran it in R. Prints the number of
# scripts, how many run to the end, how many of those end with final gc() Vcells within 1 % and
# Ncells within 2 % of R's, how many printed exactly R's standard output, the same by source, and the
# blockers: the first error of each script that did not run to the end, normalised, ranked by the
# number of scripts it stops. Writes tests/corpus/results.tsv (one row per script) and
# tests/corpus/blockers.tsv (one row per blocker), unless --no-write or scripts are named.
#
# tests/corpus/ratchet.tsv lists, for every script the simulator runs to the end in under
# RATCHET_MAX_S seconds, which of the three it achieves (1/0); src/rust/core/tests/corpus.rs runs
# those scripts and fails when one of them loses what it had. This command prints the regressions
# against it and the gains not yet in it; --update-ratchet rewrites it from this run.

suppressPackageStartupMessages(library(jsonlite))
args <- commandArgs(TRUE)
opt <- function(name, default) {
  i <- which(args == name)
  if (!length(i)) return(default)
  v <- args[i + 1L]; args <<- args[-c(i, i + 1L)]; v
}
bin <- opt("--bin", "target/release/examples/run")
timeout_s <- as.numeric(opt("--timeout", "60"))
write_out <- !("--no-write" %in% args)
update_ratchet <- "--update-ratchet" %in% args
args <- setdiff(args, c("--no-write", "--update-ratchet"))
RATCHET_MAX_S <- 5  # the Rust test runs a debug build, some ten times slower
corpus <- "tests/corpus"
TOL_V <- 0.01  # final Vcells within 1 %
TOL_N <- 0.02  # final Ncells within 2 %

scripts <- if (length(args)) args else
  sort(list.files(corpus, pattern = "\\.R$", recursive = TRUE, full.names = TRUE))
scripts <- scripts[file.exists(sub("\\.R$", ".json", scripts))]
if (length(args)) write_out <- FALSE
stopifnot(file.exists(bin), length(scripts) > 0L)

# The first line of the simulator's error, without the call R would name and without rheap's
# "(rheap does not simulate it)": the same missing piece reads the same whichever script hits it.
# Numbers become N so that one cause is one blocker.
normalise <- function(err) {
  if (is.null(err) || !nzchar(err)) return("")
  msg <- sub("^Error in (.|\n)*? :\\s+", "", err, perl = TRUE)
  call <- if (grepl("^Error in ", err)) sub("^Error in ([^(]*)\\(.*", "\\1", strsplit(err, "\n")[[1L]][1L]) else ""
  msg <- sub("^Error: ", "", msg)
  msg <- strsplit(msg, "\n", fixed = TRUE)[[1L]][1L]
  msg <- sub(" \\(rheap does not simulate it\\)$", "", msg)
  msg <- trimws(msg)
  msg <- sub(" \\(or rheap does not simulate it\\)$", "", msg)
  # a piece of R the simulator lacks reads the same whichever call reached it
  if (grepl("rheap does not simulate the .Internal function '", msg, fixed = TRUE))
    return(sub(".*rheap does not simulate the .Internal function '(.*)'.*", ".Internal(\\1) not simulated", msg))
  if (grepl("rheap does not simulate the native routine '", msg, fixed = TRUE))
    return(sub(".*rheap does not simulate the native routine '(.*)' of package ([A-Za-z.]+).*",
               "native routine \\2::\\1 not simulated", msg))
  if (grepl("rheap does not simulate the primitive '", msg, fixed = TRUE))
    return(sub(".*rheap does not simulate the primitive '(.*)'.*", "primitive \\1 not simulated", msg))
  if (grepl("rheap does not simulate the (variable|function) '.*' of package ", msg))
    return(sub(".*rheap does not simulate the (variable|function) '(.*)' of package ([A-Za-z.]+).*",
               "\\1 \\3::\\2 not simulated", msg))
  if (grepl("^could not find function|is not an exported object from", msg) ||
      grepl("^object '.*' not found$", msg)) return(msg)
  msg <- gsub("(?<![A-Za-z_.\"'])[0-9]+(\\.[0-9]+)?(e[-+]?[0-9]+)?", "N", msg, perl = TRUE)
  if (grepl("^[A-Za-z.][A-Za-z0-9._]*$", call) && nchar(call) < 40L) paste0(call, "(): ", msg) else msg
}

DATASETS <- ls("package:datasets")
BASE_PKGS <- c("base", "stats", "utils", "methods")
kind_of <- function(key, status) {
  if (status == "panic") return("panic")
  if (status == "timeout") return("timeout")
  if (grepl("^\\.Internal\\(", key)) return("missing .Internal")
  if (grepl("^primitive \\.(Call|External)|^native routine ", key)) return("missing .Call/.External entry point")
  if (grepl("^primitive ", key)) return("missing primitive")
  if (grepl("^variable ", key)) return("missing base object")
  if (grepl("^function .*::.* not simulated$", key)) return("function rheap cannot load")
  if (grepl("^could not find function|is not an exported object from", key)) return("missing function")
  if (grepl("^object '.*' not found$", key)) {
    obj <- sub("^object '(.*)' not found$", "\\1", key)
    if (obj %in% DATASETS) return("missing dataset")
    if (any(vapply(BASE_PKGS, function(p) exists(obj, envir = asNamespace(p), inherits = FALSE), TRUE)))
      return("missing base object")
    return("missing object")
  }
  if (grepl("rheap does not simulate|not simulated|rheap", key)) return("not simulated")
  "wrong result or other error"
}

run_sim <- function(f) {
  out <- tempfile(); err <- tempfile()
  on.exit(unlink(c(out, err)))
  t0 <- proc.time()[[3L]]
  st <- suppressWarnings(system2(bin, c(shQuote(f), "--source", "--json"), stdout = out, stderr = err,
                                 stdin = "/dev/null", timeout = timeout_s))
  el <- proc.time()[[3L]] - t0
  o <- readLines(out, warn = FALSE)
  e <- readLines(err, warn = FALSE)
  if (st == 124L) return(list(status = "timeout", error = sprintf("timeout after %g s", timeout_s), elapsed = el))
  if (st != 0L || !length(o)) {
    # a panic: "thread 'main' panicked at FILE:LINE:COL:" then the message
    i <- grep("panicked at", e)
    msg <- if (length(i) && i[1L] < length(e)) e[i[1L] + 1L] else paste(tail(e, 2L), collapse = " ")
    where <- if (length(i)) sub(".*panicked at ([^ ]*):$", "\\1", e[i[1L]]) else ""
    return(list(status = "panic", error = paste0("panic: ", msg), where = where, elapsed = el))
  }
  j <- fromJSON(paste(o, collapse = "\n"), simplifyVector = TRUE)
  j$status <- if (is.null(j$error)) "ok" else "error"
  j$elapsed <- el
  j
}

lines_of <- function(s) {
  if (is.null(s) || !nzchar(s)) return(character())
  strsplit(sub("\n$", "", s), "\n", fixed = TRUE)[[1L]]
}
pct <- function(sim, r) round(100 * (sim - r) / r, 3)

rows <- vector("list", length(scripts))
for (k in seq_along(scripts)) {
  f <- scripts[k]
  rel <- sub(paste0("^", corpus, "/"), "", f)
  rec <- fromJSON(sub("\\.R$", ".json", f), simplifyVector = TRUE)
  s <- run_sim(f)
  ran <- identical(s$status, "ok")
  r_out <- as.character(rec$stdout)
  sim_out <- lines_of(s$stdout)
  dn <- if (!is.null(s$end)) pct(s$end$ncells_used, rec$end$ncells_used) else NA
  dv <- if (!is.null(s$end)) pct(s$end$vcells_used, rec$end$vcells_used) else NA
  key <- if (ran) "" else normalise(s$error)
  rows[[k]] <- data.frame(
    script = rel, source = dirname(rel), status = s$status, ran_to_end = ran,
    within_tolerance = ran && !is.na(dn) && abs(dn) <= 100 * TOL_N && abs(dv) <= 100 * TOL_V,
    stdout_identical = ran && identical(sim_out, r_out),
    stderr_identical = ran && identical(lines_of(s$stderr), as.character(rec$stderr)),
    r_ncells = rec$end$ncells_used, sim_ncells = if (is.null(s$end)) NA else s$end$ncells_used, ncells_diff_pct = dn,
    r_vcells = rec$end$vcells_used, sim_vcells = if (is.null(s$end)) NA else s$end$vcells_used, vcells_diff_pct = dv,
    r_ncells_max = rec$end$ncells_max_used, sim_ncells_max = if (is.null(s$end)) NA else s$end$ncells_max_used,
    r_vcells_max = rec$end$vcells_max_used, sim_vcells_max = if (is.null(s$end)) NA else s$end$vcells_max_used,
    blocker = key, blocker_kind = if (ran) "" else kind_of(key, s$status),
    error_line = if (is.null(s$error_line)) NA else s$error_line,
    error = if (ran) "" else gsub("[\t\n]+", " ", s$error),
    notes = if (length(s$notes)) length(s$notes) else 0L,
    sim_seconds = round(s$elapsed, 2), stringsAsFactors = FALSE)
  if (interactive() || Sys.getenv("CORPUS_VERBOSE") != "")
    cat(sprintf("%-45s %-7s %s\n", rel, s$status, key))
}
res <- do.call(rbind, rows)

n <- nrow(res)
line <- function(label, x) cat(sprintf("%-52s %4d / %d  (%5.1f %%)\n", label, sum(x), n, 100 * sum(x) / n))
cat(sprintf("corpus: %d scripts recorded in R 4.2.2 (%s)\n", n,
            paste(sprintf("%s %d", names(table(res$source)), as.integer(table(res$source))), collapse = ", ")))
line("run to the end", res$ran_to_end)
line("final Vcells within 1 % and Ncells within 2 %", res$within_tolerance)
line("printed output (stdout) identical to R's", res$stdout_identical)
cat("\nby source              scripts  to end  within tol  stdout identical\n")
for (src in sort(unique(res$source))) {
  r <- res[res$source == src, ]
  cat(sprintf("  %-20s %7d %7d %11d %17d\n", src, nrow(r), sum(r$ran_to_end), sum(r$within_tolerance),
              sum(r$stdout_identical)))
}

blocked <- res[!res$ran_to_end, ]
bl <- if (nrow(blocked)) {
  t <- sort(table(blocked$blocker), decreasing = TRUE)
  data.frame(rank = seq_along(t), scripts = as.integer(t), blocker = names(t),
             kind = vapply(names(t), function(b) blocked$blocker_kind[blocked$blocker == b][1L], ""),
             examples = vapply(names(t), function(b) paste(head(blocked$script[blocked$blocker == b], 4L), collapse = " "), ""),
             stringsAsFactors = FALSE, row.names = NULL)
} else data.frame(rank = integer(), scripts = integer(), blocker = character(), kind = character(), examples = character())
bl <- bl[order(-bl$scripts, bl$blocker), ]
bl$rank <- seq_len(nrow(bl))
cat(sprintf("\nblockers: %d distinct, stopping %d scripts; by kind: %s\n", nrow(bl), nrow(blocked),
            paste(sprintf("%s %d", names(table(blocked$blocker_kind)), as.integer(table(blocked$blocker_kind))), collapse = ", ")))
top <- head(bl, 30L)
for (i in seq_len(nrow(top))) cat(sprintf("%4d %4d  %s\n", top$rank[i], top$scripts[i], top$blocker[i]))

rf <- file.path(corpus, "ratchet.tsv")
props <- c("ran_to_end", "within_tolerance", "stdout_identical")
if (file.exists(rf)) {
  ra <- read.delim(rf, comment.char = "#", stringsAsFactors = FALSE)
  m <- merge(ra, res[, c("script", props)], by = "script", suffixes = c(".ratchet", ""))
  lost <- unlist(lapply(props, function(p) {
    i <- m[[paste0(p, ".ratchet")]] == 1L & !m[[p]]
    if (any(i)) paste0(m$script[i], ": lost ", p)
  }))
  gained <- sum(vapply(props, function(p) {
    had <- ra$script[ra[[p]] == 1L]
    sum(res[[p]] & res$sim_seconds <= RATCHET_MAX_S & !res$script %in% had)
  }, 0))
  cat(sprintf("\nratchet (%s): %d regressions%s\n", rf, length(lost),
              if (length(lost)) paste0(":\n  ", paste(lost, collapse = "\n  ")) else ""))
  if (!update_ratchet && gained > 0)
    cat(sprintf("  %d gains not in the ratchet: rerun with --update-ratchet to raise it\n", gained))
}
if (update_ratchet) {
  r <- res[res$ran_to_end & res$sim_seconds <= RATCHET_MAX_S, c("script", props)]
  for (p in props) r[[p]] <- as.integer(r[[p]])
  con <- file(rf, "w")
  writeLines(c("# What the simulator achieves on each corpus script that it runs to the end in under",
               sprintf("# %g s (release build): 1 = run to the end / final gc() within tolerance (Vcells 1 %%,", RATCHET_MAX_S),
               "# Ncells 2 %) / standard output identical to R's. Written by tools/corpus/compare.R",
               "# --update-ratchet; src/rust/core/tests/corpus.rs fails when a script loses one."), con)
  write.table(r, con, sep = "\t", quote = FALSE, row.names = FALSE)
  close(con)
  cat(sprintf("wrote %s: %d scripts\n", rf, nrow(r)))
}

if (write_out) {
  write.table(res, file.path(corpus, "results.tsv"), sep = "\t", quote = FALSE, row.names = FALSE, na = "")
  write.table(bl, file.path(corpus, "blockers.tsv"), sep = "\t", quote = FALSE, row.names = FALSE)
  cat("\nwrote tests/corpus/results.tsv and tests/corpus/blockers.tsv\n")
}
