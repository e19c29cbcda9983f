# rheap corpus: rd-stats/toeplitz.R
# source: the examples of help page toeplitz.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: toeplitz
### Title: Form Symmetric Toeplitz Matrix
### Aliases: toeplitz
### Keywords: ts

### ** Examples

x <- 1:5
toeplitz (x)



