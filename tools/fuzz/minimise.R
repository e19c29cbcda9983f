# Minimise a workload whose GC trace differs between real R and the simulator: delta debugging
# (ddmin) over its top-level statements, then smaller numeric constants, keeping every candidate
# that R still runs and that still fails the same criterion. From the project root, after
# `cargo build --release -p rheap-core --example workload`:
#   Rscript --vanilla tools/fuzz/minimise.R PROGRAM.R [levels|vcells|ncells] [OUT.R]
# Criteria (default: the first that PROGRAM.R fails): the level sequences differ; final Vcells
# differ by more than 0.1 %; final Ncells by more than 1 %. Writes OUT.R (default PROGRAM.min.R)
# with its trace OUT.json, and prints the minimised program and its comparison line.

args <- commandArgs(TRUE)
prog <- args[1]
criterion <- if (length(args) >= 2) args[2] else NA
out <- if (length(args) >= 3) args[3] else sub("\\.R$", ".min.R", prog)
record <- "tests/fixtures/public/workloads/record.R"
sim <- "./target/release/examples/workload"
work <- tempfile("min"); dir.create(work)
tests <- 0L

# Run `lines` in R (recorder protocol) and in the simulator; the comparison row, or NULL if R failed.
compare <- function(lines) {
  tests <<- tests + 1L
  f <- file.path(work, "c.R"); j <- file.path(work, "c.json")
  writeLines(lines, f); unlink(j)
  system2("Rscript", c("--vanilla", record, "--runs", "1", f), stdout = FALSE, stderr = FALSE)
  if (!file.exists(j)) return(NULL)
  r <- system2(sim, f, stdout = TRUE)
  row <- strsplit(r[2], "\t")[[1]]
  if (length(row) < 12) return(NULL)
  list(line = r[2], levels = row[4] == "true", vcells = abs(as.numeric(row[8])) <= 0.1,
       ncells = abs(as.numeric(row[9])) <= 1, error = row[12] != "-")
}
fails <- function(row) !is.null(row) && !row$error && !row[[criterion]]
interesting <- function(lines) fails(compare(lines))

src <- parse(prog, keep.source = TRUE)
stmts <- vapply(attr(src, "srcref"), function(r) paste(as.character(r), collapse = "\n"), "")
first <- compare(stmts)
if (is.null(first)) stop("R fails on ", prog)
if (is.na(criterion)) {
  criterion <- c("levels", "vcells", "ncells")[!unlist(first[c("levels", "vcells", "ncells")])][1]
  if (is.na(criterion)) stop(prog, " matches R on every criterion")
}
if (!fails(first)) stop(prog, " does not fail criterion ", criterion)
cat("criterion:", criterion, "\n")

# ddmin over statements
ddmin <- function(items) {
  n <- 2L
  while (length(items) >= 2L) {
    chunks <- split(seq_along(items), cut(seq_along(items), n, labels = FALSE))
    reduced <- FALSE
    for (ch in chunks) {                    # a chunk alone
      if (interesting(items[ch])) { items <- items[ch]; n <- 2L; reduced <- TRUE; break }
    }
    if (!reduced) for (ch in chunks) {      # everything but a chunk
      if (interesting(items[-ch])) { items <- items[-ch]; n <- max(n - 1L, 2L); reduced <- TRUE; break }
    }
    if (!reduced) {
      if (n >= length(items)) break
      n <- min(2L * n, length(items))
    }
  }
  items
}
stmts <- ddmin(stmts)

# smaller numeric constants, largest first: a tenth, a half, then 1
shrink <- function(stmts) {
  repeat {
    changed <- FALSE
    text <- paste(stmts, collapse = "\n")
    pd <- getParseData(parse(text = text, keep.source = TRUE))
    nums <- pd[pd$token == "NUM_CONST", ]
    vals <- suppressWarnings(as.numeric(sub("L$", "", nums$text)))
    nums <- nums[!is.na(vals) & vals > 2, ]
    vals <- vals[!is.na(vals) & vals > 2]
    for (k in order(-vals)) {
      lines <- strsplit(text, "\n")[[1]]
      for (v in unique(c(floor(vals[k] / 10), floor(vals[k] / 2), 1))) {
        if (v < 1 || v >= vals[k]) next
        l <- lines; r <- nums[k, ]
        rep <- paste0(v, if (grepl("L$", r$text)) "L" else "")
        l[r$line1] <- paste0(substr(l[r$line1], 1, r$col1 - 1), rep, substring(l[r$line1], r$col2 + 1))
        cand <- vapply(attr(parse(text = l, keep.source = TRUE), "srcref"),
                       function(s) paste(as.character(s), collapse = "\n"), "")
        if (interesting(cand)) { stmts <- cand; changed <- TRUE; break }
      }
      if (changed) break
    }
    if (!changed) return(stmts)
  }
}
stmts <- shrink(stmts)
stmts <- ddmin(stmts)

writeLines(stmts, out)
final <- compare(stmts)
invisible(file.copy(file.path(work, "c.json"), sub("\\.R$", ".json", out), overwrite = TRUE))
cat(stmts, sep = "\n")
cat(sprintf("# %d statements after %d runs; %s\n", length(stmts), tests, final$line))
unlink(work, recursive = TRUE)
