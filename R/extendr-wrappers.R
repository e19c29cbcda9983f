#' A simulated R session (the external pointer behind an `rheap` object).
#'
#' @section Methods:
#'\subsection{Method `fresh`}{
#'A fresh session (`Rscript --vanilla` start-up state).
#'}
#'
#'\subsection{Method `from_gc`}{
#'A session in the state the 14 numbers of `.Internal(gc())` describe.
#'}
#'
#'\subsection{Method `eval`}{
#'Evaluate code; `source_mode` runs it as `source()` does (no auto-printing, source()'s costs).
#'}
#'
#'\subsection{Method `gcinfo`}{
#'`gcinfo()`: `verbose` NA leaves the flag as it is.
#'}
#'
RHeap <- new.env(parent = emptyenv())

RHeap$fresh <- function(nsize, vsize, max_vsize, max_nsize, host_memory) .Call(wrap__RHeap__fresh, nsize, vsize, max_vsize, max_nsize, host_memory)

RHeap$from_gc <- function(values, nsize, vsize, max_vsize, max_nsize, host_memory) .Call(wrap__RHeap__from_gc, values, nsize, vsize, max_vsize, max_nsize, host_memory)

RHeap$eval <- function(code, source_mode) .Call(wrap__RHeap__eval, self, code, source_mode)

RHeap$gc <- function(verbose, reset, full) .Call(wrap__RHeap__gc, self, verbose, reset, full)

RHeap$gcinfo <- function(verbose) .Call(wrap__RHeap__gcinfo, self, verbose)

RHeap$object_size <- function(code) .Call(wrap__RHeap__object_size, self, code)

RHeap$events <- function() .Call(wrap__RHeap__events, self)

RHeap$summary <- function() .Call(wrap__RHeap__summary, self)

RHeap$pool <- function() .Call(wrap__RHeap__pool, self)

RHeap$copies <- function() .Call(wrap__RHeap__copies, self)

RHeap$notes <- function() .Call(wrap__RHeap__notes, self)

#' @export
`$.RHeap` <- function (self, name) { func <- RHeap[[name]]; environment(func) <- environment(); func }

#' @export
`[[.RHeap` <- `$.RHeap`


