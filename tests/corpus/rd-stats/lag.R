# rheap corpus: rd-stats/lag.R
# source: the examples of help page lag.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: lag
### Title: Lag a Time Series
### Aliases: lag lag.default
### Keywords: ts

### ** Examples

lag(ldeaths, 12) # starts one year earlier



