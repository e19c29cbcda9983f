# rheap corpus: rd-stats/screeplot.R
# source: the examples of help page screeplot.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 4 expression(s) (graphics: 4)

### Name: screeplot
### Title: Screeplots
### Aliases: screeplot screeplot.default
### Keywords: multivariate

### ** Examples

#- pruned (graphics): require(graphics)

## The variances of the variables in the
## USArrests data vary by orders of magnitude, so scaling is appropriate
(pc.cr <- princomp(USArrests, cor = TRUE))  # inappropriate
#- pruned (graphics): screeplot(pc.cr)

fit <- princomp(covmat = Harman74.cor)
#- pruned (graphics): screeplot(fit)
#- pruned (graphics): screeplot(fit, npcs = 24, type = "lines")



