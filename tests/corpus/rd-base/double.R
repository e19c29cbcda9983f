# rheap corpus: rd-base/double.R
# source: the examples of help page double.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: double
### Title: Double-Precision Vectors
### Aliases: double as.double is.double single as.single as.single.default
### Keywords: classes

### ** Examples

is.double(1)
all(double(3) == 0)



