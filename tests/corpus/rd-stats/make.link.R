# rheap corpus: rd-stats/make.link.R
# source: the examples of help page make.link.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: make.link
### Title: Create a Link for GLM Families
### Aliases: make.link
### Keywords: models

### ** Examples

utils::str(make.link("logit"))



