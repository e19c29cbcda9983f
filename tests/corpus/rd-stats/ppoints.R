# rheap corpus: rd-stats/ppoints.R
# source: the examples of help page ppoints.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 8 expression(s) (graphics: 1; package MASS: 1; uses pruned variable: 6)

### Name: ppoints
### Title: Ordinates for Probability Plotting
### Aliases: ppoints
### Keywords: dplot arith distribution

### ** Examples

ppoints(4) # the same as  ppoints(1:4)
ppoints(10)
ppoints(10, a = 1/2)

## Visualize including the fractions :
#- pruned (graphics): require(graphics)## Don't show: 
lNs <- loadedNamespaces()
## End(Don't show)
#- pruned (package MASS): p.ppoints <- function(n, ..., add = FALSE, col = par("col")) {
#-   pn <- ppoints(n, ...)
#-   if(add)
#-       points(pn, pn, col = col)
#-   else {
#-       tit <- match.call(); tit[[1]] <- quote(ppoints)
#-       plot(pn,pn, main = deparse(tit), col=col,
#-            xlim = 0:1, ylim = 0:1, xaxs = "i", yaxs = "i")
#-       abline(0, 1, col = adjustcolor(1, 1/4), lty = 3)
#-   }
#-   if(!add && requireNamespace("MASS", quietly = TRUE))
#-     text(pn, pn, as.character(MASS::fractions(pn)),
#-          adj = c(0,0)-1/4, cex = 3/4, xpd = NA, col=col)
#-   abline(h = pn, v = pn, col = adjustcolor(col, 1/2), lty = 2, lwd = 1/2)
#- }

#- pruned (uses pruned p.ppoints): p.ppoints(4)
#- pruned (uses pruned p.ppoints): p.ppoints(10)
#- pruned (uses pruned p.ppoints): p.ppoints(10, a = 1/2)
#- pruned (uses pruned p.ppoints): p.ppoints(21)
#- pruned (uses pruned p.ppoints): p.ppoints(8)
 #- pruned (uses pruned p.ppoints): p.ppoints(8, a = 1/2, add=TRUE, col="tomato")
## Don't show: 
if(!any("MASS" == lNs)) unloadNamespace("MASS")
## End(Don't show)



