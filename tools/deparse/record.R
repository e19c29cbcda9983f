# record.R -- what R 4.2.2 prints for the deparse cases.
#
# Usage, from the project root: Rscript --vanilla tools/deparse/record.R
# Reads tests/fixtures/deparse/cases.R (one case per line, or a block between "#@{" and "#@}";
# lines starting with "#" are comments), runs all cases in order in one `Rscript --vanilla`
# session (each preceded by a marker line "#@case N" on standard output and standard error), and
# writes that session's standard output and error to tests/fixtures/deparse/expected.out and
# expected.err. src/rust/core/tests/deparse.rs runs the same cases in the simulator and compares
# case by case (pointer addresses, which cannot match, are masked on both sides).
stopifnot(getRversion() == "4.2.2")
dir <- "tests/fixtures/deparse"
lines <- readLines(file.path(dir, "cases.R"), encoding = "UTF-8")
cases <- list()
block <- NULL
for (l in lines) {
    if (l == "#@{") block <- character(0)
    else if (l == "#@}") { cases[[length(cases) + 1L]] <- block; block <- NULL }
    else if (!is.null(block)) block <- c(block, l)
    else if (nzchar(l) && !startsWith(l, "#")) cases[[length(cases) + 1L]] <- l
}
script <- tempfile(fileext = ".R")
out <- character(0)
for (i in seq_along(cases)) {
    out <- c(out, sprintf('cat("#@case %d\\n"); cat("#@case %d\\n", file = stderr())', i, i), cases[[i]])
}
writeLines(out, script, useBytes = TRUE)
status <- system2(file.path(R.home("bin"), "Rscript"), c("--vanilla", script),
                  stdout = file.path(dir, "expected.out"), stderr = file.path(dir, "expected.err"),
                  env = "LC_ALL=C.UTF-8")
stopifnot(status == 0)
cat(length(cases), "cases recorded\n")
