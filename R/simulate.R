#' Simulate a script: collections, the true peak and who was alive at it
#'
#' `simulate()` runs R code or a script in a simulated R 4.2.2 session and
#' returns a run: the collections by level, the *true* peak (the most memory
#' in use at any moment) beside what [base::gc()]'s "max used" says, the
#' statement running at the peak, the objects alive then, the final `gc()`
#' matrix, and the error R would stop with, if any. Nothing is allocated for
#' real.
#'
#' R raises "max used" only when a collection starts (C `R_gc_internal()`),
#' and memory in use only grows between collections. So "max used" misses
#' whatever was allocated after the last collection, and a `gc()`-based peak
#' (as peakRAM measures) depends on where the collections happened to fall.
#' The true peak counts Ncells (56 bytes each) and Vcells (8 bytes each)
#' together at every allocation. The objects alive at it are found by running
#' the code once more in a copy of the session up to that moment.
#'
#' The final `gc()` matrix is what a `gc()` as the script's last line would
#' show; it is taken in a copy of the session, so the session in `heap` is left
#' as the code left it, uncollected. `heap` is changed only as running the code
#' in that R session would change it.
#'
#' rheap's `simulate()` masks [stats::simulate()] when rheap is attached; for
#' anything that is not code (a fitted model), it calls `stats::simulate()`.
#'
#' @param code_or_file R code (a character vector or a quoted expression), or
#'   the path of an R script (run as [base::source()] runs it).
#' @param heap A session from [heap()] to run in. By default a fresh one,
#'   made with the settings in `...`.
#' @param ... Settings for the fresh session: arguments of [heap()] such as
#'   `max_vsize` or `vsize`.
#' @return An object of class `rheap_run`: a list with `events` (one row per
#'   collection, see [sim_events()]), `peak` (bytes, Ncells, Vcells and the
#'   line), `max_used` (the "max used" Ncells and Vcells of R before the final
#'   `gc()`), `objects` (the objects alive at the peak, see [sim_objects()]),
#'   `gc` (the final `gc()` matrix), `error` (R's error text, or `NULL`),
#'   `output` (what the code printed) and `heap`.
#' @seealso [sim_objects()], [what_if()], [expect_sim_peak()],
#'   [plot.rheap_run()]
#' @export
#' @examples
#' r <- simulate("x <- numeric(2e7)\ny <- x + 1\nrm(x)\nz <- sum(y)")
#' r
#' summary(r)
#' as.data.frame(r, what = "objects")
#' # R would stop with an error: the run says so
#' simulate("m <- matrix(0, 1e6, 1e6)", max_vsize = 8 * 1024^3)
simulate <- function(code_or_file, heap = NULL, ...) {
  if (missing(code_or_file)) stop("`code_or_file` is missing: give R code or the path of a script.", call. = FALSE)
  if (!is.character(code_or_file) && !is.language(code_or_file)) {
    if (is.null(heap) && !requireNamespace("stats", quietly = TRUE)) stop("stats is not available")
    return(stats::simulate(code_or_file, ...))
  }
  h <- run_heap(heap, ...)
  src <- code_source(code_or_file)
  n_before <- nrow(sim_events(h))
  r <- rust(rheap_simulate(h$ptr, src$text, src$source_mode))
  if (!is.null(r$outcome$stop) && !is.na(r$outcome$stop) && identical(r$outcome$stop, "max_steps")) {
    sim_stop(r$outcome$sim_error, NULL, stop = "max_steps")
  }
  events <- sim_events(h)
  events <- events[seq_len(nrow(events)) > n_before, , drop = FALSE]
  rownames(events) <- NULL
  lines <- strsplit(src$text, "\n", fixed = TRUE)[[1L]]
  line <- r$peak[4L]
  err <- r$outcome$sim_error
  structure(class = "rheap_run", list(
    code = src$text,
    file = src$file,
    events = events,
    start = c(ncells = r$start[1L], vcells = r$start[2L], alloc_time = r$start[3L]),
    peak = list(bytes = r$peak[1L], ncells = r$peak[2L], vcells = r$peak[3L],
                line = if (line > 0) as.integer(line) else NA_integer_,
                statement = if (line > 0 && line <= length(lines)) trimws(lines[line]) else NA_character_,
                ncells_max = r$peak[5L], vcells_max = r$peak[6L], alloc_time = r$peak[7L]),
    max_used = c(ncells = r$max_used[1L], vcells = r$max_used[2L]),
    final_event = events_frame(r$gc_event),
    objects = if (is.null(r$contents)) NULL else contents_frame(r$contents),
    calls = if (is.null(r$contents)) character() else as.character(r$contents$calls),
    garbage = if (is.null(r$contents)) NULL else r$contents$usage,
    objects_missing = r$contents_missing,
    gc = gc_matrix(r$gc),
    error = if (is.null(err) || is.na(err)) NULL else err,
    error_line = if (is.null(r$outcome$line) || is.na(r$outcome$line)) NA_integer_ else as.integer(r$outcome$line),
    output = r$outcome$output,
    heap = h
  ))
}

