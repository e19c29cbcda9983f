# rheap corpus: rd-stats/cmdscale.R
# source: the examples of help page cmdscale.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 3 expression(s) (graphics: 3)

### Name: cmdscale
### Title: Classical (Metric) Multidimensional Scaling
### Aliases: cmdscale
### Keywords: multivariate

### ** Examples

#- pruned (graphics): require(graphics)

loc <- cmdscale(eurodist)
x <- loc[, 1]
y <- -loc[, 2] # reflect so North is at the top
## note asp = 1, to ensure Euclidean distances are represented correctly
#- pruned (graphics): plot(x, y, type = "n", xlab = "", ylab = "", asp = 1, axes = FALSE,
#-      main = "cmdscale(eurodist)")
#- pruned (graphics): text(x, y, rownames(loc), cex = 0.6)



