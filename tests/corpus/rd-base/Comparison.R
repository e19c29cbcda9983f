# rheap corpus: rd-base/Comparison.R
# source: the examples of help page Comparison.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 3 expression(s) (system: 1; uses pruned variable: 2)

### Name: Comparison
### Title: Relational Operators
### Aliases: < <= == != >= > Comparison collation
### Keywords: logic

### ** Examples

x <- stats::rnorm(20)
x < 1
x[x > 0]

x1 <- 0.5 - 0.3
x2 <- 0.3 - 0.1
x1 == x2                   # FALSE on most machines
isTRUE(all.equal(x1, x2))  # TRUE everywhere

## No test: 
# range of most 8-bit charsets, as well as of Latin-1 in Unicode
z <- c(32:126, 160:255)
#- pruned (system): x <- if(l10n_info()$MBCS) {
#-     intToUtf8(z, multiple = TRUE)
#- } else rawToChar(as.raw(z), multiple = TRUE)
## by number
#- pruned (uses pruned x): writeLines(strwrap(paste(x, collapse=" "), width = 60))
## by locale collation
#- pruned (uses pruned x): writeLines(strwrap(paste(sort(x), collapse=" "), width = 60))
## End(No test)


