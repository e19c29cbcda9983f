# compiler_functions.R -- which of the byte-code compiler's lazy-loaded functions compiling each
# kind of code forces, and what loading each one retains.
#   cargo run -q --release -p rheap-core --example run -- --builtins |
#     Rscript --vanilla tools/calibrate/compiler_functions.R src/rust/core/data
# Writes compiler-probes.tsv (key, functions forced) and compiler-functions.tsv (function, Ncells,
# Vcells), which the simulator's JIT model reads (src/rust/core/src/lang/jit.rs).
#
# The compiler namespace is loaded at start-up (eval.c: R_init_jit_enabled), its functions are
# promises of its lazy-load database, forced the first time compiling needs them. A small C helper
# lists the promises already forced. Each probe runs in a fresh process: a closure compiled as the
# JIT compiles it (compiler:::tryCmpfun, what eval.c: R_cmpfun1 calls) or a top-level loop run;
# the probe's set is what it forced beyond what start-up forced.
#
# Costs: lazy_load_costs() (lazy_loads.R) in a canonical order (probes' sets in probe order),
# which puts the common functions first, so the sets real code forces are charged almost exactly.
out_dir <- commandArgs(TRUE)[1L]
con <- file("stdin"); builtins <- sub("\t.*", "", readLines(con)); close(con)
rscript <- file.path(R.home("bin"), "Rscript")

source(file.path(dirname(normalizePath(sub("^--file=", "", grep("^--file=", commandArgs(FALSE), value = TRUE)[1L]))),
                 "lazy_loads.R"))
so <- forced_helper()

# key, code. A closure body is compiled by tryCmpfun, other code runs at top level. g and h are
# user functions (calls to them are compiled as general closure calls).
syntax <- c(
  closure = "function(x) x",
  `for` = "function(x) for (i in x) i",
  `while` = "function(x) while (x) x",
  `repeat` = "function(x) repeat break",
  `next` = "function(x) repeat next",
  `if` = "function(x) if (x) x",
  `if-else` = "function(x) if (x) x else x",
  `{` = "function(x) { x; x }",
  `(` = "function(x) (x)",
  `function` = "function(x) function(y) y",
  `return` = "function(x) return(x)",
  `<-` = "function(x) y <- x",
  `=` = "function(x) y = x",
  `<<-` = "function(x) y <<- x",
  `[<-` = "function(x) x[1] <- x",
  `[[<-` = "function(x) x[[1]] <- x",
  `$<-` = "function(x) x$a <- x",
  `@<-` = "function(x) x@a <- x",
  `names<-` = "function(x) names(x) <- x",
  `attr<-` = "function(x) attr(x, x) <- x",
  `dim<-` = "function(x) dim(x) <- x",
  `class<-` = "function(x) class(x) <- x",
  `levels<-` = "function(x) levels(x) <- x",
  setter = "function(x) g(x) <- x",
  switch = "function(x) switch(x, a = x, x)",
  local = "function(x) local(x)",
  call = "function(x) g(x)",
  const = "function(x) 1",
  `NULL` = "function(x) NULL",
  `TRUE` = "function(x) TRUE",
  `FALSE` = "function(x) FALSE",
  `::` = "function(x) base::c",
  `$` = "function(x) x$a",
  `[missing` = "function(x) x[1, ]",
  `[2` = "function(x) x[1, 1]",
  `[[2` = "function(x) x[[1, 1]]",
  `@` = "function(x) x@a",
  `~` = "function(x) ~x",
  `unary-` = "function(x) -x",
  `unary+` = "function(x) +x"
)
binary <- c("+", "-", "*", "/", "^", "%%", "%/%", "%*%", "%in%", "==", "!=", "<", ">", "<=", ">=",
            "&", "|", "&&", "||", ":", "[", "[[")
named <- setdiff(builtins, c(names(syntax), binary, ":::", "@", "$", "~", "|"))
probes <- c(syntax,
            setNames(sprintf("function(x) x %s x", binary), binary),
            setNames(sprintf("function(x) `%s`(x)", named), named))
