# Write simulated output the way R would have: stdout with cat(), stderr through message().
replay <- function(out) {
  for (i in seq_along(out$streams)) {
    if (out$streams[[i]] == "stdout") cat(out$texts[[i]]) else message(out$texts[[i]], appendLF = FALSE)
  }
}

# Signal the simulated code's error as an `rheap_error`. `r_message` keeps the text R would print;
# the condition itself carries R's message and call, so that R prints it as it would its own
# error ("Error in f() : boom", not "Error: Error in f() : boom").
sim_stop <- function(msg, line, in_addition = NULL, stop = NULL, message = NULL, call = NULL) {
  where <- if (is.null(line) || is.na(line)) "" else sprintf(" [simulated code, line %d]", as.integer(line))
  # the failed call's warnings, which R prints after the error ("In addition: ...")
  if (!is.null(in_addition) && is.na(in_addition)) in_addition <- NULL
  after <- if (is.null(in_addition)) "" else paste0("\n", sub("\n$", "", in_addition))
  # stopped by the step budget rather than by the simulated code
  if (!is.null(stop) && (is.na(stop) || isFALSE(stop))) stop <- NULL
  cond_call <- NULL
  if (!is.null(message) && !is.na(message)) {
    text <- message
    if (!is.null(call) && !is.na(call)) {
      cond_call <- tryCatch(str2lang(call), error = function(e) NULL)
      # a call R's parser cannot read again stays in the text
      if (is.null(cond_call)) text <- sub("^Error ", "", msg)
    }
  } else {
    text <- msg
  }
  cond <- structure(class = c("rheap_error", "error", "condition"),
                    list(message = paste0(text, where, after), call = cond_call, r_message = msg,
                         line = line, in_addition = in_addition, stop = stop))
  stop(cond)
}

code_text <- function(code, what = "code") {
  if (is.language(code)) {
    return(paste(deparse(code, width.cutoff = 500L), collapse = "\n"))
  }
  if (!is.character(code) || anyNA(code)) {
    stop(sprintf("`%s` must be R code as text or a quoted expression.", what), call. = FALSE)
  }
  # the simulator reads UTF-8 bytes, as R's parser does in a UTF-8 locale (invalid bytes are
  # its error): strings marked latin1 are converted, others passed as they are
  latin1 <- Encoding(code) == "latin1"
  code[latin1] <- enc2utf8(code[latin1])
  paste(code, collapse = "\n")
}

run_code <- function(h, text, source_mode) {
  r <- rheap_eval(h$ptr, text, source_mode)
  # what ran before an interrupt or an error was printed, as R would have printed it
  if (!is.null(r$output)) replay(r$output)
  r <- rust(r)
  if (!is.null(r$sim_error) && !is.na(r$sim_error)) {
    sim_stop(r$sim_error, r$line, r$in_addition, r$stop, r$condition_message, r$condition_call)
  }
  invisible(h)
}

#' Run R code in a simulated session
#'
#' `sim_eval()` evaluates code at top level as `Rscript` does, printing each
#' visible value; `sim_source()` runs a script file as [base::source()] does.
#' Printed output goes to stdout; `gcinfo()` reports, messages and warnings go
#' to stderr, exactly as the real R would write them. Nothing is allocated for
#' real.
#'
#' An error in the simulated code stops it, as in R, with a condition of class
#' `rheap_error`; what ran before the error stays done. Its fields: `r_message`,
#' the error as R prints it; `line`, the line of the simulated code; `in_addition`,
#' the warnings of the failed call as R prints them after the error (or `NULL`).
#'
#' @param h A session from [heap()].
#' @param code R code as a character vector or a quoted expression.
#' @param file Path to an R script.
#' @return `h`, invisibly (sessions are changed in place).
#' @export
#' @examples
#' h <- heap()
#' sim_eval(h, "x <- matrix(rnorm(1e6), nrow = 1000)")
#' sim_eval(h, quote(object.size(x)))
#' sim_gc(h)
sim_eval <- function(h, code) {
  assert_heap(h)
  run_code(h, code_text(code), source_mode = FALSE)
}

#' @rdname sim_eval
#' @export
sim_source <- function(h, file) {
  assert_heap(h)
  if (!is.character(file) || length(file) != 1L || !file.exists(file)) {
    stop("`file` must be the path of an existing R script.", call. = FALSE)
  }
  run_code(h, code_text(readLines(file, warn = FALSE)), source_mode = TRUE)
}

#' Garbage collection in a simulated session
#'
#' The simulated [base::gc()]: runs a collection and returns the same matrix,
#' with the same shape, dimnames and megabyte rounding as R 4.2.2.
#'
#' @inheritParams sim_eval
#' @param verbose Report the collection as `gcinfo(TRUE)` would.
#' @param reset Reset the "max used" columns.
#' @param full Collect all generations (otherwise the level R's policy picks).
#' @return The `gc()` matrix.
#' @export
#' @examples
#' sim_gc(heap())
sim_gc <- function(h, verbose = FALSE, reset = FALSE, full = TRUE) {
  assert_heap(h)
  flag <- function(x, name) {
    if (!is.logical(x) || length(x) != 1L || is.na(x)) {
      stop(sprintf("`%s` must be TRUE or FALSE.", name), call. = FALSE)
    }
    x
  }
  r <- rust(rheap_gc(h$ptr, flag(verbose, "verbose"), flag(reset, "reset"), flag(full, "full")))
  replay(r$output)
  gc_matrix(r$values)
}

