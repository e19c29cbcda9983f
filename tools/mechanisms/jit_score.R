# The JIT's decision to compile a closure (eval.c R_CheckJIT, JIT_score; R_jit_enabled = 3):
# JIT_score counts a call as 1 + its arguments, any loop as 50 (MIN_JIT_SCORE), a function
# literal as the call `function`(formals, body, srcref), and an `if` as the larger of its
# condition and its FIRST branch only: the `else` branch is not looked at. A closure that is not
# defined at top level is compiled on its second call if it scores 50 or more, never otherwise;
# one defined at top level on its first call if it scores 50, on its second otherwise. Compiling
# loads the compiler's code, so a compiled closure leaves more cells in use.
#   Rscript --vanilla tools/mechanisms/jit_score.R
kind <- local(function(f) typeof(.Internal(bodyCode(f))))   # "bytecode" once compiled; never itself
n0 <- gc()[1, 1]
fs <- local(list(                                     # not top level: second call decides
  else_loop = function(x) if (x > 0) 1 else { for (i in 1:2) NULL },
  else_big = function(x) if (x > 0) 1 else c(x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
    x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x),
  s49 = function(x) c(x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
    x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x),
  f49 = function(x) function() c(x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
    x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)))
invisible({ fs$else_loop(1); fs$else_loop(1); fs$else_big(1); fs$else_big(1); fs$s49(1); fs$s49(1) })
invisible({ fs$f49(1); fs$f49(1) })
cat("not compiled:", vapply(fs, kind, ""), "\n")
cat("compiler loaded (Ncells grew by more than 10000):", gc()[1, 1] - n0 > 10000, "\n")
gs <- local(list(
  then_loop = function(x) if (x > 0) { for (i in 1:2) NULL } else 1,
  cond_loop = function(x) if ({ for (i in 1:2) NULL; x > 0 }) 1,
  s50 = function(x) c(x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
    x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x),
  f50 = function(x) function() c(x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x,
    x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x, x),
  fun_loop = function(x) function() for (i in 1:2) NULL))
invisible({ gs$then_loop(1); gs$cond_loop(1); gs$s50(1); gs$f50(1); gs$fun_loop(1) })
cat("after one call:", vapply(gs, kind, ""), "\n")
invisible({ gs$then_loop(1); gs$cond_loop(1); gs$s50(1); gs$f50(1); gs$fun_loop(1) })
cat("compiled on the second call:", vapply(gs, kind, ""), "\n")
cat("compiler loaded (Ncells grew by more than 10000):", gc()[1, 1] - n0 > 10000, "\n")
top_small <- function(x) if (x > 0) 1 else { for (i in 1:2) NULL }
invisible(top_small(1)); cat("top level, score 3:", kind(top_small), "")
invisible(top_small(1)); cat("then", kind(top_small), "\n")
top_big <- function(x) if (x > 0) { for (i in 1:2) NULL } else 1
invisible(top_big(1)); cat("top level, score 50:", kind(top_big), "\n")
