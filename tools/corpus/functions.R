# functions.R -- every base/stats/utils/methods function the corpus calls, with counts, and whether
# rheap knows it today. Writes tests/corpus/functions.tsv.
#
#   Rscript --vanilla tools/corpus/functions.R [--bin PATH]     (make corpus-functions)
#
# Each corpus script (what record.R kept) is parsed in R and walked: a name in call position
# (`f(x)`, `pkg::f(x)`), a replacement (`f(x) <- v` calls `f<-`, and `f(g(x)) <- v` calls `g`,
# `g<-` and `f<-`), and a function passed by name to the apply family, do.call, Reduce, ...
# (`sapply(x, mean)`). A name counts when base, stats, utils or methods define a function of that
# name and the script does not define its own (`f <- function ...`). Columns:
#   function, package, type (closure / builtin / special, as typeof() says in R),
#   scripts (corpus scripts that call it), calls (call sites), rheap (what `run --known` says:
#   builtin: simulated natively; special: a form the evaluator runs itself; closure: R's own closure,
#   run by the simulator; opaque: R's closure the simulator cannot rebuild; primitive: R's primitive,
#   not simulated; replacement: a replacement form the evaluator handles, see
#   builtins::call_replacement; -: none of these),
#   blocks (scripts whose first error in the simulator is `could not find function "NAME"` or
#   `'NAME' is not an exported object from ...`, from
#   tests/corpus/results.tsv when present), only_missing (scripts that call every other function
#   they call from rheap's known ones: the scripts this one function keeps from being complete),
#   closure_lacks (for R's closures: the .Internal functions and primitives its own body calls that
#   the simulator does not simulate; what it calls in turn is not followed).

source("tools/corpus/prune.R")  # FUN_TAKERS
args <- commandArgs(TRUE)
bin <- if (length(i <- which(args == "--bin"))) args[i + 1L] else "target/release/examples/run"
corpus <- "tests/corpus"
PKGS <- c("base", "stats", "utils", "methods")
# The replacement forms builtins::call_replacement runs natively (besides user-defined `f<-`).
RHEAP_REPLACEMENTS <- c("[<-", "[[<-", "$<-", "@<-", "names<-", "dim<-", "attr<-", "class<-",
                        "levels<-", "dimnames<-")

scripts <- sort(list.files(corpus, pattern = "\\.R$", recursive = TRUE, full.names = TRUE))
scripts <- scripts[file.exists(sub("\\.R$", ".json", scripts))]

called <- function(exprs) {
  out <- character(); own <- character()
  add <- function(x) out <<- c(out, x)
  walk <- function(x) {
    if (is.call(x)) {
      f <- x[[1L]]
      if (is.symbol(f)) {
        fn <- as.character(f)
        if (fn %in% c("<-", "=", "<<-") && length(x) == 3L && is.call(x[[2L]])) {
          add(fn)
          # replacement: the target chain f(g(x)) calls g (getter), `g<-` and `f<-`
          tgt <- x[[2L]]; depth <- 0L
          while (is.call(tgt)) {
            h <- tgt[[1L]]
            hn <- if (is.symbol(h)) as.character(h) else if (is.call(h) && length(h) == 3L &&
              as.character(h[[1L]])[1L] %in% c("::", ":::")) as.character(h[[3L]]) else NULL
            if (!is.null(hn)) { add(paste0(hn, "<-")); if (depth > 0L) add(hn) }
            lapply(as.list(tgt)[-(1:2)], function(a) if (!missing(a)) walk(a))
            if (length(tgt) < 2L) break
            tgt <- tgt[[2L]]; depth <- depth + 1L
          }
          walk(x[[3L]])
          return(invisible())
        }
        if (fn %in% c("<-", "=") && length(x) == 3L && is.symbol(x[[2L]]) && is.call(x[[3L]]) &&
            identical(x[[3L]][[1L]], as.name("function"))) own <<- c(own, as.character(x[[2L]]))
        add(fn)
        if (fn %in% FUN_TAKERS) {
          lapply(as.list(x)[-1L], function(a) {
            if (missing(a)) return()
            if (is.symbol(a)) add(as.character(a))
            if (is.character(a) && length(a) == 1L && !is.na(a)) add(a)
          })
        }
      } else if (is.call(f) && length(f) == 3L && as.character(f[[1L]])[1L] %in% c("::", ":::")) {
        add(as.character(f[[3L]]))
      }
      lapply(as.list(x), function(a) if (!missing(a)) walk(a))
    } else if (is.pairlist(x)) {
      lapply(as.list(x), function(a) if (!missing(a)) walk(a))
    }
    invisible()
  }
  for (e in exprs) walk(e)
  out[!out %in% own]
}

package_of <- function(name) {
  if (!nzchar(name)) return(NA_character_)
  for (p in PKGS) {
    ns <- asNamespace(p)
    if (exists(name, envir = ns, inherits = FALSE) && is.function(get(name, envir = ns))) return(p)
  }
  NA_character_
}

