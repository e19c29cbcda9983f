# rheap corpus: rd-stats/hclust.R
# source: the examples of help page hclust.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 13 expression(s) (graphics: 11; uses pruned variable: 2)

### Name: hclust
### Title: Hierarchical Clustering
### Aliases: hclust plot.hclust print.hclust
### Keywords: multivariate cluster

### ** Examples

#- pruned (graphics): require(graphics)

### Example 1: Violent crime rates by US state

hc <- hclust(dist(USArrests), "ave")
#- pruned (graphics): plot(hc)
#- pruned (graphics): plot(hc, hang = -1)

## Do the same with centroid clustering and *squared* Euclidean distance,
## cut the tree into ten clusters and reconstruct the upper part of the
## tree from the cluster centers.
hc <- hclust(dist(USArrests)^2, "cen")
memb <- cutree(hc, k = 10)
cent <- NULL
for(k in 1:10){
  cent <- rbind(cent, colMeans(USArrests[memb == k, , drop = FALSE]))
}
hc1 <- hclust(dist(cent)^2, method = "cen", members = table(memb))
#- pruned (graphics): opar <- par(mfrow = c(1, 2))
#- pruned (graphics): plot(hc,  labels = FALSE, hang = -1, main = "Original Tree")
#- pruned (graphics): plot(hc1, labels = FALSE, hang = -1, main = "Re-start from 10 clusters")
#- pruned (uses pruned opar): par(opar)

### Example 2: Straight-line distances among 10 US cities
##  Compare the results of algorithms "ward.D" and "ward.D2"

mds2 <- -cmdscale(UScitiesD)
#- pruned (graphics): plot(mds2, type="n", axes=FALSE, ann=FALSE)
#- pruned (graphics): text(mds2, labels=rownames(mds2), xpd = NA)

hcity.D  <- hclust(UScitiesD, "ward.D") # "wrong"
hcity.D2 <- hclust(UScitiesD, "ward.D2")
#- pruned (graphics): opar <- par(mfrow = c(1, 2))
#- pruned (graphics): plot(hcity.D,  hang=-1)
#- pruned (graphics): plot(hcity.D2, hang=-1)
#- pruned (uses pruned opar): par(opar)



