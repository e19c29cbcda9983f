# rheap corpus: rd-base/noquote.R
# source: the examples of help page noquote.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: noquote
### Title: Class for 'no quote' Printing of Character Strings
### Aliases: noquote print.noquote as.matrix.noquote c.noquote [.noquote
### Keywords: print methods utilities

### ** Examples

letters
nql <- noquote(letters)
nql
nql[1:4] <- "oh"
nql[1:12]

cmp.logical <- function(log.v)
{
  ## Purpose: compact printing of logicals
  log.v <- as.logical(log.v)
  noquote(if(length(log.v) == 0)"()" else c(".","|")[1 + log.v])
}
cmp.logical(stats::runif(20) > 0.8)

chmat <- as.matrix(format(stackloss)) # a "typical" character matrix
## noquote(*, right=TRUE)  so it prints exactly like a data frame
chmat <- noquote(chmat, right = TRUE)
chmat
## Don't show: 
stopifnot(identical(
   capture.output(stackloss),
   capture.output(chmat)))
## End(Don't show)



