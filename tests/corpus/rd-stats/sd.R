# rheap corpus: rd-stats/sd.R
# source: the examples of help page sd.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: sd
### Title: Standard Deviation
### Aliases: sd
### Keywords: univar

### ** Examples

sd(1:2) ^ 2



