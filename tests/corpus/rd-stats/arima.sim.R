# rheap corpus: rd-stats/arima.sim.R
# source: the examples of help page arima.sim.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 2 expression(s) (graphics: 2)

### Name: arima.sim
### Title: Simulate from an ARIMA Model
### Aliases: arima.sim
### Keywords: ts

### ** Examples

#- pruned (graphics): require(graphics)

arima.sim(n = 63, list(ar = c(0.8897, -0.4858), ma = c(-0.2279, 0.2488)),
          sd = sqrt(0.1796))
# mildly long-tailed
arima.sim(n = 63, list(ar = c(0.8897, -0.4858), ma = c(-0.2279, 0.2488)),
          rand.gen = function(n, ...) sqrt(0.1796) * rt(n, df = 5))

# An ARIMA simulation
ts.sim <- arima.sim(list(order = c(1,1,0), ar = 0.7), n = 200)
#- pruned (graphics): ts.plot(ts.sim)



