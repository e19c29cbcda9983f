# startup_symbols.R -- which candidate names are already symbols when Rscript --vanilla starts.
#   Rscript --vanilla startup_symbols.R CANDIDATES.txt OUT.txt
# A new symbol costs nodes (SYMSXP, its symbol-table cell and maybe its CHARSXP); an existing one
# costs none. Each candidate is installed with as.name() between two gc() calls.
.a <- commandArgs(TRUE)
.c <- readLines(.a[1L], warn = FALSE)
.r <- logical(length(.c))
.g <- function() .Internal(gc(FALSE, FALSE, TRUE))[1L]
.g(); .g()
# the loop's first pass allocates for itself (its variable, the byte code's boxes): run one on a
# name known to exist so that no candidate pays for it
for (.k in c(1L, 1L)) { .n0 <- .g(); .s <- as.name("T"); .n1 <- .g() }
for (.k in seq_along(.c)) {
  .n0 <- .g()
  .s <- as.name(.c[.k])
  .n1 <- .g()
  .r[.k] <- (.n1 - .n0) <= 1
}
writeLines(.c[.r], .a[2L], useBytes = TRUE)
cat(sum(.r), "of", length(.c), "exist at start-up\n")