probes[["["]] <- "function(x) x[1]"
probes[["[["]] <- "function(x) x[[1]]"
probes[["!"]] <- "function(x) !x"

# What running `code` forces: the compiler's functions, and base's (named base::f) that the
# compiler calls. The harness forces nothing itself between the two lists (primitives only).
forced_by <- function(key, code) {
  f <- tempfile(fileext = ".R")
  run <- if (!startsWith(code, "function")) code else
    c(paste("f <-", code), "invisible(ns$tryCmpfun(f))")
  writeLines(c(
    sprintf("dyn.load(%s)", deparse(so)),
    "g <- function(...) NULL; h <- function(...) NULL; ns <- asNamespace('compiler')",
    ".b0 <- .Call('forced', ns); .base0 <- .Call('forced', baseenv())",
    run,
    ".b1 <- .Call('forced', ns); .base1 <- .Call('forced', baseenv())",
    "cat(setdiff(.b1, .b0), paste0('base::', setdiff(.base1, .base0)), sep = '\\n')"), f)
  o <- system2(rscript, c("--vanilla", f), stdout = TRUE, stderr = FALSE)
  unlink(f)
  sort(o)
}
# A probe's own set is what it forces beyond compiling any closure (what `function(x) x` and
# `function(x) NULL` both force) and beyond reading a variable (what `for (i in 1:2) i` forces
# beyond `for (i in 1:2) NULL`), so the sets of a top-level loop's code do not include the
# closure compiler's entry, nor code without variables the functions reading them. Code is
# compiled a little differently as a closure's value (in tail position: the probe as it is, key
# "k@tail") and anywhere else (key "k"): there it forces what the probe forces that
# `function(x) { k; x }` forces too, and what that forces beyond `function(x) { x; x }`.
var_set <- setdiff(forced_by("var", "for (i in 1:2) i"), forced_by("", "for (i in 1:2) NULL"))
closure <- intersect(forced_by("closure", probes[["closure"]]), forced_by("", "function(x) NULL"))
braced <- forced_by("", "function(x) { x; x }")
not_tail <- function(code) sub("^(function\\([^)]*\\)) (.*)$", "\\1 { \\2; x }", code)
tail_sets <- lapply(setNames(nm = names(probes)), function(k)
  setdiff(forced_by(k, probes[[k]]), c(closure, var_set)))
