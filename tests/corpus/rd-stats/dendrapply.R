# rheap corpus: rd-stats/dendrapply.R
# source: the examples of help page dendrapply.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 7 expression(s) (graphics: 4; uses pruned variable: 3)

### Name: dendrapply
### Title: Apply a Function to All Nodes of a Dendrogram
### Aliases: dendrapply
### Keywords: iteration

### ** Examples

#- pruned (graphics): require(graphics)

## a smallish simple dendrogram
dhc <- as.dendrogram(hc <- hclust(dist(USArrests), "ave"))
(dhc21 <- dhc[[2]][[1]])

## too simple:
dendrapply(dhc21, function(n) utils::str(attributes(n)))

## toy example to set colored leaf labels :
#- pruned (graphics): local({
#-   colLab <<- function(n) {
#-       if(is.leaf(n)) {
#-         a <- attributes(n)
#-         i <<- i+1
#-         attr(n, "nodePar") <-
#-             c(a$nodePar, list(lab.col = mycols[i], lab.font = i%%3))
#-       }
#-       n
#-   }
#-   mycols <- grDevices::rainbow(attr(dhc21,"members"))
#-   i <- 0
#-  })
#- pruned (uses pruned colLab): dL <- dendrapply(dhc21, colLab)
#- pruned (graphics): op <- par(mfrow = 2:1)
 #- pruned (graphics): plot(dhc21)
 #- pruned (uses pruned dL): plot(dL) ## --> colored labels!
#- pruned (uses pruned op): par(op)



