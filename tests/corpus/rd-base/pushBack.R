# rheap corpus: rd-base/pushBack.R
# source: the examples of help page pushBack.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: pushBack
### Title: Push Text Back on to a Connection
### Aliases: pushBack pushBackLength clearPushBack
### Keywords: connection

### ** Examples

zz <- textConnection(LETTERS)
readLines(zz, 2)
pushBack(c("aa", "bb"), zz)
pushBackLength(zz)
readLines(zz, 1)
pushBackLength(zz)
readLines(zz, 1)
readLines(zz, 1)
close(zz)



