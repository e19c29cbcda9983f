#' Memory of parallel workers
#'
#' Predicts the memory of each worker of [parallel::mclapply()] (`"fork"`)
#' or [parallel::parLapply()] (`"psock"`) applying `fun` to the elements of
#' `X`, after `code` has set up the parent session, and how many such
#' workers fit in the host's memory.
#'
#' The model:
#' * **fork**: a worker starts as a copy of the parent that shares its pages
#'   until it writes them. It is simulated as a copy of the parent session
#'   running `lapply()` over its share of `X` (mclapply's prescheduling:
#'   elements `w, w + workers, ...`). Its own memory is what it allocates
#'   beyond the parent's usage at its peak, plus the shared pages it writes:
#'   R's collector writes mark bits into the header of every object it visits,
#'   so once the worker runs a full (level 2) collection every page of the
#'   parent's small objects (the pool, see [sim_pool()]) and the first 4 KB
#'   page of each of the parent's large vectors become private copies. The
#'   data of large vectors is never written and stays shared.
#' * **psock**: a worker is a fresh `Rscript` session that receives `fun`,
#'   its share of `X` (contiguous chunks, as [parallel::splitIndices()]) and
#'   the variables named in `export` (as [parallel::clusterExport()]) as
#'   serialized copies. It is simulated as a fresh session that runs `code`,
#'   keeps only `export`, collects, and runs `lapply()` over its chunk; all
#'   its memory is its own.
#'
#' Assumptions: the host's page size is 4 KB; results sent back to the parent
#' are not counted in the workers; the operating system's own memory and the
#' memory of the processes' code are not counted.
#'
#' @param code R code (text or a quoted expression) that sets up the parent
#'   session: the data and functions the workers use.
#' @param fun R code for the function applied, e.g. `"function(i) sum(m[, i])"`.
#' @param X R code for the vector or list iterated over, e.g. `"1:8"`.
#' @param workers The number of workers.
#' @param backend `"fork"` or `"psock"`.
#' @param export For `"psock"`: names of variables of `code` sent to the
#'   workers.
#' @param host_memory Bytes of RAM of the host, for `fits`.
#' @return A data frame of class `rheap_parallel`, one row per worker: the
#'   elements it got, its collections, its peak and its own memory in
#'   megabytes; attributes `parent_mb` and `fits` (how many workers of the
#'   largest kind fit in `host_memory` beside the parent).
#' @export
#' @examples
#' \donttest{
#' sim_parallel("m <- matrix(0, 1000, 5000)", "function(i) sum(m[, i] + 1)",
#'              "1:8", workers = 2, backend = "fork")
#' sim_parallel("m <- matrix(0, 1000, 5000)", "function(i) sum(m[, i] + 1)",
#'              "1:8", workers = 2, backend = "psock", export = "m")
#' }
sim_parallel <- function(code, fun, X, workers = 2L, backend = c("fork", "psock"), export = NULL,
                         host_memory = 24 * 1024^3) {
  backend <- match.arg(backend)
  check_number(workers, "workers")
  check_number(host_memory, "host_memory")
  if (!is.null(export) && (!is.character(export) || anyNA(export))) {
    stop("`export` must be names of variables (a character vector).", call. = FALSE)
  }
  setup <- code_text(code, "code")
  fun <- code_text(fun, "fun")
  X <- code_text(X, "X")
  parent <- heap()
  sim_eval_quiet(parent, setup)
  sim_eval_quiet(parent, paste0(".rheap_X <- ", X, "\n.rheap_FUN <- ", fun))
  n <- as.integer(sim_value(parent, "length(.rheap_X)"))
  workers <- as.integer(min(workers, max(n, 1L)))
  parent_gc <- sim_gc(parent)
  parent_bytes <- cells_bytes(parent_gc[1L, 1L], parent_gc[2L, 1L])
  chunks <- if (backend == "fork") lapply(seq_len(workers), function(w) seq.int(w, n, by = workers))
            else parallel::splitIndices(n, workers)
  rows <- lapply(seq_len(workers), function(w) {
    idx <- chunks[[w]]
    call <- sprintf(".rheap_out <- lapply(.rheap_X[c(%s)], .rheap_FUN)", paste(idx, collapse = ", "))
    if (backend == "fork") {
      h <- structure(list(ptr = rust(rheap_replica(parent$ptr))), class = "rheap")
      r <- simulate(call, heap = h)
      own <- max(0, r$peak$bytes - parent_bytes)
      written <- if (any(r$events$level == 2L)) shared_pages_written(parent) else 0
      data.frame(worker = w, elements = length(idx), collections = nrow(r$events),
                 peak_mb = r$peak$bytes / 1024^2, own_mb = (own + written) / 1024^2,
                 shared_written_mb = written / 1024^2)
    } else {
      h <- heap()
      keep <- unique(c(export, ".rheap_X", ".rheap_FUN"))
      sim_eval_quiet(h, setup)
      sim_eval_quiet(h, paste0(".rheap_X <- ", X, "\n.rheap_FUN <- ", fun))
      sim_eval_quiet(h, sprintf(".rheap_X <- .rheap_X[c(%s)]; rm(list = setdiff(ls(all.names = TRUE), c(%s)))",
                                paste(idx, collapse = ", "), paste(sprintf("\"%s\"", keep), collapse = ", ")))
      sim_gc(h)
      r <- simulate(sprintf(".rheap_out <- lapply(.rheap_X, .rheap_FUN)"), heap = h)
      data.frame(worker = w, elements = length(idx), collections = nrow(r$events),
                 peak_mb = r$peak$bytes / 1024^2, own_mb = r$peak$bytes / 1024^2, shared_written_mb = 0)
    }
  })
  d <- do.call(rbind, rows)
  fits <- floor((host_memory - parent_bytes) / (max(d$own_mb) * 1024^2))
  structure(d, class = c("rheap_parallel", "data.frame"), backend = backend, parent_mb = parent_bytes / 1024^2,
            total_mb = parent_bytes / 1024^2 + sum(d$own_mb), fits = fits)
}

