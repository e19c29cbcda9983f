# rheap corpus: rd-stats/relevel.R
# source: the examples of help page relevel.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: relevel
### Title: Reorder Levels of Factor
### Aliases: relevel relevel.default relevel.factor relevel.ordered
### Keywords: utilities models

### ** Examples

warpbreaks$tension <- relevel(warpbreaks$tension, ref = "M")
summary(lm(breaks ~ wool + tension, data = warpbreaks))



