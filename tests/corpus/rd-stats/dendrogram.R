# rheap corpus: rd-stats/dendrogram.R
# source: the examples of help page dendrogram.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 16 expression(s) (graphics: 15; uses pruned variable: 1)

### Name: dendrogram
### Title: General Tree Structures
### Aliases: dendrogram as.dendrogram as.dendrogram.dendrogram
###   as.dendrogram.hclust as.hclust.dendrogram cut.dendrogram
###   [[.dendrogram merge.dendrogram nobs.dendrogram plot.dendrogram
###   print.dendrogram rev.dendrogram str.dendrogram is.leaf
### Keywords: multivariate tree hplot

### ** Examples

#- pruned (graphics): require(graphics)
 require(utils)

hc <- hclust(dist(USArrests), "ave")
(dend1 <- as.dendrogram(hc)) # "print()" method
str(dend1)          # "str()" method
str(dend1, max.level = 2, last.str =  "'") # only the first two sub-levels
oo <- options(str.dendrogram.last = "\\") # yet another possibility
str(dend1, max.level = 2) # only the first two sub-levels
options(oo)  # .. resetting them

#- pruned (graphics): op <- par(mfrow =  c(2,2), mar = c(5,2,1,4))
#- pruned (graphics): plot(dend1)
## "triangle" type and show inner nodes:
#- pruned (graphics): plot(dend1, nodePar = list(pch = c(1,NA), cex = 0.8, lab.cex = 0.8),
#-       type = "t", center = TRUE)
#- pruned (graphics): plot(dend1, edgePar = list(col = 1:2, lty = 2:3),
#-      dLeaf = 1, edge.root = TRUE)
#- pruned (graphics): plot(dend1, nodePar = list(pch = 2:1, cex = .4*2:1, col = 2:3),
#-      horiz = TRUE)

## simple test for as.hclust() as the inverse of as.dendrogram():
stopifnot(identical(as.hclust(dend1)[1:4], hc[1:4]))

dend2 <- cut(dend1, h = 70)
## leaves are wrong horizontally in R 4.0 and earlier:
#- pruned (graphics): plot(dend2$upper)
#- pruned (graphics): plot(dend2$upper, nodePar = list(pch = c(1,7), col = 2:1))
##  dend2$lower is *NOT* a dendrogram, but a list of .. :
#- pruned (graphics): plot(dend2$lower[[3]], nodePar = list(col = 4), horiz = TRUE, type = "tr")
## "inner" and "leaf" edges in different type & color :
#- pruned (graphics): plot(dend2$lower[[2]], nodePar = list(col = 1),   # non empty list
#-      edgePar = list(lty = 1:2, col = 2:1), edge.root = TRUE)
#- pruned (uses pruned op): par(op)
d3 <- dend2$lower[[2]][[2]][[1]]
stopifnot(identical(d3, dend2$lower[[2]][[c(2,1)]]))
str(d3, last.str = "'")

## to peek at the inner structure "if you must", use '[..]' indexing :
str(d3[2][[1]]) ## or the full
str(d3[])

## merge() to join dendrograms:
(d13 <- merge(dend2$lower[[1]], dend2$lower[[3]]))
## merge() all parts back (using default 'height' instead of original one):
den.1 <- Reduce(merge, dend2$lower)
## or merge() all four parts at same height --> 4 branches (!)
d. <- merge(dend2$lower[[1]], dend2$lower[[2]], dend2$lower[[3]],
            dend2$lower[[4]])
## (with a warning) or the same using  do.call :
stopifnot(identical(d., do.call(merge, dend2$lower)))
#- pruned (graphics): plot(d., main = "merge(d1, d2, d3, d4)  |->  dendrogram with a 4-split")

## "Zoom" in to the first dendrogram :
#- pruned (graphics): plot(dend1, xlim = c(1,20), ylim = c(1,50))

nP <- list(col = 3:2, cex = c(2.0, 0.75), pch =  21:22,
           bg =  c("light blue", "pink"),
           lab.cex = 0.75, lab.col = "tomato")
#- pruned (graphics): plot(d3, nodePar= nP, edgePar = list(col = "gray", lwd = 2), horiz = TRUE)
addE <- function(n) {
      if(!is.leaf(n)) {
        attr(n, "edgePar") <- list(p.col = "plum")
        attr(n, "edgetext") <- paste(attr(n,"members"),"members")
      }
      n
}
d3e <- dendrapply(d3, addE)
#- pruned (graphics): plot(d3e, nodePar =  nP)
#- pruned (graphics): plot(d3e, nodePar =  nP, leaflab = "textlike")




