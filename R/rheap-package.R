#' rheap: simulate R's memory manager
#'
#' rheap runs R code in a simulated R 4.2.2 session and reports what the real
#' memory manager would: [base::gc()]'s matrix, [base::gcinfo()]'s lines and
#' [utils::object.size()], without allocating the data. A
#' `matrix(rnorm(1e12), nrow = 1e6)` costs the simulator a few hundred bytes.
#'
#' Start with [heap()], run code with [sim_eval()] or [sim_source()], and ask
#' [sim_gc()], [sim_object_size()] and [sim_events()] what happened.
#'
#' @keywords internal
#' @useDynLib rheap, .registration = TRUE
"_PACKAGE"
