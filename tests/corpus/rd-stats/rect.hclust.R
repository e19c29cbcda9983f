# rheap corpus: rd-stats/rect.hclust.R
# source: the examples of help page rect.hclust.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 5 expression(s) (graphics: 4; uses pruned variable: 1)

### Name: rect.hclust
### Title: Draw Rectangles Around Hierarchical Clusters
### Aliases: rect.hclust
### Keywords: aplot cluster

### ** Examples

#- pruned (graphics): require(graphics)

hca <- hclust(dist(USArrests))
#- pruned (graphics): plot(hca)
#- pruned (graphics): rect.hclust(hca, k = 3, border = "red")
#- pruned (graphics): x <- rect.hclust(hca, h = 50, which = c(2,7), border = 3:4)
#- pruned (uses pruned x): x



