# symbol_candidates.R -- names that might be in R's symbol table at start-up (run in its own process:
# walking function bodies lazy-loads them and installs their symbols).
#   Rscript --vanilla symbol_candidates.R OUT.txt
out <- commandArgs(TRUE)[1L]
ns <- c("base", "stats", "utils", "methods", "graphics", "grDevices", "datasets", "compiler", "tools")
nm <- character()
for (n in ns) {
  e <- tryCatch(asNamespace(n), error = function(e) NULL)
  if (is.null(e)) next
  objs <- ls(e, all.names = TRUE)
  nm <- c(nm, objs)
  for (o in objs) {
    f <- tryCatch(get(o, envir = e), error = function(e) NULL)
    if (is.function(f)) {
      nm <- c(nm, names(formals(f)))
      b <- tryCatch(body(f), error = function(e) NULL)
      if (!is.null(b)) nm <- c(nm, all.names(b))
    }
  }
}
# the names R's values (datasets, base's variables) hold as symbols: their attributes' names, the
# names in their language objects
symbols_of <- function(x) {
  a <- attributes(x)
  c(names(a), unlist(lapply(a, symbols_of), use.names = FALSE),
    if (is.list(x)) unlist(lapply(x, symbols_of), use.names = FALSE),
    if (is.language(x)) all.names(x))
}
for (d in ls("package:datasets")) nm <- c(nm, symbols_of(get(d, "package:datasets")))
for (v in ls(baseenv(), all.names = TRUE)) {
  x <- get(v, envir = baseenv())
  if (!is.function(x) && !is.environment(x)) nm <- c(nm, symbols_of(x))
}
nm <- c(nm, letters, LETTERS, paste0(rep(letters, each = 26), letters), paste0(letters, rep(0:9, each = 26)))
nm <- unique(nm[nzchar(nm) & !is.na(nm)])
writeLines(nm, out, useBytes = TRUE)
cat(length(nm), "candidates\n")
