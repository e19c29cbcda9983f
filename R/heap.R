#' A simulated R session
#'
#' `heap()` starts a simulated R 4.2.2 session (64-bit Linux). By default it is
#' in the state of a fresh `Rscript --vanilla` process when its first statement
#' runs; with `from`, in the state a [base::gc()] matrix describes, so that you
#' can simulate "from here" in your own session.
#'
#' @param from `NULL`, or a matrix as returned by [base::gc()] (2 x 6, or 2 x 7
#'   with the `limit (Mb)` column).
#' @param nsize Initial node trigger in cells, as `R_NSIZE` (50000 to 5e7).
#' @param vsize Initial vector trigger in bytes, as `R_VSIZE` (at least 262144).
#' @param max_vsize Vector heap limit in bytes, as `R_MAX_VSIZE` or
#'   [base::mem.maxVSize()] (`Inf`: no limit).
#' @param max_nsize Node limit in cells, as [base::mem.maxNSize()] (`Inf`: no limit).
#' @param host_memory Bytes the simulated machine can give to `malloc()`;
#'   a large vector beyond it fails with "cannot allocate vector of size".
#' @param max_steps The most evaluation steps (calls evaluated and loop
#'   iterations) one call of [sim_eval()] or [sim_source()] may take; past it
#'   the simulation stops with an error of class `rheap_error` and the session
#'   stays usable. `Inf`: no limit. Defaults to the option `rheap.max_steps`.
#'   Simulated code can always be interrupted (Ctrl-C, [base::setTimeLimit()]).
#' @return An object of class `rheap`.
#' @export
#' @examples
#' h <- heap()
#' h
#' sim_gc(h)
#' heap(from = gc())
#' h <- heap(max_steps = 1e5)
#' try(sim_eval(h, "repeat {}"))
heap <- function(from = NULL, nsize = 350000, vsize = 64 * 1024^2, max_vsize = Inf,
                 max_nsize = Inf, host_memory = 24 * 1024^3,
                 max_steps = getOption("rheap.max_steps", Inf)) {
  check_number(nsize, "nsize")
  check_number(vsize, "vsize")
  check_number(max_vsize, "max_vsize", allow_inf = TRUE)
  check_number(max_nsize, "max_nsize", allow_inf = TRUE)
  check_number(host_memory, "host_memory")
  check_number(max_steps, "max_steps", allow_inf = TRUE)
  from <- if (is.null(from)) NULL else gc_matrix_values(from)
  ptr <- rust(rheap_new(from, nsize, vsize, max_vsize, max_nsize, host_memory, max_steps))
  structure(list(ptr = ptr), class = "rheap")
}

# A value from the Rust side. Its failures are R errors of class `rheap_error` (a session that
# is not live, an internal error of the simulator); a condition R signalled while the simulation
# ran (an interrupt, a time limit) is signalled again once the session has stopped.
rust <- function(r) {
  if (is.list(r) && !is.null(names(r))) {
    if (identical(names(r), "error")) rheap_abort(r$error)
    if (!is.null(r$condition)) resignal(r$condition)
  }
  r
}

rheap_abort <- function(msg) {
  stop(structure(class = c("rheap_error", "error", "condition"),
                 list(message = msg, call = NULL, r_message = msg, line = NULL, in_addition = NULL)))
}

# R's own handling of a condition caught while the simulation ran: an interrupt goes to its
# handlers and then back to the top level, as R's onintr() does; an error (setTimeLimit()'s) is
# raised again.
resignal <- function(cond) {
  if (inherits(cond, "interrupt")) {
    signalCondition(cond)
    invokeRestart("abort")
  }
  stop(cond)
}

check_number <- function(x, name, allow_inf = FALSE) {
  ok <- is.numeric(x) && length(x) == 1L && !is.na(x) && x > 0 && (allow_inf || is.finite(x))
  if (!ok) {
    stop(sprintf("`%s` must be a single positive number%s.", name,
                 if (allow_inf) " or Inf" else ""), call. = FALSE)
  }
  invisible(x)
}

# The 14 numbers of .Internal(gc()) from a gc() matrix (with or without the limit column).
gc_matrix_values <- function(m) {
  cols6 <- c("used", "(Mb)", "gc trigger", "(Mb)", "max used", "(Mb)")
  cols7 <- c("used", "(Mb)", "gc trigger", "(Mb)", "limit (Mb)", "max used", "(Mb)")
  if (!is.matrix(m) || !is.numeric(m) || nrow(m) != 2L ||
      !identical(rownames(m), c("Ncells", "Vcells")) ||
      !(identical(colnames(m), cols6) || identical(colnames(m), cols7))) {
    stop("`from` must be a matrix returned by gc().", call. = FALSE)
  }
  if (ncol(m) == 6L) m <- cbind(m[, 1:4], NA, m[, 5:6])
  as.numeric(m)
}

assert_heap <- function(h) {
  if (!inherits(h, "rheap") || !is.list(h)) {
    stop("`h` must be a simulated session made by heap().", call. = FALSE)
  }
  invisible(h)
}

#' @export
format.rheap <- function(x, ...) {
  s <- rust(rheap_summary(x$ptr))
  pct <- function(used, trig) sprintf("%.0f%%", 100 * used / trig)
  big <- function(v) format(v, big.mark = ",", scientific = FALSE, trim = TRUE)
  c(sprintf("<rheap: simulated %s session>", s$profile),
    sprintf("  Ncells %s in use, trigger %s (%s)", big(s$ncells_used), big(s$ncells_trigger),
            pct(s$ncells_used, s$ncells_trigger)),
    sprintf("  Vcells %s in use, trigger %s (%s)", big(s$vcells_used), big(s$vcells_trigger),
            pct(s$vcells_used, s$vcells_trigger)),
    sprintf("  %d garbage collection%s so far", s$n_gcs, if (s$n_gcs == 1) "" else "s"))
}

#' @export
print.rheap <- function(x, ...) {
  cat(format(x, ...), sep = "\n")
  invisible(x)
}
