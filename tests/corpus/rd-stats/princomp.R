# rheap corpus: rd-stats/princomp.R
# source: the examples of help page princomp.Rd of package stats (R 4.2.2), tools::Rd2ex
# licence: GPL-2 | GPL-3 (part of R 4.2.2)
# pruned by tools/corpus/prune.R: 4 expression(s) (graphics: 3; package MASS: 1)

### Name: princomp
### Title: Principal Components Analysis
### Aliases: princomp princomp.formula princomp.default plot.princomp
###   print.princomp predict.princomp
### Keywords: multivariate

### ** Examples

#- pruned (graphics): require(graphics)

## The variances of the variables in the
## USArrests data vary by orders of magnitude, so scaling is appropriate
(pc.cr <- princomp(USArrests))  # inappropriate
princomp(USArrests, cor = TRUE) # =^= prcomp(USArrests, scale=TRUE)
## Similar, but different:
## The standard deviations differ by a factor of sqrt(49/50)

summary(pc.cr <- princomp(USArrests, cor = TRUE))
loadings(pc.cr)  # note that blank entries are small but not zero
## The signs of the columns of the loadings are arbitrary
#- pruned (graphics): plot(pc.cr) # shows a screeplot.
#- pruned (graphics): biplot(pc.cr)

## Formula interface
princomp(~ ., data = USArrests, cor = TRUE)

## NA-handling
USArrests[1, 2] <- NA
pc.cr <- princomp(~ Murder + Assault + UrbanPop,
                  data = USArrests, na.action = na.exclude, cor = TRUE)
## No test: 
pc.cr$scores[1:5, ]
## End(No test)

## (Simple) Robust PCA:
## Classical:
(pc.cl  <- princomp(stackloss))
## No test: 
## Robust:
#- pruned (package MASS): (pc.rob <- princomp(stackloss, covmat = MASS::cov.rob(stackloss)))
## End(No test)


