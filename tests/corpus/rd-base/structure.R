# rheap corpus: rd-base/structure.R
# source: the examples of help page structure.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: structure
### Title: Attribute Specification
### Aliases: structure
### Keywords: attribute manip

### ** Examples

structure(1:6, dim = 2:3)



