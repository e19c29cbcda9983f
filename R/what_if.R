#' What if the heap were set differently?
#'
#' Simulates the same code once per combination of heap settings (every
#' combination of the values given, as [expand.grid()]) and returns one row
#' each: collections by level, the true peak, "max used", the collector's work
#' and the error R would stop with. The grid runs in parallel through R's
#' parallel package: forked processes on this machine (`cores`), or the
#' cluster `cl` you pass (from [parallel::makeCluster()], so a grid can span
#' machines; rheap must be installed on its nodes). A progress bar shows for
#' grids of more than `cores` rows when `progress` is `TRUE`.
#'
#' `gc_work` is the simulated work of the collector: the Ncells and Vcells
#' still alive after each collection, summed (what its marking phase had to
#' trace), in megabytes.
#'
#' @param code_or_file R code or the path of a script, as in [simulate()].
#' @param ... Heap settings, each a vector of values: `max_vsize`, `vsize`,
#'   `nsize`, `max_nsize`, `host_memory` (see [heap()]).
#' @param cl A cluster from [parallel::makeCluster()], or `NULL`. An interrupt
#'   stops waiting for it, but, as with any [parallel::parLapply()], its
#'   workers finish the rows they are running and their results stay queued
#'   for the next call: after an interrupt, stop the cluster
#'   ([parallel::stopCluster()]) and make a new one.
#' @param cores Forked workers when `cl` is `NULL` (1 on Windows).
#' @param progress Show a progress bar.
#' @return A data frame, one row per combination.
#' @export
#' @examples
#' what_if("l <- lapply(1:20, function(i) numeric(1e6))",
#'         vsize = c(8, 64, 256) * 1024^2, cores = 1)
#' what_if("x <- numeric(3e8)", max_vsize = c(2, 4) * 1024^3, cores = 1)
what_if <- function(code_or_file, ..., cl = NULL, cores = getOption("mc.cores", 2L), progress = interactive()) {
  settings <- list(...)
  known <- c("max_vsize", "vsize", "nsize", "max_nsize", "host_memory")
  if (length(settings) == 0L) stop("give at least one heap setting to vary, e.g. max_vsize = c(2, 4) * 1024^3.", call. = FALSE)
  if (is.null(names(settings)) || any(!names(settings) %in% known)) {
    stop(sprintf("`...` must name heap settings among %s.", paste(known, collapse = ", ")), call. = FALSE)
  }
  for (n in names(settings)) {
    v <- settings[[n]]
    if (!is.numeric(v) || length(v) == 0L || anyNA(v) || any(v <= 0)) {
      stop(sprintf("`%s` must be positive numbers.", n), call. = FALSE)
    }
  }
  if (!is.null(cl) && !inherits(cl, "cluster")) stop("`cl` must be a cluster from parallel::makeCluster().", call. = FALSE)
  check_number(cores, "cores")
  src <- code_source(code_or_file)
  grid <- expand.grid(settings, KEEP.OUT.ATTRS = FALSE)
  one <- function(i, grid, text, source_mode) what_if_row(as.list(grid[i, , drop = FALSE]), text, source_mode)
  n <- nrow(grid)
  batch <- if (!is.null(cl)) length(cl) else if (.Platform$OS.type == "windows") 1L else as.integer(cores)
  bar <- if (isTRUE(progress) && n > batch) utils::txtProgressBar(0, n, style = 3) else NULL
  # closed however the grid ends (an interrupt, a failed worker)
  if (!is.null(bar)) on.exit(close(bar))
  rows <- list()
  for (start in seq(1L, n, by = batch)) {
    idx <- start:min(n, start + batch - 1L)
    got <- if (!is.null(cl)) {
      parallel::parLapply(cl, idx, one, grid = grid, text = src$text, source_mode = src$source_mode)
    } else if (batch > 1L) {
      parallel::mclapply(idx, one, grid = grid, text = src$text, source_mode = src$source_mode, mc.cores = batch)
    } else lapply(idx, one, grid = grid, text = src$text, source_mode = src$source_mode)
    failed <- vapply(got, inherits, NA, "try-error")
    if (any(failed)) stop("a worker failed: ", conditionMessage(attr(got[[which(failed)[1L]]], "condition")), call. = FALSE)
    rows <- c(rows, got)
    if (!is.null(bar)) utils::setTxtProgressBar(bar, max(idx))
  }
  cbind(grid, do.call(rbind, rows))
}

# One row of what_if(): the code simulated in a fresh session with `settings`.
what_if_row <- function(settings, text, source_mode) {
  h <- do.call(heap, settings)
  n_before <- nrow(sim_events(h))
  r <- rust(rheap_simulate(h$ptr, text, source_mode))
  ev <- sim_events(h)
  ev <- ev[seq_len(nrow(ev)) > n_before, , drop = FALSE]
  lv <- tabulate(ev$level + 1L, 3L)
  err <- r$outcome$sim_error
  data.frame(collections = nrow(ev), level0 = lv[1L], level1 = lv[2L], level2 = lv[3L],
             peak_mb = round(r$peak[1L] / 1024^2, 1),
             max_used_mb = round((r$max_used[1L] * 56 + r$max_used[2L] * 8) / 1024^2, 1),
             gc_work_mb = round(sum(ev$ncells_used * 56 + ev$vcells_used * 8) / 1024^2, 1),
             error = if (is.null(err) || is.na(err)) NA_character_ else err, stringsAsFactors = FALSE)
}