per_script <- lapply(scripts, function(f) called(parse(f, keep.source = FALSE)))
names_all <- unlist(per_script)
calls <- table(names_all)
nscripts <- table(unlist(lapply(per_script, unique)))
fns <- names(calls)
pkg <- vapply(fns, package_of, "")
keep <- !is.na(pkg)
fns <- fns[keep]; pkg <- pkg[keep]
type <- vapply(seq_along(fns), function(i) typeof(get(fns[i], envir = asNamespace(pkg[i]))), "")

# What R's closure calls itself: its .Internal functions and the primitives in its body.
direct <- function(f) {
  ints <- character(); prims <- character()
  walk <- function(x) {
    if (is.call(x)) {
      h <- x[[1L]]
      if (identical(h, as.name(".Internal")) && length(x) == 2L && is.call(x[[2L]]) && is.symbol(x[[2L]][[1L]]))
        ints <<- c(ints, as.character(x[[2L]][[1L]]))
      else if (is.symbol(h) && is.primitive(get0(as.character(h), baseenv(), mode = "function")))
        prims <<- c(prims, as.character(h))
      lapply(as.list(x), function(a) if (!missing(a)) walk(a))
    } else if (is.pairlist(x)) lapply(as.list(x), function(a) if (!missing(a)) walk(a))
    invisible()
  }
  walk(formals(f)); walk(body(f))
  list(internals = unique(ints), primitives = unique(prims))
}
calls_of <- lapply(seq_along(fns), function(i) {
  f <- get(fns[i], envir = asNamespace(pkg[i]))
  if (typeof(f) == "closure") direct(f) else list(internals = character(), primitives = character())
})

known <- setNames(rep("-", length(fns)), fns)
internals <- character()
prims <- unique(unlist(lapply(calls_of, `[[`, "primitives")))
if (file.exists(bin)) {
  k <- system2(bin, "--known", input = unique(c(fns, prims)), stdout = TRUE)
  k <- do.call(rbind, strsplit(k, "\t", fixed = TRUE))
  kind_of <- setNames(k[, 2L], k[, 1L])
  # replacement forms builtins::call_replacement runs natively, and `function`, which the parser
  # turns into the syntax tree's function node
  kind_of[names(kind_of) %in% RHEAP_REPLACEMENTS & kind_of %in% c("-", "primitive")] <- "replacement"
  kind_of[names(kind_of) == "function"] <- "special"
  known[fns] <- kind_of[fns]
  internals <- system2(bin, "--internals", stdout = TRUE)
} else stop("no simulator binary at ", bin)
lacks <- vapply(calls_of, function(d) {
  miss <- c(sprintf(".Internal(%s)", setdiff(d$internals, internals)),
            d$primitives[kind_of[d$primitives] %in% c("primitive", "-")])
  paste(miss, collapse = " ")
}, "")

blocks <- setNames(integer(length(fns)), fns)
rf <- file.path(corpus, "results.tsv")
if (file.exists(rf)) {
  res <- read.delim(rf, stringsAsFactors = FALSE, quote = "")
  fn <- ifelse(grepl('^could not find function "', res$blocker),
               sub('^could not find function "(.*)"$', "\\1", res$blocker),
               ifelse(grepl("^'.*' is not an exported object from", res$blocker),
                      sub("^'([^']*)'.*", "\\1", res$blocker), NA_character_))
  b <- table(fn)
  hit <- intersect(names(b), fns)
  blocks[hit] <- as.integer(b[hit])
}

# scripts for which this is the one function called that rheap does not know
missing_kinds <- c("-", "primitive", "opaque")
unknown_sets <- lapply(per_script, function(x) intersect(unique(x), fns[known[fns] %in% missing_kinds]))
only <- table(unlist(unknown_sets[lengths(unknown_sets) == 1L]))
only_missing <- setNames(integer(length(fns)), fns)
only_missing[names(only)] <- as.integer(only)

out <- data.frame(`function` = fns, package = pkg, type = type,
                  scripts = as.integer(nscripts[fns]), calls = as.integer(calls[fns]),
                  rheap = unname(known[fns]), blocks = unname(blocks[fns]),
                  only_missing = unname(only_missing[fns]),
                  closure_lacks = ifelse(known[fns] == "closure", lacks, ""),
                  check.names = FALSE, stringsAsFactors = FALSE)
out <- out[order(-out$scripts, -out$calls, out$`function`), ]
write.table(out, file.path(corpus, "functions.tsv"), sep = "\t", quote = FALSE, row.names = FALSE)
cat(sprintf("%d scripts call %d distinct base/stats/utils/methods functions (%s); rheap runs %d natively or as R's closure (%s)\n",
            length(scripts), nrow(out),
            paste(sprintf("%s %d", names(table(out$package)), as.integer(table(out$package))), collapse = ", "),
            sum(!out$rheap %in% missing_kinds),
            paste(sprintf("%s %d", names(table(out$rheap)), as.integer(table(out$rheap))), collapse = ", ")))
unknown <- out[out$rheap %in% missing_kinds, ]
cat(sprintf("most used unknown: %s\n", paste(sprintf("%s (%d)", head(unknown$`function`, 40L), head(unknown$scripts, 40L)), collapse = ", ")))
complete <- sum(lengths(unknown_sets) == 0L)
cat(sprintf("scripts calling only functions rheap knows: %d of %d\n", complete, length(scripts)))
cat("wrote tests/corpus/functions.tsv\n")
