# Random R expressions for comparing object.size() with real R: dates, formulas, calls,
# closures, arrays, names, factors, environments, complex numbers, strings.
# Rscript --vanilla object_size_gen_mixed.R SEED N OUT  (one expression per line)
set.seed(as.integer(commandArgs(TRUE)[1]))
n <- function() sample(c(0:3, 7, 8, 15, 16, 17, 31, 33, 100, 129, 1000), 1)
str1 <- function() sample(c('"a"', '"é"', '"hello world"', 'NA', '""', '"abcdefghijklmnopqrstuvwxyz0123456789"'), 1)
atom <- function(d) {
  k <- sample(22, 1)
  switch(k,
    sprintf("as.Date(\"2020-01-01\") + 0:%d", n()),
    sprintf("y ~ x + %s", sample(c("z", "log(w)", "I(x^2)"), 1)),
    sprintf("quote(f(x, %s, y = 2))", sample(c("1", "\"s\"", "g(h)", "TRUE"), 1)),
    sprintf("function(x, y = %s) x + y", sample(c("1", "2L", "\"a\"", "NULL"), 1)),
    sprintf("matrix(1:%d, nrow = 2, dimnames = list(c(\"r1\", \"r2\"), NULL))", 2 * max(1, n())),
    sprintf("array(0, dim = c(2, 3, %d))", max(1, n())),
    sprintf("c(%s, %s, %s)", str1(), str1(), str1()),
    sprintf("setNames(1:3, c(%s, %s, %s))", str1(), str1(), str1()),
    sprintf("factor(c(%s, %s, %s), levels = c(\"a\", \"é\", \"zz\"))", str1(), str1(), str1()),
    sprintf("list(%s, %s)", if (d < 2) atom(d + 1) else "1", if (d < 2) atom(d + 1) else "2L"),
    sprintf("seq(1, %d, by = 2)", 2 * n() + 1),
    sprintf("c(a = 1, b = %s)", sample(c("2", "NA", "-Inf", "1e300"), 1)),
    sprintf("new.env()"),
    sprintf("letters[1:%d]", sample(1:26, 1)),
    sprintf("rev(1:%d)", max(1, n())),
    sprintf("unlist(list(a = 1:%d, b = c(x = 2)))", max(1, n())),
    sprintf("cbind(a = 1:%d, b = 0)", max(1, n())),
    sprintf("1i * %d", n()),
    sprintf("as.integer(c(%d, NA))", n()),
    sprintf("sort(c(3, 1, 2))"),
    sprintf("strrep(\"ab\", %d)", n()),
    sprintf("toupper(c(%s, %s))", str1(), str1()))
}
exprs <- replicate(as.integer(commandArgs(TRUE)[2]), atom(0))
writeLines(exprs, commandArgs(TRUE)[3])