# The 14 numbers of .Internal(gc()) as gc() shows them: a 2 x 7 matrix, the limit column dropped
# when both limits are NA.
gc_matrix <- function(values) {
  res <- matrix(values, 2L, 7L, dimnames = list(c("Ncells", "Vcells"),
    c("used", "(Mb)", "gc trigger", "(Mb)", "limit (Mb)", "max used", "(Mb)")))
  res[is.nan(res)] <- NA
  if (all(is.na(res[, 5L]))) res[, -5L] else res
}

#' Turn collection reports on or off in a simulated session
#'
#' Like [base::gcinfo()]: with `TRUE` every automatic collection prints its
#' three-line report (to stderr). `NA` and values that are not logical-like
#' leave the setting as it is.
#'
#' @inheritParams sim_eval
#' @param verbose `TRUE` or `FALSE`.
#' @return The previous setting.
#' @export
#' @examples
#' h <- heap()
#' sim_gcinfo(h, TRUE)
#' sim_eval(h, "l <- lapply(1:10, function(i) numeric(1e6))")
sim_gcinfo <- function(h, verbose) {
  assert_heap(h)
  verbose <- verbose
  v <- suppressWarnings(as.logical(verbose[1L]))
  if (length(v) == 0L) v <- NA
  rust(rheap_gcinfo(h$ptr, v))
}

#' Object size in a simulated session
#'
#' [utils::object.size()] of a simulated value: `x` is code (text or a quoted
#' expression) evaluated in the simulated global environment, such as the name
#' of a simulated variable. The result has class `object_size`, so `format()`
#' and `print()` work as on a real one; its attribute `allocator_bytes` is what
#' the allocator really holds for the object (node classes, large vectors,
#' shared strings counted once).
#'
#' @inheritParams sim_eval
#' @param x Code giving the object, e.g. `"mydata"` or `quote(1:10)`.
#' @return An `object_size` number of bytes.
#' @export
#' @examples
#' h <- heap()
#' sim_eval(h, "m <- matrix(0, 1000, 1000)")
#' sim_object_size(h, "m")
#' format(sim_object_size(h, "m"), units = "Mb")
sim_object_size <- function(h, x) {
  assert_heap(h)
  r <- rust(rheap_object_size(h$ptr, code_text(x, "x")))
  if (!is.null(r$sim_error)) sim_stop(r$sim_error, NULL, stop = if (isTRUE(r$stop)) "max_steps")
  replay(r$output)
  structure(r$bytes, class = "object_size", allocator_bytes = r$allocator)
}

#' Collections of a simulated session
#'
#' One row per collection, explicit `gc()` calls included: the report's numbers
#' (`cons_mb`, `cons_pct`, `vec_mb`, `vec_pct`), the counts behind them, and why
#' the collection ran (`reason`: "cons cells", "vectors" or "gc()") at its level
#' (`level_reason`).
#'
#' @inheritParams sim_eval
#' @return A data frame.
#' @export
#' @examples
#' h <- heap()
#' sim_eval(h, "l <- lapply(1:10, function(i) numeric(1e6))")
#' sim_events(h)
sim_events <- function(h) {
  assert_heap(h)
  events_frame(rust(rheap_events(h$ptr)))
}

events_frame <- function(e) {
  e$line <- as.integer(e$line)
  e$n <- as.integer(e$n)
  e$level <- as.integer(e$level)
  as.data.frame(e, stringsAsFactors = FALSE)
}

#' Memory pool of a simulated session
#'
#' Small objects live in pages of 7960 bytes, one list of pages per node class
#' (the memory pool). One row per class: pages, slots in use and free, the free
#' share (fragmentation) and pages released so far.
#'
#' @inheritParams sim_eval
#' @return A data frame.
#' @export
#' @examples
#' sim_pool(heap())
sim_pool <- function(h) {
  assert_heap(h)
  as.data.frame(rust(rheap_pool(h$ptr)))
}

#' Copies made by copy-on-modify in a simulated session
#'
#' R 4 copies a vector before modifying it (`x[i] <- v`, `names(x) <- v`, ...)
#' only when it may be shared. One row per copy: the simulated line, the type,
#' length and Vcells of what was copied, and why.
#'
#' @inheritParams sim_eval
#' @return A data frame.
#' @export
#' @examples
#' h <- heap()
#' sim_eval(h, "x <- numeric(1e5); y <- x; x[1] <- 2; x[2] <- 3")
#' sim_copies(h)
sim_copies <- function(h) {
  assert_heap(h)
  c <- rust(rheap_copies(h$ptr))
  c$line <- as.integer(c$line)
  names(c)[names(c) == "what"] <- "type"
  as.data.frame(c, stringsAsFactors = FALSE)
}

#' What the simulator assumed
#'
#' Values the simulator does not know (random numbers, data too large to keep)
#' can reach a condition; the simulator then follows a documented rule (an
#' unknown `if` condition is taken as `TRUE`, an unknown `while` condition
#' stops the loop) and notes it here.
#'
#' @inheritParams sim_eval
#' @return A character vector.
#' @export
#' @examples
#' h <- heap()
#' sim_eval(h, "if (sum(rnorm(10)) > 0) 1 else 2")
#' sim_notes(h)
sim_notes <- function(h) {
  assert_heap(h)
  rust(rheap_notes(h$ptr))
}
