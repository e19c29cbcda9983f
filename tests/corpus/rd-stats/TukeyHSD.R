# rheap corpus: rd-stats/TukeyHSD.R
# source: the examples of help page TukeyHSD.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 2 expression(s) (graphics: 2)

### Name: TukeyHSD
### Title: Compute Tukey Honest Significant Differences
### Aliases: TukeyHSD
### Keywords: models design

### ** Examples

#- pruned (graphics): require(graphics)

summary(fm1 <- aov(breaks ~ wool + tension, data = warpbreaks))
TukeyHSD(fm1, "tension", ordered = TRUE)
#- pruned (graphics): plot(TukeyHSD(fm1, "tension"))



