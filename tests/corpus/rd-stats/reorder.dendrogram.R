# rheap corpus: rd-stats/reorder.dendrogram.R
# source: the examples of help page reorder.dendrogram.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 6 expression(s) (graphics: 5; uses pruned variable: 1)

### Name: reorder.dendrogram
### Title: Reorder a Dendrogram
### Aliases: reorder.dendrogram
### Keywords: manip

### ** Examples

#- pruned (graphics): require(graphics)

set.seed(123)
x <- rnorm(10)
hc <- hclust(dist(x))
dd <- as.dendrogram(hc)
dd.reorder <- reorder(dd, 10:1)
#- pruned (graphics): plot(dd, main = "random dendrogram 'dd'")

#- pruned (graphics): op <- par(mfcol = 1:2)
#- pruned (graphics): plot(dd.reorder, main = "reorder(dd, 10:1)")
#- pruned (graphics): plot(reorder(dd, 10:1, agglo.FUN = mean), main = "reorder(dd, 10:1, mean)")
#- pruned (uses pruned op): par(op)



