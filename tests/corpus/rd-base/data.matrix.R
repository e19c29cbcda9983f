# rheap corpus: rd-base/data.matrix.R
# source: the examples of help page data.matrix.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: data.matrix
### Title: Convert a Data Frame to a Numeric Matrix
### Aliases: data.matrix
### Keywords: array

### ** Examples

DF <- data.frame(a = 1:3, b = letters[10:12],
                 c = seq(as.Date("2004-01-01"), by = "week", length.out = 3),
                 stringsAsFactors = TRUE)
data.matrix(DF[1:2])
data.matrix(DF)



