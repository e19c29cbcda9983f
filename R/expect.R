#' Memory budgets as testthat expectations
#'
#' Allocation budgets of code, checked in a simulated R 4.2.2 session
#' ([simulate()]): how many collections it causes, its true peak, and that it
#' copies nothing (copy-on-modify, see [sim_copies()]). A failure says what
#' happened: the collections by level and where they ran, the peak and the
#' statement running then with the largest objects alive, the copies and why.
#'
#' @param code R code (text or a quoted expression) or the path of a script.
#' @param n The number of collections expected.
#' @param level If given, count only collections of this level (0, 1 or 2).
#' @param below The most memory the true peak may reach: bytes, or text such
#'   as `"200 MB"` (units B, KB, MB, GB, TB; as in R's reports, 1 MB is 1024^2
#'   bytes).
#' @param heap A session from [heap()] (default: a fresh one made with `...`).
#' @param ... Settings of the fresh session, as in [heap()].
#' @return The run ([simulate()]), invisibly.
#' @name expect_sim
#' @examplesIf requireNamespace("testthat", quietly = TRUE)
#' # a fresh session holds its start-up's garbage: about 30 MB
#' expect_sim_peak("x <- numeric(1e6)", below = "50 MB")
#' expect_sim_collections("x <- numeric(1e6)", 0)
#' expect_sim_no_copy("x <- numeric(10); x[1] <- 2")
#' try(expect_sim_no_copy("x <- numeric(10); y <- x; x[1] <- 2"))
NULL

expectation_ok <- function(ok, message) {
  if (!requireNamespace("testthat", quietly = TRUE)) {
    stop("the expect_sim_*() functions need the testthat package.", call. = FALSE)
  }
  testthat::expect(ok, message)
}

#' @rdname expect_sim
#' @export
expect_sim_collections <- function(code, n, level = NULL, heap = NULL, ...) {
  if (!is.numeric(n) || length(n) != 1L || is.na(n) || n < 0 || n != round(n)) {
    stop("`n` must be a single whole number of collections.", call. = FALSE)
  }
  if (!is.null(level) && !(length(level) == 1L && level %in% 0:2)) {
    stop("`level` must be NULL, 0, 1 or 2.", call. = FALSE)
  }
  r <- simulate(code, heap = heap, ...)
  ev <- r$events
  got <- if (is.null(level)) nrow(ev) else sum(ev$level == level)
  what <- if (is.null(level)) "collections" else sprintf("collections of level %d", level)
  where <- if (nrow(ev)) paste0(" at lines ", paste(ifelse(is.na(ev$line), "?", ev$line), collapse = ", ")) else ""
  expectation_ok(got == n, sprintf("The code ran %d %s, not %d: %d in all (%s)%s.", got, what, n, nrow(ev),
                                   level_counts(ev), where))
  invisible(r)
}

#' @rdname expect_sim
#' @export
expect_sim_peak <- function(code, below, heap = NULL, ...) {
  limit <- parse_bytes(below, "below")
  r <- simulate(code, heap = heap, ...)
  msg <- sprintf("The true peak is %s, not below %s: at line %s (%s)%s.", mb(r$peak$bytes), mb(limit),
                 r$peak$line, r$peak$statement, largest_text(r$objects))
  if (!is.null(r$error)) msg <- paste0(msg, "\nR would stop with: ", r$error)
  expectation_ok(r$peak$bytes < limit, msg)
  invisible(r)
}

largest_text <- function(objects) {
  if (is.null(objects) || nrow(objects) == 0L) return("")
  top <- utils::head(objects, 3L)
  paste0("; largest alive: ", paste(sprintf("%s %s (%s)", ifelse(is.na(top$name), "a temporary", top$name),
                                            top$type, vapply(unclass(top$object_size), mb, "")), collapse = ", "))
}

#' @rdname expect_sim
#' @export
expect_sim_no_copy <- function(code, heap = NULL, ...) {
  h <- run_heap(heap, ...)
  before <- nrow(sim_copies(h))
  r <- simulate(code, heap = h)
  copies <- sim_copies(h)
  copies <- copies[seq_len(nrow(copies)) > before, , drop = FALSE]
  rows <- sprintf("  line %d: %s vector of length %s copied: %s", copies$line, copies$type,
                  big(copies$length), copies$reason)
  expectation_ok(nrow(copies) == 0L, paste(c(sprintf("The code copied %d vector%s:", nrow(copies),
                                                     if (nrow(copies) == 1L) "" else "s"), rows), collapse = "\n"))
  invisible(r)
}

# Bytes from a number or text such as "200 MB".
parse_bytes <- function(x, what) {
  if (is.numeric(x) && length(x) == 1L && !is.na(x) && x > 0) return(x)
  units <- c(b = 1, kb = 1024, mb = 1024^2, gb = 1024^3, tb = 1024^4)
  m <- if (is.character(x) && length(x) == 1L && !is.na(x)) {
    regmatches(x, regexec("^\\s*([0-9.eE+]+)\\s*([KkMmGgTt]?[Bb])\\s*$", x))[[1L]]
  } else character()
  if (length(m) != 3L || is.na(suppressWarnings(as.numeric(m[2L])))) {
    stop(sprintf("`%s` must be a number of bytes or text such as \"200 MB\".", what), call. = FALSE)
  }
  as.numeric(m[2L]) * units[[tolower(m[3L])]]
}
