# rheap corpus: rd-stats/na.action.R
# source: the examples of help page na.action.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: na.action
### Title: NA Action
### Aliases: na.action na.action.default
### Keywords: NA methods

### ** Examples

na.action(na.omit(c(1, NA)))



