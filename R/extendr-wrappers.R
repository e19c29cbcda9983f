rheap_new <- function(from, nsize, vsize, max_vsize, max_nsize, host_memory, max_steps) .Call(wrap__rheap_new, from, nsize, vsize, max_vsize, max_nsize, host_memory, max_steps)

rheap_eval <- function(h, code, source_mode) .Call(wrap__rheap_eval, h, code, source_mode)

rheap_gc <- function(h, verbose, reset, full) .Call(wrap__rheap_gc, h, verbose, reset, full)

rheap_gcinfo <- function(h, verbose) .Call(wrap__rheap_gcinfo, h, verbose)

rheap_object_size <- function(h, code) .Call(wrap__rheap_object_size, h, code)

rheap_events <- function(h) .Call(wrap__rheap_events, h)

rheap_summary <- function(h) .Call(wrap__rheap_summary, h)

rheap_pool <- function(h) .Call(wrap__rheap_pool, h)

rheap_copies <- function(h) .Call(wrap__rheap_copies, h)

rheap_notes <- function(h) .Call(wrap__rheap_notes, h)

rheap_objects <- function(h) .Call(wrap__rheap_objects, h)

rheap_replica <- function(h) .Call(wrap__rheap_replica, h)

rheap_simulate <- function(h, code, source_mode) .Call(wrap__rheap_simulate, h, code, source_mode)

rheap_internal_failure <- function(h) .Call(wrap__rheap_internal_failure, h)


