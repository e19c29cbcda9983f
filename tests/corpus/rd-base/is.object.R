# rheap corpus: rd-base/is.object.R
# source: the examples of help page is.object.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: is.object
### Title: Is an Object 'internally classed'?
### Aliases: is.object
### Keywords: methods classes

### ** Examples

is.object(1) # FALSE
is.object(as.factor(1:3)) # TRUE



