# rheap corpus: rd-stats/heatmap.R
# source: the examples of help page heatmap.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 17 expression(s) (graphics: 9; uses pruned variable: 8)

### Name: heatmap
### Title: Draw a Heat Map
### Aliases: heatmap
### Keywords: hplot

### ** Examples

#- pruned (graphics): require(graphics)
 #- pruned (graphics): require(grDevices)
x  <- as.matrix(mtcars)
#- pruned (graphics): rc <- rainbow(nrow(x), start = 0, end = .3)
#- pruned (graphics): cc <- rainbow(ncol(x), start = 0, end = .3)
#- pruned (uses pruned rc): hv <- heatmap(x, col = cm.colors(256), scale = "column",
#-               RowSideColors = rc, ColSideColors = cc, margins = c(5,10),
#-               xlab = "specification variables", ylab =  "Car Models",
#-               main = "heatmap(<Mtcars data>, ..., scale = \"column\")")
#- pruned (uses pruned hv): utils::str(hv) # the two re-ordering index vectors

## no column dendrogram (nor reordering) at all:
#- pruned (uses pruned rc): heatmap(x, Colv = NA, col = cm.colors(256), scale = "column",
#-         RowSideColors = rc, margins = c(5,10),
#-         xlab = "specification variables", ylab =  "Car Models",
#-         main = "heatmap(<Mtcars data>, ..., scale = \"column\")")
## Don't show: 
## no row dendrogram (nor reordering) at all:
#- pruned (uses pruned cc): heatmap(x, Rowv = NA, col = cm.colors(256), scale = "column",
#-         ColSideColors = cc, margins = c(5,10),
#-         xlab = "xlab", ylab =  "ylab")  # no main
## End(Don't show)
## "no nothing"
#- pruned (graphics): heatmap(x, Rowv = NA, Colv = NA, scale = "column",
#-         main = "heatmap(*, NA, NA) ~= image(t(x))")

round(Ca <- cor(attitude), 2)
symnum(Ca) # simple graphic
#- pruned (graphics): heatmap(Ca,               symm = TRUE, margins = c(6,6)) # with reorder()
#- pruned (graphics): heatmap(Ca, Rowv = FALSE, symm = TRUE, margins = c(6,6)) # _NO_ reorder()
## slightly artificial with color bar, without and with ordering:
#- pruned (graphics): cc <- rainbow(nrow(Ca))
#- pruned (uses pruned cc): heatmap(Ca, Rowv = FALSE, symm = TRUE, RowSideColors = cc, ColSideColors = cc,
#- 	margins = c(6,6))
#- pruned (uses pruned cc): heatmap(Ca,		symm = TRUE, RowSideColors = cc, ColSideColors = cc,
#- 	margins = c(6,6))

## For variable clustering, rather use distance based on cor():
symnum( cU <- cor(USJudgeRatings) )

#- pruned (graphics): hU <- heatmap(cU, Rowv = FALSE, symm = TRUE, col = topo.colors(16),
#-              distfun = function(c) as.dist(1 - c), keep.dendro = TRUE)
## The Correlation matrix with same reordering:
#- pruned (uses pruned hU): round(100 * cU[hU[[1]], hU[[2]]])
## The column dendrogram:
#- pruned (uses pruned hU): utils::str(hU$Colv)



