# rheap corpus: rd-stats/plot.ppr.R
# source: the examples of help page plot.ppr.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 5 expression(s) (graphics: 5)

### Name: plot.ppr
### Title: Plot Ridge Functions for Projection Pursuit Regression Fit
### Aliases: plot.ppr
### Keywords: hplot

### ** Examples

#- pruned (graphics): require(graphics)

rock1 <- within(rock, { area1 <- area/10000; peri1 <- peri/10000 })
#- pruned (graphics): par(mfrow = c(3,2)) # maybe: , pty = "s"
rock.ppr <- ppr(log(perm) ~ area1 + peri1 + shape,
                data = rock1, nterms = 2, max.terms = 5)
#- pruned (graphics): plot(rock.ppr, main = "ppr(log(perm)~ ., nterms=2, max.terms=5)")
#- pruned (graphics): plot(update(rock.ppr, bass = 5), main = "update(..., bass = 5)")
#- pruned (graphics): plot(update(rock.ppr, sm.method = "gcv", gcvpen = 2),
#-      main = "update(..., sm.method=\"gcv\", gcvpen=2)")



