# rheap corpus: rd-stats/TDist.R
# source: the examples of help page TDist.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 4 expression(s) (graphics: 4)

### Name: TDist
### Title: The Student t Distribution
### Aliases: TDist dt pt qt rt
### Keywords: distribution

### ** Examples

#- pruned (graphics): require(graphics)

1 - pt(1:5, df = 1)
qt(.975, df = c(1:10,20,50,100,1000))

tt <- seq(0, 10, length.out = 21)
ncp <- seq(0, 6, length.out = 31)
ptn <- outer(tt, ncp, function(t, d) pt(t, df = 3, ncp = d))
t.tit <- "Non-central t - Probabilities"
#- pruned (graphics): image(tt, ncp, ptn, zlim = c(0,1), main = t.tit)
#- pruned (graphics): persp(tt, ncp, ptn, zlim = 0:1, r = 2, phi = 20, theta = 200, main = t.tit,
#-       xlab = "t", ylab = "non-centrality parameter",
#-       zlab = "Pr(T <= t)")

#- pruned (graphics): plot(function(x) dt(x, df = 3, ncp = 2), -3, 11, ylim = c(0, 0.32),
#-      main = "Non-central t - Density", yaxs = "i")



