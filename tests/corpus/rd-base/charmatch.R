# rheap corpus: rd-base/charmatch.R
# source: the examples of help page charmatch.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: charmatch
### Title: Partial String Matching
### Aliases: charmatch
### Keywords: character

### ** Examples

charmatch("", "")                             # returns 1
charmatch("m",   c("mean", "median", "mode")) # returns 0
charmatch("med", c("mean", "median", "mode")) # returns 2



