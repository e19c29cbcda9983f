# rheap corpus: rd-stats/as.hclust.R
# source: the examples of help page as.hclust.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 1 expression(s) (package cluster: 1)

### Name: as.hclust
### Title: Convert Objects to Class hclust
### Aliases: as.hclust as.hclust.default as.hclust.twins
### Keywords: multivariate cluster

### ** Examples

x <- matrix(rnorm(30), ncol = 3)
hc <- hclust(dist(x), method = "complete")

## No test: 
#- pruned (package cluster): if(require("cluster", quietly = TRUE)) {# is a recommended package
#-   ag <- agnes(x, method = "complete")
#-   hcag <- as.hclust(ag)
#-   ## The dendrograms order slightly differently:
#-   op <- par(mfrow = c(1,2))
#-   plot(hc) ;  mtext("hclust", side = 1)
#-   plot(hcag); mtext("agnes",  side = 1)
#-   detach("package:cluster")
#- }
## End(No test)



