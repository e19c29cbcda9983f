# rheap corpus: rd-stats/pairwise.wilcox.test.R
# source: the examples of help page pairwise.wilcox.test.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: nothing

### Name: pairwise.wilcox.test
### Title: Pairwise Wilcoxon Rank Sum Tests
### Aliases: pairwise.wilcox.test
### Keywords: htest

### ** Examples

attach(airquality)
Month <- factor(Month, labels = month.abb[5:9])
## These give warnings because of ties :
pairwise.wilcox.test(Ozone, Month)
pairwise.wilcox.test(Ozone, Month, p.adjust.method = "bonf")
detach()



