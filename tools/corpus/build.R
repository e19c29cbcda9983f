# build.R -- write the corpus scripts (tests/corpus/SOURCE/NAME.R) and tests/corpus/provenance.tsv.
#
#   Rscript --vanilla tools/corpus/build.R
#
# Run from the repository's top. Every script comes from R 4.2.2 as Debian installs it or from a
# Debian package, each pruned by tools/corpus/prune.R (what was pruned is written as comments in the
# script and summed up in provenance.tsv). Sources:
#   rd-base, rd-stats, rd-utils  the \examples of every help page of base, stats and utils that has
#                                some (tools::Rd_db + tools::Rd2ex, \dontrun left out as R CMD check does)
#   demo                         R's demos of base and stats (R_HOME/library/*/demo)
#   mass-book                    the chapter scripts of Venables & Ripley, Modern Applied Statistics
#                                with S, 4th ed. (R_HOME/library/MASS/scripts)
#   benchmark                    R-benchmark-25's tests as the CRAN package benchmarkme 1.0.8 runs
#                                them (tools/corpus/raw/benchmarkme: see its README)
# Sources that do not parse or keep no code once pruned are listed in tests/corpus/omitted.tsv.
# Afterwards tools/corpus/record.R records them in real R and drops the ones R cannot run twice alike.

source("tools/corpus/prune.R")
out_dir <- Sys.getenv("CORPUS_DIR", "tests/corpus")  # another directory: to compare with the kept one
r_licence <- "GPL-2 | GPL-3 (part of R 4.2.2)"

prov <- data.frame(script = character(), source = character(), origin = character(),
                   licence = character(), kept = integer(), pruned = integer(),
                   pruned_reasons = character(), stringsAsFactors = FALSE)

omitted <- data.frame(script = character(), reason = character(), stringsAsFactors = FALSE)
omit <- function(rel, reason) {
  omitted[nrow(omitted) + 1L, ] <<- list(rel, reason)
  message(sprintf("%s: %s", rel, reason))
}

reasons_summary <- function(log) {
  if (!nrow(log)) return("")
  r <- sub("^uses pruned .*", "uses pruned variable", log$reason)
  t <- table(r)
  paste(sprintf("%s: %d", names(t), as.integer(t)), collapse = "; ")
}

write_script <- function(src, name, lines, origin, licence, header, keep_timing = FALSE) {
  p <- prune_lines(lines, keep_timing)
  rel0 <- file.path(src, paste0(name, ".R"))
  if (is.null(p)) return(omit(rel0, "does not parse in R 4.2.2"))
  if (p$kept == 0L) {
    return(omit(rel0, if (nrow(p$log)) paste0("nothing left after pruning (", reasons_summary(p$log), ")")
                      else "no code outside \\dontrun"))
  }
  dir.create(file.path(out_dir, src), recursive = TRUE, showWarnings = FALSE)
  rel <- file.path(src, paste0(name, ".R"))
  summ <- reasons_summary(p$log)
  head <- c(paste0("# rheap corpus: ", rel),
            paste0("# source: ", header),
            paste0("# licence: ", licence),
            paste0("# pruned by tools/corpus/prune.R: ",
                   if (nrow(p$log)) paste0(nrow(p$log), " expression(s) (", summ, ")") else "nothing"),
            "")
  writeLines(c(head, p$lines), file.path(out_dir, rel))
  prov[nrow(prov) + 1L, ] <<- list(rel, src, origin, licence, p$kept, nrow(p$log), summ)
}

unlink(file.path(out_dir, c("rd-base", "rd-stats", "rd-utils", "demo", "mass-book", "benchmark")),
       recursive = TRUE)

## help-page examples
for (pkg in c("base", "stats", "utils")) {
  db <- tools::Rd_db(pkg)
  for (f in sort(names(db))) {
    tf <- tempfile()
    tools::Rd2ex(db[[f]], tf, commentDontrun = TRUE, commentDonttest = FALSE)
    if (!file.exists(tf)) next
    name <- sub("\\.Rd$", "", basename(f))
    write_script(paste0("rd-", pkg), name, readLines(tf, warn = FALSE),
                 origin = sprintf("%s::%s.Rd", pkg, name), licence = r_licence,
                 header = sprintf("the examples of help page %s.Rd of package %s (R %s), tools::Rd2ex",
                                  name, pkg, getRversion()))
    unlink(tf)
  }
}

## demos
for (pkg in c("base", "stats")) {
  for (f in sort(list.files(system.file("demo", package = pkg), pattern = "\\.R$", full.names = TRUE))) {
    name <- paste0(pkg, "-", sub("\\.R$", "", basename(f)))
    write_script("demo", name, readLines(f, warn = FALSE),
                 origin = sprintf("%s/demo/%s", pkg, basename(f)), licence = r_licence,
                 header = sprintf("demo(%s, package = \"%s\") of R %s", sub("\\.R$", "", basename(f)),
                                  pkg, getRversion()))
  }
}

## book code: MASS chapter scripts
mass_dir <- system.file("scripts", package = "MASS")
for (f in sort(list.files(mass_dir, pattern = "^ch[0-9]+\\.R$", full.names = TRUE))) {
  name <- sub("\\.R$", "", basename(f))
  write_script("mass-book", name, readLines(f, warn = FALSE),
               origin = sprintf("MASS %s scripts/%s", utils::packageVersion("MASS"), basename(f)),
               licence = "GPL-2 | GPL-3 (package MASS)",
               header = sprintf("Venables & Ripley, MASS 4th ed., chapter script %s (package MASS %s)",
                                basename(f), utils::packageVersion("MASS")))
}

## R-benchmark-25 as benchmarkme runs it
for (f in sort(list.files("tools/corpus/raw/benchmarkme", pattern = "^bm_.*\\.R$", full.names = TRUE))) {
  name <- sub("\\.R$", "", basename(f))
  write_script("benchmark", name, readLines(f, warn = FALSE),
               origin = sprintf("benchmarkme 1.0.8 %s()", name),
               licence = "GPL-2 (package benchmarkme)",
               header = sprintf("R-benchmark-25 test %s() of CRAN package benchmarkme 1.0.8 (Debian r-cran-benchmarkme); see tools/corpus/raw/benchmarkme/README.md",
                                name), keep_timing = TRUE)
}

write.table(omitted[order(omitted$script), ], file.path(out_dir, "omitted.tsv"), sep = "\t", quote = FALSE,
            row.names = FALSE)
prov <- prov[order(prov$script), ]
write.table(prov, file.path(out_dir, "provenance.tsv"), sep = "\t", quote = FALSE, row.names = FALSE)
cat(sprintf("%d scripts written (%d sources left out: omitted.tsv): %s\n", nrow(prov), nrow(omitted),
            paste(sprintf("%s %d", names(table(prov$source)), as.integer(table(prov$source))), collapse = ", ")))