run_heap <- function(heap, ...) {
  if (is.null(heap)) return(rheap::heap(...))
  if (!inherits(heap, "rheap")) stop("`heap` must be a simulated session made by heap().", call. = FALSE)
  if (...length() > 0L) stop("give heap settings in `...` or a session in `heap`, not both.", call. = FALSE)
  heap
}

# Code as the simulator reads it: a script's text (run as source() runs it), or code.
code_source <- function(code_or_file) {
  is_file <- is.character(code_or_file) && length(code_or_file) == 1L && !is.na(code_or_file) &&
    !grepl("\n", code_or_file, fixed = TRUE) && grepl("\\.[rR]$", code_or_file)
  if (is_file) {
    if (!file.exists(code_or_file)) {
      stop(sprintf("`code_or_file`: there is no script \"%s\".", code_or_file), call. = FALSE)
    }
    return(list(text = code_text(readLines(code_or_file, warn = FALSE)), source_mode = TRUE, file = code_or_file))
  }
  list(text = code_text(code_or_file, "code_or_file"), source_mode = FALSE, file = NULL)
}

contents_frame <- function(c) {
  d <- data.frame(name = ifelse(c$named, c$name, NA_character_), environment = c$environment,
                  type = c$type_name, length = c$length, object_size = c$object_size,
                  allocator_bytes = c$allocator_bytes, shared = c$refs >= 2, refs = c$refs,
                  same_as = ifelse(nzchar(c$same_as), c$same_as, NA_character_), stringsAsFactors = FALSE)
  class(d$object_size) <- "object_size"
  d
}

#' Objects alive in a simulated session
#'
#' The variables of the global environment and of the environments reached
#' from it (through variables and closures), largest first: name,
#' environment, type, length, [utils::object.size()], what the allocator
#' really holds (`allocator_bytes`: node classes, large vectors, strings
#' shared with other objects counted once), and whether the object is shared
#' (R 4's reference count is 2 or more, so a change would copy it first);
#' `same_as` names the variable listed before that holds the very same object
#' (count its bytes once).
#' [simulate()] gives the same table for the moment of the true peak.
#'
#' @inheritParams sim_eval
#' @return A data frame.
#' @export
#' @examples
#' h <- heap()
#' sim_eval(h, "x <- numeric(1e6); y <- x; e <- new.env(); e$z <- 1:10")
#' sim_objects(h)
sim_objects <- function(h) {
  assert_heap(h)
  contents_frame(rust(rheap_objects(h$ptr)))
}

mb <- function(bytes) format(structure(bytes, class = "object_size"), units = "auto", standard = "legacy", digits = 1L)

level_counts <- function(events) {
  lv <- tabulate(events$level + 1L, 3L)
  sprintf("level 0: %d, level 1: %d, level 2: %d", lv[1L], lv[2L], lv[3L])
}

# Why "max used" differs from the true peak, in one line.
peak_explanation <- function(x) {
  ev <- x$events
  mu <- x$max_used
  if (x$peak$ncells_max <= mu[["ncells"]] && x$peak$vcells_max <= mu[["vcells"]]) {
    return("\"max used\" saw the peak: it was reached just as a collection started.")
  }
  after <- if (nrow(ev) == 0L) "no collection ran during the code" else
    sprintf("the last collection (%d) started at line %s", ev$n[nrow(ev)],
            if (is.na(ev$line[nrow(ev)])) "?" else ev$line[nrow(ev)])
  sprintf("R raises \"max used\" only when a collection starts; %s, and what was allocated since never reached it.", after)
}

