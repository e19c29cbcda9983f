# rheap corpus: rd-base/append.R
# source: the examples of help page append.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: append
### Title: Vector Merging
### Aliases: append
### Keywords: manip

### ** Examples

append(1:5, 0:1, after = 3)



