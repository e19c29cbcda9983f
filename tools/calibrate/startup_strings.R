# startup_strings.R -- which strings of R's values (data/library/values.txt: the datasets, base's
# variables, ...) are in the CHARSXP cache of a fresh `Rscript --vanilla` session although no symbol
# has them as its name (those are data/startup-symbols.txt). Unserializing a value makes a CHARSXP
# for each of its strings that is not in the cache, and reuses the cached ones.
#
# The candidates are every string of those objects (their elements, attribute names, the names in
# their language objects) that is not a start-up symbol. In a fresh process that has not seen them
# (it reads them as raw bytes), each is made with mkChar() between two full collections and kept:
# it costs a node only if it is new.
#
# Usage, from the project root (about a minute):
#   Rscript --vanilla tools/calibrate/startup_strings.R src/rust/core/data/startup-strings.txt
out <- commandArgs(TRUE)[1L]
strings_of <- function(x) {
    a <- attributes(x)
    s <- c(names(a), unlist(lapply(a, strings_of), use.names = FALSE))
    if (is.character(x)) s <- c(s, x[!is.na(x)])
    if (is.list(x) || is.pairlist(x)) s <- c(s, names(x), unlist(lapply(x, strings_of), use.names = FALSE))
    if (is.language(x)) s <- c(s, all.names(x))
    s
}
values <- readLines("src/rust/core/data/library/values.txt")
headers <- grep("^#@ value ", values, value = TRUE)
entries <- strsplit(headers[!grepl(" opaque ", headers)], " ")
cand <- unique(unlist(lapply(entries, function(e) {
    pkg <- e[3L]; name <- e[4L]
    env <- switch(pkg, base = baseenv(), datasets = as.environment("package:datasets"), asNamespace(pkg))
    strings_of(get(name, envir = env))
})))
symbols <- readLines("src/rust/core/data/startup-symbols.txt")
cand <- sort(setdiff(cand[nzchar(cand)], symbols))
stopifnot(!any(grepl("\n", cand, fixed = TRUE)))
cand_file <- tempfile()
writeBin(charToRaw(paste0(paste(cand, collapse = "\n"), "\n")), cand_file)

src <- file.path(tempdir(), "mkchar.c")
writeLines(c(
    "#include <Rinternals.h>",
    "#include <string.h>",
    "static SEXP kept = NULL;",
    "/* make the k-th string of the newline-separated bytes and keep it (in a list made beforehand) */",
    "SEXP mk1(SEXP raw, SEXP k) {",
    "  if (kept == NULL) { kept = allocVector(VECSXP, 100000); R_PreserveObject(kept); }",
    "  const char *p = (const char *) RAW(raw), *end = p + XLENGTH(raw);",
    "  int i = asInteger(k);",
    "  for (int j = 1; j < i; j++) p = memchr(p, '\\n', end - p) + 1;",
    "  const char *e = memchr(p, '\\n', end - p);",
    "  SET_VECTOR_ELT(kept, i, mkCharLenCE(p, (int) (e - p), CE_UTF8));",
    "  return R_NilValue;",
    "}"), src)
stopifnot(system2(file.path(R.home("bin"), "R"), c("CMD SHLIB", shQuote(src)), stdout = FALSE) == 0L)
child <- tempfile(fileext = ".R")
writeLines(c(
    ".a <- commandArgs(TRUE)",
    "dyn.load(.a[1L])",
    ".raw <- readBin(.a[2L], 'raw', file.size(.a[2L]))",
    ".n <- as.integer(.a[3L])",
    ".g <- function() .Internal(gc(FALSE, FALSE, TRUE))[1L]",
    ".Call('mk1', .raw, 0L); .g(); .g()",
    ".new <- logical(.n)",
    "for (.k in seq_len(.n)) { .n0 <- .g(); .Call('mk1', .raw, .k); .new[.k] <- .g() > .n0 }",
    "writeLines(as.character(which(!.new)), .a[4L])"), child)
res <- tempfile()
stopifnot(system2(file.path(R.home("bin"), "Rscript"),
                  c("--vanilla", child, sub("\\.c$", .Platform$dynlib.ext, src), cand_file, length(cand),
                    res)) == 0L)
old <- as.integer(readLines(res))
con <- file(out, open = "w", encoding = "UTF-8")
writeLines(cand[old], con, useBytes = TRUE)
close(con)
cat(length(old), "of", length(cand), "candidate strings exist at start-up ->", out, "\n")