sets <- lapply(setNames(nm = names(probes)), function(k) {
  within <- forced_by(k, not_tail(probes[[k]]))
  union(intersect(tail_sets[[k]], within), setdiff(within, c(braced, var_set)))
})
sets[["closure"]] <- closure
probes[["closure"]] <- "function(x) x; function(x) NULL"
for (k in setdiff(names(probes), "closure")) {
  if (!setequal(tail_sets[[k]], sets[[k]])) {
    sets[[paste0(k, "@tail")]] <- tail_sets[[k]]
    probes[[paste0(k, "@tail")]] <- probes[[k]]
  }
  probes[[k]] <- not_tail(probes[[k]])
}
# a top-level loop's entry: what every kind of loop forces at top level
loops <- c("repeat break", "for (i in 1:2) i", "while (FALSE) i")
probes[["toplevel"]] <- paste(loops, collapse = "; ")
sets[["toplevel"]] <- Reduce(intersect, lapply(loops, forced_by, key = ""))
# A call of constants the compiler evaluates while compiling (constantFoldCall, by do.call) is
# compiled as the constant it gives ("fold:f"). Of compiler:::foldFuns, only the operators fold in
# R 4.2.2 (the others are not found as base variables); a head is kept when its probe forced do.call.
fold_funs <- get("foldFuns", asNamespace("compiler"))
for (h in fold_funs) {
  code <- if (h %in% binary || h %in% c("&&", "||")) sprintf("1 %s 2", h) else
    if (h %in% c("atan2", "choose", "lbeta", "lchoose")) sprintf("`%s`(1, 2)", h) else
    if (h %in% c("baseenv", "emptyenv", "globalenv", "is.R")) sprintf("`%s`()", h) else sprintf("`%s`(1)", h)
  set <- setdiff(forced_by("", sprintf("function(x) { %s; x }", code)), braced)
  if ("base::do.call" %in% set) {
    probes[[paste0("fold:", h)]] <- code
    sets[[paste0("fold:", h)]] <- set
  }
}
probes[["var"]] <- "for (i in 1:2) i minus for (i in 1:2) NULL"
sets[["var"]] <- var_set
# parts of code measured as what they add to other code: `code` forces these beyond `base` (the
# union of what each of its pieces forces)
parts <- list(
  # a loop whose body is a call checks that call's arguments for break and next
  `loop:call` = c("function(x) for (i in x) g(i)", "function(x) for (i in x) i", "function(x) g(x)"),
  # a general call's arguments (promises, constants, tags, dots) and a builtin's (values)
  `arg:var` = c("function(x) g(x)", "function(x) g(1)"),
  `arg:const` = c("function(x) g(1)", "function(x) g(x)"),
  `arg:call` = c("function(x) g(h(1))", "function(x) g(1)", "function(x) h(1)"),
  `arg:named` = c("function(x) g(a = x)", "function(x) g(x)"),
  `arg:dots` = c("function(...) g(...)", "function(x) g(1)"),
  `builtin:var` = c("function(x) c(x)", "function(x) c(1)"),
  `builtin:const` = c("function(x) c(1)", "function(x) c(x)"),
  `builtin:call` = c("function(x) c(h(1))", "function(x) c(1)", "function(x) h(1)"),
  `builtin:named` = c("function(x) c(a = x)", "function(x) c(x)"),
  `builtin:dots` = c("function(...) c(...)", "function(x) c(1)"),
  # the inner levels of a complex assignment's place are read by getters
  `getter:[` = c("function(x) x[1]$a <- x", "function(x) x$a <- x"),
  `getter:[[` = c("function(x) x[[1]]$a <- x", "function(x) x$a <- x"),
  # an index that is a variable (the probes' indices are constants)
  `index:var` = c("function(x) x[x]", "function(x) x[1]"),
  `getter:$` = c("function(x) x$b$a <- x", "function(x) x$a <- x"),
  `getter:@` = c("function(x) x@b$a <- x", "function(x) x$a <- x"),
  getter = c("function(x) g(x)$a <- x", "function(x) x$a <- x")
)
for (k in names(parts)) {
  p <- parts[[k]]
  probes[[k]] <- paste(p[1L], "minus", paste(p[-1L], collapse = " and "))
  sets[[k]] <- setdiff(forced_by(k, p[1L]), unlist(lapply(p[-1L], forced_by, key = k)))
}
# the indexing probes' indices are constants: what those add is the constant's own part
for (k in grep("^\\[|^getter:\\[", names(sets), value = TRUE))
  sets[[k]] <- setdiff(sets[[k]], sets[["const"]])
# a call probe's argument is a variable: what that adds is the argument's own part
for (k in names(probes)) {
  if ("cmpCallArgs" %in% sets[[k]]) sets[[k]] <- setdiff(sets[[k]], sets[["arg:var"]])
  else if ("cmpBuiltinArgs" %in% sets[[k]]) sets[[k]] <- setdiff(sets[[k]], sets[["builtin:var"]])
}
order <- unique(unlist(sets, use.names = FALSE))

costs <- lazy_load_costs(order)
writeLines(c("# compiler function\tNcells\tVcells retained by loading it (tools/calibrate/compiler_functions.R)",
             costs), file.path(out_dir, "compiler-functions.tsv"))
writeLines(c("# key\tprobe\tcompiler functions compiling it forces (tools/calibrate/compiler_functions.R)",
             sprintf("%s\t%s\t%s", names(sets), probes[names(sets)], vapply(sets, paste, "", collapse = " "))),
           file.path(out_dir, "compiler-probes.tsv"))
