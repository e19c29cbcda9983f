# Random R expressions for comparing object.size() with real R: vectors of every type at
# size-class boundaries, long strings, lists, attributes, factors, data frames.
# Rscript --vanilla object_size_gen_vectors.R SEED N OUT  (one expression per line)
set.seed(as.integer(commandArgs(TRUE)[1]))
atom <- function(d) {
  k <- sample(14, 1)
  n <- sample(c(0:3, 5, 15, 16, 17, 31, 32, 33, 100, 127, 128, 129, 1000, 1e5), 1)
  switch(k,
    sprintf("numeric(%d)", n), sprintf("integer(%d)", n), sprintf("logical(%d)", n),
    sprintf("character(%d)", n), sprintf("rep(\"%s\", %d)", paste(rep("ab", sample(0:20,1)), collapse=""), n),
    sprintf("as.character(seq_len(%d))", n), sprintf("1:%d", max(n,1)), sprintf("seq(0, 1, length.out = %d)", n),
    sprintf("paste0(\"x\", seq_len(%d))", n), sprintf("factor(rep(c(\"a\",\"b\",\"c\"), length.out = %d))", n),
    sprintf("matrix(0, %d, %d)", sample(0:10,1), sample(0:10,1)), sprintf("complex(%d)", n), sprintf("raw(%d)", n),
    if (d < 3) sprintf("list(%s)", paste(replicate(sample(0:3,1), atom(d+1)), collapse = ", ")) else "NULL")
}
wrap <- function(e, d) {
  k <- sample(6, 1)
  switch(k, e,
    sprintf("structure(%s, class = \"foo\")", e),
    sprintf("structure(%s, myattr = %s)", e, atom(d+1)),
    sprintf("list(a = %s, b = %s)", e, atom(d+1)),
    sprintf("setNames(list(1, 2L, \"s\"), c(\"p\", \"q\", \"r\"))"),
    sprintf("data.frame(x = 1:%d, y = letters[1:%d])", (m <- sample(1:26, 1)), m))
}
exprs <- replicate(as.integer(commandArgs(TRUE)[2]), wrap(atom(0), 0))
writeLines(exprs, commandArgs(TRUE)[3])