#' @export
format.rheap_run <- function(x, ...) {
  ev <- x$events
  p <- x$peak
  mu <- x$max_used
  n <- length(strsplit(x$code, "\n", fixed = TRUE)[[1L]])
  what <- if (is.null(x$file)) sprintf("%d line%s of code", n, if (n == 1L) "" else "s") else x$file
  out <- c(sprintf("<rheap run: %s>", what),
           sprintf("Collections: %d (%s)", nrow(ev), level_counts(ev)),
           sprintf("True peak: %s (Ncells %s, Vcells %s) at line %s: %s", mb(p$bytes), big(p$ncells),
                   big(p$vcells), p$line, p$statement))
  if (!is.null(x$garbage)) {
    garbage <- (x$garbage[1L] - x$garbage[3L]) * 56 + (x$garbage[2L] - x$garbage[4L]) * 8
    out <- c(out, sprintf("  of which %s garbage not collected yet", mb(garbage)))
  }
  out <- c(out,
           sprintf("gc() max used: %s (Ncells %s, Vcells %s)", mb(mu[["ncells"]] * 56 + mu[["vcells"]] * 8),
                   big(mu[["ncells"]]), big(mu[["vcells"]])),
           paste0("  ", peak_explanation(x)))
  if (!is.null(x$objects) && nrow(x$objects) > 0L) {
    top <- utils::head(x$objects, 5L)
    out <- c(out, sprintf("Alive at the peak (largest %d of %d):", nrow(top), nrow(x$objects)),
             paste0("  ", utils::capture.output(print(objects_for_print(top), row.names = FALSE))))
  } else if (!is.null(x$objects_missing)) {
    out <- c(out, paste("Objects at the peak: unknown,", x$objects_missing))
  }
  out <- c(out, "Final gc():", utils::capture.output(print(x$gc)))
  if (!is.null(x$error)) {
    out <- c(out, sprintf("R would stop at line %s with:", x$error_line), paste0("  ", strsplit(x$error, "\n")[[1L]]))
  }
  out
}

big <- function(v) format(v, big.mark = ",", scientific = FALSE, trim = TRUE)

objects_for_print <- function(d) {
  d$name[is.na(d$name)] <- "-"
  d$object_size <- vapply(unclass(d$object_size), mb, "")
  d$allocator_bytes <- vapply(d$allocator_bytes, mb, "")
  d$length <- big(d$length)
  d$refs <- NULL
  names(d)[names(d) == "object_size"] <- "object.size"
  names(d)[names(d) == "allocator_bytes"] <- "allocator"
  if (all(is.na(d$same_as))) d$same_as <- NULL else d$same_as[is.na(d$same_as)] <- ""
  d
}

#' @export
print.rheap_run <- function(x, ...) {
  cat(format(x, ...), sep = "\n")
  invisible(x)
}

#' @export
summary.rheap_run <- function(object, ...) {
  ev <- object$events
  lv <- tabulate(ev$level + 1L, 3L)
  structure(class = c("summary.rheap_run", "data.frame"), data.frame(
    collections = nrow(ev), level0 = lv[1L], level1 = lv[2L], level2 = lv[3L],
    peak_mb = object$peak$bytes / 1024^2, peak_line = object$peak$line,
    max_used_mb = (object$max_used[["ncells"]] * 56 + object$max_used[["vcells"]] * 8) / 1024^2,
    final_ncells = object$gc[1L, 1L], final_vcells = object$gc[2L, 1L],
    error = if (is.null(object$error)) NA_character_ else object$error,
    stringsAsFactors = FALSE))
}

#' @export
print.summary.rheap_run <- function(x, ...) {
  print.data.frame(x, row.names = FALSE, digits = 4L)
  invisible(x)
}

#' @param x A run from [simulate()].
#' @param row.names,optional Ignored.
#' @param what `"collections"` (one row per collection) or `"objects"` (the
#'   objects alive at the true peak).
#' @rdname simulate
#' @export
as.data.frame.rheap_run <- function(x, row.names = NULL, optional = FALSE, ..., what = c("collections", "objects")) {
  what <- match.arg(what)
  if (what == "objects") return(if (is.null(x$objects)) contents_frame(list(named = logical(), name = character(),
    environment = character(), type = character(), length = numeric(), object_size = numeric(),
    allocator_bytes = numeric(), refs = numeric())) else x$objects)
  x$events
}
