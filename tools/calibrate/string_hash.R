# string_hash.R -- when R's CHARSXP cache (R_StringHash: 65536 slots at start-up, doubled when
# more than 85 % are in use) first grows in a fresh Rscript --vanilla session: for each family of
# new strings (PREFIX followed by 1, 2, ..., k), the least k for which making them (paste0) leaves
# the 65536 Vcells of the larger table (less the old table's, garbage) in use after gc().
#   Rscript --vanilla tools/calibrate/string_hash.R src/rust/core/data/string-hash-growth.tsv
# Binary search over k, one fresh process per probe.
args <- commandArgs(TRUE)
prefixes <- c("zq", "id_", "key", "x.", "Name")
rscript <- file.path(R.home("bin"), "Rscript")
grew <- function(prefix, k) {
  # Vcells in use beyond the strings themselves (the vector and one CHARSXP per string)
  e <- sprintf("g0 <- gc()[2, 1]; x <- paste0('%s', seq_len(%d)); g <- gc()[2, 1]; cat(g - g0 - length(x) - sum((nchar(x) + 8) %%/%% 8) > 60000)",
               prefix, k)
  identical(system2(rscript, c("--vanilla", "-e", shQuote(e)), stdout = TRUE, stderr = FALSE), "TRUE")
}
rows <- vapply(prefixes, function(p) {
  lo <- 1000L; hi <- 400000L
  stopifnot(!grew(p, lo), grew(p, hi))
  while (hi - lo > 1L) {
    mid <- (lo + hi) %/% 2L
    if (grew(p, mid)) hi <- mid else lo <- mid
  }
  sprintf("%s\t%d", p, hi)
}, "")
writeLines(c("# the least k for which paste0(PREFIX, seq_len(k)) grows R_StringHash in a fresh session",
             "prefix\tk", rows), args[1L])
