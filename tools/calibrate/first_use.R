# first_use.R -- what the first call of a function retains (lazy loading), in a fresh
# Rscript --vanilla process per expression, all at top level (no closures or loops of our own).
#   Rscript --vanilla first_use.R EXPRS.txt OUT.tsv
# EXPRS.txt: one expression per line, optionally `setup<TAB>expression`. Each is evaluated three
# times between gc() calls; first-use = (first delta) − (third delta), in Ncells and Vcells.
args <- commandArgs(TRUE)
lines <- readLines(args[1L], warn = FALSE)
lines <- lines[nzchar(lines) & !startsWith(lines, "#")]
rscript <- file.path(R.home("bin"), "Rscript")
g <- ".Internal(gc(FALSE, FALSE, TRUE))[1:2]"
res <- vapply(lines, function(l) {
  p <- strsplit(l, "\t", fixed = TRUE)[[1L]]
  setup <- if (length(p) == 2L) p[1L] else ""
  e <- p[length(p)]
  f <- tempfile(fileext = ".R")
  writeLines(c(setup, paste(".r0 <-", g), paste0("invisible({", e, "})"), paste(".r1 <-", g),
               paste0("invisible({", e, "})"), paste(".r2 <-", g), paste0("invisible({", e, "})"), paste(".r3 <-", g),
               "cat((.r1 - .r0) - (.r3 - .r2), sep = '\\t'); cat('\\n')"), f)
  out <- system2(rscript, c("--vanilla", f), stdout = TRUE, stderr = FALSE)
  unlink(f)
  tail(out, 1L)
}, "")
con <- file(args[2L], "w")
writeLines(c("expr\tfirst_n\tfirst_v", paste(lines, res, sep = "\t")), con)
close(con)
