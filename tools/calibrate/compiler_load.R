# compiler_load.R -- how much of the compiler each kind of code lazy-loads when it is first compiled.
#   Rscript --vanilla compiler_load.R OUT.tsv
# In one fresh process, compile functions that each add one construct, in this order, and record the
# live Ncells/Vcells each compilation leaves (gc() used after − before; the compiled function itself
# is discarded). The JIT compiles the same way (compiler:::tryCmpfun).
out <- commandArgs(TRUE)[1L]
.g <- function() .Internal(gc(FALSE, FALSE, TRUE))[1:2]
.steps <- list(
  base = quote(function() NULL),
  symbol = quote(function(x) x),
  arith = quote(function(x) x + 1),
  call = quote(function(x) numeric(x)),
  assign = quote(function(x) { y <- x; y }),
  brace = quote(function(x) { x; x }),
  if_else = quote(function(x) if (x) 1 else 2),
  compare = quote(function(x) x > 1),
  logic = quote(function(x) x && TRUE),
  subset = quote(function(x) x[1]),
  subset2 = quote(function(x) x[[1]]),
  dollar = quote(function(x) x$a),
  subassign = quote(function(x) { x[1] <- 2; x }),
  subassign2 = quote(function(x) { x[[1]] <- 2; x }),
  dollar_assign = quote(function(x) { x$a <- 2; x }),
  for_loop = quote(function(x) for (i in x) NULL),
  while_loop = quote(function(x) while (x) NULL),
  repeat_loop = quote(function(x) repeat break),
  closure = quote(function(x) function(y) y),
  colon = quote(function(x) 1:x),
  dots = quote(function(...) list(...)),
  missing_arg = quote(function(x) missing(x)),
  return_call = quote(function(x) return(x)),
  unary = quote(function(x) -x),
  not = quote(function(x) !x),
  names_assign = quote(function(x) { names(x) <- "a"; x }),
  paren = quote(function(x) (x)),
  string = quote(function(x) "a"),
  local_fn = quote(function(x) local(x)),
  switch_ = quote(function(x) switch(x, a = 1, 2))
)
# The measuring code must not itself compile anything (a top-level loop would be compiled and
# load the whole compiler first), so it is written out statement by statement and run in a child.
.lines <- c(".g <- function() .Internal(gc(FALSE, FALSE, TRUE))[1:2]", ".res <- character()",
            ".r0 <- .g()", ".r1 <- .g()")
for (.s in names(.steps)) {
  .code <- paste(deparse(.steps[[.s]]), collapse = "\n")
  .lines <- c(.lines,
    sprintf(".f <- %s", .code), ".a <- .g()", ".c <- compiler::cmpfun(.f)", "rm(.c)", ".b <- .g()",
    sprintf(".res <- c(.res, paste(%s, %s, .b[1] - .a[1], .b[2] - .a[2], sep = '\t'))",
            deparse(.s), deparse(.code)))
}
.lines <- c(.lines, sprintf("writeLines(c('construct\tcode\tlive_n\tlive_v', .res), %s)", deparse(out)))
.child <- tempfile(fileext = ".R")
writeLines(.lines, .child)
system2(file.path(R.home("bin"), "Rscript"), c("--vanilla", .child))
