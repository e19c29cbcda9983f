# rheap corpus: rd-stats/embed.R
# source: the examples of help page embed.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: embed
### Title: Embedding a Time Series
### Aliases: embed
### Keywords: ts

### ** Examples

x <- 1:10
embed (x, 3)



