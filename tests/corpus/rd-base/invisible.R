# rheap corpus: rd-base/invisible.R
# source: the examples of help page invisible.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: invisible
### Title: Change the Print Mode to Invisible
### Aliases: invisible
### Keywords: programming

### ** Examples

# These functions both return their argument
f1 <- function(x) x
f2 <- function(x) invisible(x)
f1(1)  # prints
f2(1)  # does not



