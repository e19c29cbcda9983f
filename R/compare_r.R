#' Compare the simulator with a real R process
#'
#' Runs the code in a fresh `Rscript --vanilla` subprocess with the protocol
#' rheap's workload recordings use (`start <- gc(reset = TRUE)`,
#' `gcinfo(TRUE)`, `source(FILE)`, `gcinfo(FALSE)`, `end <- gc()`), then in a
#' simulated session started from that process's `start` matrix, and shows
#' both side by side: each collection's level and megabytes, the final
#' `gc()` numbers and the printed output. Rows that differ are marked `*`
#' (megabytes within 0.1 and counts within 0.5 % are taken as equal).
#'
#' @param code_or_file R code or the path of a script, as in [simulate()].
#' @param rscript The `Rscript` to run.
#' @param timeout Seconds the real R process may take (0: no limit).
#' @return An object of class `rheap_comparison`: a list with `table` (the
#'   rows side by side), `r` and `sim` (what each printed and its numbers).
#' @export
#' @examples
#' \donttest{
#' compare_r("x <- numeric(2e7)\ny <- x + 1\nprint(sum(y))")
#' }
compare_r <- function(code_or_file, rscript = file.path(R.home("bin"), "Rscript"), timeout = 0) {
  src <- code_source(code_or_file)
  if (!is.character(rscript) || length(rscript) != 1L || !file.exists(rscript)) {
    stop("`rscript` must be the path of an Rscript executable.", call. = FALSE)
  }
  check_number(timeout + 1, "timeout")
  dir <- tempfile("rheap-compare")
  dir.create(dir)
  on.exit(unlink(dir, recursive = TRUE))
  script <- file.path(dir, "code.R")
  writeLines(src$text, script)
  child <- file.path(dir, "child.R")
  # the protocol of tests/fixtures/public/workloads/record.R --child
  # (one block, as there: nothing in it is printed)
  writeLines(c("{", "a <- commandArgs(TRUE)", "start <- gc(reset = TRUE)", "gcinfo(TRUE)",
               "res <- try(source(a[1L]))", "gcinfo(FALSE)", "end <- gc()",
               "saveRDS(list(start = start, end = end), a[2L])", "invisible()", "}"), child)
  res <- file.path(dir, "res.rds")
  out <- file.path(dir, "stdout")
  err <- file.path(dir, "stderr")
  status <- system2(rscript, c("--vanilla", shQuote(child), shQuote(script), shQuote(res)),
                    stdout = out, stderr = err, timeout = timeout)
  if (!file.exists(res)) {
    stop(sprintf("the R process failed (status %s):\n%s", status,
                 paste(utils::tail(readLines(err, warn = FALSE), 10L), collapse = "\n")), call. = FALSE)
  }
  real <- readRDS(res)
  real_err <- readLines(err, warn = FALSE)
  real_gcs <- parse_gcinfo(real_err)
  h <- heap(from = real$start)
  sim_gcinfo(h, TRUE)
  sim_out <- utils::capture.output(sim_err <- utils::capture.output(
    try(sim_source_text(h, src$text), silent = TRUE), type = "message"))
  sim_gcinfo(h, FALSE)
  sim_end <- sim_gc(h)
  sim_gcs <- parse_gcinfo(sim_err)
  real_out <- readLines(out, warn = FALSE)
  structure(class = "rheap_comparison", list(
    table = comparison_table(real_gcs$gcs, sim_gcs$gcs, real$end, sim_end, real_out, sim_out),
    r = list(stdout = real_out, stderr = real_gcs$other, gcs = real_gcs$gcs, end = real$end),
    sim = list(stdout = sim_out, stderr = sim_gcs$other, gcs = sim_gcs$gcs, end = sim_end)))
}

sim_source_text <- function(h, text) run_code(h, text, source_mode = TRUE)

# gcinfo(TRUE)'s reports apart from the other lines of standard error.
parse_gcinfo <- function(lines) {
  re_head <- "^Garbage collection ([0-9]+) = ([0-9]+)\\+([0-9]+)\\+([0-9]+) \\(level ([0-9]+)\\) \\.\\.\\. *$"
  re_num <- "^([0-9.]+) Mbytes of (cons cells|vectors) used \\(([0-9]+)%\\)$"
  gcs <- data.frame(n = integer(), level = integer(), cons_mb = numeric(), vec_mb = numeric())
  other <- character()
  i <- 1L
  while (i <= length(lines)) {
    if (grepl(re_head, lines[i]) && i + 2L <= length(lines) && all(grepl(re_num, lines[i + 1:2]))) {
      h <- as.numeric(regmatches(lines[i], regexec(re_head, lines[i]))[[1L]][-1L])
      num <- function(l) as.numeric(regmatches(l, regexec(re_num, l))[[1L]][2L])
      gcs[nrow(gcs) + 1L, ] <- list(as.integer(h[1L]), as.integer(h[5L]), num(lines[i + 1L]), num(lines[i + 2L]))
      i <- i + 3L
    } else {
      other <- c(other, lines[i])
      i <- i + 1L
    }
  }
  list(gcs = gcs, other = other)
}

comparison_table <- function(rg, sg, rend, send, rout, sout) {
  row <- function(what, r, s, same) data.frame(what = what, R = r, rheap = s, same = same, stringsAsFactors = FALSE)
  fmt <- function(x) if (is.na(x)) "-" else format(x, big.mark = ",", scientific = FALSE, trim = TRUE)
  rows <- list(row("collections", fmt(nrow(rg)), fmt(nrow(sg)), nrow(rg) == nrow(sg)))
  for (i in seq_len(max(nrow(rg), nrow(sg)))) {
    g <- function(d) if (i <= nrow(d)) sprintf("level %d, %.1f Mb vectors, %.1f Mb cons", d$level[i], d$vec_mb[i], d$cons_mb[i]) else "-"
    same <- i <= nrow(rg) && i <= nrow(sg) && rg$level[i] == sg$level[i] && abs(rg$vec_mb[i] - sg$vec_mb[i]) <= 0.1 + 1e-9
    rows[[length(rows) + 1L]] <- row(sprintf("collection %d", i), g(rg), g(sg), same)
  }
  for (k in c("used", "gc trigger", "max used")) for (cells in c("Ncells", "Vcells")) {
    r <- rend[cells, k]
    s <- send[cells, k]
    rows[[length(rows) + 1L]] <- row(paste(cells, k), fmt(r), fmt(s), abs(r - s) <= 0.005 * r)
  }
  rows[[length(rows) + 1L]] <- row("printed output", sprintf("%d lines", length(rout)), sprintf("%d lines", length(sout)),
                                   identical(rout, sout))
  d <- do.call(rbind, rows)
  d
}

#' @export
format.rheap_comparison <- function(x, ...) {
  old <- options(width = 200L)
  on.exit(options(old))
  t <- x$table
  t$same <- ifelse(t$same, "", "*")
  names(t)[4L] <- ""
  c("Real R (Rscript --vanilla) and rheap, side by side (* differs):",
    utils::capture.output(print(t, row.names = FALSE, right = FALSE)))
}

#' @export
print.rheap_comparison <- function(x, ...) {
  cat(format(x, ...), sep = "\n")
  invisible(x)
}
