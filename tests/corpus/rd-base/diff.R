# rheap corpus: rd-base/diff.R
# source: the examples of help page diff.Rd of package base (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: diff
### Title: Lagged Differences
### Aliases: diff diff.default diff.POSIXt diff.Date
### Keywords: arith

### ** Examples

diff(1:10, 2)
diff(1:10, 2, 2)
x <- cumsum(cumsum(1:10))
diff(x, lag = 2)
diff(x, differences = 2)

diff(.leap.seconds)



