# copies.R -- where real R duplicates a vector, as tracemem() reports it, for the copy-on-modify
# fixture tests/fixtures/copies.tsv (read by src/rust/core/tests/copies.rs against sim_copies()).
#
#   Rscript --vanilla tools/calibrate/copies.R
#
# Each snippet runs line by line at top level of a fresh `Rscript --vanilla`; after each line every
# atomic vector of at least 1000 elements bound in the global environment is traced (tracemem),
# and the "tracemem[a -> b]" lines printed while a line runs are counted for that line.
snippets <- list(
  shared_write = c("x <- numeric(1e5)", "y <- x", "x[1] <- 2", "x[2] <- 3"),
  unshared_write = c("x <- numeric(1e5)", "x[1] <- 2", "x[2] <- 3"),
  names_then_write = c("x <- numeric(1e5)", "y <- x", "names(x) <- paste0('n', seq_along(x))", "x[1] <- 2"),
  attr_of_shared = c("x <- numeric(1e5)", "y <- x", "attr(x, 'u') <- 1", "y[1] <- 5"),
  function_arg = c("f <- function(v) { v[1] <- 0; v }", "x <- numeric(1e5)", "z <- f(x)", "z[2] <- 1"),
  loop_of_writes = c("x <- numeric(1e5)", "y <- x", "for (i in 1:3) x[i] <- i", "y[1] <- 1")
)
trace_all <- c(
  ".traced <- character()",
  ".trace_all <- function() for (v in ls(globalenv())) {",
  "  x <- get(v, globalenv())",
  "  if (is.atomic(x) && length(x) >= 1000 && !(v %in% .traced)) { tracemem(x); .traced <<- c(.traced, v) }",
  "}")
rows <- lapply(names(snippets), function(name) {
  lines <- snippets[[name]]
  script <- c(trace_all, unlist(lapply(seq_along(lines), function(i)
    c(sprintf("cat('LINE %d\\n')", i), lines[i], ".trace_all()"))))
  f <- tempfile(fileext = ".R")
  on.exit(unlink(f))
  writeLines(script, f)
  out <- system2(file.path(R.home("bin"), "Rscript"), c("--vanilla", f), stdout = TRUE)
  line <- 0L
  counts <- integer(length(lines))
  for (o in out) {
    if (startsWith(o, "LINE ")) line <- as.integer(sub("LINE ", "", o, fixed = TRUE))
    else if (startsWith(o, "tracemem[")) counts[line] <- counts[line] + 1L
  }
  data.frame(name = name, code = paste(lines, collapse = "\\n"), copies = paste(counts, collapse = ","))
})
write.table(do.call(rbind, rows), "tests/fixtures/copies.tsv", sep = "\t", quote = FALSE, row.names = FALSE)
