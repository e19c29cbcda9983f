# rheap corpus: rd-base/parse.R
# source: the examples of help page parse.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 4 expression(s) (files: 1; uses pruned variable: 3)

### Name: parse
### Title: Parse R Expressions
### Aliases: parse str2lang str2expression
### Keywords: file programming connection

### ** Examples

#- pruned (files): fil <- tempfile(fileext = ".Rdmped")
#- pruned (uses pruned fil): cat("x <- c(1, 4)\n  x ^ 3 -10 ; outer(1:7, 5:9)\n", file = fil)
# parse 3 statements from our temp file
#- pruned (uses pruned fil): parse(file = fil, n = 3)
#- pruned (uses pruned fil): unlink(fil)

## str2lang(<string>)  || str2expression(<character>) :
stopifnot(exprs = {
  identical( str2lang("x[3] <- 1+4"), quote(x[3] <- 1+4))
  identical( str2lang("log(y)"),      quote(log(y)) )
  identical( str2lang("abc"   ),      quote(abc) -> qa)
  is.symbol(qa) & !is.call(qa)           # a symbol/name, not a call
  identical( str2lang("1.375" ), 1.375)  # just a number, not a call
  identical( str2expression(c("# a comment", "", "42")), expression(42) )
})

# A partial parse with a syntax error
txt <- "
x <- 1
an error
"
sf <- srcfile("txt")
try(parse(text = txt, srcfile = sf))
getParseData(sf)



