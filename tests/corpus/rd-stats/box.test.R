# rheap corpus: rd-stats/box.test.R
# source: the examples of help page box.test.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: Box.test
### Title: Box-Pierce and Ljung-Box Tests
### Aliases: Box.test
### Keywords: ts

### ** Examples

x <- rnorm (100)
Box.test (x, lag = 1)
Box.test (x, lag = 1, type = "Ljung")



