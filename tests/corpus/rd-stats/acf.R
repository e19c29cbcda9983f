# rheap corpus: rd-stats/acf.R
# source: the examples of help page acf.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 10 expression(s) (graphics: 10)

### Name: acf
### Title: Auto- and Cross- Covariance and -Correlation Function Estimation
### Aliases: acf ccf pacf pacf.default [.acf
### Keywords: ts

### ** Examples

#- pruned (graphics): require(graphics)

## Examples from Venables & Ripley
#- pruned (graphics): acf(lh)
#- pruned (graphics): acf(lh, type = "covariance")
#- pruned (graphics): pacf(lh)

#- pruned (graphics): acf(ldeaths)
#- pruned (graphics): acf(ldeaths, ci.type = "ma")
#- pruned (graphics): acf(ts.union(mdeaths, fdeaths))
#- pruned (graphics): ccf(mdeaths, fdeaths, ylab = "cross-correlation")
# (just the cross-correlations)

presidents # contains missing values
#- pruned (graphics): acf(presidents, na.action = na.pass)
#- pruned (graphics): pacf(presidents, na.action = na.pass)