cells_bytes <- function(ncells, vcells) ncells * 56 + vcells * 8

# The parent's pages a full collection in a forked child writes: every pool page (small objects;
# sim_pool()'s pages are R's pages, BASE_PAGE_SIZE = 8000 bytes in memory.c) and the first OS page
# of each large vector.
shared_pages_written <- function(parent) {
  pool <- sim_pool(parent)
  large <- sim_objects(parent)
  large <- sum(large$allocator_bytes > 128 + 48)
  sum(pool$pages) * 8000 + large * 4096
}

sim_eval_quiet <- function(h, text) invisible(utils::capture.output(run_code(h, text, source_mode = FALSE)))

# A number the simulated code prints with cat().
sim_value <- function(h, text) {
  out <- utils::capture.output(run_code(h, paste0("cat(", text, ")"), source_mode = FALSE))
  as.numeric(out)
}

#' @export
format.rheap_parallel <- function(x, ...) {
  d <- as.data.frame(unclass(x), stringsAsFactors = FALSE)
  attributes(d)[c("backend", "parent_mb", "total_mb", "fits")] <- NULL
  d[c("peak_mb", "own_mb", "shared_written_mb")] <- lapply(d[c("peak_mb", "own_mb", "shared_written_mb")], round, 1)
  c(sprintf("<rheap: %d %s workers; parent %.1f MB; parent and workers %.1f MB; %s such workers fit>",
            nrow(d), attr(x, "backend"), attr(x, "parent_mb"), attr(x, "total_mb"), big(attr(x, "fits"))),
    utils::capture.output(print(d, row.names = FALSE)))
}

#' @export
print.rheap_parallel <- function(x, ...) {
  cat(format(x, ...), sep = "\n")
  invisible(x)
}
