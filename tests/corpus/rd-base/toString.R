# rheap corpus: rd-base/toString.R
# source: the examples of help page toString.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: toString
### Title: Convert an R Object to a Character String
### Aliases: toString toString.default
### Keywords: utilities

### ** Examples

x <- c("a", "b", "aaaaaaaaaaa")
toString(x)
toString(x, width = 8)



