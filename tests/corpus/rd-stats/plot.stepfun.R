# rheap corpus: rd-stats/plot.stepfun.R
# source: the examples of help page plot.stepfun.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 14 expression(s) (graphics: 13; uses pruned variable: 1)

### Name: plot.stepfun
### Title: Plot Step Functions
### Aliases: plot.stepfun lines.stepfun
### Keywords: hplot

### ** Examples

#- pruned (graphics): require(graphics)

y0 <- c(1,2,4,3)
sfun0  <- stepfun(1:3, y0, f = 0)
sfun.2 <- stepfun(1:3, y0, f = .2)
sfun1  <- stepfun(1:3, y0, right = TRUE)

tt <- seq(0, 3, by = 0.1)
#- pruned (graphics): op <- par(mfrow = c(2,2))
#- pruned (graphics): plot(sfun0)
 #- pruned (graphics): plot(sfun0, xval = tt, add = TRUE, col.hor = "bisque")
#- pruned (graphics): plot(sfun.2)
#- pruned (graphics): plot(sfun.2, xval = tt, add = TRUE, col = "orange") # all colors
#- pruned (graphics): plot(sfun1)
#- pruned (graphics): lines(sfun1, xval = tt, col.hor = "coral")
##-- This is  revealing :
#- pruned (graphics): plot(sfun0, verticals = FALSE,
#-      main = "stepfun(x, y0, f=f)  for f = 0, .2, 1")
#- pruned (graphics): for(i in 1:3)
#-   lines(list(sfun0, sfun.2, stepfun(1:3, y0, f = 1))[[i]], col = i)
#- pruned (graphics): legend(2.5, 1.9, paste("f =", c(0, 0.2, 1)), col = 1:3, lty = 1, y.intersp = 1)
#- pruned (uses pruned op): par(op)

# Extend and/or restrict 'viewport':
#- pruned (graphics): plot(sfun0, xlim = c(0,5), ylim = c(0, 3.5),
#-      main = "plot(stepfun(*), xlim= . , ylim = .)")

##-- this works too (automatic call to  ecdf(.)):
#- pruned (graphics): plot.stepfun(rt(50, df = 3), col.vert = "gray20")



