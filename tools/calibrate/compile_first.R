# compile_first.R -- what the first compilation of a session retains, by the code compiled.
#   Rscript --vanilla compile_first.R OUT.tsv
# Each case runs in a fresh Rscript --vanilla process: optional setup, then gc(), then the code
# (a top-level loop, compiled by the JIT when it runs, or a closure called twice, compiled at its
# second call), then gc(). live = used after − used before (Ncells, Vcells).
out <- commandArgs(TRUE)[1L]
cases <- c(
  "none\t\tNULL",
  "loop_null\t\tfor (i in 1:2) NULL",
  "loop_assign\t\tfor (i in 1:2) x <- i",
  "loop_c\tx <- 0\tfor (i in 1:2) x <- c(x, i)",
  "loop_call_builtin\t\tfor (i in 1:2) c(i, 1)",
  "loop_arith\t\tfor (i in 1:2) i + 1",
  "loop_call_closure\t\tfor (i in 1:2) numeric(i)",
  "loop_subset\tx <- 1:3\tfor (i in 1:2) x[i]",
  "loop_subset2\tx <- list(1, 2)\tfor (i in 1:2) x[[i]]",
  "loop_subassign\tx <- numeric(3)\tfor (i in 1:2) x[i] <- i",
  "loop_subassign2\tx <- list(1, 2)\tfor (i in 1:2) x[[i]] <- i",
  "loop_dollar_assign\tx <- list(a = 1)\tfor (i in 1:2) x$a <- i",
  "loop_unary\t\tfor (i in 1:2) -i",
  "loop_user_fn\tf <- function(a) a\tfor (i in 1:2) f(i)",
  "loop_paste0\t\tfor (i in 1:2) paste0('v', i)",
  "loop_assign_fn\te <- new.env()\tfor (i in 1:2) assign(paste0('v', i), i * 2, envir = e)",
  "loop_get\te <- new.env(); assign('v1', 1, envir = e); assign('v2', 1, envir = e); s <- 0\tfor (i in 1:2) s <- s + get(paste0('v', i), envir = e)",
  "loop_if\t\tfor (i in 1:2) if (i > 1) 1 else 2",
  "while_null\t\twhile (FALSE) NULL",
  "repeat_break\t\trepeat break",
  "loop_brace\tx <- 0\tfor (i in 1:2) { x <- i; x }",
  "fn_symbol\tf <- function(x) x\tf(1); f(2)",
  "fn_length\tf <- function(x) length(x)\tf(1); f(2)",
  "fn_arith\tf <- function(x) x + 1\tf(1); f(2)",
  "fn_numeric_arith\tf <- function(i) numeric(10) + i\tf(1); f(2)",
  "fn_rnorm\tf <- function(i) rnorm(10)\tf(1); f(2)",
  "fn_times\tf <- function(v) v * 2\tf(1); f(2)",
  "fn_list\tf <- function(i) list(id = i, name = 'x', v = c(i, i))\tf(1); f(2)",
  "fn_dollar\tf <- function(e) e$id\tf(list(id = 1)); f(list(id = 2))",
  "fn_c_named\tf <- function(i) c(a = i, b = i + 1)\tf(1); f(2)",
  "fn_local_env\tf <- function(n) { local_env <- new.env(); for (j in seq_len(n)) assign(paste0('w', j), numeric(10), envir = local_env); local_env }\tf(1); f(2)",
  "lapply_fn\t\tl <- lapply(1:3, function(i) numeric(10) + i)"
)
rscript <- file.path(R.home("bin"), "Rscript")
g <- ".r <- .Internal(gc(FALSE, FALSE, TRUE))[1:2]"
res <- character()
for (c in cases) {
  p <- strsplit(c, "\t", fixed = TRUE)[[1L]]
  f <- tempfile(fileext = ".R")
  writeLines(c(if (nzchar(p[2L])) p[2L], ".r0 <- .Internal(gc(FALSE, FALSE, TRUE))[1:2]", p[3L],
               ".r1 <- .Internal(gc(FALSE, FALSE, TRUE))[1:2]", "cat(.r1 - .r0, sep = '\\t')"), f)
  o <- system2(rscript, c("--vanilla", f), stdout = TRUE, stderr = FALSE)
  unlink(f)
  res <- c(res, paste(p[1L], p[2L], p[3L], tail(o, 1L), sep = "\t"))
}
writeLines(c("case\tsetup\tcode\tlive_n\tlive_v", res), out)
