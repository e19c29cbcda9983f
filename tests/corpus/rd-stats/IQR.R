# rheap corpus: rd-stats/IQR.R
# source: the examples of help page IQR.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: IQR
### Title: The Interquartile Range
### Aliases: IQR
### Keywords: univar robust distribution

### ** Examples

IQR(rivers)



