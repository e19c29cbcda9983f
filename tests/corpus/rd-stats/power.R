# rheap corpus: rd-stats/power.R
# source: the examples of help page power.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: power
### Title: Create a Power Link Object
### Aliases: power
### Keywords: models

### ** Examples

power()
quasi(link = power(1/3))[c("linkfun", "linkinv")]



